"""Tests for cordiale.law.calendar: Dublin III Art 42, Reg 1182/71 Arts 2-3, AMMR Art 75.

The worked examples E1-E4 are those of the spec, dublin3.md section 4.4.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cordiale.law.calendar import (
    DEFAULT_SUBDIVISIONS,
    R1182_ART_2_2,
    R1182_ART_3_3,
    R1182_ART_3_5,
    ComputationRule,
    PeriodEnd,
    Unit,
    add_period,
    calendar_name,
    holiday_calendar,
    is_public_holiday,
    is_working_day,
    next_working_day,
    period_end,
    r1182_unverified,
)

DIII = ComputationRule.DUBLIN3_ART42
R1182 = ComputationRule.R1182
AMMR = ComputationRule.AMMR_ART75

SAT, SUN = 5, 6

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
states = st.sampled_from(["FR", "GB", "DE", "IT", "BE", "GB-SCT"])
calendar_units = st.sampled_from([Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR])
rules = st.sampled_from(list(ComputationRule))


# --- E1: month end and the Mengesteab cap (Art 42(b)) -----------------------------------------


def test_e1_art42b_three_months_from_31_january_ends_30_april() -> None:
    """Art 42(b): 31 Jan 2025 + 3 months has no 31 April, so the period ends on Wed 30 Apr."""
    end = add_period(date(2025, 1, 31), 3, Unit.MONTH)
    assert end == date(2025, 4, 30)
    assert end.weekday() == 2  # Wednesday


def test_e1_art42b_hit_3_february_plus_two_months_is_3_april() -> None:
    """Art 42(b): Eurodac hit Mon 3 Feb 2025 + 2 months = Thu 3 Apr 2025."""
    assert add_period(date(2025, 2, 3), 2, Unit.MONTH) == date(2025, 4, 3)


def test_e1_art42b_hit_10_march_plus_two_months_is_saturday_10_may() -> None:
    """Art 42(b): hit Mon 10 Mar 2025 + 2 months = Sat 10 May 2025, no roll-over under Art 42."""
    result = period_end(date(2025, 3, 10), 2, Unit.MONTH, rule=DIII, state="FR")
    assert result.unextended == date(2025, 5, 10)
    assert result.unextended.weekday() == SAT
    assert result.due == date(2025, 5, 10)
    # The other reading of Q1 (R1182 Art 3(4) roll-over) is shown: Mon 12 May 2025.
    assert result.alternative == date(2025, 5, 12)


# --- E2: tacit acceptance and the transfer period (Art 42(b)) -------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        pytest.param(date(2024, 12, 31), 2, date(2025, 2, 28), id="reply-period-31-dec"),
        pytest.param(date(2025, 2, 28), 6, date(2025, 8, 28), id="variant-a-6-months"),
        pytest.param(date(2025, 2, 28), 18, date(2026, 8, 28), id="variant-a-18-months"),
        pytest.param(date(2025, 3, 1), 6, date(2025, 9, 1), id="variant-b-6-months"),
        pytest.param(date(2025, 3, 1), 18, date(2026, 9, 1), id="variant-b-18-months"),
    ],
)
def test_e2_art42b_month_periods(start: date, months: int, expected: date) -> None:
    """Art 42(b): same date n months later, or the month's last day (E2)."""
    assert add_period(start, months, Unit.MONTH) == expected
    # Art 42 has no roll-over: with the default setting the due date is the plain end.
    assert period_end(start, months, Unit.MONTH, rule=DIII, state="FR").due == expected


def test_art42b_year_from_29_february_ends_28_february() -> None:
    """Art 42(b): 29 Feb 2024 + 1 year has no 29 Feb, so it ends on 28 Feb 2025."""
    assert add_period(date(2024, 2, 29), 1, Unit.YEAR) == date(2025, 2, 28)
    assert add_period(date(2024, 2, 29), 4, Unit.YEAR) == date(2028, 2, 29)


# --- E3: R1182 with a holiday extension (Art 3(4), Art 2(1)) -------------------------------------


