"""Juxtaposed controls: a claim at a UK control zone in France is France's to examine."""

from __future__ import annotations

from datetime import date

import pytest

from cordiale.law import determine
from cordiale.law.facts import ApplicationPlace, ControlZone
from cordiale.law.outcome import StepOutcome
from cordiale.law.ukfrance.juxtaposed import UNVERIFIED_ART9, has_control_zone, normalise
from tests.law.ukfrance.conftest import facts

AS_OF = date(2025, 11, 3)


def _app(state: str, zone: str | None) -> dict[str, object]:
    app: dict[str, object] = {"id": "a-1", "state": state, "lodged_on": "2025-10-06"}
    if zone is not None:
        app["control_zone"] = zone
    return app


@pytest.mark.parametrize("zone", [z.value for z in ControlZone])
def test_every_zone_in_france_moves_a_gb_record_to_france(zone: str) -> None:
    case = facts(applications=[_app("GB", zone)])
    moved, steps, unverified = normalise(case)
    (application,) = moved.applications
    assert application.state == "FR"
    assert application.place is ApplicationPlace.JUXTAPOSED_CONTROL
    assert application.control_zone == ControlZone(zone)
    assert [s.outcome for s in steps] == [StepOutcome.INFO]
    assert steps[0].message.key == "juxtaposed.recorded_in_uk"
    assert steps[0].basis.instrument == "Le Touquet 2003"
    assert steps[0].basis.article == "9"
    assert unverified == [UNVERIFIED_ART9]
    # The case file itself is not changed.
    assert case.applications[0].state == "GB"


def test_an_application_recorded_in_france_stays_as_it_is_with_a_note() -> None:
    case = facts(applications=[_app("FR", "calais_port")])
    same, steps, unverified = normalise(case)
    assert same is case
    assert steps[0].message.key == "juxtaposed.recorded_in_france"
    assert steps[0].message.params["instrument"] == "le_touquet_2003"
    assert unverified == [UNVERIFIED_ART9]


def test_applications_without_a_zone_are_untouched() -> None:
    case = facts(
        applications=[_app("FR", None), {"id": "gb-1", "state": "GB", "lodged_on": "2019-01-07"}]
    )
    assert not has_control_zone(case)
    same, steps, unverified = normalise(case)
    assert same is case
    assert steps == []
    assert unverified == []


def test_the_engine_routes_a_coquelles_claim_as_a_french_application() -> None:
    case = facts(applications=[_app("GB", "coquelles_tunnel")])
    result = determine(case, as_of=AS_OF)
    assert result.trace[0].rule == "ukfrance.juxtaposed"
    # Recorded in GB only, the claim would leave France with nothing lodged in France.
    assert result.first_lodged_on == date(2025, 10, 6)
    assert result.proposed_state == "FR"
    assert UNVERIFIED_ART9 in result.unverified


def test_without_the_zone_a_gb_record_is_not_a_french_application() -> None:
    result = determine(facts(applications=[_app("GB", None)]), as_of=AS_OF)
    assert all(step.rule != "ukfrance.juxtaposed" for step in result.trace)
    assert UNVERIFIED_ART9 not in result.unverified
