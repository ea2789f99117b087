"""Juxtaposed controls: a claim made at a UK control zone in France is France's to examine.

Sources (shared/law/uk_france.md 1.1-1.2): the Sangatte Protocol of 25 November 1991 (UK
controls at the Eurotunnel terminal in Coquelles), its Additional Protocol of 29 May 2000
(Eurostar stations) and the Le Touquet Treaty of 4 February 2003 (Calais, Dunkirk, Boulogne).
An asylum claim made at a UK control zone in France is not a UK asylum claim: France examines
it. The article is believed to be Le Touquet Art 9 (UNVERIFIED, uk_france.md 9.1), so every
result that relies on it lists it in `Determination.unverified`.

`normalise` runs before the regime is chosen, and only when an application has a
`control_zone`: an application recorded with state GB at such a zone becomes an application
lodged in FR (a copy; the case file is not changed), and the trace says so.
"""

from __future__ import annotations

from cordiale.law.facts import Application, ApplicationPlace, CaseFacts, ControlZone
from cordiale.law.outcome import LegalBasis, Step, StepOutcome
from cordiale.law.ukfrance.common import LE_TOUQUET, basis, msg

__all__ = ["UNVERIFIED_ART9", "has_control_zone", "normalise"]

# Le Touquet Treaty 2003 Art 9 (asylum claims at the control zone): article UNVERIFIED.
ART9: LegalBasis = basis("9", instrument=LE_TOUQUET)
UNVERIFIED_ART9 = "Le Touquet 2003 Art 9 (claim at a UK control zone in France)"

# Which treaty sets up each control zone (uk_france.md 1.1): the value names an entry of
# the message vocabulary.
_INSTRUMENT_OF_ZONE: dict[ControlZone, str] = {
    ControlZone.CALAIS_PORT: "le_touquet_2003",
    ControlZone.DUNKIRK_PORT: "le_touquet_2003",
    ControlZone.BOULOGNE_PORT: "le_touquet_2003",
    ControlZone.COQUELLES_TUNNEL: "sangatte_1991",
    ControlZone.EUROSTAR_PARIS_NORD: "additional_protocol_2000",
    ControlZone.EUROSTAR_LILLE: "additional_protocol_2000",
    ControlZone.EUROSTAR_CALAIS_FRETHUN: "additional_protocol_2000",
    ControlZone.OTHER_FR: "juxtaposed_treaties",
}

_UK = "GB"
_FRANCE = "FR"


def has_control_zone(facts: CaseFacts) -> bool:
    """The cheap guard: does any application carry a control zone?"""
    return any(application.control_zone is not None for application in facts.applications)


def normalise(facts: CaseFacts) -> tuple[CaseFacts, list[Step], list[str]]:
    """The facts with every application made at a UK control zone in France lodged in FR,
    the trace steps that say so, and the unverified rules relied on."""
    steps: list[Step] = []
    applications: list[Application] = []
    changed = False
    for i, application in enumerate(facts.applications):
        zone = application.control_zone
        if zone is None:
            applications.append(application)
            continue
        path = f"applications[{i}].control_zone"
        params = {
            "application": application.id,
            "zone": zone.value,
            "instrument": _INSTRUMENT_OF_ZONE[zone],
            "date": application.lodged_on.isoformat(),
        }
        if application.state == _UK:
            # Le Touquet Art 9 (UNVERIFIED article): France's claim to examine; recorded by the
            # UK officer, it is treated as lodged in France on the same date.
            application = application.model_copy(
                update={
                    "state": _FRANCE,
                    "place": ApplicationPlace.JUXTAPOSED_CONTROL,
                    "present_in": None,
                }
            )
            changed = True
            key = "juxtaposed.recorded_in_uk"
        else:
            key = "juxtaposed.recorded_in_france"
        steps.append(
            Step(
                "ukfrance.juxtaposed",
                ART9,
                StepOutcome.INFO,
                msg(key, **params),
                (_FRANCE,),
                (path, f"applications[{i}].state"),
            )
        )
        applications.append(application)
    if changed:
        facts = facts.model_copy(update={"applications": applications})
    return facts, steps, [UNVERIFIED_ART9] if steps else []
