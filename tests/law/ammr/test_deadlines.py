"""Tests for cordiale.law.ammr.deadlines: the AMMR time limits (shared/law/ammr.md section 6,
T02-T29), their computation under Art 75 (section 7), the Eurodac hits that shorten them
(section 8) and the changes of responsibility they cause.

Every expected date is computed by hand in a comment. Art 75: the day of the event is not
counted (75(a)); weeks and months end on the same weekday or date, or on the last day of a
month that has no such date (75(b)-(c)); a period ending on a Saturday, Sunday or official
holiday of the State that must act runs to the next working day (75(d)). Holidays used: FR 14
July and 15 August; IT 8 December and 15 August; 15 August 2026 is also a Saturday.

Each test names the article or judgment it checks. FR is the determining (requesting or
notifying) State and IT the other State unless a test says otherwise.
"""

from __future__ import annotations

import string
from datetime import date
from typing import Any, Literal

import pytest

from cordiale.law.ammr.deadlines import DeadlineReport, Shift, compute_deadlines
from cordiale.law.explain.messages_ammr_deadlines import MESSAGES
from cordiale.law.explain.messages_core import MESSAGES as CORE
from cordiale.law.facts import (
    Absconding,
    Appeal,
    Applicant,
    Application,
    ApplicationDecision,
    CaseFacts,
    DecisionKind,
    Detention,
    EurodacHit,
    Imprisonment,
    Reply,
    ReplyOutcome,
    Request,
    RequestKind,
    Transfer,
    TransferDecision,
    VisHit,
)
from cordiale.law.facts import Answer as CaseAnswer
from cordiale.law.outcome import Deadline, DeadlineStatus, Message, Track
from cordiale.law.settings import EngineSettings, TacitAcceptanceStart

OPEN = DeadlineStatus.OPEN
MET = DeadlineStatus.MET
MISSED = DeadlineStatus.MISSED
NOT_APPLICABLE = DeadlineStatus.NOT_APPLICABLE

TC = RequestKind.TAKE_CHARGE
TBN = RequestKind.TAKE_BACK_NOTIFICATION
TB = Track.TAKE_BACK
ACCEPT = ReplyOutcome.ACCEPT
REFUSE = ReplyOutcome.REFUSE


# --- builders ---------------------------------------------------------------------------------


def d(text: str) -> date:
    return date.fromisoformat(text)


def application(registered: str | None = "2026-07-01", **fields: Any) -> Application:
    """FR application; lodged the day before registration unless given."""
    lodged = fields.pop("lodged", None) or registered or "2026-07-01"
    return Application(
        id="fr-1",
        state="FR",
        lodged_on=d(lodged),
        registered_on=d(registered) if registered else None,
        **fields,
    )


def case(*, registered: str | None = "2026-07-01", app: bool = True, **overrides: Any) -> CaseFacts:
    fields: dict[str, Any] = {
        "version": "1",
        "reference": "AMMR-T",
        "determining_state": "FR",
        "applicant": Applicant(),
        "applications": [application(registered)] if app else [],
    }
    fields.update(overrides)
    return CaseFacts(**fields)


def request(
    id: str = "R1",
    kind: RequestKind = TC,
    sent: str = "2026-07-15",
    received: str | None = "same",
    from_state: str = "FR",
    to_state: str = "IT",
    **fields: Any,
) -> Request:
    return Request(
        id=id,
        kind=kind,
        from_state=from_state,
        to_state=to_state,
        sent_on=d(sent),
        received_on=d(sent) if received == "same" else (d(received) if received else None),
        **fields,
    )


def reply(outcome: ReplyOutcome, received: str, request: str = "R1", **fields: Any) -> Reply:
    return Reply(request=request, outcome=outcome, received_on=d(received), **fields)


def hit(
    category: Literal[1, 2, 3, "sar"], received: str, state: str = "IT", taken: str | None = None
) -> EurodacHit:
    return EurodacHit(
        category=category,
        state=state,
        received_on=d(received),
        taken_on=d(taken) if taken else d(received),
    )


def answer(question: str, value: bool | str) -> CaseAnswer:
    return CaseAnswer(question=question, value=value)


def run(
    facts: CaseFacts,
    as_of: str,
    *,
    track: Track = Track.TAKE_CHARGE,
    proposed: str | None = "IT",
    settings: EngineSettings | None = None,
) -> DeadlineReport:
    here = [a for a in facts.applications if a.state == facts.determining_state]
    return compute_deadlines(
        facts,
        as_of=d(as_of),
        track=track,
        current=here[-1] if here else None,
        proposed_state=proposed,
        settings=settings or EngineSettings(),
    )


def one(report: DeadlineReport, deadline_id: str, request: str | None = None) -> Deadline:
    found = [
        x
        for x in report.deadlines
        if x.id == deadline_id and (request is None or x.request == request)
    ]
    assert len(found) == 1, [(x.id, x.request) for x in report.deadlines]
    return found[0]


def ids(report: DeadlineReport) -> list[str]:
    return [x.id for x in report.deadlines]


def shifts(report: DeadlineReport) -> list[tuple[str, date, str | None]]:
    return [(s.state, s.on, s.deadline) for s in report.shifts]


def codes(report: DeadlineReport) -> set[str]:
    return {w.code for w in report.warnings}


def questions(report: DeadlineReport) -> dict[str, bool]:
    return {q.id: q.blocking for q in report.questions}


def accepted_case(accepted_on: str = "2026-08-17", **overrides: Any) -> CaseFacts:
    """A take charge request to IT, explicitly accepted."""
    return case(requests=[request()], replies=[reply(ACCEPT, accepted_on)], **overrides)


# --- T02-T04: take charge request (Art 39(1)) ------------------------------------------------


def test_t02_two_months_from_registration() -> None:
    """Art 39(1) 1st subpara, Art 75(b): registered Wed 1 Jul 2026 + 2 months = Tue 1 Sep."""
    deadline = one(run(case(), "2026-07-02"), "take_charge_request")
    assert (deadline.start, deadline.due, deadline.status) == (
        d("2026-07-01"),
        d("2026-09-01"),
        OPEN,
    )
    assert (deadline.basis.article, deadline.basis.paragraph) == ("39", "1")
    assert (deadline.basis.subparagraph, deadline.basis.instrument) == ("1", "2024/1351")
    assert (deadline.period, deadline.rule, deadline.state_to_act, deadline.calendar) == (
        "2 months",
        "ammr_art75",
        "FR",
        "FR",
    )
    assert deadline.alternative is None
    assert not deadline.unverified


def test_t02_month_end_and_sunday_roll_over() -> None:
    """Art 75(c)-(d): registered Thu 31 Dec 2026 + 2 months = 31 Feb, which does not exist ->
    Sun 28 Feb 2027 -> next working day Mon 1 Mar 2027."""
    deadline = one(run(case(registered="2026-12-31"), "2027-01-05"), "take_charge_request")
    assert deadline.due == d("2027-03-01")


def test_t02_registration_date_missing_falls_back_to_lodging() -> None:
    """Art 39(1) counts from registration; without it the lodging date (1 Jul) is used and
    flagged: 1 Jul + 2 months = 1 Sep."""
    facts = case(registered=None)
    report = run(facts, "2026-07-02")
    assert one(report, "take_charge_request").due == d("2026-09-01")
    assert "ammr.deadline.registration_unknown" in codes(report)


def test_t03_eurodac_irregular_crossing_hit_gives_one_month() -> None:
    """Art 39(1) 2nd subpara, Eurodac 2024/1358 Art 22 (category 2): hit Mon 6 Jul 2026 + 1
    month = Thu 6 Aug, before the 2 months (1 Sep)."""
    report = run(case(eurodac_hits=[hit(2, "2026-07-06")]), "2026-07-07")
    deadline = one(report, "take_charge_request")
    assert (deadline.start, deadline.due, deadline.period) == (
        d("2026-07-06"),
        d("2026-08-06"),
        "1 month",
    )
    assert deadline.basis.subparagraph == "2"
    assert deadline.start_event.key == "ammr.deadline.start.eurodac_hit"


