"""Tests for cordiale.law.dublin3.deadlines: the time limits T1-T16 and T23 of the spec
(dublin3.md section 3), their computation (section 4, worked examples E1-E3) and the changes of
responsibility they cause (invariants 2-3).

Each test names the article or judgment it checks. The case files are built with the small
helpers below; FR is the determining (requesting) State unless a test says otherwise.
"""

from __future__ import annotations

import string
from datetime import date
from typing import Any

import pytest

from cordiale.law.dublin3.deadlines import DeadlineReport, Shift, compute_deadlines
from cordiale.law.explain.catalogue import CATALOGUE
from cordiale.law.explain.messages_deadlines import MESSAGES
from cordiale.law.facts import (
    Absconding,
    Appeal,
    Applicant,
    Application,
    CaseFacts,
    Detention,
    EurodacHit,
    Imprisonment,
    Reply,
    ReplyOutcome,
    Request,
    RequestKind,
    Transfer,
)
from cordiale.law.facts import Answer as CaseAnswer
from cordiale.law.outcome import Deadline, DeadlineStatus, Message, Track
from cordiale.law.settings import EngineSettings, TacitAcceptanceStart

OPEN = DeadlineStatus.OPEN
MET = DeadlineStatus.MET
MISSED = DeadlineStatus.MISSED
NOT_APPLICABLE = DeadlineStatus.NOT_APPLICABLE

TC = RequestKind.TAKE_CHARGE
TB = RequestKind.TAKE_BACK


# --- builders ---------------------------------------------------------------------------------


def d(text: str) -> date:
    return date.fromisoformat(text)


def application(lodged: str = "2025-01-31", state: str = "FR", **fields: Any) -> Application:
    return Application(id=f"{state.lower()}-1", state=state, lodged_on=d(lodged), **fields)


def case(*, lodged: str | None = "2025-01-31", **overrides: Any) -> CaseFacts:
    """A case in France; `lodged=None` for a person with no application there (Art 24)."""
    fields: dict[str, Any] = {
        "version": "1",
        "reference": "T-1",
        "determining_state": "FR",
        "applicant": Applicant(),
        "applications": [application(lodged)] if lodged else [],
    }
    fields.update(overrides)
    return CaseFacts(**fields)


def request(
    id: str = "R1",
    kind: RequestKind = TC,
    sent: str = "2025-02-03",
    received: str | None = "same",
    from_state: str = "FR",
    to_state: str = "IT",
    **fields: Any,
) -> Request:
    return Request(
        id=id,
        kind=kind,
        from_state=from_state,
        to_state=to_state,
        sent_on=d(sent),
        received_on=d(sent) if received == "same" else (d(received) if received else None),
        **fields,
    )


def reply(outcome: ReplyOutcome, received: str, request: str = "R1", **fields: Any) -> Reply:
    return Reply(request=request, outcome=outcome, received_on=d(received), **fields)


def hit(category: int, received: str, state: str = "IT") -> EurodacHit:
    return EurodacHit(category=category, state=state, received_on=d(received))


def answer(question: str, value: bool | str) -> CaseAnswer:
    return CaseAnswer(question=question, value=value)


def run(
    facts: CaseFacts,
    as_of: str,
    *,
    track: Track = Track.TAKE_CHARGE,
    proposed: str | None = "IT",
    settings: EngineSettings | None = None,
) -> DeadlineReport:
    here = [a for a in facts.applications if a.state == facts.determining_state]
    return compute_deadlines(
        facts,
        as_of=d(as_of),
        track=track,
        current=max(here, key=lambda a: a.lodged_on) if here else None,
        proposed_state=proposed,
        settings=settings or EngineSettings(),
    )


def one(report: DeadlineReport, deadline_id: str, request: str | None = None) -> Deadline:
    found = [
        x
        for x in report.deadlines
        if x.id == deadline_id and (request is None or x.request == request)
    ]
    assert len(found) == 1, [(x.id, x.request) for x in report.deadlines]
    return found[0]


def ids(report: DeadlineReport) -> list[str]:
    return [x.id for x in report.deadlines]


def shifts(report: DeadlineReport) -> list[tuple[str, date, str | None]]:
    return [(s.state, s.on, s.deadline) for s in report.shifts]


def codes(report: DeadlineReport) -> set[str]:
    return {w.code for w in report.warnings}


# --- T1/T2: take charge request (Art 21(1); C-670/16 Mengesteab; spec E1) -------------------


def test_e1_three_months_from_lodging_end_on_the_last_day_of_a_short_month() -> None:
    """Art 21(1) 1st subpara, Art 42(b): 31 Jan + 3 months = 30 Apr 2025."""
    deadline = one(run(case(), "2025-02-01"), "take_charge_request")
    assert (deadline.start, deadline.due, deadline.status) == (
        d("2025-01-31"),
        d("2025-04-30"),
        OPEN,
    )
    assert (deadline.basis.article, deadline.basis.subparagraph) == ("21", "1")
    assert (deadline.period, deadline.rule, deadline.state_to_act) == (
        "3 months",
        "dublin3_art42",
        "FR",
    )
    assert deadline.calendar == "FR"


def test_e1_eurodac_category_2_hit_gives_two_months_from_receipt() -> None:
    """Art 21(1) 2nd subpara: hit received 3 Feb 2025 -> 3 Apr 2025."""
    report = run(case(eurodac_hits=[hit(2, "2025-02-03")]), "2025-02-04")
    deadline = one(report, "take_charge_request")
    assert (deadline.start, deadline.due, deadline.period) == (
        d("2025-02-03"),
        d("2025-04-03"),
        "2 months",
    )
    assert deadline.basis.subparagraph == "2"


def test_e1_mengesteab_caps_the_hit_period_at_three_months_from_lodging() -> None:
    """C-670/16 Mengesteab: hit 10 Mar -> 10 May, but no request is valid after 30 Apr."""
    deadline = one(
        run(case(eurodac_hits=[hit(2, "2025-03-10")]), "2025-03-11"), "take_charge_request"
    )
    assert deadline.due == d("2025-04-30")
    assert deadline.basis.subparagraph == "1"


