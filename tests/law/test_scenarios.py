"""Legal scenarios a lawyer can read: tests/law/cases/*.yaml.

Each file gives the facts (a case file), the date of the run, the source of the expectation
(article or judgment) and the expected answer. Format:

    title: one line
    source: "Art 13(1); C-490/16 A.S."      # required: where the expectation comes from
    as_of: 2025-06-01
    settings: {dublin3_extend_on_nonworking_end: true}   # optional EngineSettings overrides
    regime: dublin3                          # optional forced regime (comparison run)
    facts: {...}                             # a case file, format version 1
    expect:
      regime: dublin3
      status: determined | needs_decision | insufficient_facts
      responsible_state: IT | null
      proposed_state: IT                     # optional: the criteria's answer before shifts
      basis: "13(1)"                         # article(paragraph)(point); optional subparagraph
      basis_subparagraph: "3"
      track: take_charge | take_back | none
      questions: [H1:art8.1:GB]              # these questions must be open (others may be too)
      no_questions: [H5:IT]                  # and these must not be
      blocking_questions: 0                  # optional exact count of blocking questions
      deadlines:                             # deadline id (or id@request) -> expected fields
        take_charge_request: {due: 2025-04-30, status: open, alternative: 2025-05-02}
      absent_deadlines: [transfer]
      trace: [dublin3.art13.1:not_applicable]  # rule:outcome pairs that must appear, in order
      warnings: [art13.1.extension]          # warning codes that must appear
      no_warnings: [acceptance_differs_from_criteria]   # and codes that must not
      unverified: ["Le Touquet 2003 Art 9 (claim at a UK control zone in France)"]  # listed
      service_targets:                       # Sandhurst targets (id or id@request) -> fields;
        sandhurst_uk_decision: {due: 2019-04-24, status: met}   # [] means none at all
      uk_france:                             # the UkFranceReport; null means none
        admission: {outcome: eligible, priority: true, criteria: {age: met}, questions: [...]}
        section67: {s67_calais_clearance: {outcome: eligible, criteria: {priority_group: met}}}
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from cordiale.law import determine
from cordiale.law.casefile import facts_from_data
from cordiale.law.outcome import Determination, LegalBasis, Regime, Screening
from cordiale.law.settings import EngineSettings

CASES = Path(__file__).parent / "cases"
SCENARIOS = sorted(CASES.glob("*.yaml"))


def compact(basis: LegalBasis | None) -> str | None:
    if basis is None:
        return None
    text = basis.article
    if basis.paragraph:
        text += f"({basis.paragraph})"
    if basis.point:
        text += f"({basis.point})"
    return text


def _load(path: Path) -> dict[str, Any]:
    from cordiale.law.casefile import _Yaml12Loader

    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Yaml12Loader)


def _settings(overrides: dict[str, Any] | None) -> EngineSettings:
    if not overrides:
        return EngineSettings()
    fields = {f.name for f in dataclasses.fields(EngineSettings)}
    unknown = set(overrides) - fields
    assert not unknown, f"unknown settings {unknown}"
    values = {
        name: date.fromisoformat(value) if name.endswith("_date") else value
        for name, value in overrides.items()
    }
    return EngineSettings(**values)


def run_scenario(path: Path) -> tuple[dict[str, Any], Determination]:
    scenario = _load(path)
    assert scenario.get("source"), f"{path.name}: a scenario must cite its source"
    facts = facts_from_data(scenario["facts"], source=path.name, today=date(2100, 1, 1))
    as_of = date.fromisoformat(str(scenario["as_of"]))
    regime = Regime(scenario["regime"]) if scenario.get("regime") else None
    result = determine(
        facts, as_of=as_of, settings=_settings(scenario.get("settings")), regime=regime
    )
    return scenario, result


def test_there_are_enough_scenarios() -> None:
    """The law engine issue asks for at least 40 scenario files."""
    assert len(SCENARIOS) >= 40


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path: Path) -> None:
    scenario, result = run_scenario(path)
    expect: dict[str, Any] = scenario["expect"]
    context = f"{path.name}: {scenario.get('title', '')}"
    got_questions = {q.id: q for q in result.questions}
    for key, want in expect.items():
        if key == "regime":
            assert result.regime.value == want, context
        elif key == "status":
            assert result.status.value == want, (context, [q.id for q in result.questions])
        elif key == "responsible_state":
            assert result.responsible_state == want, (context, result.trace)
        elif key == "proposed_state":
            assert result.proposed_state == want, context
        elif key == "basis":
            assert compact(result.basis) == want, (context, result.basis)
        elif key == "basis_subparagraph":
            assert result.basis is not None, context
            assert result.basis.subparagraph == str(want), context
        elif key == "track":
            assert result.track.value == want, context
        elif key == "questions":
            missing = [q for q in want if q not in got_questions]
            assert not missing, (context, missing, list(got_questions))
        elif key == "no_questions":
            present = [q for q in want if q in got_questions]
            assert not present, (context, present)
        elif key == "blocking_questions":
            assert sum(q.blocking for q in result.questions) == want, (context, list(got_questions))
        elif key == "deadlines":
            _check_deadlines(result, want, context)
        elif key == "absent_deadlines":
            ids = {d.id for d in result.deadlines if d.status.value != "not_applicable"}
            assert not ids & set(want), (context, ids)
        elif key == "trace":
            _check_trace(result, want, context)
        elif key == "warnings":
            codes = {w.code for w in result.warnings}
            assert set(want) <= codes, (context, codes)
        elif key == "no_warnings":
            codes = {w.code for w in result.warnings}
            assert not set(want) & codes, (context, codes)
        elif key == "unverified":
            assert set(want) <= set(result.unverified), (context, result.unverified)
        elif key == "service_targets":
            _check_service_targets(result, want, context)
        elif key == "uk_france":
            _check_uk_france(result, want, context)
        else:
            pytest.fail(f"{context}: unknown expectation {key!r}")


def _check_deadlines(result: Determination, want: dict[str, dict[str, Any]], context: str) -> None:
    for key, fields in want.items():
        deadline_id, _, request = key.partition("@")
        matches = [
            d
            for d in result.deadlines
            if d.id == deadline_id and (not request or d.request == request)
        ]
        assert matches, (context, key, [(d.id, d.request) for d in result.deadlines])
        deadline = matches[0]
        for name, value in fields.items():
            got = getattr(deadline, name)
            got = got.value if hasattr(got, "value") else got
            got = got.isoformat() if isinstance(got, date) else got
            value = value.isoformat() if isinstance(value, date) else value
            assert got == value, (context, key, name, got, value)


def _check_trace(result: Determination, want: list[str], context: str) -> None:
    steps = [f"{s.rule}:{s.outcome.value}" for s in result.trace]
    position = 0
    for item in want:
        try:
            position = steps.index(item, position) + 1
        except ValueError:
            pytest.fail(f"{context}: trace lacks {item!r} (in order); trace: {steps}")


def _fields(item: Any, fields: dict[str, Any], context: str, key: str) -> None:
    for name, value in fields.items():
        got = getattr(item, name)
        got = got.value if hasattr(got, "value") else got
        got = got.isoformat() if isinstance(got, date) else got
        value = value.isoformat() if isinstance(value, date) else value
        assert got == value, (context, key, name, got, value)


def _check_service_targets(result: Determination, want: Any, context: str) -> None:
    if not want:
        assert result.service_targets == (), (context, result.service_targets)
        return
    for key, fields in want.items():
        target_id, _, request = key.partition("@")
        matches = [
            t
            for t in result.service_targets
            if t.id == target_id and (not request or t.request == request)
        ]
        assert matches, (context, key, [(t.id, t.request) for t in result.service_targets])
        _fields(matches[0], fields, context, key)


def _check_screening(screening: Screening | None, want: dict[str, Any], context: str) -> None:
    assert screening is not None, (context, "no screening")
    for name, value in want.items():
        if name == "criteria":
            got = {c.id: c.status.value for c in screening.criteria}
            for criterion, status in value.items():
                assert got.get(criterion) == status, (context, screening.id, criterion, got)
        elif name == "questions":
            ids = {q.id for q in screening.questions}
            assert set(value) <= ids, (context, screening.id, ids)
        elif name == "no_questions":
            ids = {q.id for q in screening.questions}
            assert not set(value) & ids, (context, screening.id, ids)
        elif name == "outcome":
            assert screening.outcome.value == value, (context, screening.id, screening.criteria)
        elif name == "priority":
            assert screening.priority == value, (context, screening.id)
        else:
            pytest.fail(f"{context}: unknown screening expectation {name!r}")


def _check_uk_france(result: Determination, want: Any, context: str) -> None:
    report = result.uk_france
    if want is None:
        assert report is None, (context, report)
        return
    assert report is not None, (context, "no uk_france report")
    for name, value in want.items():
        if name == "admission" and value is None:
            assert report.admission is None, (context, report.admission)
        elif name == "admission":
            _check_screening(report.admission, value, context)
        elif name == "section67":
            phases = {s.id: s for s in report.section67}
            for phase, expected in value.items():
                _check_screening(phases.get(phase), expected, context)
        else:
            pytest.fail(f"{context}: unknown uk_france expectation {name!r}")