def test_t03_search_and_rescue_hit_gives_one_month() -> None:
    """Art 39(1) 2nd subpara, Eurodac Art 24 ("sar"): hit 6 Jul + 1 month = 6 Aug."""
    deadline = one(
        run(case(eurodac_hits=[hit("sar", "2026-07-06")]), "2026-07-07"), "take_charge_request"
    )
    assert deadline.due == d("2026-08-06")


def test_t03_vis_hit_gives_one_month() -> None:
    """Art 39(1) 2nd subpara: VIS hit (Reg 767/2008 Art 21) 6 Jul + 1 month = 6 Aug."""
    facts = case(vis_hits=[VisHit(state="IT", received_on=d("2026-07-06"))])
    deadline = one(run(facts, "2026-07-07"), "take_charge_request")
    assert (deadline.due, deadline.start_event.key) == (
        d("2026-08-06"),
        "ammr.deadline.start.vis_hit",
    )


def test_t03_one_month_runs_to_the_last_day_of_a_shorter_month() -> None:
    """Art 75(c): hit Mon 31 Aug 2026 + 1 month = 31 Sep, which does not exist -> Wed 30 Sep;
    registered 31 Jul, so the 2 months (Wed 30 Sep) end the same day: no shortening shown."""
    facts = case(registered="2026-07-31", eurodac_hits=[hit(2, "2026-08-31")])
    deadline = one(run(facts, "2026-09-01"), "take_charge_request")
    assert deadline.due == d("2026-09-30")


def test_t03_illegal_stay_hit_does_not_shorten() -> None:
    """Art 39(1) 2nd subpara names Eurodac Arts 22 and 24 only: a category 3 (illegal stay)
    hit leaves the 2 months (1 Sep)."""
    deadline = one(
        run(case(eurodac_hits=[hit(3, "2026-07-06")]), "2026-07-07"), "take_charge_request"
    )
    assert deadline.due == d("2026-09-01")


def test_t03_hit_period_capped_by_two_months_from_registration() -> None:
    """Reading of Art 39(1) 1st-3rd subparas (C-670/16 Mengesteab by analogy): VIS hit Thu 20
    Aug + 1 month = Sun 20 Sep -> Mon 21 Sep; capped at 1 Sep (registration 1 Jul + 2
    months). The later date is shown as the other reading."""
    facts = case(vis_hits=[VisHit(state="IT", received_on=d("2026-08-20"))])
    deadline = one(run(facts, "2026-08-21"), "take_charge_request")
    assert (deadline.due, deadline.alternative) == (d("2026-09-01"), d("2026-09-21"))
    assert deadline.basis.subparagraph == "1"
    assert deadline.alternative_note is not None
    assert deadline.alternative_note.key == "ammr.deadline.note.hit_capped"
    assert deadline.unverified


def test_t03_hit_received_before_registration_is_not_counted() -> None:
    """Art 39(1) 2nd subpara: a hit received 25 Jun, before registration on 1 Jul, is flagged
    and the 2 months apply (1 Sep)."""
    report = run(case(eurodac_hits=[hit(2, "2026-06-25")]), "2026-07-02")
    assert one(report, "take_charge_request").due == d("2026-09-01")
    assert "ammr.deadline.hit_before_registration" in codes(report)


def test_t03_hit_from_the_requested_state_is_preferred() -> None:
    """Art 39(1) 2nd subpara: the hit from IT (20 Jul + 1 month = Thu 20 Aug) starts the
    period of a request to IT, not an earlier hit from GR (6 Jul)."""
    facts = case(eurodac_hits=[hit(2, "2026-07-06", state="GR"), hit(2, "2026-07-20")])
    deadline = one(run(facts, "2026-07-21"), "take_charge_request")
    assert deadline.due == d("2026-08-20")


def test_t02_missed_request_makes_the_state_of_registration_responsible() -> None:
    """Art 39(1) 3rd subpara, Art 38(3)(d): no request by 1 Sep -> FR from Wed 2 Sep."""
    report = run(case(), "2026-09-02")
    assert one(report, "take_charge_request").status is MISSED
    assert shifts(report) == [("FR", d("2026-09-02"), "take_charge_request")]
    assert report.shifts[0].basis.subparagraph == "3"
    assert report.shifts[0].message.key == "ammr.shift.take_charge_request_missed"


def test_t02_no_shift_on_the_last_day() -> None:
    """Art 75(d): the period ends at the end of 1 Sep; as of 1 Sep it is still open."""
    report = run(case(), "2026-09-01")
    assert one(report, "take_charge_request").status is OPEN
    assert report.shifts == []


def test_mengesteab_by_analogy_late_request_accepted_does_not_shift() -> None:
    """Art 39(1) 3rd subpara; C-670/16 Mengesteab by analogy: a request sent 3 Sep (after 1
    Sep) accepted by IT does not make IT responsible; FR is, from 2 Sep."""
    facts = case(requests=[request(sent="2026-09-03")], replies=[reply(ACCEPT, "2026-09-10")])
    report = run(facts, "2026-09-11")
    assert shifts(report) == [("FR", d("2026-09-02"), "take_charge_request")]
    assert "ammr.deadline.late_request_accepted" in codes(report)
    assert "transfer" not in ids(report)


def test_t04_unaccompanied_minor_limit_does_not_bind() -> None:
    """Art 39(1) 4th subpara: for an unaccompanied minor the 2 months (1 Sep) lapse without
    any shift while no first decision on the substance is taken."""
    facts = case(applicant=Applicant(date_of_birth=d("2010-05-01"), unaccompanied=True))
    report = run(facts, "2026-09-10")
    deadline = one(report, "take_charge_request")
    assert (deadline.due, deadline.status) == (d("2026-09-01"), MISSED)
    assert deadline.consequence.key == "ammr.deadline.consequence.take_charge_request_uam"
    assert report.shifts == []
    assert "ammr.deadline.uam_request_any_time" in codes(report)


def test_t04_unaccompanied_minor_late_request_accepted_is_valid() -> None:
    """Art 39(1) 4th subpara: a request sent 10 Sep, after the 2 months, accepted 20 Sep,
    makes IT responsible from 20 Sep."""
    facts = case(
        applicant=Applicant(date_of_birth=d("2010-05-01"), unaccompanied=True),
        requests=[request(sent="2026-09-10")],
        replies=[reply(ACCEPT, "2026-09-20")],
    )
    assert shifts(run(facts, "2026-09-21")) == [("IT", d("2026-09-20"), None)]


def test_t04_unaccompanied_minor_first_decision_on_substance_closes_the_window() -> None:
    """Art 39(1) 3rd-4th subparas: no request, and a first decision on the substance on 15
    Oct: the application stays with FR, from 15 Oct (later than 2 Sep)."""
    decided = ApplicationDecision(kind=DecisionKind.REJECTED, on=d("2026-10-15"))
    facts = case(
        applicant=Applicant(date_of_birth=d("2010-05-01"), unaccompanied=True),
        applications=[application(decisions=[decided])],
    )
    report = run(facts, "2026-10-20")
    assert shifts(report) == [("FR", d("2026-10-15"), "take_charge_request")]
    assert report.shifts[0].message.key == "ammr.shift.take_charge_request_missed_uam"


def test_t04_adult_by_date_of_birth_is_not_an_unaccompanied_minor() -> None:
    """Art 2(10)-(11): born 1 Jan 2000, 26 at registration: the ordinary limit binds."""
    facts = case(applicant=Applicant(date_of_birth=d("2000-01-01"), unaccompanied=True))
    assert shifts(run(facts, "2026-09-02")) == [("FR", d("2026-09-02"), "take_charge_request")]


def test_track_none_request_period_not_applicable() -> None:
    """Art 39(1): no request needed when the determining State is responsible."""
    report = run(case(), "2026-10-01", track=Track.NONE, proposed="FR")
    deadline = one(report, "take_charge_request")
    assert deadline.status is NOT_APPLICABLE
    assert report.shifts == []


# --- Section 11 item 16: Eurodac data recorded before the cut-over -----------------------------


def legacy_case(**overrides: Any) -> CaseFacts:
    """Hit from IT received 6 Jul 2026 on data taken 1 May 2026, before the cut-over."""
    return case(eurodac_hits=[hit(2, "2026-07-06", taken="2026-05-01")], **overrides)