@pytest.mark.parametrize("hit_on", ["2025-02-03", "2025-03-10"])
def test_e1_request_sent_on_1_may_is_late_and_fr_is_responsible(hit_on: str) -> None:
    """Art 21(1) 3rd subpara; C-670/16 Mengesteab: sent 1 May 2025, late in both cases."""
    facts = case(eurodac_hits=[hit(2, hit_on)], requests=[request(sent="2025-05-01")])
    report = run(facts, "2025-05-02")
    deadline = one(report, "take_charge_request")
    assert (deadline.status, deadline.done_on) == (MISSED, d("2025-05-01"))
    first_day_late = d("2025-04-04") if hit_on == "2025-02-03" else d("2025-05-01")
    assert shifts(report) == [("FR", first_day_late, "take_charge_request")]
    assert report.shifts[0].basis.subparagraph == "3"


def test_mengesteab_acceptance_of_a_late_request_does_not_shift_responsibility() -> None:
    """C-670/16 Mengesteab: the applicant can rely on the expiry even if the requested State
    accepts."""
    facts = case(
        requests=[request(sent="2025-05-02")],
        replies=[reply(ReplyOutcome.ACCEPT, "2025-05-10")],
    )
    report = run(facts, "2025-05-20")
    assert shifts(report) == [("FR", d("2025-05-01"), "take_charge_request")]
    assert "deadline.late_request_accepted" in codes(report)
    assert "transfer" not in ids(report)


def test_hit_received_before_lodging_is_not_counted_and_is_flagged() -> None:
    """Art 21(1) 2nd subpara refers to the hit of Reg 603/2013 Art 15(2), after lodging."""
    report = run(case(eurodac_hits=[hit(2, "2025-01-10")]), "2025-02-01")
    assert one(report, "take_charge_request").due == d("2025-04-30")
    assert "deadline.hit_before_lodging" in codes(report)


def test_vis_hit_does_not_shorten_the_dublin3_request_period() -> None:
    """Art 21(1) 2nd subpara names only Eurodac data recorded under Art 14 of Reg 603/2013."""
    from cordiale.law.facts import VisHit

    facts = case(vis_hits=[VisHit(state="IT", received_on=d("2025-02-03"))])
    assert one(run(facts, "2025-02-04"), "take_charge_request").due == d("2025-04-30")


@pytest.mark.parametrize(
    ("as_of", "sent", "status", "done"),
    [
        ("2025-03-01", "2025-03-15", OPEN, None),  # not yet sent as of 1 March
        ("2025-03-20", "2025-03-15", MET, d("2025-03-15")),
        ("2025-04-30", None, OPEN, None),  # the last day is still in time (Art 42)
        ("2025-05-01", None, MISSED, None),
    ],
)
def test_status_as_of_different_dates(
    as_of: str, sent: str | None, status: DeadlineStatus, done: date | None
) -> None:
    """Art 21(1): an act counts only once done; the period ends at the end of its last day."""
    facts = case(requests=[request(sent=sent)] if sent else [])
    report = run(facts, as_of)
    deadline = one(report, "take_charge_request")
    assert (deadline.status, deadline.done_on) == (status, done)
    assert bool(report.shifts) is (status is MISSED)


def test_q1_weekend_end_shows_both_dates() -> None:
    """Art 42 has no roll-over (spec Q1): 1 Mar + 3 months = Sun 1 Jun 2025; the extended
    reading gives Mon 2 Jun, shown as the alternative and flagged."""
    deadline = one(run(case(lodged="2025-03-01"), "2025-03-02"), "take_charge_request")
    assert (deadline.due, deadline.alternative, deadline.unverified) == (
        d("2025-06-01"),
        d("2025-06-02"),
        True,
    )
    assert deadline.alternative_note is not None
    assert deadline.alternative_note.key == "deadline.note.q1_extended"


def test_q1_setting_extends_and_keeps_the_unextended_date_as_alternative() -> None:
    """EngineSettings.dublin3_extend_on_nonworking_end (spec Q1)."""
    settings = EngineSettings(dublin3_extend_on_nonworking_end=True)
    deadline = one(
        run(case(lodged="2025-03-01"), "2025-03-02", settings=settings), "take_charge_request"
    )
    assert (deadline.due, deadline.alternative) == (d("2025-06-02"), d("2025-06-01"))
    assert deadline.alternative_note is not None
    assert deadline.alternative_note.key == "deadline.note.q1_unextended"


def test_h13_request_sent_in_time_but_received_late_asks_a_person() -> None:
    """Spec Q2/H13: sending or receipt; IR 1560/2003 Art 15(3)."""
    facts = case(requests=[request(sent="2025-04-30", received="2025-05-02")])
    report = run(facts, "2025-05-05")
    assert one(report, "take_charge_request").status is MET
    question = next(q for q in report.questions if q.id == "H13:in_time:request:R1")
    assert (question.kind, question.blocking) == ("H13", False)
    late = case(
        requests=[request(sent="2025-04-30", received="2025-05-02")],
        answers=[answer("H13:in_time:request:R1", "late")],
    )
    report = run(late, "2025-05-05")
    assert one(report, "take_charge_request").status is MISSED
    assert not report.questions


def test_track_none_request_periods_do_not_apply() -> None:
    """The determining State is responsible (Track NONE): no request, no shift."""
    report = run(case(), "2025-06-01", track=Track.NONE, proposed="FR")
    assert one(report, "take_charge_request").status is NOT_APPLICABLE
    assert report.shifts == []


def test_track_none_with_a_request_actually_sent_keeps_its_time_limit() -> None:
    """Art 21(1): once a request is sent, its time limit applies whatever the route."""
    report = run(case(requests=[request(sent="2025-03-01")]), "2025-03-02", track=Track.NONE)
    assert one(report, "take_charge_request").status is MET
    assert one(report, "take_charge_reply", "R1").status is OPEN


# --- T3/T4: reply to a take charge request (Art 22) -------------------------------------------


def test_explicit_acceptance_shifts_on_receipt_and_opens_the_transfer_period() -> None:
    """Art 22(1), 29(1): acceptance received 3 Mar 2025 -> transfer by 3 Sep 2025."""
    facts = case(requests=[request()], replies=[reply(ReplyOutcome.ACCEPT, "2025-03-03")])
    report = run(facts, "2025-03-04")
    assert one(report, "take_charge_reply", "R1").status is MET
    assert shifts(report) == [("IT", d("2025-03-03"), None)]
    transfer = one(report, "transfer", "R1")
    assert (transfer.start, transfer.due, transfer.status, transfer.state_to_act) == (
        d("2025-03-03"),
        d("2025-09-03"),
        OPEN,
        "FR",
    )
    assert transfer.alternative is None


