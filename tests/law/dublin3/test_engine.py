"""Engine behaviour around the criteria: questions, overrides and their interplay."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from cordiale.law import determine
from cordiale.law.casefile import facts_from_data
from cordiale.law.outcome import Determination, Status, Track
from cordiale.law.settings import EngineSettings
from tests.law.builders import case_data

AS_OF = date(2025, 10, 20)


def run(as_of: date = AS_OF, **overrides: Any) -> Determination:
    return determine(facts_from_data(case_data(**overrides), today=date(2100, 1, 1)), as_of=as_of)


def question_ids(result: Determination) -> set[str]:
    return {q.id for q in result.questions}


def test_unknown_age_of_a_possibly_unaccompanied_applicant_is_asked_h6() -> None:
    """Art 2(i): with no date of birth and no assessment, the engine asks rather than assume."""
    result = run(applicant={"nationalities": ["AF"], "unaccompanied": True})
    assert "H6:minor" in question_ids(result)
    assert result.status is Status.NEEDS_DECISION
    assert result.responsible_state is None


def test_unknown_age_answered_adult_goes_on_through_the_criteria() -> None:
    result = run(
        applicant={"nationalities": ["AF"], "unaccompanied": True},
        answers=[{"question": "H6:minor", "value": "no"}],
    )
    assert result.status is Status.DETERMINED
    assert result.responsible_state == "FR"


def test_an_adult_recorded_as_accompanied_is_not_asked_his_age() -> None:
    result = run(applicant={"nationalities": ["AF"], "unaccompanied": False})
    assert "H6:minor" not in question_ids(result)


def take_back_case(**extra: Any) -> dict[str, Any]:
    return {
        "applications": [
            {"id": "it-1", "state": "IT", "lodged_on": "2025-03-01"},
            {"id": "fr-1", "state": "FR", "lodged_on": "2025-10-02"},
        ],
        "entries": [{"state": "IT", "on": "2025-02-20", "mode": "irregular"}],
        **extra,
    }


def test_systemic_flaws_in_the_take_back_state_send_the_case_to_the_criteria() -> None:
    """Art 3(2) 2nd subpara (C-163/17 Jawo): the criteria go on, Italy excluded; no other
    criterion applies, so the first State of lodging is Italy, barred, and under the 3rd
    subpara the determining State becomes responsible."""
    plain = run(**take_back_case())
    assert (plain.track, plain.responsible_state) == (Track.TAKE_BACK, "IT")
    barred = run(**take_back_case(answers=[{"question": "H5:IT", "value": "yes"}]))
    assert barred.responsible_state == "FR"
    assert barred.basis is not None
    assert (barred.basis.article, barred.basis.subparagraph) == ("3", "3")


def test_discontinued_earlier_application_is_a_withdrawal_during_examination() -> None:
    """Art 18(1)(c): a procedure discontinued after implicit withdrawal."""
    case = take_back_case()
    case["applications"][0]["decisions"] = [{"kind": "discontinued", "on": "2025-06-01"}]
    result = run(**case)
    assert result.basis is not None
    assert (result.basis.article, result.basis.point) == ("18", "c")


def test_an_eu_national_gets_a_warning() -> None:
    """Art 2(a): the Regulation concerns third-country nationals and stateless persons."""
    result = run(applicant={"date_of_birth": "1990-01-01", "nationalities": ["RO"]})
    assert "route.not_third_country_national" in {w.code for w in result.warnings}


def uam_with_brother_in_it(**extra: Any) -> dict[str, Any]:
    return {
        "applicant": {
            "date_of_birth": "2009-01-01",
            "unaccompanied": True,
            "nationalities": ["AF"],
        },
        "family": [
            {
                "id": "brother",
                "relation": "sibling",
                "state": "IT",
                "status": "legally_resident",
            }
        ],
        "answers": [{"question": "H1:art8.1:IT", "value": "yes"}],
        **extra,
    }


def test_missed_request_for_a_minor_asks_h9_and_applies_the_shift_meanwhile() -> None:
    """Spec Q5: IR 1560/2003 Art 12 against C-670/16 Mengesteab's automatic effect."""
    result = run(as_of=date(2026, 2, 1), **uam_with_brother_in_it())
    assert "H9:take_charge_request" in question_ids(result)
    assert result.responsible_state == "FR"


def test_missed_request_for_a_minor_can_be_continued_by_a_person() -> None:
    case = uam_with_brother_in_it()
    case["answers"].append({"question": "H9:take_charge_request", "value": "continue"})
    result = run(as_of=date(2026, 2, 1), **case)
    assert result.responsible_state == "IT"


