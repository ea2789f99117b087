"""UK-France Agreement of 2025 ("one in, one out"): the returns leg, UK to France.

Shared/law/uk_france.md 6.2 and 6.2.1. The agreement applies to arrivals in the UK from
6 August 2025 (setting `ukfr_2025_in_force`; sources also give 4 or 5 August, UNVERIFIED)
until the end of the pilot (11 June 2026, `ukfr_2025_pilot_end`) as extended "into the autumn"
of 2026 (`ukfr_2025_extension_end`; None: in force, end date UNVERIFIED).

* Art 3 (scope): a third-country national who arrived after a dangerous small-boat crossing
  from France.
* Art 4(1) (France must readmit): unaccompanied minors are excluded; no pending protection
  claim unless withdrawn or declared inadmissible; no outstanding human rights claim; no
  suspensive remedy or court order; no threat to public order or national security; the UK's
  readmission request within 14 days of arrival. The judgements are questions
  ("UKFR:art4:..."), never guesses.
* The French reply: as soon as possible, aiming for 14 days, 28 days in exceptional cases
  (secondary source; the article is not identified and the effect of no reply is UNVERIFIED:
  the deadline is flagged `unverified` and nothing shifts).
* Art 1: the whole process, arrival to transfer, takes at most 3 months; after that France
  need not accept.

All periods are in calendar days or months from the event (rule "ukfr_2025"); the agreement
has no roll-over rule that was found, so none is applied.
"""

from __future__ import annotations

from datetime import date, timedelta

from cordiale.law.calendar import Unit, add_period
from cordiale.law.facts import (
    ArrivalMode,
    CaseFacts,
    Reply,
    ReplyOutcome,
    Request,
    RequestKind,
    UkArrival,
)
from cordiale.law.outcome import Deadline, DeadlineStatus, LegalBasis, StepOutcome
from cordiale.law.settings import EngineSettings
from cordiale.law.ukfrance.common import (
    UKFR_2025,
    Findings,
    age_range,
    basis,
    is_no,
    is_yes,
    msg,
)

__all__ = ["RULE", "readmission"]

RULE = "ukfr_2025"
REQUEST_DAYS = 14  # Art 4(1): request within 14 days of arrival
REPLY_DAYS = 14  # French reply, aiming for 14 days (secondary source)
REPLY_DAYS_EXCEPTIONAL = 28  # 28 days in exceptional cases (secondary source)
PROCESS_MONTHS = 3  # Art 1: at most 3 months from arrival to transfer

ART1: LegalBasis = basis("1", instrument=UKFR_2025)
ART3: LegalBasis = basis("3", instrument=UKFR_2025)
ART4_1: LegalBasis = basis("4", "1", instrument=UKFR_2025)
# The reply period is reported for chapter II (readmission) without an article (UNVERIFIED).
CH2: LegalBasis = basis("ch. II", instrument=UKFR_2025)

# Sources give 4, 5 or 6 August 2025 for the entry into force (uk_france.md 6.2, 9.10).
_EARLIEST_READING = date(2025, 8, 4)
_LATEST_READING = date(2025, 8, 6)
UNVERIFIED_IN_FORCE = "UK-FR 2025: entry into force (4, 5 or 6 August 2025)"
UNVERIFIED_EXTENSION = "UK-FR 2025: end of the extension of the pilot"

_UK = "GB"
_FRANCE = "FR"
_FINAL = frozenset({ReplyOutcome.ACCEPT, ReplyOutcome.REFUSE})
# Art 4(1) conditions only a person can judge: question id suffix -> vocabulary value.
_JUDGEMENTS: tuple[tuple[str, str], ...] = (
    ("public_order", "ukfr_public_order"),
    ("human_rights_claim", "ukfr_human_rights_claim"),
    ("suspensive_remedy", "ukfr_suspensive_remedy"),
)


def readmission(facts: CaseFacts, *, as_of: date, settings: EngineSettings) -> Findings:
    """Trace steps, questions, warnings and deadlines of the returns leg, for a case with a
    recorded arrival in the UK (`facts.uk_arrival`)."""
    found = Findings()
    arrival = facts.uk_arrival
    if arrival is None or arrival.on > as_of:
        return found
    if not _in_force(found, arrival, settings) or not _in_scope(found, arrival):
        return found
    if _unaccompanied_minor(found, facts, arrival) is True:
        return found
    _conditions(found, facts, arrival)
    _deadlines(found, facts, arrival, as_of)
    return found


