"""Engine behaviour around the criteria: questions, overrides and their interplay."""

from __future__ import annotations

from datetime import date
from typing import Any

from cordiale.law import determine
from cordiale.law.casefile import facts_from_data
from cordiale.law.outcome import Determination, Status, Track
from tests.law.builders import case_data

AS_OF = date(2025, 10, 20)


def run(as_of: date = AS_OF, **overrides: Any) -> Determination:
    return determine(facts_from_data(case_data(**overrides), today=date(2100, 1, 1)), as_of=as_of)


def question_ids(result: Determination) -> set[str]:
    return {q.id for q in result.questions}


def test_unknown_age_of_a_possibly_unaccompanied_applicant_is_asked_h6() -> None:
    """Art 2(i): with no date of birth and no assessment, the engine asks rather than assume."""
    result = run(applicant={"nationalities": ["AF"], "unaccompanied": True})
    assert "H6:minor" in question_ids(result)
    assert result.status is Status.NEEDS_DECISION
    assert result.responsible_state is None


def test_unknown_age_answered_adult_goes_on_through_the_criteria() -> None:
    result = run(
        applicant={"nationalities": ["AF"], "unaccompanied": True},
        answers=[{"question": "H6:minor", "value": "no"}],
    )
    assert result.status is Status.DETERMINED
    assert result.responsible_state == "FR"


def test_an_adult_recorded_as_accompanied_is_not_asked_his_age() -> None:
    result = run(applicant={"nationalities": ["AF"], "unaccompanied": False})
    assert "H6:minor" not in question_ids(result)


def take_back_case(**extra: Any) -> dict[str, Any]:
    return {
        "applications": [
            {"id": "it-1", "state": "IT", "lodged_on": "2025-03-01"},
            {"id": "fr-1", "state": "FR", "lodged_on": "2025-10-02"},
        ],
        "entries": [{"state": "IT", "on": "2025-02-20", "mode": "irregular"}],
        **extra,
    }


def test_systemic_flaws_in_the_take_back_state_send_the_case_to_the_criteria() -> None:
    """Art 3(2) 2nd subpara (C-163/17 Jawo): the criteria go on, Italy excluded; no other
    criterion applies, so the first State of lodging is Italy, barred, and under the 3rd
    subpara the determining State becomes responsible."""
    plain = run(**take_back_case())
    assert (plain.track, plain.responsible_state) == (Track.TAKE_BACK, "IT")
    barred = run(**take_back_case(answers=[{"question": "H5:IT", "value": "yes"}]))
    assert barred.responsible_state == "FR"
    assert barred.basis is not None
    assert (barred.basis.article, barred.basis.subparagraph) == ("3", "3")


def test_discontinued_earlier_application_is_a_withdrawal_during_examination() -> None:
    """Art 18(1)(c): a procedure discontinued after implicit withdrawal."""
    case = take_back_case()
    case["applications"][0]["decisions"] = [{"kind": "discontinued", "on": "2025-06-01"}]
    result = run(**case)
    assert result.basis is not None
    assert (result.basis.article, result.basis.point) == ("18", "c")


def test_an_eu_national_gets_a_warning() -> None:
    """Art 2(a): the Regulation concerns third-country nationals and stateless persons."""
    result = run(applicant={"date_of_birth": "1990-01-01", "nationalities": ["RO"]})
    assert "route.not_third_country_national" in {w.code for w in result.warnings}


def uam_with_brother_in_it(**extra: Any) -> dict[str, Any]:
    return {
        "applicant": {
            "date_of_birth": "2009-01-01",
            "unaccompanied": True,
            "nationalities": ["AF"],
        },
        "family": [
            {
                "id": "brother",
                "relation": "sibling",
                "state": "IT",
                "status": "legally_resident",
            }
        ],
        "answers": [{"question": "H1:art8.1:IT", "value": "yes"}],
        **extra,
    }


def test_missed_request_for_a_minor_asks_h9_and_applies_the_shift_meanwhile() -> None:
    """Spec Q5: IR 1560/2003 Art 12 against C-670/16 Mengesteab's automatic effect."""
    result = run(as_of=date(2026, 2, 1), **uam_with_brother_in_it())
    assert "H9:take_charge_request" in question_ids(result)
    assert result.responsible_state == "FR"


def test_missed_request_for_a_minor_can_be_continued_by_a_person() -> None:
    case = uam_with_brother_in_it()
    case["answers"].append({"question": "H9:take_charge_request", "value": "continue"})
    result = run(as_of=date(2026, 2, 1), **case)
    assert result.responsible_state == "IT"


def test_unverified_rules_are_listed() -> None:
    """Spec invariant 5: a re-examination period (Reg 1182/71) relies on Art 3(5)."""
    result = run(
        as_of=date(2025, 11, 20),
        entries=[{"state": "IT", "on": "2025-09-01", "mode": "irregular"}],
        requests=[
            {
                "id": "r1",
                "kind": "take_charge",
                "from_state": "FR",
                "to_state": "IT",
                "sent_on": "2025-10-10",
                "received_on": "2025-10-10",
            }
        ],
        replies=[{"request": "r1", "received_on": "2025-11-01", "outcome": "refuse"}],
    )
    assert any("1182/71" in item for item in result.unverified)


def test_same_input_same_output() -> None:
    """A determination can be frozen and replayed."""
    assert run(**take_back_case()) == run(**take_back_case())
