"""Section 67 of the Immigration Act 2016, evaluated on request."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from cordiale.law import determine
from cordiale.law.outcome import CriterionStatus, Eligibility, Screening
from tests.law.ukfrance.conftest import BROTHER_IN_GB, facts

AS_OF = date(2016, 11, 30)
CHILD = {"date_of_birth": "2005-01-15", "nationalities": ["SD"], "unaccompanied": True}
ENTRY = [{"state": "IT", "on": "2015-11-02", "mode": "irregular"}]
BID = [{"question": "S67:best_interests", "value": "yes"}]


def _phases(**changes: Any) -> dict[str, Screening]:
    data: dict[str, Any] = {
        "applicant": CHILD,
        "applications": [{"id": "fr-1", "state": "FR", "lodged_on": "2016-11-02"}],
        "entries": ENTRY,
        "historic": {"section67": True, "calais_camp_resident_on": "2016-09-01"},
        "answers": BID,
    }
    data.update(changes)
    result = determine(facts(**data), as_of=AS_OF)
    assert result.uk_france is not None
    return {s.id: s for s in result.uk_france.section67}


def _status(screening: Screening) -> dict[str, CriterionStatus]:
    return {c.id: c.status for c in screening.criteria}


def test_only_on_request() -> None:
    data: dict[str, Any] = {"applicant": CHILD, "historic": {"section67": False}}
    result = determine(facts(**data), as_of=AS_OF)
    assert result.uk_france is None


def test_phase_a_eligible() -> None:
    phase_a = _phases()["s67_calais_clearance"]
    assert phase_a.outcome is Eligibility.ELIGIBLE


@pytest.mark.parametrize(
    ("dob", "nationalities", "status"),
    [
        ("2004-10-24", ["ER"], CriterionStatus.MET),  # exactly 12 on 24 October 2016
        ("2003-10-24", ["ER"], CriterionStatus.QUESTION),  # 13: the other limbs are asked
        ("2001-10-25", ["SY"], CriterionStatus.MET),  # 14, Syrian
        ("2000-10-24", ["SY"], CriterionStatus.QUESTION),  # 16, Syrian: over 15
    ],
)
def test_priority_group_by_age_and_nationality(
    dob: str, nationalities: list[str], status: CriterionStatus
) -> None:
    applicant = {**CHILD, "date_of_birth": dob, "nationalities": nationalities}
    assert _status(_phases(applicant=applicant)["s67_calais_clearance"])["priority_group"] is status


def test_priority_group_not_met_when_every_limb_is_answered_no() -> None:
    applicant = {**CHILD, "date_of_birth": "2002-01-01", "nationalities": ["ER"]}
    answers = [
        *BID,
        {"question": "S67:sexual_exploitation", "value": "no"},
        {"question": "S67:sibling", "value": "no"},
    ]
    phase_a = _phases(applicant=applicant, answers=answers)["s67_calais_clearance"]
    assert _status(phase_a)["priority_group"] is CriterionStatus.NOT_MET
    assert phase_a.outcome is Eligibility.NOT_ELIGIBLE


def test_sexual_exploitation_referral_puts_an_older_child_in_the_group() -> None:
    applicant = {**CHILD, "date_of_birth": "2001-01-01", "nationalities": ["AF"]}
    answers = [*BID, {"question": "S67:sexual_exploitation", "value": "yes"}]
    phase_a = _phases(applicant=applicant, answers=answers)["s67_calais_clearance"]
    assert _status(phase_a)["priority_group"] is CriterionStatus.MET


def test_arrival_on_the_cut_off_day_is_too_late() -> None:
    entries = [{"state": "GR", "on": "2016-03-20", "mode": "irregular"}]
    phases = _phases(entries=entries)
    for phase in phases.values():
        assert _status(phase)["arrival_in_europe"] is CriterionStatus.NOT_MET


def test_a_camp_record_after_24_october_is_a_question() -> None:
    historic = {"section67": True, "calais_camp_resident_on": "2016-10-25"}
    phase_a = _phases(historic=historic)["s67_calais_clearance"]
    assert _status(phase_a)["calais_camp_resident"] is CriterionStatus.QUESTION


def test_a_dublin_art8_route_to_the_uk_excludes_phase_a() -> None:
    answers = [*BID, {"question": "H1:art8.1:GB", "value": "yes"}]
    phase_a = _phases(family=[BROTHER_IN_GB], answers=answers)["s67_calais_clearance"]
    assert _status(phase_a)["no_other_route"] is CriterionStatus.NOT_MET


def test_an_open_dublin_question_about_the_uk_becomes_a_question() -> None:
    phase_a = _phases(family=[BROTHER_IN_GB])["s67_calais_clearance"]
    assert _status(phase_a)["no_other_route"] is CriterionStatus.QUESTION
    assert "S67:other_route" in {q.id for q in phase_a.questions}


def test_phase_b_judges_age_on_the_referral_date() -> None:
    applicant = {**CHILD, "date_of_birth": "2000-01-01"}
    historic = {"section67": True, "referred_on": "2017-12-31"}
    phase_b = _phases(applicant=applicant, historic=historic)["s67_referral"]
    assert _status(phase_b)["unaccompanied_child"] is CriterionStatus.MET
    historic = {"section67": True, "referred_on": "2018-01-01"}
    phase_b = _phases(applicant=applicant, historic=historic)["s67_referral"]
    assert _status(phase_b)["unaccompanied_child"] is CriterionStatus.NOT_MET