def test_unverified_rules_are_listed() -> None:
    """Spec invariant 5: a re-examination period (Reg 1182/71) relies on Art 3(5)."""
    result = run(
        as_of=date(2025, 11, 20),
        entries=[{"state": "IT", "on": "2025-09-01", "mode": "irregular"}],
        requests=[
            {
                "id": "r1",
                "kind": "take_charge",
                "from_state": "FR",
                "to_state": "IT",
                "sent_on": "2025-10-10",
                "received_on": "2025-10-10",
            }
        ],
        replies=[{"request": "r1", "received_on": "2025-11-01", "outcome": "refuse"}],
    )
    assert any("1182/71" in item for item in result.unverified)


def test_same_input_same_output() -> None:
    """A determination can be frozen and replayed."""
    assert run(**take_back_case()) == run(**take_back_case())


# --- H9 only for a missed request or transfer period (spec Q5; IR 1560/2003 Art 12) --------


def request_to_it(**fields: Any) -> dict[str, Any]:
    return {
        "id": "r1",
        "kind": "take_charge",
        "from_state": "FR",
        "to_state": "IT",
        "basis": "8(1)",
        "sent_on": "2025-10-10",
        "received_on": "2025-10-10",
        **fields,
    }


def test_tacit_acceptance_for_a_minor_asks_no_h9() -> None:
    """Art 22(7): Italy's silence is acceptance, an act of the requested State, not a time
    limit that a placement procedure outlasted: no H9, Italy is responsible."""
    result = run(as_of=date(2026, 1, 20), requests=[request_to_it()], **uam_with_brother_in_it())
    assert not any(q.startswith("H9:") for q in question_ids(result))
    assert (result.status, result.responsible_state) == (Status.DETERMINED, "IT")


def test_a_continue_answer_does_not_undo_a_tacit_acceptance() -> None:
    """An answer to a question never asked is ignored: the acceptance stands, in the trace."""
    case = uam_with_brother_in_it()
    case["answers"].append({"question": "H9:take_charge_reply", "value": "continue"})
    result = run(as_of=date(2026, 1, 20), requests=[request_to_it()], **case)
    assert result.responsible_state == "IT"
    assert [s.message.key for s in result.trace if s.rule == "dublin3.time_limits"] == [
        "shift.tacit_acceptance.take_charge"
    ]


def test_missed_transfer_period_for_a_minor_asks_h9() -> None:
    """Art 29(2), C-201/16 Shiri against IR 1560/2003 Art 12: asked for the transfer period."""
    result = run(as_of=date(2026, 7, 20), requests=[request_to_it()], **uam_with_brother_in_it())
    assert "H9:transfer" in question_ids(result)
    assert not any(q in question_ids(result) for q in ("H9:take_charge_reply",))
    assert result.responsible_state == "FR"


# --- H5 after an acceptance (Art 3(2) 2nd subpara; C-578/16 C.K.; C-163/17 Jawo) -------------


def adult_entered_italy(**extra: Any) -> dict[str, Any]:
    return {
        "entries": [{"state": "IT", "on": "2025-09-01", "mode": "irregular"}],
        "requests": [request_to_it(basis="13(1)")],
        **extra,
    }


def test_h5_is_still_asked_after_a_tacit_acceptance() -> None:
    """The transfer is still to be made: the check of Art 3(2) is still due (non-blocking)."""
    result = run(as_of=date(2026, 1, 20), **adult_entered_italy())
    assert result.responsible_state == "IT"
    h5 = next(q for q in result.questions if q.id == "H5:IT")
    assert not h5.blocking


def test_h5_is_not_asked_once_the_transfer_was_carried_out() -> None:
    result = run(
        as_of=date(2026, 1, 20),
        **adult_entered_italy(transfers=[{"carried_out_on": "2026-01-12", "to_state": "IT"}]),
    )
    assert result.responsible_state == "IT"
    assert "H5:IT" not in question_ids(result)


def test_systemic_flaws_after_a_tacit_acceptance_keep_the_transfer_impossible() -> None:
    """Art 3(2) 2nd-3rd subparas: Italy is barred; its tacit acceptance cannot be acted on, so
    the determining State is responsible; the trace says why, and nothing contradicts it."""
    result = run(
        as_of=date(2026, 1, 20),
        **adult_entered_italy(answers=[{"question": "H5:IT", "value": "yes"}]),
    )
    assert result.status is Status.DETERMINED
    assert result.responsible_state == "FR"
    assert result.track is Track.NONE
    barred = [s for s in result.trace if s.message.key == "art3.2.shift_barred"]
    assert [(s.rule, s.states, s.message.params["date"]) for s in barred] == [
        ("dublin3.art3.2", ("IT",), "2025-12-11")
    ]
    assert not any(
        s.rule == "dublin3.time_limits" and s.states == ("IT",) and s.outcome.value == "applies"
        for s in result.trace
    )
    assert "acceptance_differs_from_criteria" not in {w.code for w in result.warnings}


