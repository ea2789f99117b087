"""Configurable points of law: where the text is unsettled or unverified, the choice is here.

Each setting names the question it settles and the default the engine uses; the explanation
of every determination that relies on one of them says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class TacitAcceptanceStart(StrEnum):
    """When the 6-month transfer period starts after tacit acceptance (spec Q4, example E2)."""

    LAST_DAY_OF_REPLY_PERIOD = "last_day"  # variant A: VG Regensburg (asyl.net M26709)
    DAY_AFTER_REPLY_PERIOD = "day_after"  # variant B: German authority's practice


@dataclass(frozen=True, slots=True)
class EngineSettings:
    # AMMR Arts 83-85 as served by EUR-Lex after the corrigenda of 25.11.2025: 12 June 2026;
    # the text first published on 22.5.2024 read 1 July 2026 (shared/law/ammr.md section 1.1).
    ammr_cutover_date: date = date(2026, 6, 12)
    # Dublin III Art 42 has no roll-over rule for a period ending on a Saturday, Sunday or
    # holiday; whether Reg 1182/71 Art 3(4) fills the gap is unsettled (spec Q1). Default: no
    # extension; the other date is always shown.
    dublin3_extend_on_nonworking_end: bool = False
    # Reg 1182/71 Art 3(5) (at least two working days): wording UNVERIFIED.
    r1182_min_two_working_days: bool = True
    tacit_acceptance_start: TacitAcceptanceStart = TacitAcceptanceStart.LAST_DAY_OF_REPLY_PERIOD
    # Holiday subdivision per State (e.g. GB: ENG = England and Wales).
    subdivisions: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Settings often come from text (a scenario file, a configuration): accept the values.
        if not isinstance(self.tacit_acceptance_start, TacitAcceptanceStart):
            start = TacitAcceptanceStart(self.tacit_acceptance_start)
            object.__setattr__(self, "tacit_acceptance_start", start)
        if isinstance(self.ammr_cutover_date, str):
            object.__setattr__(
                self, "ammr_cutover_date", date.fromisoformat(self.ammr_cutover_date)
            )


DEFAULT_SETTINGS = EngineSettings()