def test_transfer_carried_out_in_time_is_met() -> None:
    """Art 29(1): transfer carried out before the six months end."""
    facts = case(
        requests=[request()],
        replies=[reply(ReplyOutcome.ACCEPT, "2025-03-03")],
        transfers=[Transfer(carried_out_on=d("2025-05-05"), to_state="IT")],
    )
    report = run(facts, "2025-12-01")
    transfer = one(report, "transfer", "R1")
    assert (transfer.status, transfer.done_on) == (MET, d("2025-05-05"))
    assert shifts(report) == [("IT", d("2025-03-03"), None)]


def test_missed_transfer_period_shifts_back_to_the_requesting_state() -> None:
    """Art 29(2); C-201/16 Shiri: the responsible State is released automatically."""
    facts = case(requests=[request()], replies=[reply(ReplyOutcome.ACCEPT, "2025-03-03")])
    report = run(facts, "2025-09-04")
    assert one(report, "transfer").status is MISSED
    assert shifts(report) == [("IT", d("2025-03-03"), None), ("FR", d("2025-09-04"), "transfer")]
    assert report.shifts[-1].basis.paragraph == "2"


def e2_case(**overrides: Any) -> CaseFacts:
    """Spec E2: take charge request received Tue 31 Dec 2024, no reply."""
    return case(
        lodged="2024-12-20",
        requests=[request(sent="2024-12-31")],
        **overrides,
    )


def test_e2_reply_period_ends_on_28_february_and_silence_is_acceptance() -> None:
    """Art 22(1), 22(7), Art 42(b): 31 Dec + 2 months = 28 Feb 2025; tacit acceptance."""
    report = run(e2_case(), "2025-02-28")
    assert one(report, "take_charge_reply", "R1").due == d("2025-02-28")
    assert one(report, "take_charge_reply", "R1").status is OPEN
    assert report.shifts == []
    report = run(e2_case(), "2025-03-01")
    reply_deadline = one(report, "take_charge_reply", "R1")
    assert (reply_deadline.status, reply_deadline.state_to_act) == (MISSED, "IT")
    assert shifts(report) == [("IT", d("2025-03-01"), "take_charge_reply")]
    assert report.shifts[0].basis.paragraph == "7"


def test_e2_transfer_after_tacit_acceptance_variant_a_with_variant_b_as_alternative() -> None:
    """Art 29(1); spec Q4/E2: variant A 28 Aug 2025, variant B 1 Sep 2025."""
    transfer = one(run(e2_case(), "2025-03-01"), "transfer", "R1")
    assert (transfer.start, transfer.due, transfer.alternative) == (
        d("2025-02-28"),
        d("2025-08-28"),
        d("2025-09-01"),
    )
    assert transfer.unverified
    assert transfer.alternative_note is not None
    assert transfer.alternative_note.key == "deadline.note.tacit_start_day_after"


def test_e2_variant_b_setting_swaps_the_dates() -> None:
    """EngineSettings.tacit_acceptance_start = day after (spec Q4)."""
    settings = EngineSettings(tacit_acceptance_start=TacitAcceptanceStart.DAY_AFTER_REPLY_PERIOD)
    transfer = one(run(e2_case(), "2025-03-01", settings=settings), "transfer")
    assert (transfer.start, transfer.due, transfer.alternative) == (
        d("2025-03-01"),
        d("2025-09-01"),
        d("2025-08-28"),
    )


def test_e2_between_the_two_readings_a_person_decides_then_the_period_has_run_out() -> None:
    """Spec E2: A is the planning date; responsibility moves only after B (Art 29(2))."""
    report = run(e2_case(), "2025-08-30")
    assert one(report, "transfer").status is MISSED
    assert shifts(report) == [("IT", d("2025-03-01"), "take_charge_reply")]
    assert [q.id for q in report.questions] == ["H13:transfer_start:R1"]
    report = run(e2_case(), "2025-09-02")
    assert shifts(report)[-1] == ("FR", d("2025-09-02"), "transfer")
    assert not report.questions


def test_e2_absconding_extends_the_transfer_period_to_18_months() -> None:
    """Art 29(2); C-163/17 Jawo: 28 Aug 2026 (variant A), 1 Sep 2026 (variant B)."""
    facts = e2_case(abscondings=[Absconding(on=d("2025-05-01"))])
    report = run(facts, "2025-06-01")
    transfer = one(report, "transfer")
    assert (transfer.due, transfer.alternative, transfer.period) == (
        d("2026-08-28"),
        d("2026-09-01"),
        "18 months",
    )
    assert transfer.basis.paragraph == "2"
    assert "deadline.absconding_notice_missing" in codes(report)


def test_absconding_notice_in_time_gives_no_warning() -> None:
    """IR 1560/2003 Art 9(2): the responsible State told before the six months end."""
    facts = e2_case(
        abscondings=[
            Absconding(on=d("2025-05-01"), notified_to_responsible_state_on=d("2025-05-02"))
        ]
    )
    report = run(facts, "2025-06-01")
    assert one(report, "transfer").due == d("2026-08-28")
    assert not {c for c in codes(report) if c.startswith("deadline.absconding")}


def test_absconding_notice_too_late_forfeits_the_extension() -> None:
    """IR 1560/2003 Art 9(2): 'otherwise' the requesting State stays responsible."""
    facts = e2_case(
        abscondings=[
            Absconding(on=d("2025-05-01"), notified_to_responsible_state_on=d("2025-09-15"))
        ]
    )
    report = run(facts, "2025-09-20")
    assert one(report, "transfer").due == d("2025-08-28")
    assert "deadline.absconding_notice_late" in codes(report)
    assert shifts(report)[-1] == ("FR", d("2025-09-02"), "transfer")


def test_imprisonment_extends_the_transfer_period_to_12_months() -> None:
    """Art 29(2): up to one year if the transfer fails because of imprisonment."""
    facts = case(
        requests=[request()],
        replies=[reply(ReplyOutcome.ACCEPT, "2025-03-03")],
        imprisonments=[Imprisonment(start=d("2025-05-01"), state="FR")],
    )
    report = run(facts, "2025-09-10")
    transfer = one(report, "transfer")
    assert (transfer.due, transfer.period, transfer.status) == (d("2026-03-03"), "12 months", OPEN)
    assert "deadline.imprisonment_notice_missing" in codes(report)
    assert shifts(report) == [("IT", d("2025-03-03"), None)]


