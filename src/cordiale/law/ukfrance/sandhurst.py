"""Sandhurst Treaty (18 January 2018): service-level targets for unaccompanied children.

The UK government's answer HL4954 (29 January 2018) is the one official statement of the
targets with a defined start event (shared/law/uk_france.md 3.2, "Advice"): for an
unaccompanied child under Dublin III Art 8(1)/8(2), the UK gives France its decision within
10 working days after the local-authority assessment of the relative is concluded, and France
then aims to transfer the child within 15 working days. The other versions (30/25 days, 21
days, 15/30 working days) are headline figures and are not modelled.

These are service-level targets, never legal time limits: none displaced the binding Dublin
limits (uk_france.md 5.1), so they are returned as `ServiceTarget`s, apart from the deadlines,
each with a note that its expiry shifts nothing.

They apply to take charge requests from France to the UK sent on or after 18 January 2018
(signature; the entry-into-force date is UNVERIFIED, uk_france.md 9.3) while the UK applied
Dublin III (requests until 31 December 2020, uk_france.md 5.6). Working days follow the
holiday calendar of the State that acts: the UK (England and Wales by default, setting
`subdivisions`) for the decision, France for the transfer.
"""

from __future__ import annotations

import re
from datetime import date

from cordiale.law.calendar import ComputationRule, Unit, period_end
from cordiale.law.facts import CaseFacts, Reply, ReplyOutcome, Request, RequestKind
from cordiale.law.outcome import (
    DeadlineStatus,
    Determination,
    LegalBasis,
    Message,
    ServiceTarget,
)
from cordiale.law.settings import EngineSettings
from cordiale.law.states import is_dublin_state
from cordiale.law.ukfrance.common import SANDHURST, age_range, basis, msg

__all__ = ["SIGNED", "UNVERIFIED", "is_candidate", "service_targets"]

SIGNED = date(2018, 1, 18)  # signature of the Sandhurst Treaty (entry into force UNVERIFIED)
UK_DECISION_WORKING_DAYS = 10  # HL4954
TRANSFER_WORKING_DAYS = 15  # HL4954
# Sandhurst Art 2 (continued, efficient implementation of Dublin transfers, per UK ministers;
# uk_france.md 3.1); the article carrying the targets is UNVERIFIED (9.3).
ART2: LegalBasis = basis("2", instrument=SANDHURST)
UNVERIFIED = (
    "Sandhurst 2018: article and wording of the targets (HL4954 version used)",
    "Sandhurst 2018: entry into force (signature, 18 January 2018, used)",
)

_UK = "GB"
_FRANCE = "FR"
# "8(1)", "8(2)", "Art 8(1)", "art. 8 (2)": Dublin III Art 8(1) or 8(2).
_ART8_1_2 = re.compile(r"^\s*(?:art\.?\s*)?8\s*\(\s*[12]\s*\)", re.IGNORECASE)
_DECISIONS = frozenset({ReplyOutcome.ACCEPT, ReplyOutcome.REFUSE})
_OPEN = DeadlineStatus.OPEN
_MET = DeadlineStatus.MET
_MISSED = DeadlineStatus.MISSED
_NOT_APPLICABLE = DeadlineStatus.NOT_APPLICABLE


def _art8_family(request: Request, dublin: Determination) -> bool:
    if request.basis is not None:
        return _ART8_1_2.match(request.basis) is not None
    found = dublin.basis
    return (
        dublin.proposed_state == _UK
        and found is not None
        and found.article == "8"
        and found.paragraph in ("1", "2")
    )


def _unaccompanied_minor(facts: CaseFacts, on: date) -> bool:
    applicant = facts.applicant
    if applicant.unaccompanied is not True:
        return False
    age = age_range(applicant, on)
    return age is None or age[0] < 18


def is_candidate(facts: CaseFacts, request: Request, dublin: Determination) -> bool:
    """A take charge request from France to the UK for an unaccompanied child under Dublin III
    Art 8(1) or 8(2) (HL4954), whatever its date."""
    return (
        request.kind is RequestKind.TAKE_CHARGE
        and request.from_state == _FRANCE
        and request.to_state == _UK
        and _art8_family(request, dublin)
        and _unaccompanied_minor(facts, request.sent_on)
    )


def service_targets(
    facts: CaseFacts, *, as_of: date, settings: EngineSettings, dublin: Determination
) -> tuple[list[ServiceTarget], list[str]]:
    """The Sandhurst targets of every candidate request sent by `as_of`, and the unverified
    points they rely on."""
    targets: list[ServiceTarget] = []
    in_window = False
    for request in facts.requests:
        if request.sent_on > as_of or not is_candidate(facts, request, dublin):
            continue
        if request.sent_on < SIGNED:
            reason = msg("sandhurst.before_treaty", request=request.id, date=request.sent_on)
            targets += _not_applicable(request, reason)
        elif not is_dublin_state(_UK, request.sent_on):
            reason = msg("sandhurst.uk_not_dublin", request=request.id, date=request.sent_on)
            targets += _not_applicable(request, reason)
        else:
            in_window = True
            replies = sorted(
                (r for r in facts.replies if r.request == request.id and r.received_on <= as_of),
                key=lambda r: r.received_on,
            )
            targets.append(_uk_decision(facts, request, replies, as_of, settings))
            targets.append(_transfer(facts, request, replies, as_of, settings))
    return targets, list(UNVERIFIED) if in_window else []


