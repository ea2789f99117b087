"""State codes: ISO 3166-1 alpha-2, and which States apply the Dublin rules on a given date.

Dublin III binds the EU Member States and, through association agreements, Norway, Iceland,
Switzerland and Liechtenstein; Denmark takes part through its own agreement (Reg 604/2013
recitals 41-42; IR 2025/2055 recitals 20-23). The United Kingdom applied Dublin III until the
end of the Brexit transition period (31 December 2020). This table is configuration, not law:
a State's participation starts and ends on the dates given here.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from datetime import date
from functools import cache

import pycountry


@cache
def _alpha2_codes() -> frozenset[str]:
    return frozenset(str(country.alpha_2) for country in pycountry.countries)


def is_state_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code known to `pycountry` (upper case)."""
    return code in _alpha2_codes()


@cache
def _translation(lang: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


@cache
def state_name(code: str, lang: str = "en") -> str:
    """Short name of a State in English or French (pycountry's ISO 3166 translations)."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = str(getattr(country, "common_name", country.name))
    return name if lang == "en" else _translation(lang).gettext(name)


# Greece is "EL" in EU documents but "GR" in ISO 3166-1; case files use ISO codes.
EU_ALIASES: dict[str, str] = {"EL": "GR", "UK": "GB"}


@dataclass(frozen=True, slots=True)
class Participation:
    """The period during which a State applies the Dublin rules."""

    state: str
    start: date
    end: date | None = None  # last day of application, inclusive

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


_DUBLIN3_START = date(2014, 1, 1)  # Art 49: applications lodged from 1 January 2014

# The UK's last day: requests made before 23:00 UK time on 31 December 2020 (end of the
# transition period, Withdrawal Agreement Art 126); kept as the last calendar day.
DUBLIN_PARTICIPATION: tuple[Participation, ...] = (
    *(
        Participation(code, _DUBLIN3_START)
        for code in [
            "AT",
            "BE",
            "BG",
            "CY",
            "CZ",
            "DE",
            "DK",
            "EE",
            "ES",
            "FI",
            "FR",
            "GR",
            "HU",
            "IE",
            "IT",
            "LT",
            "LU",
            "LV",
            "MT",
            "NL",
            "PL",
            "PT",
            "RO",
            "SE",
            "SI",
            "SK",
            "IS",
            "LI",
            "NO",
            "CH",
        ]
    ),
    # Croatia joined the EU on 1 July 2013 and applied Dublin III from its start.
    Participation("HR", _DUBLIN3_START),
    Participation("GB", _DUBLIN3_START, date(2020, 12, 31)),
)


@cache
def _participation_by_state() -> dict[str, Participation]:
    return {p.state: p for p in DUBLIN_PARTICIPATION}


def is_dublin_state(code: str, on: date) -> bool:
    """True if `code` applied the Dublin rules on `on` (see DUBLIN_PARTICIPATION)."""
    participation = _participation_by_state().get(code)
    return participation is not None and participation.covers(on)


EU_STATES: frozenset[str] = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
# Nationals of these States are not third-country nationals (Art 2(a)): EU citizens and the
# nationals of the States taking part by agreement.
NON_THIRD_COUNTRY: frozenset[str] = EU_STATES | {"IS", "LI", "NO", "CH"}