def imprisonment_notified_late() -> DeadlineReport:
    facts = case(
        requests=[request()],
        replies=[reply(ReplyOutcome.ACCEPT, "2025-03-03")],
        imprisonments=[
            Imprisonment(
                start=d("2025-05-01"), state="FR", notified_to_responsible_state_on=d("2025-09-10")
            )
        ],
    )
    return run(facts, "2025-09-20")


def test_imprisonment_notified_after_six_months_forfeits_the_extension() -> None:
    """IR 1560/2003 Art 9(2): 'otherwise' the requesting State stays responsible."""
    report = imprisonment_notified_late()
    assert one(report, "transfer").due == d("2025-09-03")
    assert "deadline.imprisonment_notice_late" in codes(report)
    assert shifts(report)[-1] == ("FR", d("2025-09-04"), "transfer")


def test_absconding_is_a_question_and_no_deliberate_evasion_keeps_six_months() -> None:
    """C-163/17 Jawo: absconding is deliberate evasion, presumed until a person says (H11)."""
    absconded = [Absconding(on=d("2025-05-01"), notified_to_responsible_state_on=d("2025-05-02"))]
    open_report = run(e2_case(abscondings=absconded), "2025-06-01")
    assert one(open_report, "transfer").period == "18 months"
    assert "H11:absconding:2025-05-01" in {q.id for q in open_report.questions}
    answered = e2_case(
        abscondings=absconded,
        answers=[CaseAnswer(question="H11:absconding:2025-05-01", value="no")],
    )
    report = run(answered, "2025-06-01")
    assert one(report, "transfer").period == "6 months"
    assert "H11:absconding:2025-05-01" not in {q.id for q in report.questions}


def test_late_refusal_does_not_undo_tacit_acceptance() -> None:
    """Art 22(7): silence until the end of the period is acceptance; a later refusal is late."""
    report = run(e2_case(replies=[reply(ReplyOutcome.REFUSE, "2025-03-05")]), "2025-03-10")
    assert one(report, "take_charge_reply").status is MISSED
    assert shifts(report) == [("IT", d("2025-03-01"), "take_charge_reply")]
    assert "deadline.late_refusal" in codes(report)
    assert "re_examination_request" not in ids(report)


def test_h13_reply_sent_on_the_last_day_but_received_later_counts_as_sent() -> None:
    """Art 22(1) 'give a decision'; spec Q2/H13: the sending date counts unless a person
    decides otherwise."""
    facts = e2_case(replies=[reply(ReplyOutcome.REFUSE, "2025-03-03", sent_on=d("2025-02-28"))])
    report = run(facts, "2025-03-04")
    deadline = one(report, "take_charge_reply")
    assert (deadline.status, deadline.done_on) == (MET, d("2025-02-28"))
    assert report.shifts == []
    assert [q.id for q in report.questions] == ["H13:in_time:reply:R1"]


def test_unknown_receipt_counts_from_sending_and_warns() -> None:
    """Art 22(1) runs from receipt; IR 1560/2003 Art 15(3) acknowledgement proves it."""
    report = run(case(requests=[request(received=None)]), "2025-02-04")
    assert one(report, "take_charge_reply").due == d("2025-04-03")
    assert "deadline.receipt_unknown" in codes(report)


def urgent_case(**overrides: Any) -> CaseFacts:
    return case(
        requests=[request(urgent=True, urgent_reply_by=d("2025-02-10"))],
        **overrides,
    )


def test_urgent_request_tacit_acceptance_at_one_month() -> None:
    """Art 21(2), 22(6)-(7): acceptance deemed only after one month from receipt (T3)."""
    report = run(urgent_case(), "2025-03-04")
    deadline = one(report, "take_charge_reply")
    assert (deadline.due, deadline.period, deadline.unverified) == (
        d("2025-03-03"),
        "1 month",
        True,
    )
    assert deadline.basis.paragraph == "6"
    assert shifts(report) == [("IT", d("2025-03-04"), "take_charge_reply")]
    assert report.shifts[0].message.key == "shift.tacit_acceptance.take_charge_urgent"


def test_urgent_request_silence_after_the_urgent_date_is_a_question() -> None:
    """Spec T3 and section 9: silence between the urgent date and one month (H13)."""
    report = run(urgent_case(), "2025-02-15")
    assert one(report, "take_charge_reply").status is OPEN
    question = next(q for q in report.questions if q.id == "H13:urgent_silence:R1")
    assert (question.kind, question.blocking) == ("T3", False)
    assert report.shifts == []


def test_urgent_silence_answered_as_acceptance_shifts_from_the_urgent_date() -> None:
    """Art 21(2) read as deeming acceptance at the urgent date, by a caseworker's answer."""
    facts = urgent_case(answers=[answer("H13:urgent_silence:R1", "yes")])
    report = run(facts, "2025-02-15")
    assert shifts(report) == [("IT", d("2025-02-11"), "take_charge_reply")]
    assert one(report, "transfer").due == d("2025-08-10")
    assert not report.questions


def test_urgent_reply_period_shorter_than_a_week_is_flagged() -> None:
    """Art 21(2): the period requested is at least one week."""
    facts = case(requests=[request(urgent=True, urgent_reply_by=d("2025-02-07"))])
    assert "deadline.urgent_too_short" in codes(run(facts, "2025-02-04"))


def test_urgent_postponement_in_time_avoids_the_question() -> None:
    """Art 22(6): a postponement communicated within the requested time limit."""
    facts = urgent_case(replies=[reply(ReplyOutcome.POSTPONE, "2025-02-07")])
    report = run(facts, "2025-02-20")
    assert not report.questions
    assert one(report, "take_charge_reply").status is OPEN


def test_incoming_request_reply_is_due_from_the_determining_state() -> None:
    """Art 22(1), 22(7): IT asks FR; FR's silence makes FR responsible."""
    facts = case(requests=[request(from_state="IT", to_state="FR")])
    report = run(facts, "2025-04-04", proposed="FR", track=Track.NONE)
    deadline = one(report, "take_charge_reply", "R1")
    assert (deadline.state_to_act, deadline.calendar, deadline.status) == ("FR", "FR", MISSED)
    assert shifts(report) == [("FR", d("2025-04-04"), "take_charge_reply")]
    assert one(report, "transfer").state_to_act == "IT"


# --- T10/T11: re-examination (IR 1560/2003 Art 5(2); spec E3) ---------------------------------


