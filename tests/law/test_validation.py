"""Bad input gets a clear error naming the field path, the value and what was expected."""

from __future__ import annotations

from datetime import date

import pytest

from cordiale.law.casefile import facts_from_data
from cordiale.law.errors import CaseFileError, FieldError
from tests.law.builders import case_data

TODAY = date(2026, 11, 26)


def errors_of(data: dict[str, object]) -> list[FieldError]:
    with pytest.raises(CaseFileError) as caught:
        facts_from_data(data, today=TODAY)
    return caught.value.errors


def paths(data: dict[str, object]) -> list[str]:
    return [error.path for error in errors_of(data)]


def test_a_valid_case_file_passes() -> None:
    facts = facts_from_data(case_data(), today=TODAY)
    assert facts.applications[0].state == "FR"


def test_date_of_birth_in_the_future_is_refused() -> None:
    (error,) = errors_of(case_data(applicant={"date_of_birth": "2030-01-01"}))
    assert error.path == "applicant.date_of_birth"
    assert error.value == "2030-01-01"
    assert "future" in error.expected


def test_application_before_the_applicant_entered_is_refused() -> None:
    data = case_data(entries=[{"state": "IT", "on": "2025-11-01", "mode": "irregular"}])
    (error,) = errors_of(data)
    assert error.path == "applications[0].lodged_on"
    assert "2025-11-01" in error.expected


def test_unknown_state_code_is_refused_with_the_path() -> None:
    data = case_data(applications=[{"id": "a", "state": "XX", "lodged_on": "2025-10-02"}])
    (error,) = errors_of(data)
    assert error.path == "applications[0].state"
    assert error.value == "XX"
    assert "ISO 3166-1 alpha-2" in error.expected


def test_eu_abbreviation_el_points_to_the_iso_code() -> None:
    data = case_data(applications=[{"id": "a", "state": "EL", "lodged_on": "2025-10-02"}])
    (error,) = errors_of(data)
    assert error.path == "applications[0].state"
    assert error.expected == "'EL' is the EU's code for Greece; use the ISO 3166-1 code 'GR'"


def test_eu_abbreviation_uk_names_the_country_and_the_iso_code() -> None:
    data = case_data(determining_state="uk")
    (error,) = errors_of(data)
    assert error.path == "determining_state"
    assert error.expected == (
        "'UK' is the EU's code for the United Kingdom; use the ISO 3166-1 code 'GB'"
    )


def test_lower_case_state_codes_are_accepted() -> None:
    facts = facts_from_data(case_data(determining_state="fr"), today=TODAY)
    assert facts.determining_state == "FR"


def test_two_relations_for_one_family_member_are_refused() -> None:
    member = {"state": "GB", "status": "legally_resident"}
    data = case_data(
        family=[
            {"id": "amir", "relation": "sibling", **member},
            {"id": "amir", "relation": "parent", **member},
        ]
    )
    errors = errors_of(data)
    assert [e.path for e in errors] == ["family[0].id", "family[1].id"]
    assert "one relation" in errors[0].expected


def test_reply_before_its_request_is_refused() -> None:
    data = case_data(
        requests=[
            {
                "id": "r1",
                "kind": "take_charge",
                "from_state": "FR",
                "to_state": "IT",
                "sent_on": "2025-11-10",
            }
        ],
        replies=[{"request": "r1", "received_on": "2025-11-01", "outcome": "accept"}],
    )
    (error,) = errors_of(data)
    assert error.path == "replies[0].received_on"
    assert "cannot come before its request" in error.expected


def test_reply_to_an_unknown_request_is_refused() -> None:
    data = case_data(
        replies=[{"request": "nope", "received_on": "2025-11-01", "outcome": "accept"}]
    )
    assert paths(data) == ["replies[0].request"]


def test_missing_required_field_is_named() -> None:
    data = case_data(applications=[{"id": "a", "state": "FR"}])
    (error,) = errors_of(data)
    assert error.path == "applications[0].lodged_on"
    assert error.value is None
    assert "required" in error.expected
    assert str(error).startswith("applications[0].lodged_on: missing")


def test_misspelt_field_is_refused() -> None:
    data = case_data(applicant={"date_of_brith": "1990-01-01"})
    assert paths(data) == ["applicant.date_of_brith"]


def test_wrong_version_is_refused() -> None:
    (error,) = errors_of(case_data(version="2"))
    assert error.path == "version"
    assert "'1'" in error.expected


def test_every_problem_is_reported_at_once() -> None:
    data = case_data(
        applicant={"date_of_birth": "2030-01-01"},
        stays=[{"state": "IT", "start": "2025-01-10", "end": "2025-01-01"}],
    )
    assert paths(data) == ["applicant.date_of_birth", "stays[0].end"]


def test_a_visa_needs_its_type() -> None:
    document = {
        "kind": "visa",
        "issuing_state": "ES",
        "valid_from": "2025-01-01",
        "valid_until": "2025-02-01",
    }
    assert paths(case_data(documents=[document])) == ["documents[0].visa_type"]


def test_dependency_must_name_a_recorded_family_member() -> None:
    data = case_data(
        dependencies=[{"family_member": "x", "dependent": "applicant", "ground": "old_age"}]
    )
    assert paths(data) == ["dependencies[0].family_member"]


def test_stateless_with_a_nationality_is_contradictory() -> None:
    data = case_data(applicant={"nationalities": ["SY"], "stateless": True})
    assert paths(data) == ["applicant.stateless"]


def test_not_a_mapping() -> None:
    with pytest.raises(CaseFileError) as caught:
        facts_from_data(["not", "a", "case"])
    assert "mapping" in caught.value.errors[0].expected