def _in_force(found: Findings, arrival: UkArrival, settings: EngineSettings) -> bool:
    start = settings.ukfr_2025_in_force
    facts_path = ("uk_arrival.on",)
    if min(start, _EARLIEST_READING) <= arrival.on < max(start, _LATEST_READING):
        # The readings (4, 5 or 6 August, and the setting) disagree on this arrival.
        found.warn(
            "ukfr2025.in_force_unverified",
            msg("ukfr2025.warning.in_force", date=arrival.on, in_force=start),
            ART3,
        )
        found.unverified.append(UNVERIFIED_IN_FORCE)
    if arrival.on < start:
        found.step(
            "ukfrance.ukfr2025.in_force",
            ART3,
            StepOutcome.NOT_APPLICABLE,
            msg("ukfr2025.before_in_force", date=arrival.on, in_force=start),
            facts=facts_path,
        )
        return False
    end = settings.ukfr_2025_extension_end
    if end is not None and arrival.on > end:
        found.step(
            "ukfrance.ukfr2025.in_force",
            ART3,
            StepOutcome.NOT_APPLICABLE,
            msg("ukfr2025.after_end", date=arrival.on, end=end),
            facts=facts_path,
        )
        return False
    if end is None and arrival.on > settings.ukfr_2025_pilot_end:
        # Extended "into the autumn" of 2026: in force, but until when is not known.
        found.warn(
            "ukfr2025.extension_end_unverified",
            msg("ukfr2025.warning.extension", date=arrival.on, end=settings.ukfr_2025_pilot_end),
            ART3,
        )
        found.unverified.append(UNVERIFIED_EXTENSION)
    return True


def _in_scope(found: Findings, arrival: UkArrival) -> bool:
    """Art 3: arrival after a dangerous small-boat crossing from France."""
    if arrival.mode is not ArrivalMode.SMALL_BOAT:
        found.step(
            "ukfrance.ukfr2025.art3",
            ART3,
            StepOutcome.NOT_APPLICABLE,
            msg("ukfr2025.not_small_boat", date=arrival.on),
            facts=("uk_arrival.mode",),
        )
        return False
    if arrival.from_state != _FRANCE:
        found.step(
            "ukfrance.ukfr2025.art3",
            ART3,
            StepOutcome.NOT_APPLICABLE,
            msg("ukfr2025.not_from_france", date=arrival.on, state=arrival.from_state),
            (arrival.from_state,),
            ("uk_arrival.from_state",),
        )
        return False
    found.step(
        "ukfrance.ukfr2025.art3",
        ART3,
        StepOutcome.APPLIES,
        msg("ukfr2025.in_scope", date=arrival.on),
        (_UK, _FRANCE),
        ("uk_arrival.on", "uk_arrival.mode", "uk_arrival.from_state"),
    )
    return True


def _unaccompanied_minor(found: Findings, facts: CaseFacts, arrival: UkArrival) -> bool | None:
    """Art 4(1): unaccompanied minors are excluded (age judged on the day of arrival)."""
    applicant = facts.applicant
    age = age_range(applicant, arrival.on)
    minor: bool | None = None
    if age is not None:
        minor = True if age[1] < 18 else False if age[0] >= 18 else None
    unaccompanied = applicant.unaccompanied
    if minor is False or unaccompanied is False:
        return False
    if minor is None:
        answer = found.ask(
            facts,
            "UKFR:art4:minor",
            ART4_1,
            msg("q.ukfr2025.minor", date=arrival.on),
            paths=("applicant.date_of_birth", "applicant.assessed_age"),
        )
        minor = None if answer is None else is_yes(answer)
    if unaccompanied is None and minor is not False:
        answer = found.ask(
            facts,
            "UKFR:art4:unaccompanied",
            ART4_1,
            msg("q.ukfr2025.unaccompanied", date=arrival.on),
            paths=("applicant.unaccompanied",),
        )
        unaccompanied = None if answer is None else is_yes(answer)
    if minor is True and unaccompanied is True:
        found.step(
            "ukfrance.ukfr2025.art4.uam",
            ART4_1,
            StepOutcome.NOT_APPLICABLE,
            msg("ukfr2025.uam_excluded", date=arrival.on),
            facts=("applicant",),
        )
        return True
    if minor is False or unaccompanied is False:
        return False
    found.step(
        "ukfrance.ukfr2025.art4.uam",
        ART4_1,
        StepOutcome.PENDING,
        msg("ukfr2025.uam_open", date=arrival.on),
        facts=("applicant",),
    )
    return None


def _conditions(found: Findings, facts: CaseFacts, arrival: UkArrival) -> None:
    """Art 4(1): the pending protection claim, and the judgements of a person."""
    if arrival.protection_claim_on is not None:
        ended = arrival.claim_withdrawn or arrival.claim_inadmissible
        found.step(
            "ukfrance.ukfr2025.art4.claim",
            ART4_1,
            StepOutcome.INFO if ended else StepOutcome.PENDING,
            msg(
                "ukfr2025.claim_ended" if ended else "ukfr2025.claim_pending",
                date=arrival.protection_claim_on,
            ),
            (_UK,),
            (
                "uk_arrival.protection_claim_on",
                "uk_arrival.claim_withdrawn",
                "uk_arrival.claim_inadmissible",
            ),
        )
    barred: list[str] = []
    cleared = 0
    for suffix, condition in _JUDGEMENTS:
        answer = found.ask(
            facts,
            f"UKFR:art4:{suffix}",
            ART4_1,
            msg(f"q.ukfr2025.{suffix}"),
        )
        if is_yes(answer):
            barred.append(condition)
        elif is_no(answer):
            cleared += 1
    if barred:
        for condition in barred:
            found.step(
                "ukfrance.ukfr2025.art4.bar",
                ART4_1,
                StepOutcome.NOT_APPLICABLE,
                msg("ukfr2025.barred", condition=condition),
                (_FRANCE,),
                ("answers",),
            )
    elif cleared == len(_JUDGEMENTS):
        found.step(
            "ukfrance.ukfr2025.art4.bar",
            ART4_1,
            StepOutcome.INFO,
            msg("ukfr2025.no_bar"),
            (_FRANCE,),
            ("answers",),
        )


