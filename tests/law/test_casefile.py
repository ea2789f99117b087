"""Reading case files in YAML and JSON."""

from __future__ import annotations

import pytest

from cordiale.law.casefile import (
    dump_case_file,
    facts_from_data,
    facts_from_json,
    facts_from_yaml,
    parse_yaml,
)
from cordiale.law.errors import CaseFileError, FieldError
from cordiale.law.explain.catalogue import CATALOGUE
from cordiale.law.explain.render import Language, render
from cordiale.law.outcome import Message
from tests.law.builders import case_data

YAML = """
version: "1"
reference: Y-1
applicant: {date_of_birth: 1990-02-03, nationalities: [ER]}
applications: [{id: a, state: FR, lodged_on: 2025-10-02}]
entries: [{state: IT, on: 2025-01-05, mode: irregular}]
answers: [{question: "H5:IT", value: no}]
"""


def test_yaml_field_named_on_is_not_a_boolean() -> None:
    """YAML 1.1 reads `on:` as true; case files follow YAML 1.2 (only true/false)."""
    facts = facts_from_yaml(YAML)
    assert facts.entries[0].on.isoformat() == "2025-01-05"


def test_yaml_no_stays_a_string_answer() -> None:
    facts = facts_from_yaml(YAML)
    assert facts.answers[0].value == "no"


def test_json_round_trip_keeps_every_fact() -> None:
    facts = facts_from_yaml(YAML)
    again = facts_from_data(dump_case_file(facts))
    assert again == facts


def test_invalid_json_names_the_line() -> None:
    with pytest.raises(CaseFileError) as caught:
        facts_from_json('{"version": "1",\n "reference": }')
    assert "line 2" in str(caught.value.errors[0].value)


def test_invalid_yaml_names_the_line() -> None:
    with pytest.raises(CaseFileError) as caught:
        facts_from_yaml("version: '1'\napplicant: [unclosed\n")
    assert "line" in str(caught.value.errors[0].value)


def test_json_case_file() -> None:
    import json

    facts = facts_from_json(json.dumps(case_data()))
    assert facts.reference == "TEST-1"


def test_impossible_date_in_yaml_is_a_field_error_not_a_crash() -> None:
    text = YAML.replace("date_of_birth: 1990-02-03", "date_of_birth: 2000-02-30")
    with pytest.raises(CaseFileError) as caught:
        facts_from_yaml(text)
    (error,) = caught.value.errors
    assert error.path == "applicant.date_of_birth"
    assert error.value == "2000-02-30"


def test_parse_yaml_reads_as_case_files_are_read() -> None:
    """The web's YAML fact editor reads with it: `on:` a field, an impossible date text."""
    assert parse_yaml("on: 2025-02-30\nvalue: no\n") == {"on": "2025-02-30", "value": "no"}


def test_field_errors_carry_the_pydantic_type_and_its_context() -> None:
    """What a reader's language can be rendered from (the web UI in French); English
    `expected` unchanged."""
    data = case_data()
    data["applicant"] = {"sex": "f", "nationalities": ["UK"]}
    data["entries"] = [{"state": "ZZ", "on": "2025-02-30"}]
    with pytest.raises(CaseFileError) as caught:
        facts_from_data(data)
    found = {e.path: e for e in caught.value.errors}
    sex = found["applicant.sex"]
    assert (sex.code, dict(sex.params)) == (
        "literal_error",
        {"expected": "'female', 'male', 'other' or 'unknown'"},
    )
    alias = found["applicant.nationalities[0]"]
    assert alias.code == "state_code_alias"
    assert dict(alias.params) == {"code": "UK", "country": "the United Kingdom", "iso": "GB"}
    assert (
        alias.expected
        == "'UK' is the EU's code for the United Kingdom; use the ISO 3166-1 code 'GB'"
    )
    assert found["entries[0].state"].code == "state_code"
    assert found["entries[0].on"].code == "date_from_datetime_parsing"
    assert found["entries[0].mode"].code == "missing"
    # The code takes no part in comparisons (errors built by hand still compare equal).
    assert alias == FieldError(alias.path, alias.value, alias.expected)


def test_the_engines_field_error_messages_exist_in_french() -> None:
    english, french = CATALOGUE["field_error.state_code_alias"]
    assert (
        render(
            Message(
                "field_error.state_code_alias", {"code": "EL", "country": "Greece", "iso": "GR"}
            ),
            Language.FR,
        )
        == "« EL » est le code de l'UE pour la Grèce ; utilisez le code ISO 3166-1 « GR »"
    )
    assert english != french