def test_e3_r1182_art3_4_germany_rolls_over_christmas_to_monday_29_december() -> None:
    """R1182 Art 3(4): Thu 4 Dec 2025 + 3 weeks = Thu 25 Dec (holiday); DE: 26 Dec is a
    holiday and 27-28 Dec a weekend, so the period ends on Mon 29 Dec 2025."""
    result = period_end(date(2025, 12, 4), 3, Unit.WEEK, rule=R1182, state="DE")
    assert result.unextended == date(2025, 12, 25)
    assert result.extended == date(2025, 12, 29)
    assert result.due == date(2025, 12, 29)
    assert result.extension_applied
    assert result.alternative is None
    assert result.calendar == "DE"


def test_e3_r1182_art2_1_france_counts_its_own_holidays_so_friday_26_december() -> None:
    """R1182 Art 2(1): France (metropolitan calendar) works on 26 Dec, so due Fri 26 Dec 2025."""
    result = period_end(date(2025, 12, 4), 3, Unit.WEEK, rule=R1182, state="FR")
    assert result.unextended == date(2025, 12, 25)
    assert result.due == date(2025, 12, 26)
    assert result.calendar == "FR"


def test_e3_r1182_art3_4_two_weeks_to_working_day_is_not_extended() -> None:
    """R1182 Art 3(4): Mon 29 Dec 2025 + 2 weeks = Mon 12 Jan 2026, a working day."""
    result = period_end(date(2025, 12, 29), 2, Unit.WEEK, rule=R1182, state="DE")
    assert result.due == result.unextended == date(2026, 1, 12)
    assert not result.extension_applied


# --- E4: criterion period (Art 13(1)) and spec Q1 ------------------------------------------------


def test_e4_art42_twelve_months_ends_saturday_without_extension() -> None:
    """Art 42: 15 Mar 2024 + 12 months = Sat 15 Mar 2025; no roll-over by default (Q1)."""
    result = period_end(date(2024, 3, 15), 12, Unit.MONTH, rule=DIII, state="FR")
    assert result.due == result.unextended == result.extended == date(2025, 3, 15)
    assert not result.extension_applied
    assert result.alternative == date(2025, 3, 17)


def test_e4_art42_with_extension_setting_ends_monday_and_shows_saturday() -> None:
    """Q1 setting on: the end moves to Mon 17 Mar 2025 and the Art 42 reading is the
    alternative."""
    result = period_end(
        date(2024, 3, 15), 12, Unit.MONTH, rule=DIII, state="FR", extend_on_nonworking_end=True
    )
    assert result.due == result.extended == date(2025, 3, 17)
    assert result.unextended == date(2025, 3, 15)
    assert result.extension_applied
    assert result.alternative == date(2025, 3, 15)


def test_art42_without_state_has_no_extension_and_no_alternative() -> None:
    """Art 42 with no acting State: holidays unknown, so no roll-over is computed."""
    result = period_end(date(2024, 3, 15), 12, Unit.MONTH, rule=DIII, state=None)
    assert result.due == date(2025, 3, 15)
    assert result.alternative is None
    assert result.calendar is None
    assert result.state is None


def test_art42_alternative_is_none_when_end_is_a_working_day() -> None:
    """Art 42: both readings agree when the period ends on a working day."""
    result = period_end(date(2025, 2, 3), 2, Unit.MONTH, rule=DIII, state="FR")
    assert result.alternative is None


# --- AMMR Art 75(d) and R1182 details -------------------------------------------------------------


def test_ammr_art75d_rolls_over_to_next_working_day() -> None:
    """AMMR Art 75(d): a period ending on a Saturday ends on the next working day."""
    result = period_end(date(2024, 3, 15), 12, Unit.MONTH, rule=AMMR, state="FR")
    assert result.due == date(2025, 3, 17)
    assert result.extension_applied
    assert result.alternative is None


