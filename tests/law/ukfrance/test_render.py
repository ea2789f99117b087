"""UK-France output in text and JSON, in English and French."""

from __future__ import annotations

import json
import string
from datetime import date
from pathlib import Path

import orjson
import pytest

from cordiale.law.explain.catalogue import CATALOGUE
from cordiale.law.explain.render import (
    Language,
    cite,
    determination_to_dict,
    render,
    render_determination,
)
from cordiale.law.explain.stored import with_texts
from cordiale.law.outcome import Determination, LegalBasis, Message
from tests.law.test_scenarios import CASES, run_scenario

UK_FRANCE_SCENARIOS = sorted(CASES.glob("u_*.yaml"))


def _result(name: str) -> Determination:
    return run_scenario(CASES / name)[1]


def _messages(result: Determination) -> list[Message]:
    found = [s.message for s in result.trace] + [q.message for q in result.questions]
    found += [w.message for w in result.warnings]
    for deadline in result.deadlines:
        found += [deadline.start_event, deadline.consequence]
    for target in result.service_targets:
        found += [target.message, target.note]
    if result.uk_france is not None:
        screenings = [*result.uk_france.section67]
        if result.uk_france.admission is not None:
            screenings.append(result.uk_france.admission)
        for screening in screenings:
            found += [c.message for c in screening.criteria]
            found += [q.message for q in screening.questions]
            found += [w.message for w in screening.warnings]
            found += list(screening.priority_reasons)
    return found


def test_there_are_at_least_twelve_uk_france_scenarios() -> None:
    assert len(UK_FRANCE_SCENARIOS) >= 12


@pytest.mark.parametrize("path", UK_FRANCE_SCENARIOS, ids=[p.stem for p in UK_FRANCE_SCENARIOS])
def test_every_uk_france_message_renders_in_both_languages(path: Path) -> None:
    result = run_scenario(path)[1]
    for message in _messages(result):
        assert message.key in CATALOGUE, message.key
        for template in CATALOGUE[message.key]:
            names = {n for _, n, _, _ in string.Formatter().parse(template) if n}
            assert names <= set(message.params), (message.key, message.params)
        english, french = render(message, Language.EN), render(message, Language.FR)
        assert english != french, message.key
        assert "{" not in english + french, message.key


@pytest.mark.parametrize("path", UK_FRANCE_SCENARIOS, ids=[p.stem for p in UK_FRANCE_SCENARIOS])
def test_lean_json_with_texts_and_native_encoding_agree(path: Path) -> None:
    result = run_scenario(path)[1]
    lean = determination_to_dict(result, texts=False)
    # Batch records are the dataclasses encoded by orjson: the same keys and values.
    assert json.loads(orjson.dumps(result)) == json.loads(orjson.dumps(lean))
    for lang in Language:
        assert with_texts(lean, lang) == determination_to_dict(result, lang)


def test_service_targets_have_their_own_section_in_both_languages() -> None:
    result = _result("u_sandhurst_2019_targets_met.yaml")
    english = render_determination(result, Language.EN)
    french = render_determination(result, Language.FR)
    assert "Service-level targets (not legal time limits):" in english
    assert "Objectifs de service (pas des délais légaux) :" in french
    assert "UK decision (Sandhurst target) [sandhurst_uk_decision]: due 2019-04-24" in english
    assert "échéance 2019-05-14 (15 jours ouvrables, art. 2, Sandhurst 2018)" in french
    # The targets are not listed among the time limits.
    limits = english.split("Time limits:")[1].split("Service-level targets")[0]
    assert "sandhurst" not in limits


def test_service_targets_in_json() -> None:
    data = determination_to_dict(_result("u_sandhurst_2019_targets_met.yaml"), Language.FR)
    decision = data["service_targets"][0]
    assert decision["id"] == "sandhurst_uk_decision"
    assert decision["due"] == "2019-04-24"
    assert decision["period"] == "10 jours ouvrables"
    assert decision["note"]["key"] == "service_target.note"
    assert decision["basis"]["citation"] == "art. 2, Sandhurst 2018"
    assert data["uk_france"] is None


def test_uk_france_report_in_text_and_json() -> None:
    result = _result("u_admission_eligible_priority.yaml")
    english = render_determination(result, Language.EN)
    assert "UK-France:" in english
    assert "[ukeats_admission] — eligible (Art. 12, UK-FR 2025) — priority" in english
    french = render_determination(result, Language.FR)
    assert "[ukeats_admission] — éligible (art. 12, UK-FR 2025) — prioritaire" in french
    assert "- [present_in_france] rempli :" in french
    data = determination_to_dict(result, Language.EN)
    admission = data["uk_france"]["admission"]
    assert admission["outcome"] == "eligible"
    assert admission["priority"] is True
    assert {c["id"]: c["status"] for c in admission["criteria"]}["security_check"] == "met"
    assert data["uk_france"]["section67"] == []


def test_readmission_deadlines_read_in_french() -> None:
    text = render_determination(_result("u_ukfr_returns_request_in_time.yaml"), Language.FR)
    assert (
        "Demande de réadmission britannique (accord franco-britannique de 2025) "
        "[readmission_request] : échéance 2025-09-24 (14 jours, art. 4, § 1, UK-FR 2025)"
    ) in text
    assert "(3 mois, art. 1, UK-FR 2025)" in text


def test_named_instruments_are_cited_without_reg() -> None:
    basis = LegalBasis("s. 67", instrument="IA 2016")
    assert cite(basis, Language.EN) == "s. 67, IA 2016"
    assert cite(basis, Language.FR) == "s. 67, IA 2016"
    assert cite(LegalBasis("4", "1", instrument="UK-FR 2025"), Language.FR) == (
        "art. 4, § 1, UK-FR 2025"
    )
    # EU regulations keep their form.
    assert cite(LegalBasis("21", "1"), Language.EN) == "Art. 21(1), Reg. 604/2013"


def test_juxtaposed_zone_is_named_in_the_readers_language() -> None:
    result = _result("u_juxtaposed_coquelles.yaml")
    assert "Channel Tunnel terminal at Coquelles" in render(result.trace[0].message)
    assert "tunnel sous la Manche à Coquelles" in render(result.trace[0].message, Language.FR)
    assert result.as_of == date(2025, 10, 20)
