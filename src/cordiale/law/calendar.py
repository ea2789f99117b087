"""Computing the end of a time limit: Dublin III Art 42, Regulation 1182/71 and AMMR Art 75.

Three rule sets decide how a period runs (spec dublin3.md section 4, ammr.md section 7):

* Reg 604/2013 (Dublin III) Art 42: the day of the event is not counted (42(a)); a period in
  weeks, months or years ends on the same weekday or date, or on the last day of the month when
  that date does not exist (42(b)); Saturdays, Sundays and holidays are counted (42(c)). Art 42
  has no roll-over for a period that ends on a non-working day, and whether Reg 1182/71 Art 3(4)
  fills that gap is unsettled (spec Q1), so the roll-over is a setting and both dates are kept.
* Reg 1182/71 (applies to the Dublin implementing regulation, a Commission act, R1182 Art 1):
  same counting (Art 3(1)-(2)); a period ending on a Saturday, Sunday or public holiday ends at
  the end of the next working day (Art 3(4)); a period of two days or more includes at least
  two working days (Art 3(5), UNVERIFIED wording, hence a switch).
* Reg 2024/1351 (AMMR) Art 75: same counting (75(a)-(c)) and, unlike Art 42, its own roll-over
  to the next working day (75(d)). It has no two-working-days minimum.

Holidays are those of the State that must act (R1182 Art 2(1)), taken from the `holidays`
package. Everything here is pure and cached: the engine computes about 100,000 deadlines a
second per core, so holiday calendars and working-day answers are computed once.

A State is given as an ISO 3166-1 alpha-2 code ("FR"), optionally with a subdivision of the
`holidays` package in ISO 3166-2 style ("GB-SCT", "FR-57"). A bare code uses the subdivision
in `DEFAULT_SUBDIVISIONS`. The EU code "EL" and the alias "UK" are accepted for "GR" and "GB".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

import holidays

from cordiale.law.states import EU_ALIASES

__all__ = [
    "DEFAULT_SUBDIVISIONS",
    "R1182_ART_2_2",
    "R1182_ART_3_3",
    "R1182_ART_3_5",
    "ComputationRule",
    "PeriodEnd",
    "Unit",
    "add_period",
    "calendar_name",
    "calendars_key",
    "clear_caches",
    "holiday_calendar",
    "is_public_holiday",
    "is_working_day",
    "next_working_day",
    "period_end",
    "r1182_unverified",
    "subdivisions_of",
]


class Unit(StrEnum):
    """Unit in which a period is expressed."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    WORKING_DAY = "working_day"


class ComputationRule(StrEnum):
    """Which legal rule computes the end of a period."""

    # Reg 604/2013 Art 42: no roll-over rule in the text (spec Q1).
    DUBLIN3_ART42 = "dublin3_art42"
    # Reg 1182/71 Art 3: roll-over to the next working day (3(4)); two working days minimum (3(5)).
    R1182 = "r1182"
    # Reg 2024/1351 Art 75: roll-over to the next working day (75(d)).
    AMMR_ART75 = "ammr_art75"


# Subdivision whose holidays count when a caller gives a bare State code. Only the exceptions
# need an entry; a State not listed uses its national calendar.
# - GB: the UK acts for the joint team from England; `holidays` has no UK-wide calendar with the
#   bank holidays of England and Wales (its "GB" calendar omits Easter Monday and the August bank
#   holiday), so England ("ENG", same days as "WLS") is the default. "UK" is an alias of "GB".
# - FR: the metropolitan national calendar. Alsace-Moselle ("FR-6AE", "FR-57") adds Good Friday
#   and 26 December, which national authorities do not observe.
# - DE: national holidays only; the Länder add their own (e.g. "DE-BY").
# Callers may change this mapping before first use; call `clear_caches()` after changing it.
DEFAULT_SUBDIVISIONS: dict[str, str | None] = {"GB": "ENG", "FR": None, "DE": None}

_ONE_DAY = timedelta(days=1)
_WEEK_DAYS = 7
_MONTHS_PER_YEAR = 12
# No real calendar has a year of non-working days; the bound only guards against a broken one.
_MAX_NON_WORKING_RUN = 366
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# --- States and calendars -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _supported_countries() -> Mapping[str, list[str]]:
    return holidays.list_supported_countries()