LEGACY_Q = "ammr:eurodac_data:IT:2026-05-01"


def test_item16_pre_cutover_data_shorten_by_default_and_a_person_is_asked() -> None:
    """Arts 39(1) 2nd subpara, 84: 6 Jul + 1 month = 6 Aug; without the pre-AMMR data, 2
    months from 1 Jul = 1 Sep (other reading); non-blocking question while open."""
    report = run(legacy_case(), "2026-07-10")
    deadline = one(report, "take_charge_request")
    assert (deadline.due, deadline.alternative) == (d("2026-08-06"), d("2026-09-01"))
    assert deadline.alternative_note is not None
    assert deadline.alternative_note.key == "ammr.deadline.note.legacy_hit"
    assert questions(report) == {LEGACY_Q: False}


def test_item16_request_between_the_readings_blocks_without_shift() -> None:
    """Sent 20 Aug: late if the hit counts (6 Aug), in time if not (1 Sep): a person decides
    (blocking); no shift meanwhile."""
    facts = legacy_case(requests=[request(sent="2026-08-20")])
    report = run(facts, "2026-08-25")
    assert questions(report) == {LEGACY_Q: True}
    assert report.shifts == []


@pytest.mark.parametrize(
    ("value", "due", "status", "expected"),
    [
        ("yes", "2026-08-06", MISSED, [("FR", d("2026-08-07"), "take_charge_request")]),
        ("no", "2026-09-01", MET, []),
    ],
)
def test_item16_answer_settles_the_reading(
    value: str, due: str, status: DeadlineStatus, expected: list[tuple[str, date, str]]
) -> None:
    """Answered "yes": 6 Aug applies and FR is responsible from 7 Aug; "no": 1 Sep applies
    and the request of 20 Aug is in time."""
    facts = legacy_case(requests=[request(sent="2026-08-20")], answers=[answer(LEGACY_Q, value)])
    report = run(facts, "2026-08-25")
    deadline = one(report, "take_charge_request")
    assert (deadline.due, deadline.status, deadline.alternative) == (d(due), status, None)
    assert shifts(report) == expected
    assert report.questions == []


# --- Art 75(d): roll-over and the State whose holidays count ----------------------------------


def test_art75_period_ending_on_saturday_runs_to_monday() -> None:
    """Art 75(d): VIS hit Wed 12 Aug 2026 + 1 month = Sat 12 Sep -> Mon 14 Sep (registered 1
    Aug, so the 2 months end Thu 1 Oct)."""
    facts = case(
        registered="2026-08-01", vis_hits=[VisHit(state="IT", received_on=d("2026-08-12"))]
    )
    deadline = one(run(facts, "2026-08-13"), "take_charge_request")
    assert deadline.due == d("2026-09-14")


def test_art75_holiday_of_the_acting_state_and_the_other_reading() -> None:
    """Art 75(d), Art 41(1): Eurodac hit Tue 30 Jun 2026 + 2 weeks = Tue 14 Jul, a French
    holiday -> Wed 15 Jul for FR, which must notify; with Italian holidays it would end on 14
    Jul: shown and flagged (ammr.md section 11 item 14)."""
    facts = case(registered="2026-06-29", eurodac_hits=[hit(1, "2026-06-30")])
    report = run(facts, "2026-07-01", track=TB)
    deadline = one(report, "take_back_notification")
    assert (deadline.due, deadline.calendar, deadline.alternative) == (
        d("2026-07-15"),
        "FR",
        d("2026-07-14"),
    )
    assert deadline.alternative_note is not None
    assert deadline.alternative_note.key == "ammr.deadline.note.holidays"
    assert deadline.unverified
    assert "ammr.deadline.holidays_differ" in codes(report)


def test_art75_holiday_of_the_requested_state_for_its_reply() -> None:
    """Art 75(d), Art 40(2): request received Tue 24 Nov 2026, reply within 2 weeks = Tue 8 Dec,
    an Italian holiday -> Wed 9 Dec for IT; silence -> IT responsible from Thu 10 Dec."""
    facts = case(
        registered="2026-11-20",
        requests=[request(sent="2026-11-24", eurodac_based=True)],
    )
    open_report = run(facts, "2026-12-09")
    deadline = one(open_report, "take_charge_reply")
    assert (deadline.due, deadline.state_to_act, deadline.status) == (d("2026-12-09"), "IT", OPEN)
    assert deadline.alternative == d("2026-12-08")  # French holidays: no roll-over
    assert shifts(run(facts, "2026-12-10")) == [("IT", d("2026-12-10"), "take_charge_reply")]


def test_art75_holiday_difference_not_flagged_when_it_cannot_matter() -> None:
    """The other State's calendar is only shown when it could change the outcome: a
    notification made on 3 Jul, before both ends (14 and 15 Jul), needs no flag."""
    facts = case(
        registered="2026-06-29",
        eurodac_hits=[hit(1, "2026-06-30")],
        requests=[request(kind=TBN, sent="2026-07-03")],
    )
    report = run(facts, "2026-07-05", track=TB)
    deadline = one(report, "take_back_notification")
    assert (deadline.status, deadline.alternative) == (MET, None)
    assert "ammr.deadline.holidays_differ" not in codes(report)


def test_art75_holiday_difference_flagged_when_the_act_falls_between_the_ends() -> None:
    """Notified Wed 15 Jul: in time with French holidays (15 Jul), late with Italian ones (14
    Jul): flagged and shown."""
    facts = case(
        registered="2026-06-29",
        eurodac_hits=[hit(1, "2026-06-30")],
        requests=[request(kind=TBN, sent="2026-07-15")],
    )
    report = run(facts, "2026-07-16", track=TB)
    deadline = one(report, "take_back_notification")
    assert (deadline.status, deadline.alternative) == (MET, d("2026-07-14"))
    assert "ammr.deadline.holidays_differ" in codes(report)


# --- T05-T07: reply to a take charge request (Art 40) -----------------------------------------


def test_t06_one_month_reply_and_deemed_acceptance() -> None:
    """Art 40(1), (8): received Wed 15 Jul 2026 + 1 month = Sat 15 Aug (also a holiday) ->
    Mon 17 Aug; no objection -> IT responsible from Tue 18 Aug."""
    facts = case(requests=[request()])
    report = run(facts, "2026-08-18")
    deadline = one(report, "take_charge_reply", "R1")
    assert (deadline.start, deadline.due, deadline.status, deadline.period) == (
        d("2026-07-15"),
        d("2026-08-17"),
        MISSED,
        "1 month",
    )
    assert (deadline.basis.article, deadline.basis.paragraph) == ("40", "1")
    assert shifts(report) == [("IT", d("2026-08-18"), "take_charge_reply")]
    assert report.shifts[0].basis.paragraph == "8"


def test_t07_two_weeks_reply_on_a_eurodac_hit_inferred_from_the_hit() -> None:
    """Art 40(2): IT hit received 6 Jul, request received 15 Jul: 2 weeks -> Wed 29 Jul; the
    request was not marked as hit-based, so it is flagged."""
    facts = case(eurodac_hits=[hit(2, "2026-07-06")], requests=[request()])
    report = run(facts, "2026-07-16")
    deadline = one(report, "take_charge_reply")
    assert (deadline.due, deadline.period) == (d("2026-07-29"), "2 weeks")
    assert deadline.basis.paragraph == "2"
    assert "ammr.deadline.reply_shortened_by_hit" in codes(report)


def test_t05_urgent_reply_two_weeks_when_no_period_is_specified() -> None:
    """Art 40(7)-(8): urgent, no period stated: 15 Jul + 2 weeks = Wed 29 Jul; silence ->
    deemed accepted from Thu 30 Jul (unlike Dublin III Art 22(6))."""
    facts = case(requests=[request(urgent=True)])
    report = run(facts, "2026-07-30")
    deadline = one(report, "take_charge_reply")
    assert (deadline.due, deadline.basis.paragraph) == (d("2026-07-29"), "7")
    assert shifts(report) == [("IT", d("2026-07-30"), "take_charge_reply")]
    assert report.shifts[0].message.key == "ammr.shift.tacit_acceptance.urgent"