def test_systemic_flaws_after_an_explicit_acceptance_by_the_take_back_state() -> None:
    """Art 3(2): Italy, bound to take the applicant back, accepted; a "yes" to H5 still bars
    the transfer and the criteria decide (here: the determining State, 3rd subpara)."""
    case = take_back_case(
        requests=[
            {
                "id": "tb1",
                "kind": "take_back",
                "from_state": "FR",
                "to_state": "IT",
                "sent_on": "2025-10-06",
                "received_on": "2025-10-06",
            }
        ],
        replies=[{"request": "tb1", "received_on": "2025-10-10", "outcome": "accept"}],
        answers=[{"question": "H5:IT", "value": "yes"}],
    )
    result = run(**case)
    assert result.responsible_state == "FR"
    assert "art3.2.shift_barred" in {s.message.key for s in result.trace}


def test_acceptance_by_a_state_the_criteria_did_not_propose_asks_h5_for_it() -> None:
    """The transfer goes to Germany, which accepted: H5 is asked for Germany too."""
    result = run(
        as_of=date(2025, 11, 20),
        entries=[{"state": "IT", "on": "2025-09-01", "mode": "irregular"}],
        requests=[request_to_it(to_state="DE", basis="13(1)")],
        replies=[{"request": "r1", "received_on": "2025-11-01", "outcome": "accept"}],
    )
    assert result.responsible_state == "DE"
    assert "H5:DE" in question_ids(result)
    assert "H5:IT" not in question_ids(result)


def test_no_h5_once_the_determining_state_became_responsible() -> None:
    """Art 21(1) 3rd subpara: no request was made in time; France is responsible and no
    transfer is left to check."""
    result = run(
        as_of=date(2026, 1, 20), entries=[{"state": "IT", "on": "2025-09-01", "mode": "irregular"}]
    )
    assert result.responsible_state == "FR"
    assert not any(q.startswith("H5:") for q in question_ids(result))


# --- acceptance_differs_from_criteria (C-63/15 Ghezelbash) -----------------------------------


def accepted_by_germany(kind: str, basis: str | None) -> Determination:
    return run(
        as_of=date(2025, 11, 20),
        entries=[{"state": "IT", "on": "2025-09-01", "mode": "irregular"}],
        requests=[request_to_it(kind=kind, to_state="DE", basis=basis)],
        replies=[{"request": "r1", "received_on": "2025-11-01", "outcome": "accept"}],
    )


def test_acceptance_of_a_humanitarian_request_is_not_flagged() -> None:
    """Art 17(2): Germany accepts on humanitarian grounds; the criteria (13(1): Italy) are not
    expected to designate it, so no warning."""
    result = accepted_by_germany("humanitarian", "17(2)")
    assert result.responsible_state == "DE"
    assert "acceptance_differs_from_criteria" not in {w.code for w in result.warnings}


@pytest.mark.parametrize("basis", ["16(1)", "Art 16(2)", "17(2)"])
def test_acceptance_of_a_request_on_dependency_or_humanitarian_grounds_is_not_flagged(
    basis: str,
) -> None:
    result = accepted_by_germany("take_charge", basis)
    assert result.responsible_state == "DE"
    assert "acceptance_differs_from_criteria" not in {w.code for w in result.warnings}


def test_acceptance_of_a_request_on_a_criterion_they_do_not_meet_is_flagged() -> None:
    result = accepted_by_germany("take_charge", "13(1)")
    assert "acceptance_differs_from_criteria" in {w.code for w in result.warnings}


# --- minority: the date of reference (Art 2(i), Art 7(2); spec H6) ---------------------------


def minority_steps(result: Determination) -> list[dict[str, str]]:
    return [s.message.params for s in result.trace if s.rule == "dublin3.art7.2"]


def test_minority_is_judged_at_the_lodging_and_the_trace_says_so() -> None:
    """18 on 1 October 2025: a minor on the lodging of 30 September, whatever the date of the
    wish to apply (made_on) or of the run."""
    result = run(
        as_of=date(2025, 10, 20),
        applicant={"date_of_birth": "2007-10-01", "unaccompanied": True, "nationalities": ["AF"]},
        applications=[
            {"id": "fr-1", "state": "FR", "made_on": "2025-09-01", "lodged_on": "2025-09-30"}
        ],
    )
    assert minority_steps(result) == [{"date": "2025-09-30", "age": "17"}]
    assert "dublin3.art8.4" in {s.rule for s in result.trace}
    assert any("Art 2(i)" in item for item in result.unverified)


