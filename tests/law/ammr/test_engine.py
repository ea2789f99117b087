"""Tests for cordiale.law.ammr.engine with the real time limits: acceptances against the
criteria, the impossibility of a transfer after an acceptance (Art 16(3)), the minority date
(Art 24(2)) and the Reg 1182/71 provisions listed as unverified.

FR determines; the first application is registered on 1 July 2026; the criteria designate
Italy (irregular entry, Art 33(1)) unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from cordiale.law import determine
from cordiale.law.casefile import facts_from_data
from cordiale.law.outcome import Determination, Regime, Status, Track
from tests.law.builders import case_data

REGISTERED = "2026-07-01"


def run(as_of: date, **overrides: Any) -> Determination:
    data = case_data(
        applications=[
            {"id": "fr-1", "state": "FR", "lodged_on": REGISTERED, "registered_on": REGISTERED}
        ],
        entries=[{"state": "IT", "on": "2026-06-01", "mode": "irregular"}],
    )
    data.update(overrides)
    result = determine(facts_from_data(data, today=date(2100, 1, 1)), as_of=as_of)
    assert result.regime is Regime.AMMR
    return result


def request(to_state: str = "IT", kind: str = "take_charge", basis: str | None = None) -> dict:
    return {
        "id": "r1",
        "kind": kind,
        "from_state": "FR",
        "to_state": to_state,
        "basis": basis,
        "sent_on": "2026-07-10",
        "received_on": "2026-07-10",
    }


ACCEPTED = [{"request": "r1", "received_on": "2026-07-20", "outcome": "accept"}]


def warning_codes(result: Determination) -> set[str]:
    return {w.code for w in result.warnings}


def question_ids(result: Determination) -> set[str]:
    return {q.id for q in result.questions}


# --- acceptance_differs_from_criteria (Art 43(1)) ---------------------------------------------


@pytest.mark.parametrize(
    ("kind", "basis"),
    [("humanitarian", "35(2)"), ("take_charge", "34"), ("take_charge", "Art 34(1)")],
)
def test_acceptance_of_a_request_outside_the_criteria_is_not_flagged(kind: str, basis: str) -> None:
    """Art 35(2) (humanitarian) and Art 34 (dependency): Germany is not expected to be the
    State the criteria designate, so its acceptance raises no warning."""
    result = run(date(2026, 7, 25), requests=[request("DE", kind, basis)], replies=ACCEPTED)
    assert result.responsible_state == "DE"
    assert "acceptance_differs_from_criteria" not in warning_codes(result)


def test_acceptance_of_a_request_on_a_criterion_is_flagged() -> None:
    result = run(date(2026, 7, 25), requests=[request("DE", basis="33(1)")], replies=ACCEPTED)
    assert "acceptance_differs_from_criteria" in warning_codes(result)


# --- Art 16(3) after an acceptance ------------------------------------------------------------


def test_h5_is_asked_for_the_state_that_accepted_not_the_one_passed_over() -> None:
    result = run(date(2026, 7, 25), requests=[request("DE", basis="33(1)")], replies=ACCEPTED)
    assert "H5:DE" in question_ids(result)
    assert "H5:IT" not in question_ids(result)


def test_h5_is_still_asked_after_a_deemed_acceptance() -> None:
    """Art 40(1): Italy's silence is acceptance; the transfer is still to be made."""
    result = run(date(2026, 10, 20), requests=[request()])
    assert result.responsible_state == "IT"
    assert "H5:IT" in question_ids(result)


def test_a_real_risk_bars_the_transfer_whatever_the_acceptance() -> None:
    """Art 16(3): Italy accepted by silence, but a transfer there is impossible; the criteria,
    which passed over Italy, end at the default (Art 16(2): France, first registration)."""
    result = run(
        date(2026, 10, 20),
        requests=[request()],
        answers=[{"question": "H5:IT", "value": "yes"}],
    )
    assert (result.status, result.responsible_state, result.track) == (
        Status.DETERMINED,
        "FR",
        Track.NONE,
    )
    barred = [s for s in result.trace if s.message.key == "ammr.art16.3.shift_barred"]
    assert [(s.rule, s.states) for s in barred] == [("ammr.art16.3", ("IT",))]
    assert not any(s.rule == "ammr.time_limits" and s.states == ("IT",) for s in result.trace)


# --- Art 24(2): minority on the first registration ----------------------------------------------


def test_minority_is_judged_at_the_first_registration_and_the_trace_says_so() -> None:
    """18 on 10 July 2026: a minor when registered (1 July), an adult when the application was
    lodged (20 July). The AMMR takes the registration (Art 24(2))."""
    result = run(
        date(2026, 7, 25),
        applicant={"date_of_birth": "2008-07-10", "unaccompanied": True, "nationalities": ["AF"]},
        applications=[
            {
                "id": "fr-1",
                "state": "FR",
                "registered_on": REGISTERED,
                "lodged_on": "2026-07-20",
            }
        ],
    )
    steps = [s.message.params for s in result.trace if s.rule == "ammr.art24.2"]
    assert steps == [{"date": REGISTERED, "age": "17"}]
    assert "ammr.art25.only" in {s.message.key for s in result.trace}


# --- Reg 1182/71 provisions relied on -----------------------------------------------------------


def test_re_examination_lists_the_reg_1182_provisions_it_relied_on() -> None:
    """IR 2025/2055 Art 9(2): three weeks from Mon 20 Jul 2026 end on Mon 10 Aug, a working
    day: only Art 3(3) of Reg 1182/71 was relied on; Art 3(5) changed nothing."""
    result = run(
        date(2026, 7, 25),
        requests=[request()],
        replies=[
            {"request": "r1", "received_on": "2026-07-20", "outcome": "refuse", "reasons": "x"}
        ],
    )
    assert [item for item in result.unverified if "1182/71" in item] == [
        "1182/71 Art 3(3) (periods include Saturdays, Sundays and public holidays)"
    ]