def test_t05_urgent_reply_period_requested_with_roll_over() -> None:
    """Art 40(7), Art 75(d): reply asked by Sat 25 Jul (10 days after 15 Jul) -> Mon 27 Jul."""
    facts = case(requests=[request(urgent=True, urgent_reply_by=d("2026-07-25"))])
    deadline = one(run(facts, "2026-07-16"), "take_charge_reply")
    assert (deadline.due, deadline.period) == (d("2026-07-27"), "10 days")


def test_t05_urgent_period_shorter_than_a_week_counts_one_week() -> None:
    """Art 39(2) 2nd subpara: the period requested is at least one week; 18 Jul is too short:
    15 Jul + 1 week = Wed 22 Jul, flagged."""
    facts = case(requests=[request(urgent=True, urgent_reply_by=d("2026-07-18"))])
    report = run(facts, "2026-07-16")
    assert one(report, "take_charge_reply").due == d("2026-07-22")
    assert "ammr.deadline.urgent_too_short" in codes(report)


def test_t06_explicit_acceptance_shifts_on_receipt() -> None:
    """Art 40(1), 36(1)(a): acceptance received Mon 3 Aug -> IT responsible from 3 Aug."""
    report = run(accepted_case("2026-08-03"), "2026-08-04")
    assert shifts(report) == [("IT", d("2026-08-03"), None)]
    assert one(report, "take_charge_reply").status is MET


def test_t06_late_refusal_does_not_undo_deemed_acceptance() -> None:
    """Art 40(8): a refusal received 20 Aug, after 17 Aug: IT deemed to accept from 18 Aug."""
    facts = case(requests=[request()], replies=[reply(REFUSE, "2026-08-20", reasons="x")])
    report = run(facts, "2026-08-21")
    assert shifts(report) == [("IT", d("2026-08-18"), "take_charge_reply")]
    assert "ammr.deadline.late_refusal" in codes(report)


def test_t06_refusal_without_reasons_is_flagged() -> None:
    """Art 40(8): only a reply giving substantiated reasons prevents deemed acceptance."""
    facts = case(requests=[request()], replies=[reply(REFUSE, "2026-07-24")])
    report = run(facts, "2026-07-25")
    assert "ammr.deadline.refusal_without_reasons" in codes(report)
    assert report.shifts == []
    # The bare refusal is no objection: at the end of the month (17 Aug) IT is deemed to accept.
    later = run(facts, "2026-08-18")
    assert shifts(later) == [("IT", d("2026-08-18"), "take_charge_reply")]


def test_incoming_request_reply_is_due_from_the_determining_state() -> None:
    """Art 40(1): IT asks FR; FR replies within 1 month of receipt (15 Jul -> 17 Aug, with
    FR's holidays); silence -> FR responsible from 18 Aug."""
    facts = case(requests=[request(from_state="IT", to_state="FR")])
    report = run(facts, "2026-08-18", track=Track.NONE, proposed="FR")
    deadline = one(report, "take_charge_reply")
    assert (deadline.state_to_act, deadline.due) == ("FR", d("2026-08-17"))
    assert ("FR", d("2026-08-18"), "take_charge_reply") in shifts(report)


def test_receipt_unknown_counts_from_sending_and_warns() -> None:
    """IR 2025/2055 Art 1(3): without the proof of delivery the reply period runs from sending
    (15 Jul -> 17 Aug)."""
    report = run(case(requests=[request(received=None)]), "2026-07-16")
    assert one(report, "take_charge_reply").due == d("2026-08-17")
    assert "ammr.deadline.receipt_unknown" in codes(report)


def test_request_sent_in_time_but_received_late_asks_a_person() -> None:
    """IR 2025/2055 Art 1(3): sent Tue 1 Sep (last day), received Wed 2 Sep: a person decides;
    until then the sending counts and no shift."""
    report = run(case(requests=[request(sent="2026-09-01", received="2026-09-02")]), "2026-09-03")
    assert "ammr:in_time:request:R1" in questions(report)
    assert one(report, "take_charge_request").status is MET
    assert report.shifts == []


# --- T08-T09: re-examination (IR 2025/2055 Art 9(2)) --------------------------------------------


def refused_case(*more: Any, replies: list[Reply] | None = None) -> CaseFacts:
    """Request of 15 Jul refused by IT, refusal received Fri 24 Jul 2026."""
    return case(
        requests=[request(), *more],
        replies=[reply(REFUSE, "2026-07-24", reasons="no criterion"), *(replies or [])],
    )


def re_examination(sent: str = "2026-08-03") -> Request:
    return request(id="RX1", kind=RequestKind.RE_EXAMINATION, sent=sent, re_examination_of="R1")


def test_t08_re_examination_request_three_weeks_under_r1182() -> None:
    """IR 2025/2055 Art 9(2), Reg 1182/71: refusal received Fri 24 Jul + 3 weeks = Fri 14
    Aug, FR acting."""
    deadline = one(run(refused_case(), "2026-07-25"), "re_examination_request")
    assert (deadline.due, deadline.state_to_act, deadline.rule) == (
        d("2026-08-14"),
        "FR",
        "r1182",
    )
    assert (deadline.basis.article, deadline.basis.instrument) == ("9", "2025/2055")


def test_t09_silence_on_re_examination_is_no_acceptance_and_the_refusal_stands() -> None:
    """IR Art 9(2): asked Mon 3 Aug, reply endeavoured within 2 weeks = Mon 17 Aug; silence is
    not acceptance; the re-examination does not extend FR's own period (1 Sep): FR
    responsible from 2 Sep."""
    report = run(refused_case(re_examination()), "2026-09-10")
    assert one(report, "re_examination_reply").due == d("2026-08-17")
    assert shifts(report) == [("FR", d("2026-09-02"), "take_charge_request")]
    assert report.shifts[0].message.key == "ammr.shift.refusal_stands"


def test_t09_re_examination_accepted_shifts_to_the_requested_state() -> None:
    """IR Art 9(2): acceptance received Mon 10 Aug, within the 2 weeks -> IT from 10 Aug."""
    facts = refused_case(re_examination(), replies=[reply(ACCEPT, "2026-08-10", request="RX1")])
    report = run(facts, "2026-08-11")
    assert shifts(report) == [("IT", d("2026-08-10"), None)]
    assert one(report, "transfer", "R1").start == d("2026-08-10")


def test_t09_late_acceptance_on_re_examination_is_not_taken_into_account() -> None:
    """IR Art 9(2): the expiry (17 Aug) ends the procedure; acceptance of 20 Aug is ignored."""
    facts = refused_case(re_examination(), replies=[reply(ACCEPT, "2026-08-20", request="RX1")])
    report = run(facts, "2026-08-21")
    assert report.shifts == []
    assert "ammr.deadline.late_re_examination_acceptance" in codes(report)


# --- T11-T14: take back notification (Art 41; IR 2025/2055 Art 15) ----------------------------


def tbn_case(**overrides: Any) -> CaseFacts:
    """New application in FR registered 1 Jul 2026; Eurodac category 1 hit from IT on Thu 2
    Jul."""
    fields: dict[str, Any] = {"eurodac_hits": [hit(1, "2026-07-02")]}
    fields.update(overrides)
    return case(**fields)


def test_t11_take_back_notification_two_weeks_from_the_hit() -> None:
    """Art 41(1): hit Thu 2 Jul + 2 weeks = Thu 16 Jul."""
    deadline = one(run(tbn_case(), "2026-07-03", track=TB), "take_back_notification")
    assert (deadline.start, deadline.due, deadline.period) == (
        d("2026-07-02"),
        d("2026-07-16"),
        "2 weeks",
    )
    assert (deadline.basis.article, deadline.basis.paragraph) == ("41", "1")


