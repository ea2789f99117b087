"""Sandhurst Treaty service-level targets (HL4954): never deadlines."""

from __future__ import annotations

from datetime import date
from typing import Any

from cordiale.law import determine
from cordiale.law.outcome import DeadlineStatus
from cordiale.law.settings import EngineSettings
from tests.law.ukfrance.conftest import BROTHER_IN_GB, UAM, facts

ANSWERS = [{"question": "H1:art8.1:GB", "value": "yes"}]


def _case(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "applicant": UAM,
        "family": [BROTHER_IN_GB],
        "answers": ANSWERS,
        "applications": [{"id": "fr-1", "state": "FR", "lodged_on": "2019-03-04"}],
        "requests": [
            {
                "id": "tc-1",
                "kind": "take_charge",
                "from_state": "FR",
                "to_state": "GB",
                "basis": "8(1)",
                "sent_on": "2019-03-06",
                "received_on": "2019-03-06",
            }
        ],
        "local_authority_assessments": [
            {"state": "GB", "family_member": "brother", "concluded_on": "2019-04-08"}
        ],
    }
    data.update(changes)
    return data


def _targets(as_of: date, settings: EngineSettings | None = None, **changes: Any) -> dict[str, Any]:
    result = determine(
        facts(**_case(**changes)), as_of=as_of, settings=settings or EngineSettings()
    )
    return {t.id: t for t in result.service_targets}


def test_the_uk_decision_target_counts_english_bank_holidays() -> None:
    # 2019-04-08 + 10 working days, skipping Good Friday 19 and Easter Monday 22 April.
    target = _targets(date(2019, 4, 10))["sandhurst_uk_decision"]
    assert (target.start, target.due) == (date(2019, 4, 8), date(2019, 4, 24))
    assert target.status is DeadlineStatus.OPEN
    assert target.calendar == "GB-ENG"
    assert target.note.key == "service_target.note"


def test_scottish_calendar_setting_changes_the_uk_target() -> None:
    # Scotland has Good Friday but not Easter Monday: one day earlier.
    settings = EngineSettings(subdivisions={"GB": "SCT"})
    target = _targets(date(2019, 4, 10), settings)["sandhurst_uk_decision"]
    assert target.due == date(2019, 4, 23)
    assert target.calendar == "GB-SCT"


def test_a_missed_target_shifts_nothing_and_is_not_a_deadline() -> None:
    replies = [{"request": "tc-1", "received_on": "2019-04-30", "outcome": "accept"}]
    result = determine(facts(**_case(replies=replies)), as_of=date(2019, 5, 2))
    target = next(t for t in result.service_targets if t.id == "sandhurst_uk_decision")
    assert target.status is DeadlineStatus.MISSED
    assert target.done_on == date(2019, 4, 30)
    assert result.responsible_state == "GB"
    assert all(not d.id.startswith("sandhurst") for d in result.deadlines)


def test_the_start_is_the_receipt_when_the_assessment_came_first() -> None:
    early = [{"state": "GB", "concluded_on": "2019-03-01"}]
    target = _targets(date(2019, 3, 7), local_authority_assessments=early)["sandhurst_uk_decision"]
    assert target.start == date(2019, 3, 6)


def test_the_transfer_target_follows_an_explicit_acceptance_with_french_holidays() -> None:
    replies = [{"request": "tc-1", "received_on": "2019-04-18", "outcome": "accept"}]
    transfers = [{"carried_out_on": "2019-05-15", "to_state": "GB"}]
    target = _targets(date(2019, 6, 1), replies=replies, transfers=transfers)["sandhurst_transfer"]
    # 15 French working days after Thu 18 April: Easter Monday, 1 May and 8 May are holidays.
    assert target.due == date(2019, 5, 14)
    assert target.status is DeadlineStatus.MISSED
    assert target.calendar == "FR"


def test_without_an_assessment_or_acceptance_the_targets_have_not_started() -> None:
    targets = _targets(date(2019, 4, 1), local_authority_assessments=[])
    assert targets["sandhurst_uk_decision"].message.key == "sandhurst.uk_decision.not_started"
    assert targets["sandhurst_transfer"].message.key == "sandhurst.transfer.not_started"
    assert all(t.due is None for t in targets.values())


def test_an_adult_or_another_criterion_gets_no_target() -> None:
    adult = {**UAM, "date_of_birth": "1990-01-01", "unaccompanied": None}
    assert _targets(date(2019, 4, 10), applicant=adult) == {}
    request = {**_case()["requests"][0], "basis": "13(1)"}
    assert _targets(date(2019, 4, 10), requests=[request]) == {}


def test_no_targets_when_the_case_has_no_request_to_the_uk() -> None:
    assert _targets(date(2019, 4, 10), requests=[]) == {}