def test_e3_re_examination_request_with_german_holidays() -> None:
    """IR Art 5(2), R1182 Art 3(4): refusal received 4 Dec 2025, DE requesting -> 29 Dec."""
    facts = case(
        lodged="2025-11-20",
        requests=[request(sent="2025-11-24", from_state="DE", to_state="FR")],
        replies=[reply(ReplyOutcome.REFUSE, "2025-12-04")],
    )
    deadline = one(
        run(facts, "2025-12-05", track=Track.NONE, proposed="FR"), "re_examination_request"
    )
    assert (deadline.due, deadline.state_to_act, deadline.calendar, deadline.rule) == (
        d("2025-12-29"),
        "DE",
        "DE",
        "r1182",
    )
    assert (deadline.basis.instrument, deadline.period, deadline.request) == (
        "1560/2003",
        "3 weeks",
        "R1",
    )


def refused_case(lodged: str = "2025-10-02", **overrides: Any) -> CaseFacts:
    """FR's request to IT refused on 4 Dec 2025 (spec E3, FR as the requesting State)."""
    return case(
        lodged=lodged,
        requests=[request(sent="2025-10-10"), *overrides.pop("more_requests", [])],
        replies=[reply(ReplyOutcome.REFUSE, "2025-12-04"), *overrides.pop("more_replies", [])],
        **overrides,
    )


def re_examination(sent: str = "2025-12-29") -> Request:
    return request(id="RX1", kind=RequestKind.RE_EXAMINATION, sent=sent, re_examination_of="R1")


def test_e3_re_examination_request_with_french_holidays_and_the_reply_period() -> None:
    """IR Art 5(2): FR requesting -> Fri 26 Dec 2025; re-examination received Mon 29 Dec ->
    reply by Mon 12 Jan 2026 (two weeks)."""
    report = run(refused_case(more_requests=[re_examination()]), "2026-01-05")
    asked = one(report, "re_examination_request", "R1")
    assert (asked.due, asked.state_to_act) == (d("2025-12-26"), "FR")
    # Sent on 29 Dec, after the end of 26 Dec: late under the French calendar.
    assert asked.status is MISSED
    answered = one(report, "re_examination_reply", "RX1")
    assert (answered.start, answered.due, answered.state_to_act, answered.status) == (
        d("2025-12-29"),
        d("2026-01-12"),
        "IT",
        OPEN,
    )


def test_x_and_x_silence_on_re_examination_ends_the_procedure_without_acceptance() -> None:
    """C-47/17 and C-48/17 X and X: no tacit acceptance; the requesting State is responsible
    once the two weeks have passed, its own request period having expired (2 Jan 2026)."""
    facts = refused_case(more_requests=[re_examination("2025-12-19")])
    report = run(facts, "2026-01-10")
    answered = one(report, "re_examination_reply", "RX1")
    assert (answered.due, answered.status) == (d("2026-01-02"), MISSED)
    assert shifts(report) == [("FR", d("2026-01-03"), "re_examination_reply")]
    assert report.shifts[0].basis.instrument == "1560/2003"
    assert all(s.state != "IT" for s in report.shifts)


def test_re_examination_never_extends_the_request_period_and_never_shortens_it() -> None:
    """Invariant 3 (IR Art 5(2); X and X): a refusal that stands moves responsibility only when
    the requesting State can no longer send a new request (lodged 1 Dec 2025 -> 1 Mar 2026)."""
    facts = refused_case(lodged="2025-12-01", more_requests=[re_examination("2025-12-19")])
    report = run(facts, "2026-02-01")
    assert one(report, "re_examination_reply").status is MISSED
    assert report.shifts == []
    report = run(facts, "2026-03-05")
    assert shifts(report) == [("FR", d("2026-03-02"), "take_charge_request")]


def test_refusal_not_contested_stands_after_three_weeks() -> None:
    """IR Art 5(2): no re-examination asked within three weeks."""
    report = run(refused_case(), "2026-01-05")
    assert one(report, "re_examination_request").status is MISSED
    assert shifts(report) == [("FR", d("2026-01-03"), "take_charge_request")]


def test_re_examination_accepted_shifts_to_the_requested_state() -> None:
    """IR Art 5(2): the requested State accepts on re-examination; transfer from then."""
    facts = refused_case(
        more_requests=[re_examination("2025-12-19")],
        more_replies=[reply(ReplyOutcome.ACCEPT, "2025-12-30", request="RX1")],
    )
    report = run(facts, "2026-01-10")
    assert shifts(report) == [("IT", d("2025-12-30"), None)]
    transfer = one(report, "transfer", "R1")
    assert (transfer.start, transfer.due) == (d("2025-12-30"), d("2026-06-30"))


def test_x_and_x_late_acceptance_on_re_examination_is_not_taken_into_account() -> None:
    """C-47/17 X and X: after the two weeks the procedure is closed for good."""
    facts = refused_case(
        more_requests=[re_examination("2025-12-19")],
        more_replies=[reply(ReplyOutcome.ACCEPT, "2026-01-07", request="RX1")],
    )
    report = run(facts, "2026-01-10")
    assert shifts(report) == [("FR", d("2026-01-03"), "re_examination_reply")]
    assert "deadline.late_re_examination_acceptance" in codes(report)


def test_another_state_accepting_prevails_over_a_refusal_that_stands() -> None:
    """IR Art 5(2): the refusal matters only if no other State accepted."""
    facts = refused_case(
        more_requests=[request(id="R2", sent="2025-12-10", to_state="DE")],
        more_replies=[reply(ReplyOutcome.ACCEPT, "2025-12-15", request="R2")],
    )
    report = run(facts, "2026-01-10")
    assert shifts(report) == [("DE", d("2025-12-15"), None)]


# --- T5/T6, T9: take back (Arts 23, 25) -------------------------------------------------------


def test_take_back_two_months_from_eurodac_hit_and_two_weeks_to_reply() -> None:
    """Art 23(2) 1st subpara; Art 25(1)-(2): Eurodac-based reply within two weeks."""
    facts = case(
        lodged="2025-03-01",
        eurodac_hits=[hit(1, "2025-03-03")],
        requests=[request(kind=TB, sent="2025-03-10", eurodac_based=True)],
    )
    report = run(facts, "2025-03-25", track=Track.TAKE_BACK)
    asked = one(report, "take_back_request")
    assert (asked.due, asked.status, asked.basis.subparagraph) == (d("2025-05-03"), MET, "1")
    answered = one(report, "take_back_reply", "R1")
    assert (answered.due, answered.period, answered.status) == (d("2025-03-24"), "2 weeks", MISSED)
    assert shifts(report) == [("IT", d("2025-03-25"), "take_back_reply")]
    assert report.shifts[0].basis.paragraph == "2"