def test_t11_late_notification_does_not_shift_and_t12_silence_is_confirmation() -> None:
    """Art 41(1): notified Mon 20 Jul, after 16 Jul: missed, but no shift to FR. Art 41(3)-(4):
    IT must react within 2 weeks of receipt = Mon 3 Aug; silence -> confirmation, IT from Tue
    4 Aug."""
    facts = tbn_case(requests=[request(kind=TBN, sent="2026-07-20")])
    report = run(facts, "2026-08-04", track=TB)
    assert one(report, "take_back_notification").status is MISSED
    assert "ammr.deadline.late_tbn" in codes(report)
    confirmation = one(report, "take_back_confirmation")
    assert (confirmation.due, confirmation.state_to_act) == (d("2026-08-03"), "IT")
    assert shifts(report) == [("IT", d("2026-08-04"), "take_back_confirmation")]
    assert report.shifts[0].basis.paragraph == "4"
    assert report.shifts[0].message.key == "ammr.shift.tacit_confirmation"


def test_t12_explicit_confirmation_and_t16_transfer_decision() -> None:
    """Art 41(3): confirmed Tue 21 Jul -> IT from 21 Jul. Art 42(1): transfer decision within
    2 weeks of the confirmation = Tue 4 Aug; notified Thu 6 Aug: missed, no shift."""
    facts = tbn_case(
        requests=[request(kind=TBN, sent="2026-07-10")],
        replies=[reply(ACCEPT, "2026-07-21")],
        transfer_decisions=[TransferDecision(notified_on=d("2026-08-06"), to_state="IT")],
    )
    report = run(facts, "2026-08-07", track=TB)
    assert shifts(report) == [("IT", d("2026-07-21"), None)]
    decision = one(report, "transfer_decision")
    assert (decision.start, decision.due, decision.status, decision.done_on) == (
        d("2026-07-21"),
        d("2026-08-04"),
        MISSED,
        d("2026-08-06"),
    )
    assert (decision.basis.article, decision.basis.paragraph) == ("42", "1")


def test_t13_non_confirmation_two_weeks_to_ask_reconsideration() -> None:
    """IR 2025/2055 Art 15(3): non-confirmation received Fri 24 Jul + 2 weeks = Fri 7 Aug; not
    asked: no automatic change of responsibility, a person decides."""
    facts = tbn_case(
        requests=[request(kind=TBN, sent="2026-07-10")],
        replies=[reply(REFUSE, "2026-07-24", reasons="Art 37(4)")],
    )
    report = run(facts, "2026-08-10", track=TB)
    deadline = one(report, "re_examination_request")
    assert (deadline.due, deadline.status, deadline.period) == (d("2026-08-07"), MISSED, "2 weeks")
    assert (deadline.basis.article, deadline.basis.paragraph) == ("15", "3")
    assert report.shifts == []
    assert "ammr.deadline.tbn_not_confirmed" in codes(report)


def test_t12_bare_non_confirmation_is_no_objection() -> None:
    """Art 41(3)-(4): a non-confirmation that shows nothing (no reasons) does not stop the
    deemed confirmation: notified Fri 10 Jul, two weeks end Fri 24 Jul, IT from Sat 25 Jul."""
    facts = tbn_case(
        requests=[request(kind=TBN, sent="2026-07-10")],
        replies=[reply(REFUSE, "2026-07-20")],
    )
    report = run(facts, "2026-08-10", track=TB)
    assert "ammr.deadline.refusal_without_reasons" in codes(report)
    assert [s[0] for s in shifts(report)] == ["IT"]
    assert "re_examination_request" not in [x.id for x in report.deadlines]


def test_t14_reconsideration_confirmed_shifts_to_the_notified_state() -> None:
    """IR 2025/2055 Art 15(3): non-confirmation received 24 Jul; reconsideration asked Mon 27
    Jul (within 2 weeks, by 7 Aug); confirmed Mon 3 Aug, within 2 weeks of receipt (10 Aug):
    IT must take the person back from 3 Aug."""
    facts = tbn_case(
        requests=[
            request(kind=TBN, sent="2026-07-10"),
            request(
                id="RX1", kind=RequestKind.RE_EXAMINATION, sent="2026-07-27", re_examination_of="R1"
            ),
        ],
        replies=[
            reply(REFUSE, "2026-07-24", reasons="Art 37(4)"),
            reply(ACCEPT, "2026-08-03", request="RX1"),
        ],
    )
    report = run(facts, "2026-08-04", track=TB)
    assert one(report, "re_examination_request").status is MET
    assert one(report, "re_examination_reply").due == d("2026-08-10")
    assert shifts(report) == [("IT", d("2026-08-03"), None)]
    assert report.shifts[0].message.key == "ammr.shift.confirmed.reconsideration"


def test_t12_incoming_notification_silence_makes_the_determining_state_responsible() -> None:
    """Art 41(3)-(4): IT notifies FR, received Wed 15 Jul; FR must react by Wed 29 Jul;
    silence -> FR must take the person back from Thu 30 Jul."""
    facts = case(requests=[request(kind=TBN, from_state="IT", to_state="FR")])
    report = run(facts, "2026-07-30", track=Track.NONE, proposed="FR")
    deadline = one(report, "take_back_confirmation")
    assert (deadline.state_to_act, deadline.due) == ("FR", d("2026-07-29"))
    assert shifts(report) == [("FR", d("2026-07-30"), "take_back_confirmation")]


def test_t12_detention_does_not_shorten_the_confirmation_period() -> None:
    """Art 45(2) derogates from Art 40(1) only: a notification made while the person is
    detained is still confirmed within 2 weeks (received 15 Jul -> 29 Jul)."""
    facts = tbn_case(
        detentions=[Detention(start=d("2026-07-01"), state="FR")],
        requests=[request(kind=TBN, detention=True)],
    )
    report = run(facts, "2026-07-16", track=TB)
    assert one(report, "take_back_confirmation").due == d("2026-07-29")
    assert "detention_reply" not in ids(report)


def test_take_back_request_kind_is_read_as_a_notification() -> None:
    """Art 41: a Dublin III take back request in an AMMR case is treated as a notification."""
    facts = tbn_case(requests=[request(kind=RequestKind.TAKE_BACK, sent="2026-07-10")])
    report = run(facts, "2026-07-11", track=TB)
    assert one(report, "take_back_notification").status is MET
    assert "take_back_confirmation" in ids(report)
    assert "ammr.deadline.take_back_as_notification" in codes(report)


def test_t11_without_a_hit_the_period_cannot_be_computed() -> None:
    """Art 41(1) counts from the hit: none recorded, a warning and no deadline."""
    report = run(case(), "2026-07-03", track=TB)
    assert "take_back_notification" not in ids(report)
    assert "ammr.deadline.no_tbn_hit" in codes(report)


# --- T21-T24: transfer (Art 46) ---------------------------------------------------------------


def test_t21_transfer_six_months_from_acceptance_and_missed_shift() -> None:
    """Art 46(1): accepted Mon 17 Aug 2026 + 6 months = Wed 17 Feb 2027; no transfer -> Art
    46(2), 37(1): FR (transferring) responsible from Thu 18 Feb 2027."""
    report = run(accepted_case(), "2027-02-18")
    deadline = one(report, "transfer")
    assert (deadline.start, deadline.due, deadline.period, deadline.state_to_act) == (
        d("2026-08-17"),
        d("2027-02-17"),
        "6 months",
        "FR",
    )
    assert shifts(report) == [
        ("IT", d("2026-08-17"), None),
        ("FR", d("2027-02-18"), "transfer"),
    ]
    assert report.shifts[-1].basis.paragraph == "2"


def test_t21_transfer_carried_out_in_time() -> None:
    """Art 46(1): transferred 1 Dec 2026, before 17 Feb 2027."""
    facts = accepted_case(transfers=[Transfer(carried_out_on=d("2026-12-01"), to_state="IT")])
    report = run(facts, "2027-03-01")
    assert one(report, "transfer").status is MET
    assert shifts(report) == [("IT", d("2026-08-17"), None)]


def test_t21_after_deemed_acceptance_the_other_start_day_is_shown() -> None:
    """Art 40(8), 46(1): reply due Mon 17 Aug (15 Jul + 1 month, rolled over); transfer from
    the last day: 17 Aug + 6 months = Wed 17 Feb 2027; from the day after: Thu 18 Feb."""
    report = run(case(requests=[request()]), "2026-08-20")
    deadline = one(report, "transfer")
    assert (deadline.due, deadline.alternative) == (d("2027-02-17"), d("2027-02-18"))
    assert "ammr.setting.tacit_acceptance_start" in codes(report)