def _split(state: str) -> tuple[str, str | None]:
    """Split "GB-SCT" into ("GB", "SCT") and "gb" into ("GB", None); apply EL/UK aliases."""
    code, _, subdiv = state.strip().partition("-")
    code = code.upper()
    return EU_ALIASES.get(code, code), (subdiv or None)


@lru_cache(maxsize=4096)
def _holidays(code: str, subdiv: str | None, year: int) -> holidays.HolidayBase:
    try:
        return holidays.country_holidays(code, subdiv=subdiv, years=year)
    except NotImplementedError as exc:
        where = code if subdiv is None else f"{code}-{subdiv}"
        raise ValueError(f"no holiday calendar for State code {where!r}: {exc}") from exc


def _check(code: str, subdiv: str | None, state: str) -> tuple[str, str | None]:
    if len(code) != 2 or code not in _supported_countries():
        raise ValueError(f"no holiday calendar for State code {state!r}")
    if subdiv is not None:
        # Building one (cached) calendar makes an unknown subdivision fail here, with a clear
        # message, rather than deep inside a deadline computation.
        try:
            _holidays(code, subdiv, 2000)
        except ValueError as exc:
            reason = exc.__cause__
            raise ValueError(f"no holiday calendar for State code {state!r}: {reason}") from exc
    return code, subdiv


@lru_cache(maxsize=1024)
def _resolve(state: str) -> tuple[str, str | None]:
    """Country code and `holidays` subdivision of the calendar used for `state`."""
    code, subdiv = _split(state)
    if subdiv is None:
        subdiv = DEFAULT_SUBDIVISIONS.get(code)
    return _check(code, subdiv, state)


def _calendar_of(
    state: str, subdivisions: Mapping[str, str | None] | None
) -> tuple[str, str | None]:
    """Like `_resolve`, but a caller's mapping overrides `DEFAULT_SUBDIVISIONS`."""
    if subdivisions:
        code, subdiv = _split(state)
        if subdiv is None and code in subdivisions:
            return _check(code, subdivisions[code], state)
    return _resolve(state)


def _label(code: str, subdiv: str | None) -> str:
    return code if subdiv is None else f"{code}-{subdiv}"


@lru_cache(maxsize=1 << 18)
def _is_holiday(d: date, code: str, subdiv: str | None) -> bool:
    return d in _holidays(code, subdiv, d.year)


@lru_cache(maxsize=1 << 18)
def _is_working(d: date, code: str, subdiv: str | None) -> bool:
    # R1182 Art 2(2): a working day is any day other than a public holiday, Sunday or Saturday.
    # weekday(): Monday is 0, Saturday 5, Sunday 6.
    return d.weekday() < 5 and not _is_holiday(d, code, subdiv)


def _next_working(d: date, code: str, subdiv: str | None) -> date:
    day = d
    for _ in range(_MAX_NON_WORKING_RUN):
        if _is_working(day, code, subdiv):
            return day
        day += _ONE_DAY
    raise ValueError(f"no working day within a year after {d} in {_label(code, subdiv)}")


def holiday_calendar(state: str, year: int) -> holidays.HolidayBase:
    """Public holidays of `state` in `year` (R1182 Art 2(1): the State where the act is done).

    The object is cached and shared: treat it as read-only. Raises ValueError for a State code
    that the `holidays` package does not know.
    """
    return _holidays(*_resolve(state), year)


def calendar_name(state: str) -> str:
    """Label of the holiday calendar used for `state`, e.g. "FR", "GB-ENG", "DE"."""
    return _label(*_resolve(state))


def is_public_holiday(d: date, state: str) -> bool:
    """True if `d` is a public holiday in `state` (R1182 Art 2(1))."""
    return _is_holiday(d, *_resolve(state))


def is_working_day(d: date, state: str) -> bool:
    """True unless `d` is a Saturday, Sunday or public holiday of `state` (R1182 Art 2(2))."""
    return _is_working(d, *_resolve(state))


def next_working_day(d: date, state: str) -> date:
    """`d` itself if it is a working day of `state`, else the next one (R1182 Art 3(4))."""
    return _next_working(d, *_resolve(state))


# The calendars in force, as a text key for the caches of computed periods: a caller's
# overrides and `DEFAULT_SUBDIVISIONS` (so that a change of either is never answered from a
# cache). Text, because Python keeps a string's hash: a nested tuple would be hashed again at
# every look-up, several times per case.
_KEYS: dict[tuple[tuple[tuple[str, str | None], ...], ...], str] = {}
_OVERRIDES: dict[str, dict[str, str | None] | None] = {}