def test_take_back_three_months_from_lodging_and_one_month_to_reply() -> None:
    """Art 23(2) 2nd subpara; Art 25(1): evidence other than Eurodac."""
    facts = case(requests=[request(kind=TB, sent="2025-02-03")])
    report = run(facts, "2025-02-04", track=Track.TAKE_BACK)
    assert one(report, "take_back_request").due == d("2025-04-30")
    assert one(report, "take_back_request").basis.subparagraph == "2"
    assert (one(report, "take_back_reply").due, one(report, "take_back_reply").period) == (
        d("2025-03-03"),
        "1 month",
    )


def test_c213_17_late_take_back_request_makes_the_state_of_the_new_application_responsible() -> (
    None
):
    """Art 23(3); C-213/17 X."""
    report = run(case(eurodac_hits=[hit(1, "2025-02-03")]), "2025-04-04", track=Track.TAKE_BACK)
    assert one(report, "take_back_request").status is MISSED
    assert shifts(report) == [("FR", d("2025-04-04"), "take_back_request")]
    assert report.shifts[0].basis.article == "23"


def test_art24_take_back_without_new_application_runs_from_the_hit() -> None:
    """Art 24(2) 1st subpara; 24(3)."""
    facts = case(lodged=None, eurodac_hits=[hit(1, "2025-02-03")])
    report = run(facts, "2025-04-04", track=Track.TAKE_BACK)
    deadline = one(report, "take_back_request")
    assert (deadline.due, deadline.basis.article, deadline.status) == (
        d("2025-04-03"),
        "24",
        MISSED,
    )
    assert shifts(report) == [("FR", d("2025-04-04"), "take_back_request")]
    assert report.shifts[0].message.key == "shift.art24_request_missed"


def test_art24_without_hit_asks_when_the_state_became_aware() -> None:
    """Art 24(2) 2nd subpara; C-360/16 Hasan: three months from awareness."""
    report = run(case(lodged=None), "2025-02-04", track=Track.TAKE_BACK)
    assert "take_back_request" not in ids(report)
    assert [q.id for q in report.questions] == ["fact:art24_aware_on"]
    facts = case(lodged=None, answers=[answer("fact:art24_aware_on", "2025-01-31")])
    report = run(facts, "2025-02-04", track=Track.TAKE_BACK)
    assert one(report, "take_back_request").due == d("2025-04-30")
    assert not report.questions


# --- T14-T16: detention (Art 28(3); C-60/16 Khir Amayry) --------------------------------------


def detained(start: str = "2025-01-20", end: str | None = None) -> Detention:
    return Detention(start=d(start), end=d(end) if end else None, state="FR")


def test_detention_request_within_one_month_and_reply_within_two_weeks() -> None:
    """Art 28(3) 2nd subpara: request within one month of lodging; reply within two weeks;
    silence is acceptance."""
    facts = case(
        detentions=[detained()],
        requests=[request(sent="2025-02-10", detention=True)],
    )
    report = run(facts, "2025-02-25")
    asked = one(report, "detention_request")
    assert (asked.due, asked.status) == (d("2025-02-28"), MET)
    answered = one(report, "detention_reply", "R1")
    assert (answered.due, answered.period, answered.status) == (d("2025-02-24"), "2 weeks", MISSED)
    assert "take_charge_reply" not in ids(report)
    assert shifts(report) == [("IT", d("2025-02-25"), "detention_reply")]


def test_detention_transfer_within_six_weeks_of_acceptance() -> None:
    """Art 28(3) 3rd subpara: acceptance received 20 Feb 2025 -> 3 Apr 2025."""
    facts = case(
        detentions=[detained()],
        requests=[request(sent="2025-02-10", detention=True)],
        replies=[reply(ReplyOutcome.ACCEPT, "2025-02-20")],
        transfers=[Transfer(carried_out_on=d("2025-03-20"), to_state="IT")],
    )
    deadline = one(run(facts, "2025-04-10"), "detention_transfer")
    assert (deadline.due, deadline.period, deadline.status) == (d("2025-04-03"), "6 weeks", MET)


def test_detention_transfer_missed_ends_detention_but_not_the_transfer_period() -> None:
    """Art 28(3) 4th subpara: the person may no longer be detained; Art 29 keeps running."""
    facts = case(
        detentions=[detained()],
        requests=[request(sent="2025-02-10", detention=True)],
        replies=[reply(ReplyOutcome.ACCEPT, "2025-02-20")],
    )
    report = run(facts, "2025-04-04")
    assert one(report, "detention_transfer").status is MISSED
    assert "deadline.detention_must_end" in codes(report)
    assert one(report, "transfer").status is OPEN
    assert shifts(report) == [("IT", d("2025-02-20"), None)]


def test_detention_request_missed_ends_detention_without_shift() -> None:
    """Art 28(3) 2nd and 4th subparas: Arts 21, 23, 24 and 29 continue to apply."""
    report = run(case(detentions=[detained()]), "2025-03-01")
    assert one(report, "detention_request").status is MISSED
    assert one(report, "take_charge_request").status is OPEN
    assert "deadline.detention_request_missed" in codes(report)
    assert report.shifts == []


def test_no_detention_deadlines_without_detention() -> None:
    report = run(case(requests=[request()]), "2025-02-04")
    assert not {"detention_request", "detention_reply", "detention_transfer"} & set(ids(report))


# --- T13 and appeals (Art 27; C-490/16 A.S.; C-245/21) ----------------------------------------


def accepted_case(*appeals: Appeal) -> CaseFacts:
    return case(
        requests=[request()],
        replies=[reply(ReplyOutcome.ACCEPT, "2025-03-03")],
        appeals=list(appeals),
    )


def test_as_suspensive_appeal_restarts_the_transfer_period_from_the_final_decision() -> None:
    """Art 27(3), 29(1); C-490/16 A.S.: final decision 10 Jun 2025 -> 10 Dec 2025."""
    facts = accepted_case(
        Appeal(lodged_on=d("2025-03-20"), suspensive=True, final_decision_on=d("2025-06-10"))
    )
    report = run(facts, "2025-09-10")
    transfer = one(report, "transfer")
    assert (transfer.start, transfer.due, transfer.status) == (
        d("2025-06-10"),
        d("2025-12-10"),
        OPEN,
    )
    assert transfer.start_event.key == "deadline.start.appeal_decided"
    assert shifts(report) == [("IT", d("2025-03-03"), None)]


