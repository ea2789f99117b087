"""The UK-France facts: shapes, cross-field checks, JSON Schema, settings from text."""

from __future__ import annotations

from datetime import date

import pytest

from cordiale.law.casefile import facts_from_data
from cordiale.law.errors import CaseFileError, FieldError
from cordiale.law.facts import CaseFacts
from cordiale.law.settings import AdmissionCriteria, EngineSettings
from cordiale.law.ukfrance import involves_uk_france
from tests.law.builders import case_data
from tests.law.ukfrance.conftest import FAR_FUTURE, facts


def errors_of(data: dict[str, object]) -> list[FieldError]:
    with pytest.raises(CaseFileError) as caught:
        facts_from_data(data, today=FAR_FUTURE)
    return caught.value.errors


READMISSION = {
    "id": "rd-1",
    "kind": "readmission",
    "from_state": "GB",
    "to_state": "FR",
    "sent_on": "2025-09-20",
}


def test_assessment_must_name_a_recorded_family_member() -> None:
    data = case_data(
        local_authority_assessments=[{"family_member": "uncle", "concluded_on": "2019-04-08"}]
    )
    (error,) = errors_of(data)
    assert error.path == "local_authority_assessments[0].family_member"
    assert error.value == "uncle"


def test_assessment_defaults_to_the_uk() -> None:
    case = facts(local_authority_assessments=[{"concluded_on": "2019-04-08"}])
    assert case.local_authority_assessments[0].state == "GB"


def test_readmission_goes_from_gb_to_fr() -> None:
    (error,) = errors_of(
        case_data(requests=[{**READMISSION, "from_state": "FR", "to_state": "GB"}])
    )
    assert error.path == "requests[0].from_state"
    assert "GB to FR" in error.expected


def test_exceptional_only_on_a_readmission_reply() -> None:
    tc = {
        "id": "tc-1",
        "kind": "take_charge",
        "from_state": "FR",
        "to_state": "IT",
        "sent_on": "2025-10-03",
    }
    reply = {
        "request": "tc-1",
        "received_on": "2025-10-10",
        "outcome": "accept",
        "exceptional": True,
    }
    (error,) = errors_of(case_data(requests=[tc], replies=[reply]))
    assert error.path == "replies[0].exceptional"
    ok = {**reply, "request": "rd-1"}
    assert facts(requests=[READMISSION], replies=[ok]).replies[0].exceptional is True


def test_uk_claim_cannot_precede_the_arrival() -> None:
    arrival = {"on": "2025-09-10", "mode": "small_boat", "protection_claim_on": "2025-09-09"}
    (error,) = errors_of(case_data(uk_arrival=arrival))
    assert error.path == "uk_arrival.protection_claim_on"


def test_control_zone_only_for_france_or_the_uk() -> None:
    app = {"id": "a", "state": "BE", "lodged_on": "2025-10-02", "control_zone": "calais_port"}
    (error,) = errors_of(case_data(applications=[app]))
    assert error.path == "applications[0].state"


def test_unknown_control_zone_is_refused_with_the_path() -> None:
    app = {"id": "a", "state": "GB", "lodged_on": "2025-10-02", "control_zone": "dover"}
    (error,) = errors_of(case_data(applications=[app]))
    assert error.path == "applications[0].control_zone"


def test_arrival_mode_is_checked() -> None:
    (error,) = errors_of(case_data(uk_arrival={"on": "2025-09-10", "mode": "swimming"}))
    assert error.path == "uk_arrival.mode"


def test_the_schema_carries_the_new_facts() -> None:
    schema = CaseFacts.model_json_schema()
    properties = schema["properties"]
    for name in ("local_authority_assessments", "uk_arrival", "admission", "historic"):
        assert name in properties
    definitions = schema["$defs"]
    assert "coquelles_tunnel" in definitions["ControlZone"]["enum"]
    assert "readmission" in definitions["RequestKind"]["enum"]
    assert "exceptional" in definitions["Reply"]["properties"]


def test_settings_read_from_text() -> None:
    settings = EngineSettings(
        ukfr_2025_in_force="2025-08-04",  # type: ignore[arg-type]
        ukfr_2025_extension_end="2026-10-31",  # type: ignore[arg-type]
        ukfr_admission={"priority_nationalities": ["er"], "min_age": 21},  # type: ignore[arg-type]
    )
    assert settings.ukfr_2025_in_force == date(2025, 8, 4)
    assert settings.ukfr_2025_extension_end == date(2026, 10, 31)
    assert settings.ukfr_admission == AdmissionCriteria(priority_nationalities=("ER",), min_age=21)


def test_defaults() -> None:
    settings = EngineSettings()
    assert settings.ukfr_2025_in_force == date(2025, 8, 6)
    assert settings.ukfr_2025_pilot_end == date(2026, 6, 11)
    assert settings.ukfr_2025_extension_end is None
    assert settings.ukfr_admission.priority_nationalities == ()
    assert settings.ukfr_admission.exclude_previous_irregular_entry_to_uk is True


def test_the_fast_path_guard() -> None:
    assert not involves_uk_france(facts())
    assert involves_uk_france(facts(uk_arrival={"on": "2025-09-10", "mode": "small_boat"}))
    assert involves_uk_france(facts(admission={}))
    assert involves_uk_france(facts(requests=[READMISSION]))
    app = {"id": "a", "state": "FR", "lodged_on": "2025-10-02", "control_zone": "dunkirk_port"}
    assert involves_uk_france(facts(applications=[app]))
    other = {
        "id": "tc",
        "kind": "take_charge",
        "from_state": "FR",
        "to_state": "IT",
        "sent_on": "2025-10-03",
    }
    assert not involves_uk_france(facts(requests=[other]))
