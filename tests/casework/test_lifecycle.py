"""The procedure between States as a state machine (issue: casework, "The procedure between
States"): allowed steps move the case on, an illegal step is refused and changes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cordiale.casework.errors import Forbidden, IllegalStep, InvalidFacts
from cordiale.casework.facts_store import FactChange, case_file_data
from cordiale.casework.lifecycle import STEPS
from cordiale.casework.models import Case, Stage
from cordiale.casework.services import record_step, update_facts
from tests.builders import create_registered_case, create_team, create_user

pytestmark = pytest.mark.django_db

TODAY = date.today()


def _day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


def _child_with_brother_in_uk(user: object) -> Case:
    """Dublin III Art 8(1) facts of 2019, when the UK applied Dublin III (Art 49)."""
    case = create_registered_case(
        user,
        applicant={"date_of_birth": "2003-01-10", "nationalities": ["AF"], "unaccompanied": True},
    )
    update_facts(
        user,
        case.reference,
        [
            FactChange("applications", {"state": "FR", "lodged_on": "2019-03-04"}, key="fr-1"),
            FactChange(
                "family",
                {"id": "b1", "relation": "sibling", "state": "GB", "status": "legally_resident"},
            ),
        ],
        expected_version=2,
    )
    case.refresh_from_db()
    return case


REQUEST = {
    "id": "tc-1",
    "kind": "take_charge",
    "from_state": "FR",
    "to_state": "GB",
    "basis": "8(1)",
    "sent_on": "2019-03-20",
    "received_on": "2019-03-20",
}


def test_every_step_names_its_stages() -> None:
    assert set(STEPS) >= {"send_request", "record_reply", "record_transfer", "close"}
    for rule in STEPS.values():
        assert rule.allowed_from <= set(Stage.values)


def test_request_reply_transfer_in_order() -> None:
    user = create_user()
    case = _child_with_brother_in_uk(user)
    case = record_step(user, case.reference, "start_determination", expected_version=case.version)
    assert case.stage == Stage.DETERMINATION
    case = record_step(user, case.reference, "send_request", REQUEST, expected_version=case.version)
    assert (case.stage, case.referred_to_uk) == (Stage.REQUEST_SENT, True)
    reply = {"request": "tc-1", "received_on": "2019-04-10", "outcome": "accept"}
    case = record_step(user, case.reference, "record_reply", reply, expected_version=case.version)
    assert case.stage == Stage.ACCEPTED
    # Art 22(1): GB accepted; as of today the six months of Art 29(1) are long gone, so
    # without a recorded transfer France would be responsible again (Art 29(2)).
    assert case.proposed_state == "GB"
    assert case.responsible_state == "FR"
    transfer = {"to_state": "GB", "carried_out_on": "2019-05-02"}
    case = record_step(
        user, case.reference, "record_transfer", transfer, expected_version=case.version
    )
    assert case.stage == Stage.TRANSFERRED
    assert case.responsible_state == "GB"  # transferred within the six months
    assert case_file_data(case)["transfers"][0]["carried_out_on"] == "2019-05-02"


def test_an_illegal_step_is_refused_with_the_possible_steps_and_changes_nothing() -> None:
    user = create_user()
    case = _child_with_brother_in_uk(user)
    version = case.version
    with pytest.raises(IllegalStep) as caught:
        record_step(
            user,
            case.reference,
            "record_transfer",
            {"to_state": "GB", "carried_out_on": "2019-05-02"},
            expected_version=version,
        )
    assert "intake" in caught.value.message
    assert "start_determination" in caught.value.message
    case.refresh_from_db()
    assert (case.stage, case.version) == (Stage.INTAKE, version)
    assert "transfers" not in case_file_data(case)


def test_a_step_that_records_a_fact_needs_its_data() -> None:
    user = create_user()
    case = _child_with_brother_in_uk(user)
    with pytest.raises(InvalidFacts):
        record_step(user, case.reference, "send_request", expected_version=case.version)


def test_the_uk_liaison_may_only_reply_to_requests_to_the_uk() -> None:
    user = create_user()
    case = _child_with_brother_in_uk(user)
    case = record_step(user, case.reference, "send_request", REQUEST, expected_version=case.version)
    liaison = create_user("uk_liaison", create_team("UK liaison", "uk_liaison"))
    with pytest.raises(Forbidden):
        record_step(liaison, case.reference, "close", expected_version=case.version)
    reply = {"request": "tc-1", "received_on": "2019-04-10", "outcome": "accept"}
    case = record_step(
        liaison, case.reference, "record_reply", reply, expected_version=case.version
    )
    assert case.stage == Stage.ACCEPTED