def _status(done: date | None, due: date, as_of: date) -> DeadlineStatus:
    if done is not None:
        return DeadlineStatus.MET if done <= due else DeadlineStatus.MISSED
    return DeadlineStatus.MISSED if as_of > due else DeadlineStatus.OPEN


def _deadlines(found: Findings, facts: CaseFacts, arrival: UkArrival, as_of: date) -> None:
    requests = sorted(
        (
            r
            for r in facts.requests
            if r.kind is RequestKind.READMISSION and arrival.on <= r.sent_on <= as_of
        ),
        key=lambda r: r.sent_on,
    )
    # Art 4(1): the UK's readmission request within 14 days of arrival.
    due = arrival.on + timedelta(days=REQUEST_DAYS)
    first = requests[0] if requests else None
    found.deadlines.append(
        Deadline(
            id="readmission_request",
            basis=ART4_1,
            start_event=msg("ukfr2025.start.arrival", date=arrival.on),
            start=arrival.on,
            due=due,
            state_to_act=_UK,
            calendar=None,
            rule=RULE,
            status=_status(first.sent_on if first else None, due, as_of),
            consequence=msg("ukfr2025.consequence.request"),
            period=f"{REQUEST_DAYS} days",
            done_on=first.sent_on if first else None,
            request=first.id if first else None,
        )
    )
    for request in requests:
        _reply(found, facts, request, as_of)
    # Art 1: the whole process, arrival to transfer, within 3 months.
    process_due = add_period(arrival.on, PROCESS_MONTHS, Unit.MONTH)
    transferred = min(
        (
            t.carried_out_on
            for t in facts.transfers
            if t.to_state == _FRANCE and arrival.on <= t.carried_out_on <= as_of
        ),
        default=None,
    )
    found.deadlines.append(
        Deadline(
            id="readmission_process",
            basis=ART1,
            start_event=msg("ukfr2025.start.arrival", date=arrival.on),
            start=arrival.on,
            due=process_due,
            state_to_act=_UK,
            calendar=None,
            rule=RULE,
            status=_status(transferred, process_due, as_of),
            consequence=msg("ukfr2025.consequence.process"),
            period=f"{PROCESS_MONTHS} months",
            done_on=transferred,
        )
    )


def _reply(found: Findings, facts: CaseFacts, request: Request, as_of: date) -> None:
    """France replies within 14 days of receipt, 28 in exceptional cases; the effect of no
    reply is UNVERIFIED: a person decides, nothing is inferred."""
    received = request.received_on or request.sent_on
    replies: list[Reply] = sorted(
        (r for r in facts.replies if r.request == request.id and r.received_on <= as_of),
        key=lambda r: r.received_on,
    )
    exceptional = any(r.exceptional for r in replies)
    days = REPLY_DAYS_EXCEPTIONAL if exceptional else REPLY_DAYS
    due = received + timedelta(days=days)
    final = next((r for r in replies if r.outcome in _FINAL), None)
    done = (final.sent_on or final.received_on) if final else None
    status = _status(done, due, as_of)
    found.deadlines.append(
        Deadline(
            id="readmission_reply",
            basis=CH2,
            start_event=msg("ukfr2025.start.request", request=request.id, date=received),
            start=received,
            due=due,
            state_to_act=request.to_state,
            calendar=None,
            rule=RULE,
            status=status,
            consequence=msg("ukfr2025.consequence.reply"),
            period=f"{days} days",
            done_on=done,
            request=request.id,
            unverified=True,
        )
    )
    if final is not None:
        found.step(
            "ukfrance.ukfr2025.reply",
            CH2,
            StepOutcome.INFO,
            msg(
                "ukfr2025.accepted" if final.outcome is ReplyOutcome.ACCEPT else "ukfr2025.refused",
                request=request.id,
                date=final.received_on,
            ),
            (request.to_state,),
            (f"requests[{facts.requests.index(request)}]",),
        )
    elif status is DeadlineStatus.MISSED:
        found.warn(
            "ukfr2025.no_reply",
            msg("ukfr2025.warning.no_reply", request=request.id, due=due),
            CH2,
        )
