"""Answers to the engine's questions (cordiale.law.answers; docs/case-file.md section 6): one
rule for both regimes. An option in any case, and for yes/no questions the booleans and the
French oui/non, are normalised; anything else leaves the question open with a warning."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from cordiale.law import determine
from cordiale.law.answers import YES_NO, invalid_answer_message, normalise_answer
from cordiale.law.casefile import facts_from_data
from cordiale.law.outcome import Determination, Regime, Status
from tests.law.builders import case_data


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("yes", "yes"),
        ("Yes", "yes"),
        (" NO ", "no"),
        ("oui", "yes"),
        ("Non", "no"),
        ("OUI", "yes"),
        (True, "yes"),
        (False, "no"),
        ("true", "yes"),
        ("FALSE", "no"),
    ],
)
def test_yes_no_answers_are_normalised(value: bool | str, expected: str) -> None:
    assert normalise_answer(value, YES_NO) == expected


@pytest.mark.parametrize("value", ["maybe", "peut-être", "y", "1", "", "si"])
def test_other_values_are_not_a_yes_no_answer(value: str) -> None:
    assert normalise_answer(value, YES_NO) is None


def test_choice_options_match_in_any_case_and_keep_the_printed_spelling() -> None:
    assert normalise_answer("gb", ("DE", "GB")) == "GB"
    assert normalise_answer(" Continue ", ("shifted", "continue")) == "continue"
    assert normalise_answer("it:2024-09-10", ("IT:2024-09-10", "GR:2024-08-01")) == (
        "IT:2024-09-10"
    )


def test_booleans_and_oui_non_answer_only_yes_no_questions() -> None:
    """`true` is no answer to "in time or late?": the engine does not guess which side."""
    assert normalise_answer(True, ("in_time", "late")) is None
    assert normalise_answer("no", ("in_time", "late")) is None
    assert normalise_answer("oui", ("shifted", "not_shifted")) is None
    assert normalise_answer("FR", ("DE", "GB")) is None


def test_date_answers_must_be_valid_iso_dates() -> None:
    assert normalise_answer(" 2026-01-15 ", ("YYYY-MM-DD",)) == "2026-01-15"
    assert normalise_answer("15/01/2026", ("YYYY-MM-DD",)) is None
    assert normalise_answer("2026-02-30", ("YYYY-MM-DD",)) is None
    assert normalise_answer(True, ("YYYY-MM-DD",)) is None


def test_the_warning_names_the_question_the_value_and_the_options() -> None:
    message = invalid_answer_message("H1:art8.1:IT", "peut-être", YES_NO)
    assert message.key == "warning.answer_invalid"
    assert message.params == {
        "question": "H1:art8.1:IT",
        "value": '"peut-être"',
        "options": "yes / no",
    }
    assert invalid_answer_message("H4:art17.1", True, ("a", "b")).params["value"] == "true"


# --- in a determination --------------------------------------------------------------------


def run(answers: list[dict[str, Any]], **overrides: Any) -> Determination:
    data = case_data(
        applicant={"date_of_birth": "2009-01-01", "unaccompanied": True, "nationalities": ["AF"]},
        family=[{"id": "brother", "relation": "sibling", "state": "IT", "status": "citizen"}],
        answers=answers,
        **overrides,
    )
    return determine(facts_from_data(data, today=date(2100, 1, 1)), as_of=date(2025, 10, 20))


def invalid(result: Determination) -> list[dict[str, str]]:
    return [w.message.params for w in result.warnings if w.code == "answer.invalid"]


@pytest.mark.parametrize("value", ["oui", "Yes", True])
def test_dublin3_best_interests_answered_oui_yes_or_true(value: bool | str) -> None:
    """Art 8(1), Art 6(3): the brother in Italy designates Italy once the answer is yes."""
    result = run([{"question": "H1:art8.1:IT", "value": value}])
    assert result.status is Status.DETERMINED
    assert result.responsible_state == "IT"
    assert invalid(result) == []


def test_dublin3_best_interests_answered_non_is_a_no() -> None:
    """Art 8(1) fails; no relative (8(2)); 8(4): the State where the minor applied (H1)."""
    result = run([{"question": "H1:art8.1:IT", "value": "non"}])
    assert "H1:art8.1:IT" not in {q.id for q in result.questions}
    assert "H1:art8.4:FR" in {q.id for q in result.questions}
    assert invalid(result) == []


def test_dublin3_an_invalid_answer_is_not_a_no_the_question_stays_open() -> None:
    """Before, "peut-être" was read as "no" and the case went on to Art 8(4)."""
    result = run([{"question": "H1:art8.1:IT", "value": "peut-être"}])
    assert result.status is Status.NEEDS_DECISION
    assert "H1:art8.1:IT" in {q.id for q in result.questions}
    assert "H1:art8.4:FR" not in {q.id for q in result.questions}
    assert invalid(result) == [
        {"question": "H1:art8.1:IT", "value": '"peut-être"', "options": "yes / no"}
    ]


def test_an_answer_to_a_question_never_asked_is_ignored_without_a_warning() -> None:
    """`H4:art35.1` is an AMMR question: in a Dublin III case it is never asked."""
    result = run(
        [
            {"question": "H1:art8.1:IT", "value": "yes"},
            {"question": "H4:art35.1", "value": "whatever"},
        ]
    )
    assert result.regime is Regime.DUBLIN3
    assert result.responsible_state == "IT"
    assert invalid(result) == []


def test_an_invalid_systemic_flaws_answer_excludes_nothing_and_is_reported() -> None:
    """H5 is read whenever the State is met (Art 3(2)): an invalid value bars no State."""
    result = run(
        [
            {"question": "H1:art8.1:IT", "value": "yes"},
            {"question": "H5:IT", "value": "perhaps"},
        ]
    )
    assert result.responsible_state == "IT"
    assert "H5:IT" in {q.id for q in result.questions}
    assert invalid(result) == [{"question": "H5:IT", "value": '"perhaps"', "options": "yes / no"}]


def test_dublin3_time_limit_question_with_an_invalid_answer_stays_open() -> None:
    """Art 29(2), C-163/17 Jawo (H11): "sometimes" is neither yes nor no; absconding stays
    presumed, and the question open."""
    data = {
        "entries": [{"state": "IT", "on": "2025-09-01", "mode": "irregular"}],
        "applicant": {"date_of_birth": "1990-01-01", "nationalities": ["SD"]},
        "requests": [
            {
                "id": "r1",
                "kind": "take_charge",
                "from_state": "FR",
                "to_state": "IT",
                "sent_on": "2025-10-10",
                "received_on": "2025-10-10",
            }
        ],
        "replies": [{"request": "r1", "received_on": "2025-10-20", "outcome": "accept"}],
        "abscondings": [{"on": "2025-11-15"}],
        "answers": [{"question": "H11:absconding:2025-11-15", "value": "sometimes"}],
    }
    result = determine(
        facts_from_data(case_data(**data), today=date(2100, 1, 1)), as_of=date(2025, 12, 1)
    )
    assert "H11:absconding:2025-11-15" in {q.id for q in result.questions}
    assert [p["question"] for p in invalid(result)] == ["H11:absconding:2025-11-15"]


def test_ammr_answers_follow_the_same_rule() -> None:
    """AMMR Art 25(5): the State of first registration if in the child's best interests;
    "OUI" is yes, "bof" keeps the blocking question open with a warning."""
    base = {
        "applicant": {
            "date_of_birth": "2010-03-01",
            "unaccompanied": True,
            "nationalities": ["AF"],
        },
        "applications": [
            {"id": "fr-1", "state": "FR", "lodged_on": "2026-07-01", "registered_on": "2026-07-01"}
        ],
    }
    yes = determine(
        facts_from_data(
            case_data(**base, answers=[{"question": "H1:art25.5:FR", "value": "OUI"}]),
            today=date(2100, 1, 1),
        ),
        as_of=date(2026, 7, 15),
    )
    assert yes.regime is Regime.AMMR
    assert (yes.status, yes.responsible_state) == (Status.DETERMINED, "FR")
    unclear = determine(
        facts_from_data(
            case_data(**base, answers=[{"question": "H1:art25.5:FR", "value": "bof"}]),
            today=date(2100, 1, 1),
        ),
        as_of=date(2026, 7, 15),
    )
    assert unclear.status is Status.NEEDS_DECISION
    assert "H1:art25.5:FR" in {q.id for q in unclear.questions}
    assert [p["question"] for p in invalid(unclear)] == ["H1:art25.5:FR"]