def _not_applicable(request: Request, reason: Message) -> list[ServiceTarget]:
    return [
        ServiceTarget(
            "sandhurst_uk_decision",
            ART2,
            None,
            None,
            _UK,
            None,
            _NOT_APPLICABLE,
            reason,
            f"{UK_DECISION_WORKING_DAYS} working days",
            request=request.id,
        ),
        ServiceTarget(
            "sandhurst_transfer",
            ART2,
            None,
            None,
            _FRANCE,
            None,
            _NOT_APPLICABLE,
            reason,
            f"{TRANSFER_WORKING_DAYS} working days",
            request=request.id,
        ),
    ]


def _status(done: date | None, due: date, as_of: date) -> DeadlineStatus:
    if done is not None:
        return _MET if done <= due else _MISSED
    return _MISSED if as_of > due else _OPEN


def _uk_decision(
    facts: CaseFacts,
    request: Request,
    replies: list[Reply],
    as_of: date,
    settings: EngineSettings,
) -> ServiceTarget:
    """HL4954: the UK decides within 10 working days after the local-authority assessment of
    the relative is concluded (uk_france.md 3.2, 5.3 step 4)."""
    period = f"{UK_DECISION_WORKING_DAYS} working days"
    decision = next((r for r in replies if r.outcome in _DECISIONS), None)
    decided_on = (decision.sent_on or decision.received_on) if decision else None
    assessments = sorted(
        (
            a
            for a in facts.local_authority_assessments
            if a.state == request.to_state and a.concluded_on <= as_of
        ),
        key=lambda a: a.concluded_on,
    )
    relevant = [a for a in assessments if decided_on is None or a.concluded_on <= decided_on]
    if not relevant:
        key = (
            "sandhurst.uk_decision.before_assessment"
            if assessments
            else "sandhurst.uk_decision.not_started"
        )
        return ServiceTarget(
            "sandhurst_uk_decision",
            ART2,
            None,
            None,
            request.to_state,
            None,
            _NOT_APPLICABLE,
            msg(key, request=request.id),
            period,
            decided_on,
            request.id,
        )
    # The engagement is concluded by the last assessment before the decision; a target never
    # starts before the UK has the request.
    assessment = relevant[-1]
    received = request.received_on or request.sent_on
    start = max(assessment.concluded_on, received)
    end = period_end(
        start,
        UK_DECISION_WORKING_DAYS,
        Unit.WORKING_DAY,
        rule=ComputationRule.R1182,
        state=request.to_state,
        subdivisions=settings.subdivisions or None,
    )
    return ServiceTarget(
        "sandhurst_uk_decision",
        ART2,
        start,
        end.due,
        request.to_state,
        end.calendar,
        _status(decided_on, end.due, as_of),
        msg(
            "sandhurst.uk_decision",
            request=request.id,
            assessed=assessment.concluded_on,
            member=assessment.family_member or "-",
        ),
        period,
        decided_on,
        request.id,
    )


def _transfer(
    facts: CaseFacts,
    request: Request,
    replies: list[Reply],
    as_of: date,
    settings: EngineSettings,
) -> ServiceTarget:
    """HL4954: after the UK accepts, France aims to transfer within 15 working days."""
    period = f"{TRANSFER_WORKING_DAYS} working days"
    acceptance = next((r for r in replies if r.outcome is ReplyOutcome.ACCEPT), None)
    if acceptance is None:
        return ServiceTarget(
            "sandhurst_transfer",
            ART2,
            None,
            None,
            request.from_state,
            None,
            _NOT_APPLICABLE,
            msg("sandhurst.transfer.not_started", request=request.id),
            period,
            request=request.id,
        )
    start = acceptance.received_on
    end = period_end(
        start,
        TRANSFER_WORKING_DAYS,
        Unit.WORKING_DAY,
        rule=ComputationRule.R1182,
        state=request.from_state,
        subdivisions=settings.subdivisions or None,
    )
    transferred = min(
        (
            t.carried_out_on
            for t in facts.transfers
            if t.to_state == request.to_state and start <= t.carried_out_on <= as_of
        ),
        default=None,
    )
    return ServiceTarget(
        "sandhurst_transfer",
        ART2,
        start,
        end.due,
        request.from_state,
        end.calendar,
        _status(transferred, end.due, as_of),
        msg("sandhurst.transfer", request=request.id, accepted=start),
        period,
        transferred,
        request.id,
    )
