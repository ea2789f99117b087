"""The one entry point of the law engine: `determine(facts, as_of=...)`."""

from __future__ import annotations

from datetime import date

from cordiale import __version__
from cordiale.law.dublin3 import determine_dublin3
from cordiale.law.facts import CaseFacts
from cordiale.law.outcome import Determination, Message, Regime, Status, Track, Warning
from cordiale.law.regimes import RegimeChoice, select_regime
from cordiale.law.settings import DEFAULT_SETTINGS, EngineSettings


def determine(
    facts: CaseFacts,
    *,
    as_of: date,
    settings: EngineSettings = DEFAULT_SETTINGS,
    regime: Regime | None = None,
) -> Determination:
    """Which State is responsible for examining the application, why, and every time limit,
    on the facts as known on `as_of`. Same input, same output."""
    choice = select_regime(facts, settings, regime)
    if choice.regime is Regime.DUBLIN3 and choice.supported:
        return determine_dublin3(facts, as_of=as_of, settings=settings, regime_reason=choice.reason)
    return _unsupported(facts, as_of, choice)


def _unsupported(facts: CaseFacts, as_of: date, choice: RegimeChoice) -> Determination:
    message = (
        Message("regime.ammr.not_implemented", {})
        if choice.regime is Regime.AMMR
        else choice.reason  # before 1 January 2014: Dublin II, not implemented
    )
    warnings = [Warning(f"regime.{choice.regime.value}.unsupported", message, choice.basis)]
    if choice.flag_for_person:
        warnings.append(
            Warning("regime.cutover_day", Message("warning.cutover_day", {}), choice.basis)
        )
    return Determination(
        reference=facts.reference,
        as_of=as_of,
        regime=choice.regime,
        regime_reason=choice.reason,
        status=Status.INSUFFICIENT_FACTS,
        track=Track.NONE,
        responsible_state=None,
        basis=None,
        trace=(),
        questions=(),
        deadlines=(),
        warnings=tuple(warnings),
        first_lodged_on=None,
        engine_version=__version__,
    )
