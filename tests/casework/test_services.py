"""Determination in the case, questions, decisions and replay, import and export."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cordiale.audit.models import AuditEntry
from cordiale.casework.errors import InvalidFacts, NotFound
from cordiale.casework.facts_store import FactChange, fact_history
from cordiale.casework.models import Case, DeadlineRecord, Task
from cordiale.casework.services import (
    answer_question,
    decide,
    export_case,
    import_case,
    replay,
    update_facts,
)
from tests.builders import APPLICANT, create_registered_case, create_team, create_user

pytestmark = pytest.mark.django_db

# Entered Italy irregularly (Eurodac category 2) a year ago, applied in France a week ago:
# dates relative to today, because the case is re-run on the day it changes.
TODAY = date.today()
APPLIED = (TODAY - timedelta(days=7)).isoformat()
HIT = (TODAY - timedelta(days=6)).isoformat()
ENTERED = (TODAY - timedelta(days=365)).isoformat()
FACTS = [
    FactChange(
        "applications",
        {"state": "FR", "lodged_on": APPLIED, "registered_on": APPLIED},
        key="fr-1",
    ),
    FactChange("entries", {"state": "IT", "on": ENTERED, "mode": "irregular"}, key="e1"),
    FactChange(
        "eurodac_hits",
        {"category": 2, "state": "IT", "taken_on": ENTERED, "received_on": HIT},
        key="h1",
    ),
]


def test_each_change_reruns_the_engine_and_materialises_deadlines_and_tasks() -> None:
    """AMMR Art 33(1) (entry within 20 months) and Art 39(1) (1 month from a Eurodac hit)."""
    user = create_user()
    case = create_registered_case(user)
    assert case.status == "insufficient_facts"
    update_facts(user, case.reference, FACTS, expected_version=2)
    case.refresh_from_db()
    assert (case.regime, case.proposed_state) == ("ammr", "IT")
    request = DeadlineRecord.objects.get(case=case, deadline_id="take_charge_request")
    # Art 39(1): one month from the hit, ending on a working day of France (Art 75).
    assert date.fromisoformat(HIT) + timedelta(days=28) <= request.due
    assert request.due <= date.fromisoformat(HIT) + timedelta(days=34)
    assert (request.state_to_act, request.status) == ("FR", "open")
    task = Task.objects.get(case=case, deadline_key="take_charge_request")
    assert task.team == user.team
    assert task.status == "open"


def test_an_answer_needs_a_reason_and_one_of_the_options() -> None:
    user = create_user()
    case = create_registered_case(
        user,
        applicant={"date_of_birth": "2010-05-01", "nationalities": ["AF"], "unaccompanied": True},
    )
    update_facts(
        user,
        case.reference,
        [
            FactChange(
                "applications",
                {"state": "FR", "lodged_on": APPLIED, "registered_on": APPLIED},
                key="fr-1",
            ),
            FactChange(
                "family",
                {
                    "id": "b1",
                    "relation": "sibling",
                    "state": "DE",
                    "status": "beneficiary_international_protection",
                },
            ),
        ],
        expected_version=2,
    )
    case.refresh_from_db()
    questions = case.determination["questions"]
    assert questions, "the engine asks about the child's best interests"
    question = questions[0]
    with pytest.raises(InvalidFacts):
        answer_question(
            user, case.reference, question["id"], question["options"][0], "", expected_version=3
        )
    with pytest.raises(InvalidFacts):
        answer_question(user, case.reference, question["id"], "maybe", "x", expected_version=3)
    answer_question(
        user,
        case.reference,
        question["id"],
        question["options"][0],
        "assessment of 12 Nov",
        expected_version=3,
    )
    case.refresh_from_db()
    assert question["id"] not in [q["id"] for q in case.determination["questions"]]


def test_an_override_needs_a_reason_and_a_decision_replays_unchanged() -> None:
    user = create_user()
    case = create_registered_case(user)
    update_facts(user, case.reference, FACTS, expected_version=2)
    with pytest.raises(InvalidFacts) as caught:
        decide(user, case.reference, summary="examine here", decided_state="FR", expected_version=3)
    assert caught.value.errors[0].path == "reason"
    decision = decide(
        user,
        case.reference,
        summary="take charge request to IT on Art 33(1)",
        decided_state="IT",
        expected_version=3,
    )
    assert not decision.override
    result = replay(decision)
    assert result.same, result.changed
    decision.output["responsible_state"] = "ES"  # a tampered snapshot is noticed
    assert not replay(decision).same


def test_export_and_import_round_trip_and_are_audited() -> None:
    user = create_user()
    case = create_registered_case(user)
    update_facts(user, case.reference, FACTS, expected_version=2)
    data = export_case(user, case.reference)
    data["reference"] = "FR-2026-COPY"
    copy = import_case(user, data, source="test.json")
    case.refresh_from_db()
    assert copy.proposed_state == case.proposed_state == "IT"
    assert Case.objects.count() == 2
    actions = list(AuditEntry.objects.values_list("action", flat=True))
    assert "export" in actions
    assert "import" in actions


def test_notes_survive_import_and_export_with_a_history() -> None:
    """The case file's free text is kept: imported, exported, changed as a new version
    and removed by a blank text, its history kept (nothing overwritten)."""
    user = create_user()
    case = create_registered_case(user)
    update_facts(user, case.reference, FACTS, expected_version=2)
    data = export_case(user, case.reference)
    assert "notes" not in data
    data["reference"] = "FR-2026-NOTES"
    data["notes"] = "Interview in Arabic.\nBrother said to be in Leeds."
    copy = import_case(user, data, source="test.yaml")
    assert export_case(user, copy.reference)["notes"] == data["notes"]
    update_facts(
        user,
        copy.reference,
        [FactChange("notes", {"text": "Brother found in Leeds."}, reason="call with the NGO")],
        expected_version=copy.version,
    )
    copy.refresh_from_db()
    assert export_case(user, copy.reference)["notes"] == "Brother found in Leeds."
    update_facts(
        user,
        copy.reference,
        [FactChange("notes", {"text": "  "}, reason="moved to the interview record")],
        expected_version=copy.version,
    )
    assert "notes" not in export_case(user, copy.reference)
    history = fact_history(copy, "notes", "notes")
    assert [v.data for v in history] == [
        {"text": data["notes"]},
        {"text": "Brother found in Leeds."},
        None,
    ]
    assert [v.reason for v in history][1:] == ["call with the NGO", "moved to the interview record"]


@pytest.mark.parametrize(
    ("given", "path"),
    [({"text": 12}, "notes.text"), ({"text": "x", "author": "me"}, "notes.author")],
)
def test_notes_that_are_not_text_are_refused_by_field(given: dict[str, object], path: str) -> None:
    user = create_user()
    case = create_registered_case(user)
    with pytest.raises(InvalidFacts) as caught:
        update_facts(
            user, case.reference, [FactChange("notes", given, reason="r")], expected_version=2
        )
    assert caught.value.errors[0].path == path
    case.refresh_from_db()
    assert case.version == 2


def test_import_of_a_bad_file_names_the_field_and_creates_nothing() -> None:
    user = create_user()
    with pytest.raises(InvalidFacts) as caught:
        import_case(user, {"version": "1", "reference": "X", "applicant": {"sex": "robot"}})
    assert caught.value.errors[0].path == "applicant.sex"
    assert not Case.objects.exists()


def test_another_teams_case_is_not_found() -> None:
    user = create_user()
    case = create_registered_case(user)
    stranger = create_user(team=create_team("Dublin unit Lille"))
    with pytest.raises(NotFound):
        export_case(stranger, case.reference)


def test_a_task_closed_by_hand_is_not_reopened_by_the_next_run() -> None:
    """Tasks follow open deadlines; one a person closed stays closed while the deadline's due
    date is unchanged."""
    user = create_user()
    case = create_registered_case(user)
    update_facts(user, case.reference, FACTS, expected_version=2)
    task = Task.objects.get(case=case, deadline_key="take_charge_request")
    task.status = Task.Status.DONE
    task.save()
    note = FactChange("applicant", APPLICANT | {"marital_status": "married"}, reason="interview")
    update_facts(user, case.reference, [note], expected_version=3)
    tasks = Task.objects.filter(case=case, deadline_key="take_charge_request")
    assert [t.status for t in tasks] == ["done"]
