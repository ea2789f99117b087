"""Which body of rules decides a case, chosen from its dates (AMMR Art 84; Dublin III Art 49).

Never a global switch: each case is judged by the rules in force for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cordiale.law.facts import CaseFacts
from cordiale.law.outcome import LegalBasis, Message, Regime
from cordiale.law.settings import EngineSettings

DUBLIN3_START = date(2014, 1, 1)  # Dublin III Art 49
_ART49 = LegalBasis("49")
_ART84_1 = LegalBasis("84", "1", instrument="2024/1351")
_ART84_2 = LegalBasis("84", "2", instrument="2024/1351")


@dataclass(slots=True)  # not frozen: built per case (see outcome.py)
class RegimeChoice:
    regime: Regime
    reason: Message
    basis: LegalBasis
    supported: bool = True
    flag_for_person: bool = False


def first_registration(facts: CaseFacts) -> date | None:
    """The first registration (AMMR) or, failing it, lodging (Dublin III) of any application."""
    return min((a.registered_on or a.lodged_on for a in facts.applications), default=None)


def select_regime(
    facts: CaseFacts, settings: EngineSettings, forced: Regime | None = None
) -> RegimeChoice:
    cutover = settings.ammr_cutover_date
    first = first_registration(facts)
    if forced is Regime.DUBLIN3:
        return RegimeChoice(Regime.DUBLIN3, Message("regime.dublin3.forced"), _ART49)
    if first is None:
        return RegimeChoice(
            Regime.DUBLIN3, Message("regime.no_application"), _ART49, supported=True
        )
    dates = {"date": first.isoformat(), "cutover": cutover.isoformat()}
    if forced is Regime.AMMR or first >= cutover:
        # Art 84(1): applications registered after the cut-over; the same day is not expressly
        # covered by "before"/"after" (ammr.md 1.2): a person confirms.
        return RegimeChoice(
            Regime.AMMR,
            Message("regime.ammr.after_cutover", dates),
            _ART84_1,
            flag_for_person=first == cutover,
        )
    if first < DUBLIN3_START:
        return RegimeChoice(
            Regime.DUBLIN3,
            Message("regime.before_dublin3", dates),
            _ART49,
            supported=False,
        )
    return RegimeChoice(
        Regime.DUBLIN3,
        Message("regime.dublin3.before_cutover", dates),
        _ART84_2,
    )
