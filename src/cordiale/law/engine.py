"""The one entry point of the law engine: `determine(facts, as_of=...)`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from cordiale import __version__
from cordiale.law.ammr.engine import determine_ammr
from cordiale.law.dublin3 import determine_dublin3
from cordiale.law.facts import CaseFacts
from cordiale.law.outcome import (
    Determination,
    LegalBasis,
    Message,
    Regime,
    Status,
    Track,
    Warning,
)
from cordiale.law.regimes import RegimeChoice, select_regime
from cordiale.law.settings import DEFAULT_SETTINGS, EngineSettings
from cordiale.law.ukfrance.engine import complete, involves_uk_france, prepare


def determine(
    facts: CaseFacts,
    *,
    as_of: date,
    settings: EngineSettings = DEFAULT_SETTINGS,
    regime: Regime | None = None,
) -> Determination:
    """Which State is responsible for examining the application, why, and every time limit,
    on the facts as known on `as_of`. Same input, same output.

    The UK-France layer (`cordiale.law.ukfrance`) runs around the rules only for a case with
    something UK-France in it: juxtaposed controls and Dublin requests with the UK after 2020
    before the rules, Sandhurst targets, the 2025 agreement and the historic schemes after."""
    if not involves_uk_france(facts):
        return _determine(facts, as_of, settings, regime)
    prepared = prepare(facts)
    result = _determine(prepared.facts, as_of, settings, regime)
    return complete(result, facts, prepared, as_of=as_of, settings=settings)


def _determine(
    facts: CaseFacts, as_of: date, settings: EngineSettings, regime: Regime | None
) -> Determination:
    choice = select_regime(facts, settings, regime)
    if choice.regime is Regime.DUBLIN3 and choice.supported:
        result = determine_dublin3(
            facts, as_of=as_of, settings=settings, regime_reason=choice.reason
        )
        return _flag_transition(result, settings)
    if choice.regime is Regime.AMMR:
        result = determine_ammr(facts, as_of=as_of, settings=settings, regime_reason=choice.reason)
        if choice.flag_for_person:
            warning = Warning(
                "regime.cutover_day", Message("warning.cutover_day", {}), choice.basis
            )
            result = replace(result, warnings=(warning, *result.warnings))
        return result
    return _unsupported(facts, as_of, choice)


def _flag_transition(result: Determination, settings: EngineSettings) -> Determination:
    """A Dublin III time limit still running at the AMMR cut-over: Art 84(2) keeps the Dublin
    III criteria but says nothing of its procedure and time limits (ammr.md 1.2); a person
    decides how the limit is handled."""
    cutover = settings.ammr_cutover_date
    spanning = [
        d.id
        for d in result.deadlines
        if d.status.value != "not_applicable"
        and d.start < cutover <= d.due
        and (d.done_on is None or d.done_on >= cutover)
    ]
    if not spanning:
        return result
    warning = Warning(
        "transition.deadline_spans_cutover",
        Message(
            "warning.deadline_spans_cutover",
            {"deadlines": ", ".join(spanning), "cutover": cutover.isoformat()},
        ),
        LegalBasis("84", "2", instrument="2024/1351"),
    )
    return replace(result, warnings=(*result.warnings, warning))


def _unsupported(facts: CaseFacts, as_of: date, choice: RegimeChoice) -> Determination:
    # Before 1 January 2014 the Dublin II criteria apply (Dublin III Art 49): not implemented.
    warnings = [Warning(f"regime.{choice.regime.value}.unsupported", choice.reason, choice.basis)]
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