def test_t21_day_after_setting_swaps_the_readings() -> None:
    """Setting tacit_acceptance_start = day_after: 18 Aug + 6 months = 18 Feb 2027."""
    settings = EngineSettings(tacit_acceptance_start=TacitAcceptanceStart.DAY_AFTER_REPLY_PERIOD)
    deadline = one(run(case(requests=[request()]), "2026-08-20", settings=settings), "transfer")
    assert (deadline.due, deadline.alternative) == (d("2027-02-18"), d("2027-02-17"))


def test_t21_between_the_two_start_readings_a_person_decides() -> None:
    """On 18 Feb 2027 the period has ended in one reading only: blocking question, no shift."""
    report = run(case(requests=[request()]), "2027-02-18")
    assert questions(report).get("ammr:transfer_expiry:R1") is True
    assert shifts(report) == [("IT", d("2026-08-18"), "take_charge_reply")]


def test_t21_suspensive_appeal_restarts_the_period_from_the_final_decision() -> None:
    """Arts 43(3), 46(1): appeal with suspensive effect decided Tue 1 Dec 2026 -> 1 Jun 2027."""
    appeal = Appeal(lodged_on=d("2026-08-25"), suspensive=True, final_decision_on=d("2026-12-01"))
    deadline = one(run(accepted_case(appeals=[appeal]), "2026-12-02"), "transfer")
    assert (deadline.start, deadline.due) == (d("2026-12-01"), d("2027-06-01"))


def test_t21_pending_suspensive_appeal_keeps_the_period_open() -> None:
    """Art 43(3): while the appeal suspends the transfer, no expiry, a warning."""
    appeal = Appeal(lodged_on=d("2026-08-25"), suspensive=True)
    report = run(accepted_case(appeals=[appeal]), "2027-03-01")
    assert one(report, "transfer").status is OPEN
    assert shifts(report) == [("IT", d("2026-08-17"), None)]
    assert "ammr.deadline.appeal_pending" in codes(report)


def test_t22_imprisonment_extends_to_one_year() -> None:
    """Art 46(2): imprisoned from 1 Oct 2026, IT informed 5 Oct (within the six months, IR Art
    28(3)): 17 Aug 2026 + 1 year = Tue 17 Aug 2027."""
    prison = Imprisonment(
        start=d("2026-10-01"), state="FR", notified_to_responsible_state_on=d("2026-10-05")
    )
    deadline = one(run(accepted_case(imprisonments=[prison]), "2026-10-06"), "transfer")
    assert (deadline.due, deadline.period) == (d("2027-08-17"), "1 year")
    assert deadline.basis.paragraph == "2"


def test_t22_imprisonment_not_notified_keeps_six_months() -> None:
    """IR 2025/2055 Art 28(3): no notice recorded: 6 months (17 Feb 2027) and a warning."""
    prison = Imprisonment(start=d("2026-10-01"), state="FR")
    report = run(accepted_case(imprisonments=[prison]), "2026-10-06")
    assert one(report, "transfer").due == d("2027-02-17")
    assert "ammr.deadline.imprisonment_notice_missing" in codes(report)


def absconded(
    on: str = "2026-10-01", notified: str | None = "2026-10-05", back: str | None = None
) -> Absconding:
    return Absconding(
        on=d(on),
        notified_to_responsible_state_on=d(notified) if notified else None,
        ended_on=d(back) if back else None,
    )


def test_t23_absconding_extends_up_to_three_years_from_the_notice() -> None:
    """Art 46(2): absconded 1 Oct 2026, IT informed Mon 5 Oct 2026: up to 3 years from the
    notice (not from the acceptance) = Fri 5 Oct 2029. Art 2(17): a person confirms
    (non-blocking)."""
    report = run(accepted_case(abscondings=[absconded()]), "2026-10-06")
    deadline = one(report, "transfer")
    assert (deadline.start, deadline.due, deadline.period) == (
        d("2026-10-05"),
        d("2029-10-05"),
        "3 years",
    )
    assert deadline.start_event.key == "ammr.deadline.start.absconding_notice"
    assert questions(report) == {"ammr:absconding:2026-10-01": False}


def test_t23_absconding_not_within_control_keeps_six_months() -> None:
    """Art 2(17): answered "no" (not absconding): 6 months, 17 Feb 2027, and no reminder
    about the notice of IR Art 28."""
    facts = accepted_case(
        abscondings=[absconded(notified=None)],
        answers=[answer("ammr:absconding:2026-10-01", "no")],
    )
    report = run(facts, "2026-10-06")
    assert one(report, "transfer").due == d("2027-02-17")
    assert "ammr.deadline.absconding_notice_missing" not in codes(report)
    assert report.questions == []


def test_t23_absconding_notice_after_six_months_forfeits_the_extension() -> None:
    """IR 2025/2055 Art 28(3): IT informed 1 Mar 2027, after 17 Feb 2027: no extension; FR
    responsible from 18 Feb 2027."""
    report = run(accepted_case(abscondings=[absconded(notified="2027-03-01")]), "2027-03-02")
    assert one(report, "transfer").due == d("2027-02-17")
    assert "ammr.deadline.absconding_notice_late" in codes(report)
    assert shifts(report)[-1] == ("FR", d("2027-02-18"), "transfer")


def test_t24_reappearance_with_less_than_three_months_left_gives_three_months() -> None:
    """Art 46(2) 2nd subpara: absconded 1 Oct 2026, never notified (no extension), available
    again Sun 10 Jan 2027 with 17 Feb 2027 as the end: 10 Jan + 3 months = Sat 10 Apr 2027 ->
    Mon 12 Apr 2027."""
    report = run(
        accepted_case(abscondings=[absconded(notified=None, back="2027-01-10")]), "2027-01-11"
    )
    deadline = one(report, "transfer")
    assert (deadline.start, deadline.due, deadline.period) == (
        d("2027-01-10"),
        d("2027-04-12"),
        "3 months",
    )
    assert deadline.basis.subparagraph == "2"
    assert "ammr.deadline.reappearance" in codes(report)


def test_t24_reappearance_with_more_than_three_months_left_changes_nothing() -> None:
    """Art 46(2) 2nd subpara: back on 1 Nov 2026, more than 3 months before 17 Feb 2027."""
    facts = accepted_case(abscondings=[absconded(notified=None, back="2026-11-01")])
    assert one(run(facts, "2026-11-02"), "transfer").due == d("2027-02-17")


def test_t24_reappearance_during_an_extension_is_an_unsettled_reading() -> None:
    """Art 46(2): extension to 5 Oct 2029; back Tue 1 Jun 2027. Kept: the extension runs on.
    Other reading: it ends, leaving at least 3 months = Wed 1 Sep 2027. On 10 Sep 2027 a person
    decides (blocking); answered "shifted", FR is responsible from 2 Sep 2027."""
    facts = accepted_case(abscondings=[absconded(back="2027-06-01")])
    report = run(facts, "2027-09-10")
    deadline = one(report, "transfer")
    assert (deadline.due, deadline.alternative) == (d("2029-10-05"), d("2027-09-01"))
    assert deadline.alternative_note is not None
    assert deadline.alternative_note.key == "ammr.deadline.note.reappearance"
    assert questions(report)["ammr:transfer_expiry:R1"] is True
    assert shifts(report) == [("IT", d("2026-08-17"), None)]
    answered = accepted_case(
        abscondings=[absconded(back="2027-06-01")],
        answers=[answer("ammr:transfer_expiry:R1", "shifted")],
    )
    assert shifts(run(answered, "2027-09-10"))[-1] == ("FR", d("2027-09-02"), "transfer")


# --- T26-T29: detention (Art 45) ----------------------------------------------------------------


def test_t26_detained_at_registration_two_weeks_from_registration() -> None:
    """Art 45(1) 1st subpara: detained since 30 Jun, registered Wed 1 Jul + 2 weeks = Wed 15
    Jul; no request: the detention must end (45(4)), no shift."""
    facts = case(detentions=[Detention(start=d("2026-06-30"), state="FR")])
    report = run(facts, "2026-07-16")
    deadline = one(report, "detention_request")
    assert (deadline.start, deadline.due, deadline.status) == (
        d("2026-07-01"),
        d("2026-07-15"),
        MISSED,
    )
    assert deadline.basis.subparagraph == "1"
    assert "ammr.deadline.detention_request_missed" in codes(report)
    assert report.shifts == []