def test_ammr_art75_has_no_two_working_days_minimum() -> None:
    """AMMR Art 75 has no rule like R1182 Art 3(5): 2 days over Christmas end on Mon 29 Dec."""
    result = period_end(date(2025, 12, 24), 2, Unit.DAY, rule=AMMR, state="DE")
    assert result.due == date(2025, 12, 29)


def test_r1182_art3_5_two_days_include_two_working_days() -> None:
    """R1182 Art 3(5) (UNVERIFIED): Wed 24 Dec 2025 + 2 days in DE ends Fri 26 Dec (holiday),
    rolls to Mon 29 Dec, which is only one working day, so the period runs to Tue 30 Dec."""
    on = period_end(date(2025, 12, 24), 2, Unit.DAY, rule=R1182, state="DE")
    assert on.due == date(2025, 12, 30)
    off = period_end(
        date(2025, 12, 24), 2, Unit.DAY, rule=R1182, state="DE", r1182_min_two_working_days=False
    )
    assert off.due == date(2025, 12, 29)


def test_r1182_unverified_provisions_relied_on() -> None:
    """Spec dublin3.md 4.3 and 9: R1182 Arts 2(2), 3(3) and 3(5) are unverified. Art 3(3) is
    relied on by every R1182 period; Art 2(2) when the end moved to a working day; Art 3(5)
    only when the two-working-day minimum moved the end, which needs the setting on."""
    on = period_end(date(2025, 12, 24), 2, Unit.DAY, rule=R1182, state="DE")
    assert on.minimum_applied
    assert r1182_unverified(on) == (R1182_ART_3_3, R1182_ART_2_2, R1182_ART_3_5)
    off = period_end(
        date(2025, 12, 24), 2, Unit.DAY, rule=R1182, state="DE", r1182_min_two_working_days=False
    )
    assert not off.minimum_applied
    assert r1182_unverified(off) == (R1182_ART_3_3, R1182_ART_2_2)
    # 3 weeks from Thu 4 Dec 2025 in FR: Thu 25 Dec (holiday) -> Fri 26 Dec (spec E3).
    rolled = period_end(date(2025, 12, 4), 3, Unit.WEEK, rule=R1182, state="FR")
    assert (rolled.due, rolled.minimum_applied) == (date(2025, 12, 26), False)
    assert r1182_unverified(rolled) == (R1182_ART_3_3, R1182_ART_2_2)
    plain = period_end(date(2025, 12, 3), 2, Unit.WEEK, rule=R1182, state="FR")
    assert r1182_unverified(plain) == (R1182_ART_3_3,)
    ammr = period_end(date(2025, 12, 24), 2, Unit.DAY, rule=AMMR, state="DE")
    assert r1182_unverified(ammr) == ()


def test_r1182_art3_4_second_subparagraph_extension_can_be_switched_off() -> None:
    """R1182 Art 3(4) 2nd subpara: no roll-over for retroactive periods (explicit False)."""
    result = period_end(
        date(2024, 3, 15), 12, Unit.MONTH, rule=R1182, state="FR", extend_on_nonworking_end=False
    )
    assert result.due == date(2025, 3, 15)
    assert not result.extension_applied


@pytest.mark.parametrize("rule", [R1182, AMMR])
def test_r1182_and_art75_need_the_acting_state(rule: ComputationRule) -> None:
    """R1182 Art 2(1) / AMMR Art 75(d): the roll-over depends on the acting State's holidays."""
    with pytest.raises(ValueError, match="State"):
        period_end(date(2025, 1, 1), 1, Unit.WEEK, rule=rule, state=None)


# --- Holiday calendars (R1182 Art 2(1)) -----------------------------------------------------------


def test_gb_default_calendar_is_england_and_wales() -> None:
    """R1182 Art 2(1): the UK acts from England, so its calendar is GB-ENG by default."""
    assert DEFAULT_SUBDIVISIONS["GB"] == "ENG"
    assert calendar_name("GB") == "GB-ENG"
    assert calendar_name("UK") == "GB-ENG"
    assert calendar_name("FR") == "FR"
    assert calendar_name("DE") == "DE"
    assert calendar_name("EL") == "GR"


