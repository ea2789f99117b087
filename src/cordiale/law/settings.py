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
class AdmissionCriteria:
    """Eligibility criteria of the UK/European Applicant Transfer Scheme, the admissions leg of
    the UK-France Agreement of 2025 (Art 12; uk_france.md 6.2.2). The scheme is run by the UK
    Home Office from its Appendix and guidance; the criteria are configurable because several
    rest on reports rather than rule text (UNVERIFIED, see below)."""

    # Nationalities screened as priority cases. Prioritisation is reported, the list is not
    # published (UNVERIFIED): empty by default, and the screening says so.
    priority_nationalities: tuple[str, ...] = ()
    # The expression of interest is made while physically in France (geolocation-checked).
    require_in_france: bool = True
    # Age at least 18, or in a family group with a parent of at least 18 (Art 12(3)).
    min_age: int = 18
    # "No previous attempt to enter the UK irregularly": Home Office wording; exact rule text
    # UNVERIFIED (uk_france.md 9.10).
    exclude_previous_irregular_entry_to_uk: bool = True
    # Returnees under the agreement are reported as barred.
    exclude_previously_returned: bool = True
    # International protection or statelessness status granted elsewhere.
    exclude_protection_elsewhere: bool = True
    # Holds an immigration permission (residence) in France.
    exclude_permission_in_france: bool = True
    # EEA nationals (and family members with free-movement rights) cannot use the scheme.
    exclude_eea_nationals: bool = True
    # UK security and Part 9 suitability checks: always a person's decision (a question).
    security_check_required: bool = True

    def __post_init__(self) -> None:
        codes = tuple(str(code).strip().upper() for code in self.priority_nationalities)
        object.__setattr__(self, "priority_nationalities", codes)


def _as_date(value: object) -> object:
    return date.fromisoformat(value) if isinstance(value, str) else value


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
    # UK-France Agreement of 2025 ("one in, one out", uk_france.md 6.2). In force 6 August
    # 2025; sources also give 4 or 5 August (UNVERIFIED, 9.10).
    ukfr_2025_in_force: date = date(2025, 8, 6)
    # End of the pilot as signed.
    ukfr_2025_pilot_end: date = date(2026, 6, 11)
    # The pilot was extended "into the autumn" of 2026 (letter of 10 June 2026); its end date
    # is UNVERIFIED. None: the extension is in force with no known end, and a result for an
    # arrival after `ukfr_2025_pilot_end` warns about it. A date: the last day it applies.
    ukfr_2025_extension_end: date | None = None
    # Admissions leg: the screening criteria (see AdmissionCriteria).
    ukfr_admission: AdmissionCriteria = field(default_factory=AdmissionCriteria)

    def __post_init__(self) -> None:
        # Settings often come from text (a scenario file, a configuration): accept the values.
        if not isinstance(self.tacit_acceptance_start, TacitAcceptanceStart):
            start = TacitAcceptanceStart(self.tacit_acceptance_start)
            object.__setattr__(self, "tacit_acceptance_start", start)
        if isinstance(self.ammr_cutover_date, str):
            object.__setattr__(
                self, "ammr_cutover_date", date.fromisoformat(self.ammr_cutover_date)
            )
        for name in ("ukfr_2025_in_force", "ukfr_2025_pilot_end", "ukfr_2025_extension_end"):
            object.__setattr__(self, name, _as_date(getattr(self, name)))
        if isinstance(self.ukfr_admission, dict):
            criteria = AdmissionCriteria(**self.ukfr_admission)
            object.__setattr__(self, "ukfr_admission", criteria)


DEFAULT_SETTINGS = EngineSettings()
