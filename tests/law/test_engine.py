"""The entry point: regime choice by date, comparison runs, transitional flags."""

from __future__ import annotations

from datetime import date
from typing import Any

from cordiale.law import determine
from cordiale.law.casefile import facts_from_data
from cordiale.law.outcome import Regime
from tests.law.builders import case_data


def facts(**overrides: Any):  # type: ignore[no-untyped-def]
    return facts_from_data(case_data(**overrides), today=date(2100, 1, 1))


def test_a_dublin3_time_limit_running_at_the_cutover_is_flagged() -> None:
    """AMMR Art 84(2) keeps the Dublin III criteria; the procedure is a person's call."""
    case = facts(
        applications=[{"id": "fr", "state": "FR", "lodged_on": "2026-05-04"}],
        entries=[{"state": "IT", "on": "2026-04-01", "mode": "irregular"}],
    )
    result = determine(case, as_of=date(2026, 6, 1))
    assert result.regime is Regime.DUBLIN3
    assert "transition.deadline_spans_cutover" in {w.code for w in result.warnings}


def test_a_case_closed_before_the_cutover_is_not_flagged() -> None:
    result = determine(facts(), as_of=date(2025, 10, 20))
    assert "transition.deadline_spans_cutover" not in {w.code for w in result.warnings}


def test_the_cutover_date_is_a_setting() -> None:
    """Arts 83-85 as served by EUR-Lex read 12 June 2026; the first OJ text read 1 July."""
    from cordiale.law.settings import EngineSettings

    case = facts(applications=[{"id": "fr", "state": "FR", "lodged_on": "2026-06-20"}])
    assert determine(case, as_of=date(2026, 6, 25)).regime is Regime.AMMR
    old_text = EngineSettings(ammr_cutover_date=date(2026, 7, 1))
    assert determine(case, as_of=date(2026, 6, 25), settings=old_text).regime is Regime.DUBLIN3


def test_a_forced_regime_overrides_the_dates() -> None:
    case = facts(applications=[{"id": "fr", "state": "FR", "lodged_on": "2026-08-03"}])
    assert determine(case, as_of=date(2026, 9, 1), regime=Regime.DUBLIN3).regime is Regime.DUBLIN3
