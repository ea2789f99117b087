"""The admissions leg: screening with configurable criteria."""

from __future__ import annotations

from datetime import date
from typing import Any

from cordiale.law import determine
from cordiale.law.outcome import CriterionStatus, Eligibility
from cordiale.law.settings import AdmissionCriteria, EngineSettings
from cordiale.law.ukfrance import screen_admission
from tests.law.ukfrance.conftest import facts

AS_OF = date(2025, 10, 1)
ALL_NO = {
    "present_in_france": True,
    "previously_returned_under_treaty": False,
    "previous_irregular_entry_to_uk": False,
    "protection_elsewhere": False,
    "immigration_permission_in_france": False,
}
CLEARED = [{"question": "UKFR:admission:security_check", "value": "yes"}]


def _screen(criteria: AdmissionCriteria | None = None, **changes: Any) -> Any:
    data: dict[str, Any] = {"admission": ALL_NO, "answers": CLEARED}
    data.update(changes)
    return screen_admission(facts(**data), AS_OF, criteria or AdmissionCriteria())


def _status(screening: Any) -> dict[str, CriterionStatus]:
    return {c.id: c.status for c in screening.criteria}


def test_all_criteria_met_is_eligible() -> None:
    screening = _screen()
    assert screening.outcome is Eligibility.ELIGIBLE
    assert set(_status(screening).values()) == {CriterionStatus.MET}
    assert screening.priority is False


def test_one_criterion_not_met_is_not_eligible() -> None:
    screening = _screen(admission={**ALL_NO, "present_in_france": False})
    assert screening.outcome is Eligibility.NOT_ELIGIBLE
    assert _status(screening)["present_in_france"] is CriterionStatus.NOT_MET


def test_the_security_check_is_always_a_question_until_answered() -> None:
    screening = _screen(answers=[])
    assert screening.outcome is Eligibility.NEEDS_DECISION
    assert [q.id for q in screening.questions] == ["UKFR:admission:security_check"]


def test_an_eea_national_is_not_eligible() -> None:
    screening = _screen(applicant={"date_of_birth": "1990-01-01", "nationalities": ["RO"]})
    assert _status(screening)["not_eea_national"] is CriterionStatus.NOT_MET


def test_a_lone_minor_is_not_eligible_and_a_family_group_is() -> None:
    child = {"date_of_birth": "2012-01-01", "nationalities": ["SD"]}
    alone = _screen(applicant=child, admission={**ALL_NO, "family_group_with_adult_parent": False})
    assert _status(alone)["age"] is CriterionStatus.NOT_MET
    group = _screen(applicant=child, admission={**ALL_NO, "family_group_with_adult_parent": True})
    assert _status(group)["age"] is CriterionStatus.MET
    assert group.criteria[1].basis.paragraph == "3"


def test_unknown_age_is_a_question() -> None:
    screening = _screen(applicant={"nationalities": ["SD"]})
    assert _status(screening)["age"] is CriterionStatus.QUESTION
    assert "UKFR:admission:age" in {q.id for q in screening.questions}


def test_facts_answer_the_exclusions_when_the_flags_are_unknown() -> None:
    documents = [
        {
            "kind": "residence_document",
            "issuing_state": "FR",
            "valid_from": "2025-01-01",
            "valid_until": "2026-01-01",
        }
    ]
    screening = _screen(
        admission={"present_in_france": True},
        documents=documents,
        uk_arrival={"on": "2025-09-01", "mode": "small_boat"},
    )
    status = _status(screening)
    assert status["no_permission_in_france"] is CriterionStatus.NOT_MET
    assert status["no_previous_irregular_entry_to_uk"] is CriterionStatus.NOT_MET


def test_switched_off_criteria_are_not_checked() -> None:
    criteria = AdmissionCriteria(exclude_previous_irregular_entry_to_uk=False)
    screening = _screen(criteria, admission={**ALL_NO, "previous_irregular_entry_to_uk": True})
    assert _status(screening)["no_previous_irregular_entry_to_uk"] is CriterionStatus.NOT_CHECKED
    assert screening.outcome is Eligibility.ELIGIBLE


def test_priority_by_family_link_or_configured_nationality() -> None:
    assert _screen(admission={**ALL_NO, "uk_family_link": True}).priority is True
    criteria = AdmissionCriteria(priority_nationalities=("sd",))
    listed = _screen(criteria)
    assert listed.priority is True
    assert criteria.priority_nationalities == ("SD",)
    assert all(w.code != "admission.priority_list_unverified" for w in listed.warnings)
    unlisted = _screen()
    assert [w.code for w in unlisted.warnings] == ["admission.priority_list_unverified"]


def test_determine_attaches_the_screening_only_when_asked() -> None:
    assert determine(facts(), as_of=AS_OF).uk_france is None
    settings = EngineSettings(ukfr_admission={"priority_nationalities": ["SD"]})  # type: ignore[arg-type]
    result = determine(facts(admission=ALL_NO, answers=CLEARED), as_of=AS_OF, settings=settings)
    assert result.uk_france is not None
    assert result.uk_france.admission is not None
    assert result.uk_france.admission.outcome is Eligibility.ELIGIBLE
    assert result.uk_france.admission.priority is True
    assert result.uk_france.section67 == ()