def test_as_pending_suspensive_appeal_keeps_the_period_open_and_warns() -> None:
    """C-490/16 A.S.: while the appeal suspends the transfer, the period cannot expire."""
    facts = accepted_case(Appeal(lodged_on=d("2025-03-20"), suspensive=True))
    report = run(facts, "2025-10-01")
    transfer = one(report, "transfer")
    assert (transfer.due, transfer.status) == (d("2025-09-03"), OPEN)
    assert "deadline.appeal_pending" in codes(report)
    assert shifts(report) == [("IT", d("2025-03-03"), None)]


def test_c245_21_ex_officio_suspension_does_not_interrupt_the_transfer_period() -> None:
    """Art 27(4); C-245/21 and C-248/21: a suspension for other reasons (Covid)."""
    facts = accepted_case(
        Appeal(
            lodged_on=d("2025-03-20"),
            ex_officio_suspension=True,
            final_decision_on=d("2025-06-10"),
            outcome="dismissed",
        )
    )
    report = run(facts, "2025-09-04")
    transfer = one(report, "transfer")
    assert (transfer.due, transfer.status) == (d("2025-09-03"), MISSED)
    assert shifts(report)[-1] == ("FR", d("2025-09-04"), "transfer")
    assert "deadline.ex_officio_suspension" in codes(report)


def test_appeal_lodged_after_expiry_cannot_revive_the_period() -> None:
    """C-201/16 Shiri: the shift on expiry is automatic."""
    facts = accepted_case(Appeal(lodged_on=d("2025-10-01"), suspensive=True))
    report = run(facts, "2025-10-02")
    assert one(report, "transfer").status is MISSED
    assert shifts(report)[-1] == ("FR", d("2025-09-04"), "transfer")


def test_transfer_decision_annulled_on_appeal() -> None:
    """Art 27(1): an appeal upheld annuls the transfer decision."""
    facts = accepted_case(
        Appeal(
            lodged_on=d("2025-03-20"),
            suspensive=True,
            final_decision_on=d("2025-05-10"),
            outcome="upheld",
        )
    )
    report = run(facts, "2025-12-01")
    assert one(report, "transfer").status is NOT_APPLICABLE
    assert "deadline.transfer_annulled" in codes(report)


# --- T12, T23 ---------------------------------------------------------------------------------


def test_humanitarian_request_silence_is_never_acceptance() -> None:
    """Art 17(2): reply within two months; no tacit acceptance."""
    facts = case(requests=[request(kind=RequestKind.HUMANITARIAN, to_state="DE")])
    report = run(facts, "2025-04-04")
    deadline = one(report, "humanitarian_reply", "R1")
    assert (deadline.due, deadline.status, deadline.state_to_act) == (d("2025-04-03"), MISSED, "DE")
    assert report.shifts == []
    assert "deadline.humanitarian_silence" in codes(report)


def test_humanitarian_request_accepted_transfers_responsibility() -> None:
    """Art 17(2) 4th subpara."""
    facts = case(
        requests=[request(kind=RequestKind.HUMANITARIAN, to_state="DE")],
        replies=[reply(ReplyOutcome.ACCEPT, "2025-03-01")],
    )
    report = run(facts, "2025-03-02")
    assert shifts(report) == [("DE", d("2025-03-01"), None)]
    assert report.shifts[0].basis.subparagraph == "4"
    assert one(report, "transfer").due == d("2025-09-01")


def info_case(reply_on: str | None) -> CaseFacts:
    return case(
        requests=[request(id="I1", kind=RequestKind.INFORMATION)],
        replies=[reply(ReplyOutcome.ACCEPT, reply_on, request="I1")] if reply_on else [],
    )


def test_art34_5_late_information_reply_extends_the_request_period() -> None:
    """Art 34(5): 5 weeks to reply (3 Feb -> 10 Mar 2025); 10 days late -> the take charge
    request period towards that State ends 10 days later (30 Apr -> 10 May 2025)."""
    report = run(info_case("2025-03-20"), "2025-03-21")
    info = one(report, "information_reply", "I1")
    assert (info.due, info.period, info.status) == (d("2025-03-10"), "5 weeks", MISSED)
    asked = one(report, "take_charge_request")
    assert (asked.due, asked.alternative) == (d("2025-05-10"), d("2025-05-12"))
    assert "deadline.art34_extended" in codes(report)
    assert report.shifts == []
    assert ids(report)[-1] == "information_reply"


def test_art34_5_extension_only_towards_the_state_that_replied_late() -> None:
    """Art 34(5): 'in that case': the late State's own periods."""
    report = run(info_case("2025-03-20"), "2025-03-21", proposed="DE")
    assert one(report, "take_charge_request").due == d("2025-04-30")


def test_art34_5_information_reply_in_time_changes_nothing() -> None:
    report = run(info_case("2025-03-01"), "2025-03-02")
    assert one(report, "information_reply").status is MET
    assert one(report, "take_charge_request").due == d("2025-04-30")


# --- the report as a whole ----------------------------------------------------------------


def test_shifts_are_in_date_order_and_the_last_one_wins() -> None:
    """Invariant 2: tacit acceptance (IT), then missed transfer (FR)."""
    report = run(e2_case(), "2025-12-01")
    dates = [s.on for s in report.shifts]
    assert dates == sorted(dates)
    assert report.shifts[-1].state == "FR"
    assert isinstance(report.shifts[-1], Shift)