def test_t27_detained_after_registration_one_week_from_detention() -> None:
    """Art 45(1) 2nd subpara: registered 1 Jul, detained Fri 10 Jul + 1 week = Fri 17 Jul."""
    facts = case(detentions=[Detention(start=d("2026-07-10"), state="FR")])
    deadline = one(run(facts, "2026-07-11"), "detention_request")
    assert (deadline.start, deadline.due, deadline.period) == (
        d("2026-07-10"),
        d("2026-07-17"),
        "1 week",
    )
    assert deadline.basis.subparagraph == "2"


def test_t28_detention_reply_one_week_and_silence_is_acceptance() -> None:
    """Art 45(2): received Wed 15 Jul + 1 week = Wed 22 Jul; silence -> IT from Thu 23 Jul."""
    facts = case(
        detentions=[Detention(start=d("2026-07-10"), state="FR")],
        requests=[request(detention=True)],
    )
    report = run(facts, "2026-07-23")
    deadline = one(report, "detention_reply")
    assert (deadline.due, deadline.basis.article) == (d("2026-07-22"), "45")
    assert shifts(report) == [("IT", d("2026-07-23"), "detention_reply")]


def test_t28_request_in_detention_not_flagged_is_warned() -> None:
    """Art 45(2): a request sent while detained should ask for the one-week reply."""
    facts = case(detentions=[Detention(start=d("2026-07-10"), state="FR")], requests=[request()])
    assert "ammr.deadline.detention_not_flagged" in codes(run(facts, "2026-07-16"))


def test_t29_detention_transfer_five_weeks_from_acceptance() -> None:
    """Art 45(3): accepted Mon 20 Jul + 5 weeks = Mon 24 Aug; not transferred: the detention
    ends (45(4)); the 6-month period (20 Jan 2027) keeps running."""
    facts = case(
        detentions=[Detention(start=d("2026-07-10"), state="FR")],
        requests=[request(detention=True)],
        replies=[reply(ACCEPT, "2026-07-20")],
    )
    report = run(facts, "2026-08-25")
    deadline = one(report, "detention_transfer")
    assert (deadline.due, deadline.status, deadline.period) == (d("2026-08-24"), MISSED, "5 weeks")
    assert "ammr.deadline.detention_must_end" in codes(report)
    assert one(report, "transfer").due == d("2027-01-20")
    assert shifts(report) == [("IT", d("2026-07-20"), None)]


def test_t29_released_in_time_the_limit_no_longer_binds() -> None:
    """Art 45(3): released 1 Aug, before 24 Aug: not applicable."""
    facts = case(
        detentions=[Detention(start=d("2026-07-10"), end=d("2026-08-01"), state="FR")],
        requests=[request(detention=True)],
        replies=[reply(ACCEPT, "2026-07-20")],
    )
    assert one(run(facts, "2026-08-25"), "detention_transfer").status is NOT_APPLICABLE


def test_t16_late_transfer_decision_ends_detention() -> None:
    """Arts 42(1), 45(4): accepted 20 Jul, decision due Mon 3 Aug, none while detained."""
    facts = case(
        detentions=[Detention(start=d("2026-07-10"), state="FR")],
        requests=[request(detention=True)],
        replies=[reply(ACCEPT, "2026-07-20")],
    )
    report = run(facts, "2026-08-04")
    assert one(report, "transfer_decision").due == d("2026-08-03")
    assert "ammr.deadline.detention_must_end_decision" in codes(report)


# --- T15: humanitarian request (Art 35(2)) ------------------------------------------------------


def test_t15_humanitarian_silence_is_never_acceptance() -> None:
    """Art 35(2): received Wed 15 Jul + 2 months = Tue 15 Sep; silence: no shift, a warning."""
    facts = case(requests=[request(kind=RequestKind.HUMANITARIAN, to_state="DE")])
    report = run(facts, "2026-09-16")
    deadline = one(report, "humanitarian_reply")
    assert (deadline.due, deadline.status) == (d("2026-09-15"), MISSED)
    assert "ammr.deadline.humanitarian_silence" in codes(report)
    assert [s for s in report.shifts if s.state == "DE"] == []


def test_t15_humanitarian_acceptance_transfers_responsibility() -> None:
    """Arts 35(2), 37(1): DE accepted on 1 Sep -> DE responsible from 1 Sep."""
    facts = case(
        requests=[request(kind=RequestKind.HUMANITARIAN, to_state="DE")],
        replies=[reply(ACCEPT, "2026-09-01")],
    )
    report = run(facts, "2026-09-02")
    assert ("DE", d("2026-09-01"), None) in shifts(report)
    accepted = next(s for s in report.shifts if s.state == "DE")
    assert (accepted.basis.article, accepted.basis.paragraph) == ("37", "1")
    assert one(report, "transfer").due == d("2027-03-01")  # 1 Sep 2026 + 6 months = Mon 1 Mar


# --- the report as a whole ------------------------------------------------------------------------


def test_shifts_are_in_date_order_and_the_last_one_wins() -> None:
    """Deemed acceptance by IT (18 Aug 2026), then missed transfer (FR, 19 Feb 2027)."""
    report = run(case(requests=[request()]), "2027-03-01")
    dates = [s.on for s in report.shifts]
    assert dates == sorted(dates)
    assert report.shifts[-1].state == "FR"
    assert isinstance(report.shifts[-1], Shift)


def test_facts_after_as_of_have_not_happened_yet() -> None:
    """A reply received after the run date is ignored: as of 1 Aug the request is unanswered."""
    report = run(accepted_case("2026-08-03"), "2026-08-01")
    assert one(report, "take_charge_reply").status is OPEN
    assert report.shifts == []


def test_deadline_ids_are_stable() -> None:
    """The ids the AMMR engine relies on."""
    report = run(accepted_case(), "2026-08-18")
    assert ids(report) == [
        "take_charge_request",
        "take_charge_reply",
        "transfer_decision",
        "transfer",
    ]