def test_gb_eng_summer_bank_holiday_and_scottish_one() -> None:
    """Mon 25 Aug 2025 is a bank holiday in England; Mon 4 Aug 2025 only in Scotland."""
    assert is_public_holiday(date(2025, 8, 25), "GB")
    assert not is_working_day(date(2025, 8, 25), "GB")
    assert not is_public_holiday(date(2025, 8, 4), "GB")
    assert is_working_day(date(2025, 8, 4), "GB")
    assert is_public_holiday(date(2025, 8, 4), "GB-SCT")
    assert date(2025, 8, 25) in holiday_calendar("GB", 2025)


def test_france_default_is_metropolitan_not_alsace_moselle() -> None:
    """FR national calendar: 26 Dec and Good Friday are holidays only in Alsace-Moselle."""
    assert is_working_day(date(2025, 12, 26), "FR")
    assert is_working_day(date(2025, 4, 18), "FR")
    assert is_public_holiday(date(2025, 7, 14), "FR")


def test_subdivisions_keyword_overrides_default() -> None:
    """R1182 Art 2(1): a caller may choose the acting State's regional calendar."""
    # Fri 1 Aug 2025 + 3 days = Mon 4 Aug: a working day in England, a holiday in Scotland.
    eng = period_end(date(2025, 8, 1), 3, Unit.DAY, rule=AMMR, state="GB")
    sct = period_end(
        date(2025, 8, 1), 3, Unit.DAY, rule=AMMR, state="GB", subdivisions={"GB": "SCT"}
    )
    assert eng.due == date(2025, 8, 4)
    assert sct.due == date(2025, 8, 5)
    assert sct.calendar == "GB-SCT"
    assert sct.state == "GB"


def test_next_working_day_returns_same_day_or_later() -> None:
    """R1182 Art 3(4): the next working day after Thu 25 Dec 2025 in DE is Mon 29 Dec."""
    assert next_working_day(date(2025, 12, 25), "DE") == date(2025, 12, 29)
    assert next_working_day(date(2025, 12, 22), "DE") == date(2025, 12, 22)


def test_working_days_count_only_working_days() -> None:
    """R1182 Art 3(3): a period in working days skips weekends and holidays (DE Christmas)."""
    assert add_period(date(2025, 12, 23), 1, Unit.WORKING_DAY, "DE") == date(2025, 12, 24)
    assert add_period(date(2025, 12, 24), 1, Unit.WORKING_DAY, "DE") == date(2025, 12, 29)
    assert add_period(date(2025, 12, 24), 2, Unit.WORKING_DAY, "DE") == date(2025, 12, 30)
    assert add_period(date(2025, 12, 24), 0, Unit.WORKING_DAY, "DE") == date(2025, 12, 24)


# --- Bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize("unit", list(Unit))
def test_negative_period_is_rejected(unit: Unit) -> None:
    """Art 42(a) / R1182 Art 3(1): periods run forward from the event."""
    with pytest.raises(ValueError, match="negative"):
        add_period(date(2025, 1, 1), -1, unit, "FR")


def test_zero_period_returns_start() -> None:
    """A period of 0 units ends on the event date itself."""
    for unit in (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR):
        assert add_period(date(2025, 1, 31), 0, unit) == date(2025, 1, 31)


def test_working_days_need_a_state() -> None:
    """R1182 Art 2(1): working days are those of a State, so one must be given."""
    with pytest.raises(ValueError, match="State"):
        add_period(date(2025, 1, 1), 3, Unit.WORKING_DAY)


@pytest.mark.parametrize("code", ["XX", "QQ-1", "GB-XYZ"])
def test_unknown_state_code_is_rejected_by_name(code: str) -> None:
    """R1182 Art 2(1) needs the State's calendar; an unknown code is named in the error."""
    with pytest.raises(ValueError, match=code):
        is_working_day(date(2025, 1, 1), code)
    with pytest.raises(ValueError, match=code):
        period_end(date(2025, 1, 1), 1, Unit.WEEK, rule=R1182, state=code)