def calendars_key(overrides: Mapping[str, str | None] | None) -> str:
    """The key of the calendars in force with these subdivision overrides."""
    parts = (
        tuple(sorted(overrides.items())) if overrides else (),
        tuple(DEFAULT_SUBDIVISIONS.items()),
    )
    key = _KEYS.get(parts)
    if key is None:
        key = _KEYS[parts] = repr(parts)
        _OVERRIDES[key] = dict(overrides) if overrides else None
    return key


def subdivisions_of(key: str) -> dict[str, str | None] | None:
    """The overrides a `calendars_key` stands for."""
    return _OVERRIDES[key]


def clear_caches() -> None:
    """Forget cached calendars and answers, e.g. after changing `DEFAULT_SUBDIVISIONS`."""
    for cached in (_supported_countries, _holidays, _resolve, _is_holiday, _is_working):
        cached.cache_clear()


# --- Calendar arithmetic --------------------------------------------------------------------


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def _add_months(start: date, months: int) -> date:
    # Dublin III Art 42(b), R1182 Art 3(2)(c), AMMR Art 75(c): the same date n months later,
    # or the last day of that month when it has no such date (31 Jan + 1 month = 28/29 Feb).
    index = start.year * _MONTHS_PER_YEAR + start.month - 1 + months
    year, month0 = divmod(index, _MONTHS_PER_YEAR)
    month = month0 + 1
    return date(year, month, min(start.day, _days_in_month(year, month)))


def _add_working_days(start: date, n: int, code: str, subdiv: str | None) -> date:
    # The day of the event is not counted (R1182 Art 3(1)); only working days are counted
    # (R1182 Art 3(3)), so the end is the n-th working day after `start`.
    day = start
    for _ in range(n):
        day = _next_working(day + _ONE_DAY, code, subdiv)
    return day


def add_period(
    start: date,
    n: int,
    unit: Unit,
    state: str | None = None,
    *,
    subdivisions: Mapping[str, str | None] | None = None,
) -> date:
    """Plain end of a period of `n` units from the event on `start`, without any roll-over.

    Dublin III Art 42(a)-(b), R1182 Art 3(1)-(2) and AMMR Art 75(a)-(c) count alike: the day of
    the event is not counted; days and weeks are added as days; months and years end on the
    same date, or on the last day of the month if it has no such date. WORKING_DAY counts the
    working days of `state` (required for that unit). `n` may be 0 (returns `start`).
    """
    if n < 0:
        raise ValueError(f"a period cannot be negative (n={n})")
    match unit:
        case Unit.DAY:
            return start + timedelta(days=n)
        case Unit.WEEK:
            return start + timedelta(days=_WEEK_DAYS * n)
        case Unit.MONTH:
            return _add_months(start, n)
        case Unit.YEAR:
            return _add_months(start, _MONTHS_PER_YEAR * n)
        case Unit.WORKING_DAY:
            if state is None:
                raise ValueError("a period in working days needs the State whose calendar counts")
            return _add_working_days(start, n, *_calendar_of(state, subdivisions))
    raise ValueError(f"unknown unit {unit!r}")  # pragma: no cover - exhaustive match above


# --- Period end -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeriodEnd:
    """End of a period and how it was reached, for display and explanation."""

    start: date  # the event date (not counted)
    n: int
    unit: Unit
    rule: ComputationRule
    state: str | None  # ISO 3166-1 alpha-2 of the State that must act (whose calendar is used)
    calendar: str | None  # calendar_name(state)
    unextended: date  # the plain arithmetic end
    extended: date  # moved to a working day if the rule/setting says so, else == unextended
    due: date  # the date the engine uses (the period ends at the end of this day)
    alternative: date | None  # the other reading where the law is unsettled and it differs
    extension_applied: bool  # due is later than unextended
    # R1182 Art 3(5) moved the end beyond the roll-over of Art 3(4) (two working days minimum)
    minimum_applied: bool = False


def _min_two_working_days(start: date, end: date, code: str, subdiv: str | None) -> date:
    # R1182 Art 3(5): a period of two days or more includes at least two working days. Count
    # working days after the event up to `end`; if fewer than two, the period runs to the
    # second working day after the event.
    found = 0
    day = start + _ONE_DAY
    while day <= end:
        if _is_working(day, code, subdiv):
            found += 1
            if found == 2:
                return end
        day += _ONE_DAY
    return _add_working_days(start, 2, code, subdiv)