def _reports() -> list[DeadlineReport]:
    """Scenarios that between them emit every message of the AMMR time-limit engine."""
    settings = EngineSettings(tacit_acceptance_start=TacitAcceptanceStart.DAY_AFTER_REPLY_PERIOD)
    uam = Applicant(date_of_birth=d("2010-05-01"), unaccompanied=True)
    decided = ApplicationDecision(kind=DecisionKind.REJECTED, on=d("2026-10-15"))
    detained = [Detention(start=d("2026-07-10"), state="FR")]
    return [
        run(case(), "2026-09-02"),
        run(case(registered=None), "2026-07-02"),
        run(case(app=False), "2026-07-02"),
        run(case(), "2026-10-01", track=Track.NONE, proposed="FR"),
        run(case(vis_hits=[VisHit(state="IT", received_on=d("2026-08-20"))]), "2026-08-21"),
        run(case(eurodac_hits=[hit(2, "2026-06-25")]), "2026-07-02"),
        run(case(vis_hits=[VisHit(state="IT", received_on=d("2026-07-06"))]), "2026-07-07"),
        run(
            legacy_case(
                requests=[request(sent="2026-08-20")], replies=[reply(ACCEPT, "2026-08-24")]
            ),
            "2026-08-25",
        ),
        run(legacy_case(requests=[request(sent="2026-08-20")]), "2026-08-25"),
        run(legacy_case(requests=[request()]), "2026-07-20"),
        run(
            case(requests=[request(sent="2026-09-03")], replies=[reply(ACCEPT, "2026-09-10")]),
            "2026-09-11",
        ),
        run(case(applicant=uam), "2026-09-10"),
        run(case(applicant=uam, applications=[application(decisions=[decided])]), "2026-10-20"),
        run(
            case(registered="2026-06-29", eurodac_hits=[hit(1, "2026-06-30")]),
            "2026-07-01",
            track=TB,
        ),
        run(case(requests=[request(received=None)]), "2026-08-20"),
        run(case(requests=[request(sent="2026-09-01", received="2026-09-02")]), "2026-09-03"),
        run(
            case(
                requests=[request()],
                replies=[reply(ACCEPT, "2026-08-20", sent_on=d("2026-08-17"))],
            ),
            "2026-08-21",
        ),
        run(case(requests=[request(urgent=True)]), "2026-07-30"),
        run(case(requests=[request(urgent=True, urgent_reply_by=d("2026-07-18"))]), "2026-07-16"),
        run(case(eurodac_hits=[hit(2, "2026-07-06")], requests=[request()]), "2026-07-16"),
        run(
            case(requests=[request()], replies=[reply(REFUSE, "2026-08-20", reasons="x")]),
            "2026-08-21",
        ),
        run(case(requests=[request()], replies=[reply(REFUSE, "2026-07-24")]), "2026-07-25"),
        run(refused_case(re_examination()), "2026-09-10"),
        run(
            refused_case(re_examination(), replies=[reply(ACCEPT, "2026-08-10", request="RX1")]),
            "2026-08-11",
        ),
        run(
            refused_case(re_examination(), replies=[reply(ACCEPT, "2026-08-20", request="RX1")]),
            "2026-08-21",
        ),
        run(case(requests=[re_examination()]), "2026-08-20"),
        run(
            tbn_case(
                requests=[request(kind=TBN, sent="2026-07-10")],
                replies=[reply(REFUSE, "2026-07-20")],
            ),
            "2026-08-10",
            track=TB,
        ),
        run(tbn_case(requests=[request(kind=TBN, sent="2026-07-20")]), "2026-08-04", track=TB),
        run(
            tbn_case(
                requests=[request(kind=RequestKind.TAKE_BACK, sent="2026-07-10")],
                replies=[reply(ACCEPT, "2026-07-21")],
            ),
            "2026-08-07",
            track=TB,
        ),
        run(
            tbn_case(
                requests=[request(kind=TBN, sent="2026-07-10")],
                replies=[reply(REFUSE, "2026-07-24", reasons="Art 37(4)")],
            ),
            "2026-08-10",
            track=TB,
        ),
        run(
            tbn_case(
                requests=[
                    request(kind=TBN, sent="2026-07-10"),
                    request(
                        id="RX1",
                        kind=RequestKind.RE_EXAMINATION,
                        sent="2026-07-27",
                        re_examination_of="R1",
                    ),
                ],
                replies=[
                    reply(REFUSE, "2026-07-24", reasons="Art 37(4)"),
                    reply(ACCEPT, "2026-08-03", request="RX1"),
                ],
            ),
            "2026-08-04",
            track=TB,
        ),
        run(
            tbn_case(
                requests=[request(kind=TBN, sent="2026-07-10")],
                replies=[reply(REFUSE, "2026-07-30", reasons="late")],
            ),
            "2026-08-01",
            track=TB,
        ),
        run(case(), "2026-07-03", track=TB),
        run(tbn_case(app=False, detentions=detained), "2026-07-20", track=TB),
        run(case(requests=[request()]), "2027-02-18"),
        run(case(requests=[request()]), "2027-03-01", settings=settings),
        run(
            accepted_case(
                appeals=[
                    Appeal(
                        lodged_on=d("2026-08-25"),
                        suspensive=True,
                        final_decision_on=d("2026-12-01"),
                    )
                ]
            ),
            "2026-12-02",
        ),
        run(
            accepted_case(appeals=[Appeal(lodged_on=d("2026-08-25"), suspensive=True)]),
            "2027-03-01",
        ),
        run(
            accepted_case(appeals=[Appeal(lodged_on=d("2026-08-25"), ex_officio_suspension=True)]),
            "2026-09-01",
        ),
        run(
            accepted_case(
                appeals=[
                    Appeal(
                        lodged_on=d("2026-08-25"),
                        final_decision_on=d("2026-10-01"),
                        outcome="upheld",
                    )
                ]
            ),
            "2026-10-02",
        ),
        run(
            accepted_case(imprisonments=[Imprisonment(start=d("2026-10-01"), state="FR")]),
            "2026-10-06",
        ),
        run(
            accepted_case(
                imprisonments=[
                    Imprisonment(
                        start=d("2026-10-01"),
                        state="FR",
                        notified_to_responsible_state_on=d("2027-03-01"),
                    )
                ]
            ),
            "2027-03-02",
        ),
        run(accepted_case(abscondings=[absconded()]), "2026-10-06"),
        run(accepted_case(abscondings=[absconded(notified="2027-03-01")]), "2027-03-02"),
        run(accepted_case(abscondings=[absconded(notified=None, back="2027-01-10")]), "2027-01-11"),
        run(accepted_case(abscondings=[absconded(back="2027-06-01")]), "2027-09-10"),
        run(case(detentions=detained), "2026-07-20"),
        run(case(detentions=[Detention(start=d("2026-06-30"), state="FR")]), "2026-07-16"),
        run(case(detentions=detained, requests=[request()]), "2026-07-16"),
        run(case(detentions=detained, requests=[request(detention=True)]), "2026-07-23"),
        run(
            case(
                detentions=detained,
                requests=[request(detention=True)],
                replies=[reply(ACCEPT, "2026-07-20")],
            ),
            "2026-08-25",
        ),
        run(
            case(
                requests=[request()],
                replies=[reply(ACCEPT, "2026-08-03")],
                detentions=[Detention(start=d("2026-09-01"), state="FR")],
            ),
            "2026-09-02",
        ),
        run(case(requests=[request(kind=RequestKind.HUMANITARIAN, to_state="DE")]), "2026-09-16"),
        run(
            case(
                requests=[request(kind=RequestKind.HUMANITARIAN, to_state="DE")],
                replies=[reply(ACCEPT, "2026-09-01")],
            ),
            "2026-09-02",
        ),
        run(
            case(
                registered="2026-11-20", requests=[request(sent="2026-11-24", eurodac_based=True)]
            ),
            "2026-12-09",
        ),
    ]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _messages(report: DeadlineReport) -> list[Message]:
    found = [s.message for s in report.shifts]
    found += [w.message for w in report.warnings] + [q.message for q in report.questions]
    for deadline in report.deadlines:
        found += [deadline.start_event, deadline.consequence]
        if deadline.alternative_note is not None:
            found.append(deadline.alternative_note)
    return found


def test_every_emitted_message_is_in_messages_with_its_parameters() -> None:
    """Each key in English and French in this module's MESSAGES; the parameters fill both
    templates; all parameters are strings; every message is used by some scenario."""
    used: set[str] = set()
    for report in _reports():
        for message in _messages(report):
            assert message.key in MESSAGES, message.key
            assert message.key.startswith("ammr."), message.key
            assert all(isinstance(v, str) for v in message.params.values()), message
            for template in MESSAGES[message.key]:
                assert _placeholders(template) <= set(message.params), (message.key, message.params)
                template.format(**message.params)
            used.add(message.key)
    unused = {k for k in MESSAGES if k not in used and not k.startswith("deadline_name.")}
    assert unused <= {"ammr.warning.no_calendar"}, unused


def test_every_deadline_id_has_a_name() -> None:
    """Each id emitted has a deadline_name in the core messages or in this module's."""
    emitted = {x.id for report in _reports() for x in report.deadlines}
    assert {
        "take_charge_request",
        "take_charge_reply",
        "re_examination_request",
        "re_examination_reply",
        "take_back_notification",
        "take_back_confirmation",
        "transfer_decision",
        "transfer",
        "humanitarian_reply",
        "detention_request",
        "detention_reply",
        "detention_transfer",
    } <= emitted
    names = {**CORE, **MESSAGES}
    assert sorted(i for i in emitted if f"deadline_name.{i}" not in names) == []


def test_messages_do_not_redefine_core_keys() -> None:
    """The catalogue merges the modules: a key defined twice would silently override."""
    assert set(MESSAGES) & set(CORE) == set()


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_messages_have_the_same_placeholders_in_both_languages(key: str) -> None:
    english, french = MESSAGES[key]
    assert english.strip()
    assert french.strip()
    assert english != french
    assert _placeholders(english) == _placeholders(french), key
