"""UK-France Agreement 2025: the returns leg."""

from __future__ import annotations

from datetime import date
from typing import Any

from cordiale.law import determine
from cordiale.law.outcome import Deadline, DeadlineStatus, StepOutcome
from cordiale.law.settings import EngineSettings
from cordiale.law.ukfrance.readmission import readmission
from tests.law.ukfrance.conftest import facts

ADULT = {"date_of_birth": "1990-01-01", "nationalities": ["AF"]}


def _deadlines(as_of: date, **changes: Any) -> dict[str, Deadline]:
    data: dict[str, Any] = {
        "applicant": ADULT,
        "applications": [],
        "uk_arrival": {"on": "2025-09-10", "mode": "small_boat"},
    }
    data.update(changes)
    found = readmission(facts(**data), as_of=as_of, settings=EngineSettings())
    return {d.id: d for d in found.deadlines}


def _request(sent_on: str = "2025-09-20") -> dict[str, Any]:
    return {
        "id": "rd-1",
        "kind": "readmission",
        "from_state": "GB",
        "to_state": "FR",
        "sent_on": sent_on,
    }


def test_no_arrival_no_work() -> None:
    found = readmission(facts(), as_of=date(2025, 10, 1), settings=EngineSettings())
    assert found.steps == []
    assert found.deadlines == []
    assert found.questions == []


def test_fourteen_days_from_arrival_for_the_request() -> None:
    deadlines = _deadlines(date(2025, 9, 24))
    assert deadlines["readmission_request"].due == date(2025, 9, 24)
    assert deadlines["readmission_request"].status is DeadlineStatus.OPEN
    assert _deadlines(date(2025, 9, 25))["readmission_request"].status is DeadlineStatus.MISSED


def test_the_reply_is_due_14_days_after_receipt_and_is_flagged_unverified() -> None:
    reply = _deadlines(date(2025, 9, 21), requests=[_request()])["readmission_reply"]
    assert reply.due == date(2025, 10, 4)
    assert reply.unverified is True
    assert reply.consequence.key == "ukfr2025.consequence.reply"


def test_an_exceptional_reply_extends_to_28_days() -> None:
    replies = [
        {"request": "rd-1", "received_on": "2025-09-25", "outcome": "postpone", "exceptional": True}
    ]
    reply = _deadlines(date(2025, 10, 1), requests=[_request()], replies=replies)
    assert reply["readmission_reply"].due == date(2025, 10, 18)
    assert reply["readmission_reply"].period == "28 days"


def test_three_months_from_arrival_for_the_whole_process() -> None:
    process = _deadlines(date(2025, 9, 11))["readmission_process"]
    assert process.due == date(2025, 12, 10)
    assert process.basis.article == "1"


def test_unaccompanied_minor_is_excluded_without_deadlines() -> None:
    minor = {"date_of_birth": "2009-05-01", "unaccompanied": True}
    found = readmission(
        facts(applicant=minor, uk_arrival={"on": "2025-09-10", "mode": "small_boat"}),
        as_of=date(2025, 9, 12),
        settings=EngineSettings(),
    )
    assert found.deadlines == []
    assert found.steps[-1].outcome is StepOutcome.NOT_APPLICABLE
    assert found.steps[-1].message.key == "ukfr2025.uam_excluded"


def test_an_accompanied_minor_is_not_excluded() -> None:
    minor = {"date_of_birth": "2012-05-01", "unaccompanied": False}
    assert "readmission_request" in _deadlines(date(2025, 9, 12), applicant=minor)


def test_unknown_age_of_an_unaccompanied_person_is_a_question_not_a_guess() -> None:
    unknown = {"unaccompanied": True}
    found = readmission(
        facts(applicant=unknown, uk_arrival={"on": "2025-09-10", "mode": "small_boat"}),
        as_of=date(2025, 9, 12),
        settings=EngineSettings(),
    )
    assert "UKFR:art4:minor" in {q.id for q in found.questions}
    assert any(s.outcome is StepOutcome.PENDING for s in found.steps)
    assert all(not q.blocking for q in found.questions)


def test_a_yes_to_public_order_bars_readmission() -> None:
    answers = [{"question": "UKFR:art4:public_order", "value": "yes"}]
    found = readmission(
        facts(
            applicant=ADULT, uk_arrival={"on": "2025-09-10", "mode": "small_boat"}, answers=answers
        ),
        as_of=date(2025, 9, 12),
        settings=EngineSettings(),
    )
    barred = [s for s in found.steps if s.rule == "ukfrance.ukfr2025.art4.bar"]
    assert [s.outcome for s in barred] == [StepOutcome.NOT_APPLICABLE]
    assert barred[0].message.params["condition"] == "ukfr_public_order"
    assert "UKFR:art4:public_order" not in {q.id for q in found.questions}


def test_a_pending_uk_claim_is_a_pending_step() -> None:
    arrival = {"on": "2025-09-10", "mode": "small_boat", "protection_claim_on": "2025-09-11"}
    found = readmission(
        facts(applicant=ADULT, uk_arrival=arrival),
        as_of=date(2025, 9, 12),
        settings=EngineSettings(),
    )
    claim = next(s for s in found.steps if s.rule == "ukfrance.ukfr2025.art4.claim")
    assert claim.outcome is StepOutcome.PENDING
    withdrawn = {**arrival, "claim_withdrawn": True}
    found = readmission(
        facts(applicant=ADULT, uk_arrival=withdrawn),
        as_of=date(2025, 9, 12),
        settings=EngineSettings(),
    )
    claim = next(s for s in found.steps if s.rule == "ukfrance.ukfr2025.art4.claim")
    assert claim.outcome is StepOutcome.INFO


def test_not_by_small_boat_is_outside_the_scope() -> None:
    assert _deadlines(date(2025, 9, 12), uk_arrival={"on": "2025-09-10", "mode": "other"}) == {}


def test_readmission_never_changes_the_dublin_status_or_blocks() -> None:
    data: dict[str, Any] = {
        "applicant": ADULT,
        "uk_arrival": {"on": "2025-09-10", "mode": "small_boat"},
    }
    plain = determine(facts(), as_of=date(2025, 10, 20))
    with_arrival = determine(facts(**data), as_of=date(2025, 10, 20))
    assert with_arrival.status == plain.status
    assert with_arrival.responsible_state == plain.responsible_state
    assert {d.id for d in with_arrival.deadlines} - {d.id for d in plain.deadlines} == {
        "readmission_request",
        "readmission_process",
    }