def period_end(
    start: date,
    n: int,
    unit: Unit,
    *,
    rule: ComputationRule,
    state: str | None,
    extend_on_nonworking_end: bool | None = None,
    r1182_min_two_working_days: bool = True,
    subdivisions: Mapping[str, str | None] | None = None,
) -> PeriodEnd:
    """End of a period under `rule`, with the holidays of `state`, the State that must act.

    `extend_on_nonworking_end` chooses whether a period ending on a Saturday, Sunday or public
    holiday runs to the end of the next working day. None means the rule's own answer: yes for
    R1182 (Art 3(4)) and AMMR_ART75 (Art 75(d)); no for DUBLIN3_ART42, whose text has no such
    rule (spec Q1, configuration `diii_extend_on_nonworking_end`). An explicit False for R1182
    serves periods calculated back from an event, which Art 3(4) 2nd subpara excludes.

    For DUBLIN3_ART42 `alternative` is the date under the other reading of Q1 when it differs
    from `due`; it is None otherwise, for the other rules, and when `state` is None (holidays
    unknown, so no roll-over is computed).

    `r1182_min_two_working_days` applies R1182 Art 3(5) (two working days at least in a period
    of two days or more) to R1182 periods. Its wording is UNVERIFIED in the spec, hence the
    switch; it never changes a period of a week or more in a real calendar.

    R1182 and AMMR_ART75 need `state`: their roll-over depends on its holidays.
    `subdivisions` overrides `DEFAULT_SUBDIVISIONS` for bare State codes.
    """
    unextended = add_period(start, n, unit, state, subdivisions=subdivisions)
    if state is None:
        if rule is not ComputationRule.DUBLIN3_ART42:
            raise ValueError(f"rule {rule.value} needs the State that must act (its holidays)")
        return PeriodEnd(
            start, n, unit, rule, None, None, unextended, unextended, unextended, None, False
        )

    code, subdiv = _calendar_of(state, subdivisions)
    if extend_on_nonworking_end is None:
        extend_on_nonworking_end = rule is not ComputationRule.DUBLIN3_ART42

    rolled = _next_working(unextended, code, subdiv)
    minimum_applied = False
    if (
        rule is ComputationRule.R1182
        and r1182_min_two_working_days
        and unit is not Unit.WORKING_DAY
        and (unextended - start).days >= 2
    ):
        at_least_two = _min_two_working_days(start, rolled, code, subdiv)
        minimum_applied = at_least_two != rolled
        rolled = at_least_two

    extended = rolled if extend_on_nonworking_end else unextended
    due = extended
    alternative: date | None = None
    if rule is ComputationRule.DUBLIN3_ART42:
        other = unextended if extend_on_nonworking_end else rolled
        alternative = other if other != due else None

    return PeriodEnd(
        start=start,
        n=n,
        unit=unit,
        rule=rule,
        state=code,
        calendar=_label(code, subdiv),
        unextended=unextended,
        extended=extended,
        due=due,
        alternative=alternative,
        extension_applied=due != unextended,
        minimum_applied=minimum_applied and extend_on_nonworking_end,
    )


# Reg 1182/71 provisions whose wording the spec could not verify (dublin3.md 4.3 and 9).
R1182_ART_2_2 = "1182/71 Art 2(2) (working day: not a Saturday, Sunday or public holiday)"
R1182_ART_3_3 = "1182/71 Art 3(3) (periods include Saturdays, Sundays and public holidays)"
R1182_ART_3_5 = "1182/71 Art 3(5) (two working days minimum)"


def r1182_unverified(end: PeriodEnd) -> tuple[str, ...]:
    """The unverified provisions of Reg 1182/71 that an R1182 period end relied on: Art 3(3)
    always (which days a period counts: all of them, or only working days for a period in
    working days); Art 2(2) when the end was moved to a working day, or when working days were
    counted; Art 3(5) only when it moved the end, so never when the setting
    `r1182_min_two_working_days` is off. Empty for the other rules."""
    if end.rule is not ComputationRule.R1182:
        return ()
    found = [R1182_ART_3_3]
    if end.extension_applied or end.unit is Unit.WORKING_DAY:
        found.append(R1182_ART_2_2)
    if end.minimum_applied:
        found.append(R1182_ART_3_5)
    return tuple(found)