def _rich_reports() -> list[DeadlineReport]:
    """Scenarios that between them emit most messages of the time-limit engine."""
    return [
        run(
            case(
                eurodac_hits=[hit(2, "2025-01-10")],
                requests=[request(sent="2025-05-02")],
                replies=[reply(ReplyOutcome.ACCEPT, "2025-05-10")],
            ),
            "2025-05-20",
        ),
        run(case(lodged="2025-03-01"), "2025-03-02"),
        run(
            case(lodged="2025-03-01"),
            "2025-03-02",
            settings=EngineSettings(dublin3_extend_on_nonworking_end=True),
        ),
        run(e2_case(abscondings=[Absconding(on=d("2025-05-01"))]), "2026-09-10"),
        run(e2_case(), "2025-08-30"),
        run(e2_case(replies=[reply(ReplyOutcome.REFUSE, "2025-03-05")]), "2025-03-10"),
        run(
            case(
                requests=[request(received=None, urgent=True, urgent_reply_by=d("2025-02-05"))],
                replies=[reply(ReplyOutcome.POSTPONE, "2025-02-07")],
            ),
            "2025-02-20",
        ),
        run(urgent_case(), "2025-02-15"),
        run(urgent_case(answers=[answer("H13:urgent_silence:R1", "yes")]), "2025-02-15"),
        run(case(requests=[request(sent="2025-04-30", received="2025-05-02")]), "2025-05-05"),
        run(
            refused_case(
                more_requests=[re_examination("2025-12-19")],
                more_replies=[reply(ReplyOutcome.ACCEPT, "2026-01-07", request="RX1")],
            ),
            "2026-01-10",
        ),
        run(
            refused_case(
                more_requests=[re_examination("2025-12-19")],
                more_replies=[reply(ReplyOutcome.ACCEPT, "2025-12-30", request="RX1")],
            ),
            "2026-01-10",
        ),
        run(case(lodged=None), "2025-02-04", track=Track.TAKE_BACK),
        run(
            case(lodged=None, eurodac_hits=[hit(1, "2025-02-03")]),
            "2025-04-04",
            track=Track.TAKE_BACK,
        ),
        run(case(eurodac_hits=[hit(1, "2025-02-03")]), "2025-04-04", track=Track.TAKE_BACK),
        run(case(lodged=None), "2025-02-04"),
        run(case(detentions=[detained()], requests=[request(sent="2025-02-10")]), "2025-04-20"),
        run(
            case(
                detentions=[detained()],
                requests=[request(sent="2025-02-10", detention=True)],
                replies=[reply(ReplyOutcome.ACCEPT, "2025-02-20")],
            ),
            "2025-04-04",
        ),
        run(
            case(
                requests=[request()],
                replies=[reply(ReplyOutcome.ACCEPT, "2025-03-03")],
                detentions=[detained("2025-04-01")],
            ),
            "2025-04-04",
        ),
        run(case(detentions=[detained()]), "2025-03-01"),
        run(
            accepted_case(
                Appeal(
                    lodged_on=d("2025-03-20"), suspensive=True, final_decision_on=d("2025-06-10")
                )
            ),
            "2025-12-20",
        ),
        run(accepted_case(Appeal(lodged_on=d("2025-03-20"), suspensive=True)), "2025-10-01"),
        run(
            accepted_case(Appeal(lodged_on=d("2025-03-20"), ex_officio_suspension=True)),
            "2025-09-04",
        ),
        run(
            accepted_case(
                Appeal(
                    lodged_on=d("2025-03-20"), final_decision_on=d("2025-05-10"), outcome="upheld"
                )
            ),
            "2025-12-01",
        ),
        run(
            case(
                requests=[request()],
                replies=[reply(ReplyOutcome.ACCEPT, "2025-03-03")],
                imprisonments=[Imprisonment(start=d("2025-05-01"), state="FR")],
            ),
            "2025-09-10",
        ),
        run(
            e2_case(
                abscondings=[
                    Absconding(on=d("2025-05-01"), notified_to_responsible_state_on=d("2025-09-15"))
                ]
            ),
            "2025-09-20",
        ),
        run(case(requests=[request(kind=RequestKind.HUMANITARIAN, to_state="DE")]), "2025-04-04"),
        run(
            case(
                requests=[request(kind=RequestKind.HUMANITARIAN, to_state="DE")],
                replies=[reply(ReplyOutcome.ACCEPT, "2025-03-01")],
            ),
            "2025-03-02",
        ),
        run(info_case("2025-03-20"), "2025-03-21"),
        run(info_case(None), "2025-04-01"),
        run(
            case(requests=[request(kind=TB, sent="2025-02-03")]),
            "2025-03-05",
            track=Track.TAKE_BACK,
        ),
        run(
            case(requests=[request(from_state="IT", to_state="FR")]),
            "2025-04-04",
            track=Track.NONE,
            proposed="FR",
        ),
        run(case(), "2025-06-01", track=Track.NONE, proposed="FR"),
    ]


def _more_reports() -> list[DeadlineReport]:
    day_after = EngineSettings(tacit_acceptance_start=TacitAcceptanceStart.DAY_AFTER_REPLY_PERIOD)
    return [
        imprisonment_notified_late(),
        run(
            e2_case(
                abscondings=[
                    Absconding(on=d("2025-05-01"), notified_to_responsible_state_on=d("2025-05-02"))
                ]
            ),
            "2025-06-01",
        ),
        run(
            e2_case(
                replies=[
                    reply(ReplyOutcome.ACCEPT, "2025-03-03", sent_on=d("2025-02-28")),
                ]
            ),
            "2025-03-04",
        ),
        run(
            case(
                requests=[request(kind=TB)],
                replies=[reply(ReplyOutcome.ACCEPT, "2025-02-10")],
            ),
            "2025-02-11",
            track=Track.TAKE_BACK,
        ),
        run(
            case(detentions=[detained()], requests=[request(sent="2025-02-10", detention=True)]),
            "2025-02-25",
        ),
        run(urgent_case(), "2025-03-04"),
        run(
            case(lodged=None, answers=[answer("fact:art24_aware_on", "2025-01-31")]),
            "2025-02-04",
            track=Track.TAKE_BACK,
        ),
        run(e2_case(), "2025-03-01", settings=day_after),
    ]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _messages(report: DeadlineReport) -> list[Message]:
    found = [s.message for s in report.shifts]
    found += [w.message for w in report.warnings] + [q.message for q in report.questions]
    for deadline in report.deadlines:
        found += [deadline.start_event, deadline.consequence]
        if deadline.alternative_note is not None:
            found.append(deadline.alternative_note)
    return found


def test_every_emitted_message_is_in_the_catalogue_with_its_parameters() -> None:
    """Each key in English and French; the parameters fill both templates; all are strings."""
    used: set[str] = set()
    for report in _rich_reports() + _more_reports():
        for message in _messages(report):
            assert message.key in CATALOGUE, message.key
            assert all(isinstance(v, str) for v in message.params.values()), message
            for template in CATALOGUE[message.key]:
                assert _placeholders(template) <= set(message.params), (message.key, message.params)
                template.format(**message.params)
            used.add(message.key)
    unused = {k for k in MESSAGES if k not in used}
    assert unused <= {"warning.deadline.no_calendar", "warning.deadline.no_application"}, unused


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_deadline_messages_have_the_same_placeholders_in_both_languages(key: str) -> None:
    english, french = MESSAGES[key]
    assert english.strip()
    assert french.strip()
    assert english != french
    assert _placeholders(english) == _placeholders(french), key