def test_adult_at_the_lodging_though_a_minor_when_registered() -> None:
    """Dublin III freezes the situation at the lodging (Art 7(2)), not at the registration."""
    result = run(
        applicant={"date_of_birth": "2007-09-15", "unaccompanied": True, "nationalities": ["AF"]},
        applications=[
            {
                "id": "fr-1",
                "state": "FR",
                "registered_on": "2025-09-01",
                "lodged_on": "2025-09-30",
            }
        ],
    )
    assert minority_steps(result) == [{"date": "2025-09-30", "age": "18"}]
    assert "art8.not_uam" in {s.message.key for s in result.trace}


def test_an_age_assessed_after_the_lodging_is_counted_back_to_the_lodging() -> None:
    """Assessed at 18 (no margin) on 1 December 2026, fourteen months after the lodging of
    2 October 2025: born between 2 December 2007 and 1 December 2008, so 16 or 17 at the
    lodging, a minor. (Before, the assessed age was taken as the age at the lodging.)"""
    result = run(
        applicant={
            "assessed_age": {"assessed_on": "2026-12-01", "age_years": 18},
            "unaccompanied": True,
            "nationalities": ["AF"],
        },
        as_of=date(2026, 12, 10),
    )
    assert minority_steps(result) == [{"date": "2025-10-02", "age": "16-17"}]
    assert "H6:minor" not in question_ids(result)
    assert "art8.not_uam" not in {s.message.key for s in result.trace}


def test_the_h6_question_quotes_the_age_range_on_the_lodging() -> None:
    """Assessed 18 +/- 1 three weeks after the lodging: 16 to 19 at the lodging."""
    result = run(
        applicant={
            "assessed_age": {"assessed_on": "2025-10-23", "age_years": 18, "uncertainty_years": 1},
            "unaccompanied": True,
            "nationalities": ["AF"],
        },
    )
    h6 = next(q for q in result.questions if q.id == "H6:minor")
    assert h6.message.key == "q.h6.minor"
    assert h6.message.params == {"low": "16", "high": "19", "date": "2025-10-02"}
    assert minority_steps(result) == [{"date": "2025-10-02", "age": "16-19"}]


# --- Reg 1182/71 provisions relied on (spec invariant 5; dublin3.md 4.3, 9) -------------------


def refused_by_italy(
    received: str, settings: EngineSettings | None = None, as_of: date = date(2025, 11, 20)
) -> Determination:
    data = case_data(
        entries=[{"state": "IT", "on": "2025-09-01", "mode": "irregular"}],
        requests=[request_to_it(basis="13(1)")],
        replies=[{"request": "r1", "received_on": received, "outcome": "refuse"}],
    )
    return determine(
        facts_from_data(data, today=date(2100, 1, 1)),
        as_of=as_of,
        settings=settings or EngineSettings(),
    )


def test_re_examination_period_lists_art_3_3_but_not_the_two_working_day_minimum() -> None:
    """IR 1560/2003 Art 5(2): 3 weeks from Sat 1 Nov 2025 end on Sat 22 Nov -> Mon 24 Nov
    (R1182 Art 3(4)): Arts 3(3) and 2(2) were relied on; Art 3(5) (two working days at
    least) changed nothing, so it is not listed, although the setting is on."""
    result = refused_by_italy("2025-11-01")
    assert [item.split(" (")[0] for item in result.unverified if "1182/71" in item] == [
        "1182/71 Art 2(2)",
        "1182/71 Art 3(3)",
    ]


def test_re_examination_period_ending_on_a_working_day_relies_on_art_3_3_only() -> None:
    """3 weeks from Wed 5 Nov 2025: Wed 26 Nov, a working day; nothing moved."""
    result = refused_by_italy("2025-11-05", as_of=date(2025, 11, 20))
    assert [item.split(" (")[0] for item in result.unverified if "1182/71" in item] == [
        "1182/71 Art 3(3)"
    ]


def test_two_working_day_minimum_is_listed_only_when_on_and_it_moved_a_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No real 2- or 3-week period is lengthened by Art 3(5); a calendar with two weeks of
    holidays is simulated by reporting that the minimum moved the end."""
    from cordiale.law.dublin3 import deadlines

    real = deadlines._period_end

    def lengthened(*args: Any) -> Any:
        end = real(*args)
        minimum_on = args[6]
        if end.rule.value == "r1182" and minimum_on:
            return dataclasses.replace(end, minimum_applied=True)
        return end

    monkeypatch.setattr(deadlines, "_period_end", lengthened)
    on = refused_by_italy("2025-11-05")
    assert "1182/71 Art 3(5) (two working days minimum)" in on.unverified
    off = refused_by_italy("2025-11-05", EngineSettings(r1182_min_two_working_days=False))
    assert not any("Art 3(5)" in item for item in off.unverified)