# --- Properties -----------------------------------------------------------------------------------


@given(start=dates, n=st.integers(0, 40), unit=calendar_units, rule=rules, state=states)
def test_deadline_is_never_before_start(
    start: date, n: int, unit: Unit, rule: ComputationRule, state: str
) -> None:
    """Art 42(a), R1182 Art 3(1): a period runs forward from the event."""
    result = period_end(start, n, unit, rule=rule, state=state)
    assert start <= result.unextended <= result.due
    assert result.due <= result.extended or result.due == result.unextended


@given(a=dates, b=dates, n=st.integers(0, 40))
def test_month_arithmetic_is_monotonic(a: date, b: date, n: int) -> None:
    """Art 42(b), R1182 Art 3(2)(c): a later event never gives an earlier month-end."""
    start1, start2 = min(a, b), max(a, b)
    assert add_period(start1, n, Unit.MONTH) <= add_period(start2, n, Unit.MONTH)
    assert add_period(start1, n, Unit.YEAR) <= add_period(start2, n, Unit.YEAR)


@given(start=dates, n=st.integers(0, 40), unit=calendar_units, rule=rules, state=states)
def test_extended_deadline_is_a_working_day_of_the_acting_state(
    start: date, n: int, unit: Unit, rule: ComputationRule, state: str
) -> None:
    """R1182 Art 3(4), AMMR Art 75(d): the roll-over lands on a working day of that State."""
    result = period_end(start, n, unit, rule=rule, state=state, extend_on_nonworking_end=True)
    assert is_working_day(result.extended, state)
    if rule is DIII and result.alternative is not None:
        assert result.alternative == result.unextended


@given(start=dates, n=st.integers(0, 40), unit=calendar_units, rule=rules, state=states)
def test_due_is_the_unextended_or_the_extended_end(
    start: date, n: int, unit: Unit, rule: ComputationRule, state: str
) -> None:
    """The date used is one of the two computed ends, and `alternative` only differs for Art 42."""
    result = period_end(start, n, unit, rule=rule, state=state)
    assert isinstance(result, PeriodEnd)
    assert result.due in (result.unextended, result.extended)
    assert result.extension_applied == (result.due != result.unextended)
    if rule is not DIII:
        assert result.alternative is None
    else:
        assert result.alternative != result.due


@given(start=dates, n=st.integers(1, 30), state=states)
def test_working_day_period_ends_on_a_working_day(start: date, n: int, state: str) -> None:
    """R1182 Art 3(3): n >= 1 working days after the event end on a working day."""
    end = add_period(start, n, Unit.WORKING_DAY, state)
    assert end > start
    assert is_working_day(end, state)
    assert end - start >= timedelta(days=n)


@given(start=dates, n=st.integers(2, 40), state=states)
def test_r1182_art3_5_period_includes_two_working_days(start: date, n: int, state: str) -> None:
    """R1182 Art 3(5) (UNVERIFIED): a period of two days or more has two working days."""
    result = period_end(start, n, Unit.DAY, rule=R1182, state=state)
    count = sum(
        is_working_day(start + timedelta(days=i), state)
        for i in range(1, (result.due - start).days + 1)
    )
    assert count >= 2


@given(start=dates, n=st.integers(0, 60))
def test_weeks_keep_the_weekday(start: date, n: int) -> None:
    """Art 42(b), R1182 Art 3(2)(c): a period in weeks ends on the same weekday."""
    end = add_period(start, n, Unit.WEEK)
    assert end.weekday() == start.weekday()
    assert end == add_period(start, 7 * n, Unit.DAY)


def test_weekend_constants_match_python() -> None:
    """Sanity check of the weekday numbering used above (Sat 10 May 2025, Sun 11 May 2025)."""
    assert date(2025, 5, 10).weekday() == SAT
    assert date(2025, 5, 11).weekday() == SUN
