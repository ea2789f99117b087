"""Time limits of Dublin III and its implementing regulation, and what their expiry does.

Every time limit T1-T16 and T23 of the spec (dublin3.md section 3) is computed with its start
event, its length, its computation rule (section 4: Art 42 for Dublin III periods, Reg 1182/71
for the IR 1560/2003 periods T10-T11) and the calendar of the State that must act.

Expiries under Arts 21(1), 23(3), 24(3) and 29(2), acceptances (explicit, or tacit under Arts
22(7), 25(2) and 28(3)) and a refusal that stands once re-examination is over (IR Art 5(2);
C-47/17 X and X) change responsibility: they are returned as `Shift`s in date order, the last
one winning (invariant 2). The re-examination never extends the request periods (invariant 3).

The facts are read as of `as_of`: an act recorded after that date has not happened yet, so a
run "as of" an earlier date sees the case as it stood then. Pure and fast: one pass over the
facts, no I/O, no pydantic construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from operator import attrgetter
from typing import cast

from cordiale.law.answers import (
    DATE_OPTION,
    INVALID_ANSWER,
    YES,
    YES_NO,
    invalid_answer_message,
    normalise_answer,
)
from cordiale.law.calendar import (
    ComputationRule,
    PeriodEnd,
    Unit,
    calendars_key,
    period_end,
    r1182_unverified,
    subdivisions_of,
)
from cordiale.law.dublin3.context import art
from cordiale.law.facts import (
    Absconding,
    Appeal,
    Application,
    CaseFacts,
    Detention,
    EurodacHit,
    Imprisonment,
    Reply,
    ReplyOutcome,
    Request,
    RequestKind,
)
from cordiale.law.outcome import (
    Deadline,
    DeadlineReport,
    DeadlineStatus,
    LegalBasis,
    Message,
    Question,
    Shift,
    Track,
    Warning,
)
from cordiale.law.settings import EngineSettings, TacitAcceptanceStart

__all__ = ["DeadlineReport", "Shift", "compute_deadlines"]

# LegalBasis is immutable: each citation is built once.
_art = cache(art)

DIII = ComputationRule.DUBLIN3_ART42
R1182 = ComputationRule.R1182
OPEN = DeadlineStatus.OPEN
MET = DeadlineStatus.MET
MISSED = DeadlineStatus.MISSED
NOT_APPLICABLE = DeadlineStatus.NOT_APPLICABLE

_ONE_DAY = timedelta(days=1)
_ONE_WEEK = timedelta(days=7)
_TRANSFER_KINDS = frozenset({RequestKind.TAKE_CHARGE, RequestKind.TAKE_BACK})
_FINAL = frozenset({ReplyOutcome.ACCEPT, ReplyOutcome.REFUSE})
_IR = "1560/2003"
_IN_TIME_OR_LATE = ("in_time", "late")
_SHIFTED_OR_NOT = ("shifted", "not_shifted")


# --- internal records ---------------------------------------------------------------------


@dataclass(slots=True)  # not frozen: built per case (see outcome.py)
class _Limit:
    """A request period: its event, its end and the provision that sets it."""

    start: date
    end: PeriodEnd
    basis: LegalBasis
    period: str
    start_event: Message


@dataclass(slots=True)  # not frozen: built per case (see outcome.py)
class _Acceptance:
    """An acceptance and the start of the transfer period it opens (Art 29(1))."""

    shift: Shift
    accepted_on: date  # the acceptance itself (receipt of the reply, or end of the period)
    start: date  # event from which the transfer period runs
    start_event: Message
    other_start: date | None = None  # the other reading of the start (spec Q4), if any


@dataclass(frozen=True, slots=True)
class _ReplyRule:
    """How a take charge or take back request must be answered."""

    id: str
    n: int
    unit: Unit
    period: str
    basis: LegalBasis
    consequence: str
    tacit_basis: LegalBasis
    tacit_key: str
    accept_basis: LegalBasis
    accept_key: str
    unverified: bool = False


_TAKE_CHARGE_REPLY = _ReplyRule(
    "take_charge_reply",
    2,
    Unit.MONTH,
    "2 months",
    _art("22", "1"),
    "deadline.consequence.take_charge_reply",
    _art("22", "7"),
    "shift.tacit_acceptance.take_charge",
    _art("22", "1"),
    "shift.accepted.take_charge",
)
# Art 22(6)-(7): an urgent request must be answered by the date asked, but acceptance is deemed
# only at the end of the one-month period; the text ties no effect to the shorter date (T3).
_URGENT_REPLY = _ReplyRule(
    "take_charge_reply",
    1,
    Unit.MONTH,
    "1 month",
    _art("22", "6"),
    "deadline.consequence.take_charge_reply_urgent",
    _art("22", "7"),
    "shift.tacit_acceptance.take_charge_urgent",
    _art("22", "1"),
    "shift.accepted.take_charge",
    unverified=True,
)
_TAKE_BACK_REPLY = _ReplyRule(
    "take_back_reply",
    1,
    Unit.MONTH,
    "1 month",
    _art("25", "1"),
    "deadline.consequence.take_back_reply",
    _art("25", "2"),
    "shift.tacit_acceptance.take_back",
    _art("25", "1"),
    "shift.accepted.take_back",
)
# Art 25(1) 2nd sentence: two weeks when the request rests on Eurodac data.
_TAKE_BACK_REPLY_EURODAC = _ReplyRule(
    "take_back_reply",
    2,
    Unit.WEEK,
    "2 weeks",
    _art("25", "1"),
    "deadline.consequence.take_back_reply",
    _art("25", "2"),
    "shift.tacit_acceptance.take_back",
    _art("25", "1"),
    "shift.accepted.take_back",
)
# Art 28(3) 2nd subpara: in detention the reply is due within two weeks, and silence is
# tantamount to acceptance; this replaces the periods of Arts 22 and 25.
_DETENTION_REPLY = _ReplyRule(
    "detention_reply",
    2,
    Unit.WEEK,
    "2 weeks",
    _art("28", "3", subparagraph="2"),
    "deadline.consequence.detention_reply",
    _art("28", "3", subparagraph="2"),
    "shift.tacit_acceptance.detention",
    _art("28", "3", subparagraph="2"),
    "shift.accepted.detention",
)


@dataclass(slots=True)
class _Run:
    """One computation: the facts as of `as_of`, and what has been found so far."""

    facts: CaseFacts
    as_of: date
    settings: EngineSettings
    here: str
    answers: dict[str, bool | str]
    requests: list[Request]  # sent on or before as_of, in sending order
    replies: dict[str, list[Reply]]  # received on or before as_of, by request, in order
    calendars: _Calendars
    deadlines: list[Deadline] = field(default_factory=list)
    shifts: list[Shift] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    # End of the period to send a request, by kind: (deadline id, due, basis of its expiry).
    request_due: dict[RequestKind, tuple[str, date, LegalBasis]] = field(default_factory=dict)
    extensions: dict[str, int] = field(default_factory=dict)  # Art 34(5), days by State
    accepted_outgoing: bool = False
    standing_refusals: list[Shift] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)  # Reg 1182/71 provisions relied on

    def warn(self, code: str, message: Message, basis: LegalBasis | None = None) -> None:
        if all(w.code != code or w.message != message for w in self.warnings):
            self.warnings.append(Warning(code, message, basis))

    def answer(self, question_id: str, options: tuple[str, ...], basis: LegalBasis) -> str | None:
        """The recorded answer as one of `options` (`cordiale.law.answers`); None when there
        is none or when it is none of the options, then with a warning: the caller asks."""
        value = self.answers.get(question_id)
        if value is None:
            return None
        answer = normalise_answer(value, options)
        if answer is None:
            self.warn(INVALID_ANSWER, invalid_answer_message(question_id, value, options), basis)
        return answer

    def ask(
        self,
        question_id: str,
        kind: str,
        basis: LegalBasis,
        message: Message,
        options: tuple[str, ...],
        *,
        blocking: bool = False,
    ) -> None:
        if all(q.id != question_id for q in self.questions):
            self.questions.append(
                Question(question_id, kind, basis, message, options, blocking=blocking)
            )

    def period(
        self, start: date, n: int, unit: Unit, rule: ComputationRule, state: str
    ) -> PeriodEnd:
        """End of a period with the holidays of `state`, the State that must act (R1182 Art
        2(1); spec Q3)."""
        # Art 42 periods follow the roll-over setting (Q1); R1182 ones roll over by law.
        extend = self.settings.dublin3_extend_on_nonworking_end if rule is DIII else None
        try:
            return _period_end(
                start,
                n,
                unit,
                rule,
                state,
                extend,
                self.settings.r1182_min_two_working_days,
                self.calendars,
            )
        except ValueError:
            # No holiday calendar for this State: count the plain period and say so.
            self.warn("deadline.no_calendar", _msg("warning.deadline.no_calendar", state=state))
            return period_end(start, n, unit, rule=DIII, state=None)

    def final_reply(self, request_id: str) -> Reply | None:
        """The first acceptance or refusal (a postponement or a request for information does
        not answer the request)."""
        for reply in self.replies.get(request_id, ()):
            if reply.outcome in _FINAL:
                return reply
        return None

    def received(self, request: Request) -> date:
        """Receipt of a request, which starts the reply period (Arts 22(1), 25(1))."""
        if request.received_on is not None:
            return request.received_on
        self.warn(
            "deadline.receipt_unknown",
            _msg(
                "warning.deadline.receipt_unknown",
                request=request.id,
                state=request.to_state,
                date=request.sent_on,
            ),
            _art("15", "3", instrument=_IR),
        )
        return request.sent_on

    def act_date(
        self, sent: date | None, received: date, due: date, request: str, *, reply: bool
    ) -> date:
        """When an act was done: its sending, unless a person decides that receipt counts.

        Spec Q2 and H13: Dublin III speaks of making a request or giving a decision; the
        DubliNet acknowledgement proves receipt (IR Art 15(3)). The two only matter when the
        time limit ended between them, and then a person is asked.
        """
        if sent is None or sent >= received or not sent <= due < received:
            return sent if sent is not None and sent <= received else received
        question_id = f"H13:in_time:{'reply' if reply else 'request'}:{request}"
        basis = _art("15", "3", instrument=_IR)
        answer = self.answer(question_id, _IN_TIME_OR_LATE, basis)
        if answer is None:
            key = "q.deadline.reply_sent_or_received" if reply else "q.deadline.sent_or_received"
            self.ask(
                question_id,
                "H13",
                basis,
                _msg(key, request=request, sent=sent, received=received, due=due),
                _IN_TIME_OR_LATE,
            )
            return sent
        return received if answer == "late" else sent

    def deadline(
        self,
        deadline_id: str,
        end: PeriodEnd,
        *,
        start: date,
        state: str,
        basis: LegalBasis,
        start_event: Message,
        period: str,
        consequence: Message,
        status: DeadlineStatus,
        done: date | None,
        request: str | None = None,
        unverified: bool = False,
        alternative: date | None = None,
        note: Message | None = None,
    ) -> Deadline:
        if alternative is None and end.alternative is not None:
            # Spec Q1: Art 42 has no roll-over rule; both dates are shown.
            alternative, note, unverified = end.alternative, _q1_note(self, end.alternative), True
        if end.rule is R1182 and status is not NOT_APPLICABLE:
            # Reg 1182/71 Arts 2(2), 3(3), 3(5): wording not seen in a primary copy.
            self.unverified.extend(
                item for item in r1182_unverified(end) if item not in self.unverified
            )
        made = Deadline(
            id=deadline_id,
            basis=basis,
            start_event=start_event,
            start=start,
            due=end.due,
            state_to_act=state,
            calendar=end.calendar,
            rule=end.rule.value,
            status=status,
            consequence=consequence,
            period=period,
            alternative=alternative,
            alternative_note=note,
            done_on=done,
            request=request,
            unverified=unverified,
        )
        self.deadlines.append(made)
        return made


# The subdivisions in force (the settings' and the calendar module's defaults), as
# `calendars_key` gives them: part of the cache key, so that a change of either is never
# answered from the cache.
_Calendars = str


@lru_cache(maxsize=1 << 16)
def _period_end(
    start: date,
    n: int,
    unit: Unit,
    rule: ComputationRule,
    state: str,
    extend: bool | None,
    min_two_working_days: bool,
    calendars: _Calendars,
) -> PeriodEnd:
    # Cases share their dates (lodging, receipts, month ends): the same period is computed
    # again and again in a batch, and PeriodEnd is immutable, so the answers are kept.
    return period_end(
        start,
        n,
        unit,
        rule=rule,
        state=state,
        extend_on_nonworking_end=extend,
        r1182_min_two_working_days=min_two_working_days,
        subdivisions=subdivisions_of(calendars),
    )


def _msg(key: str, **params: object) -> Message:
    """A message; its parameters as text (dates in ISO format). It runs ~10 times per case:
    the keyword dict, new at each call, is converted in place."""
    for name, value in params.items():
        if type(value) is not str:
            params[name] = value.isoformat() if isinstance(value, date) else str(value)
    return Message(key, cast("dict[str, str]", params))


def _q1_note(run: _Run, other: date) -> Message:
    if run.settings.dublin3_extend_on_nonworking_end:
        return _msg("deadline.note.q1_unextended", date=other)
    return _msg("deadline.note.q1_extended", date=other)


def _status(done: date | None, due: date, as_of: date) -> DeadlineStatus:
    if done is not None:
        return MET if done <= due else MISSED
    return MISSED if as_of > due else OPEN


# --- entry point --------------------------------------------------------------------------


def compute_deadlines(
    facts: CaseFacts,
    *,
    as_of: date,
    track: Track,
    current: Application | None,
    proposed_state: str | None,
    settings: EngineSettings,
) -> DeadlineReport:
    """The time limits of the case as of `as_of`, and the changes of responsibility they and
    the replies caused (spec sections 3-4, invariants 2-3)."""
    run = _start(facts, as_of, settings)
    _information_requests(run)
    _request_period(run, track, current, proposed_state)
    for request in run.requests:
        if request.kind in _TRANSFER_KINDS:
            _procedure(run, request)
        elif request.kind is RequestKind.HUMANITARIAN:
            _humanitarian(run, request)
    _orphan_re_examinations(run)
    if not run.accepted_outgoing:
        # A refusal that stands matters only if no other State accepted (IR Art 5(2)).
        run.shifts.extend(run.standing_refusals)
    # The information requests come last: they serve the procedure, they are not part of it.
    run.deadlines.sort(key=lambda d: d.id == "information_reply")
    run.shifts.sort(key=attrgetter("on"))
    return DeadlineReport(run.deadlines, run.shifts, run.warnings, run.questions, run.unverified)


def _start(facts: CaseFacts, as_of: date, settings: EngineSettings) -> _Run:
    requests = sorted((r for r in facts.requests if r.sent_on <= as_of), key=attrgetter("sent_on"))
    replies: dict[str, list[Reply]] = {}
    for reply in sorted(facts.replies, key=attrgetter("received_on")):
        if reply.received_on <= as_of:
            replies.setdefault(reply.request, []).append(reply)
    return _Run(
        facts=facts,
        as_of=as_of,
        settings=settings,
        here=facts.determining_state,
        answers={a.question: a.value for a in facts.answers} if facts.answers else {},
        requests=requests,
        replies=replies,
        calendars=calendars_key(settings.subdivisions),
    )


# --- T23: information requests (Art 34) ---------------------------------------------------


def _information_requests(run: _Run) -> None:
    """Art 34(5): five weeks to reply. A late reply extends the request periods of Arts 21, 23
    and 24 by the delay, towards the State that replied late (spec T23)."""
    for request in run.requests:
        if request.kind is not RequestKind.INFORMATION:
            continue
        received = run.received(request)
        end = run.period(received, 5, Unit.WEEK, DIII, request.to_state)
        replies = run.replies.get(request.id)
        reply = replies[0] if replies else None
        done = (
            run.act_date(reply.sent_on, reply.received_on, end.due, request.id, reply=True)
            if reply
            else None
        )
        status = _status(done, end.due, run.as_of)
        run.deadline(
            "information_reply",
            end,
            start=received,
            state=request.to_state,
            basis=_art("34", "5"),
            start_event=_received_event(request, received),
            period="5 weeks",
            consequence=_msg("deadline.consequence.information_reply", state=request.to_state),
            status=status,
            done=done,
            request=request.id,
        )
        if request.from_state == run.here:
            _art34_extension(run, request, end.due, done)


def _art34_extension(run: _Run, request: Request, due: date, done: date | None) -> None:
    state = request.to_state
    if done is not None and done > due:
        days = (done - due).days
        run.extensions[state] = max(days, run.extensions.get(state, 0))
        run.warn(
            "deadline.art34_extended",
            _msg("warning.deadline.art34_extended", state=state, request=request.id, days=days),
            _art("34", "5"),
        )
    elif done is None and run.as_of > due:
        run.warn(
            "deadline.art34_outstanding",
            _msg("warning.deadline.art34_outstanding", state=state, request=request.id, due=due),
            _art("34", "5"),
        )


# --- T1, T2, T5-T8, T14: sending the request ----------------------------------------------


def _request_period(
    run: _Run, track: Track, current: Application | None, proposed: str | None
) -> None:
    outgoing = [r for r in run.requests if r.from_state == run.here and r.kind in _TRANSFER_KINDS]
    if track is Track.NONE:
        if not outgoing:
            _request_not_applicable(run, current)
            return
        # The determining State is responsible, yet a request was sent: its time limit holds.
        kind = outgoing[0].kind
    else:
        kind = RequestKind.TAKE_CHARGE if track is Track.TAKE_CHARGE else RequestKind.TAKE_BACK
    sent = _first_request(outgoing, kind, proposed)
    target = sent.to_state if sent is not None else proposed
    if kind is RequestKind.TAKE_CHARGE:
        limit, which = _take_charge_limit(run, current, target), "take_charge_request"
    elif current is not None:
        limit, which = _take_back_limit(run, current, target), "take_back_request"
    else:
        limit, which = _art24_limit(run, target), "art24_request"
    _send_request(run, limit, which, sent, target)
    if current is not None and track is not Track.NONE:
        _detention_request(run, current, sent)


def _first_request(
    outgoing: list[Request], kind: RequestKind, proposed: str | None
) -> Request | None:
    """The request that meets the period: the first one sent to the designated State, or the
    first one of that kind if none went there."""
    of_kind = [r for r in outgoing if r.kind is kind]
    to_proposed = [r for r in of_kind if r.to_state == proposed]
    found = to_proposed or of_kind
    return found[0] if found else None


def _request_not_applicable(run: _Run, current: Application | None) -> None:
    """Track NONE: the determining State is responsible and sends no request."""
    if current is None:
        return
    lodged = current.lodged_on
    end = run.period(lodged, 3, Unit.MONTH, DIII, run.here)
    run.deadline(
        "take_charge_request",
        end,
        start=lodged,
        state=run.here,
        basis=_art("21", "1", subparagraph="1"),
        start_event=_msg("deadline.start.lodged", date=lodged),
        period="3 months",
        consequence=_msg("deadline.consequence.take_charge_request", state=run.here),
        status=NOT_APPLICABLE,
        done=None,
    )


# The three request procedures: deadline id, consequence message, shift message and basis.
_REQUEST_EFFECTS: dict[str, tuple[str, str, str, LegalBasis]] = {
    "take_charge_request": (
        "take_charge_request",
        "deadline.consequence.take_charge_request",
        "shift.take_charge_request_missed",
        _art("21", "1", subparagraph="3"),
    ),
    "take_back_request": (
        "take_back_request",
        "deadline.consequence.take_back_request",
        "shift.take_back_request_missed",
        _art("23", "3"),
    ),
    # Art 24: no new application; the deadline keeps the take back id.
    "art24_request": (
        "take_back_request",
        "deadline.consequence.art24_request",
        "shift.art24_request_missed",
        _art("24", "3"),
    ),
}


def _send_request(
    run: _Run, limit: _Limit | None, which: str, sent: Request | None, target: str | None
) -> None:
    if limit is None:
        return
    deadline_id, consequence_key, shift_key, shift_basis = _REQUEST_EFFECTS[which]
    end = _extend_art34(run, limit.end, target)
    if which == "art24_request" and sent is not None and sent.sent_on < limit.start:
        # C-360/16 Hasan: after a transfer and an unlawful return a fresh take back procedure
        # is needed; a request of the earlier procedure does not meet the new period.
        sent = None
    done = None
    if sent is not None:
        received = sent.received_on or sent.sent_on
        done = run.act_date(sent.sent_on, received, end.due, sent.id, reply=False)
    status = _status(done, end.due, run.as_of)
    run.deadline(
        deadline_id,
        end,
        start=limit.start,
        state=run.here,
        basis=limit.basis,
        start_event=limit.start_event,
        period=limit.period,
        consequence=_msg(consequence_key, state=run.here),
        status=status,
        done=done,
    )
    kind = RequestKind.TAKE_CHARGE if which == "take_charge_request" else RequestKind.TAKE_BACK
    run.request_due[kind] = (deadline_id, end.due, shift_basis)
    if status is MISSED:
        # Arts 21(1) 3rd subpara, 23(3), 24(3): the expiry moves responsibility by itself, and
        # the applicant can rely on it (C-670/16 Mengesteab; C-213/17 X).
        on = end.due + _ONE_DAY
        run.shifts.append(
            Shift(
                run.here, on, shift_basis, _msg(shift_key, state=run.here, due=end.due), deadline_id
            )
        )


def _extend_art34(run: _Run, end: PeriodEnd, target: str | None) -> PeriodEnd:
    """Art 34(5): the request period is extended by the delay of a late information reply
    from the State the request goes to."""
    days = run.extensions.get(target, 0) if target is not None else 0
    if not days or end.state is None:
        return end
    extended = run.period(end.unextended, days, Unit.DAY, DIII, end.state)
    return PeriodEnd(
        end.start,
        end.n,
        end.unit,
        end.rule,
        end.state,
        end.calendar,
        extended.unextended,
        extended.extended,
        extended.due,
        extended.alternative,
        extended.extension_applied,
    )


def _take_charge_limit(run: _Run, current: Application | None, target: str | None) -> _Limit | None:
    """T1/T2: three months from lodging (Art 21(1) 1st subpara), or two months from a Eurodac
    category 2 hit (2nd subpara), whichever ends first: no request is valid more than three
    months after lodging, even within two months of the hit (C-670/16 Mengesteab)."""
    if current is None:
        run.warn(
            "deadline.no_application",
            _msg("warning.deadline.no_application", state=run.here),
            _art("20", "2"),
        )
        return None
    lodged = current.lodged_on
    limit = _Limit(
        lodged,
        run.period(lodged, 3, Unit.MONTH, DIII, run.here),
        _art("21", "1", subparagraph="1"),
        "3 months",
        _msg("deadline.start.lodged", date=lodged),
    )
    hit = _first_hit(run, (2,), lodged, target, "21(1)")
    if hit is not None:
        by_hit = run.period(hit.received_on, 2, Unit.MONTH, DIII, run.here)
        if (by_hit.due, by_hit.unextended) < (limit.end.due, limit.end.unextended):
            limit = _Limit(
                hit.received_on,
                by_hit,
                _art("21", "1", subparagraph="2"),
                "2 months",
                _hit_event(hit),
            )
    return limit


def _take_back_limit(run: _Run, current: Application, target: str | None) -> _Limit:
    """T5/T6: two months from a Eurodac category 1 hit (Art 23(2) 1st subpara); three months
    from the new application when the request rests on other evidence (2nd subpara)."""
    hit = _first_hit(run, (1,), current.lodged_on, target, "23(2)")
    if hit is not None:
        return _Limit(
            hit.received_on,
            run.period(hit.received_on, 2, Unit.MONTH, DIII, run.here),
            _art("23", "2", subparagraph="1"),
            "2 months",
            _hit_event(hit),
        )
    lodged = current.lodged_on
    return _Limit(
        lodged,
        run.period(lodged, 3, Unit.MONTH, DIII, run.here),
        _art("23", "2", subparagraph="2"),
        "3 months",
        _msg("deadline.start.lodged", date=lodged),
    )


def _art24_limit(run: _Run, target: str | None) -> _Limit | None:
    """T7/T8, no new application: two months from the Eurodac hit (Art 24(2) 1st subpara), or
    three months from when the State became aware that another State may be responsible (2nd
    subpara; C-360/16 Hasan). That date is not a case-file field: a person gives it."""
    hit = _first_hit(run, (1, 3), None, target, "24(2)")
    if hit is not None:
        return _Limit(
            hit.received_on,
            run.period(hit.received_on, 2, Unit.MONTH, DIII, run.here),
            _art("24", "2", subparagraph="1"),
            "2 months",
            _hit_event(hit),
        )
    aware = _answered_date(run, "fact:art24_aware_on", _art("24", "2", subparagraph="2"))
    if aware is None:
        run.ask(
            "fact:art24_aware_on",
            "fact",
            _art("24", "2", subparagraph="2"),
            _msg("q.deadline.art24_aware_on", state=run.here),
            (DATE_OPTION,),
        )
        return None
    return _Limit(
        aware,
        run.period(aware, 3, Unit.MONTH, DIII, run.here),
        _art("24", "2", subparagraph="2"),
        "3 months",
        _msg("deadline.start.aware", date=aware, state=run.here),
    )


def _answered_date(run: _Run, question_id: str, basis: LegalBasis) -> date | None:
    answer = run.answer(question_id, (DATE_OPTION,), basis)
    return None if answer is None else date.fromisoformat(answer)


def _first_hit(
    run: _Run,
    categories: tuple[int, ...],
    lodged: date | None,
    target: str | None,
    article: str,
) -> EurodacHit | None:
    """The Eurodac hit that starts the shorter period: the first one received from the State
    the request goes to, or else from any other State.

    The hit of Arts 21(1) and 23(2) is the answer to the comparison of the applicant's
    fingerprints, taken after lodging (Reg 603/2013 Arts 9(1), 15(2)); a hit received before
    the lodging is not counted, and a person is told to check it.
    """
    hits: list[EurodacHit] = []
    for hit in run.facts.eurodac_hits:
        if hit.category not in categories or hit.state == run.here or hit.received_on > run.as_of:
            continue
        if lodged is not None and hit.received_on < lodged:
            run.warn(
                "deadline.hit_before_lodging",
                _msg(
                    "warning.deadline.hit_before_lodging",
                    date=hit.received_on,
                    state=hit.state,
                    lodged=lodged,
                    article=article,
                ),
                _art("20", "2"),
            )
            continue
        hits.append(hit)
    if not hits:
        return None
    preferred = [h for h in hits if h.state == target] or hits
    return min(preferred, key=attrgetter("received_on"))


def _hit_event(hit: EurodacHit) -> Message:
    return _msg(
        "deadline.start.eurodac_hit", date=hit.received_on, state=hit.state, category=hit.category
    )


def _detention_request(run: _Run, current: Application, sent: Request | None) -> None:
    """T14: a person detained under Art 28 must be the subject of a request within one month
    of lodging (Art 28(3) 2nd subpara); otherwise the detention ends (4th subpara), and the
    other periods keep running."""
    lodged = current.lodged_on
    end = run.period(lodged, 1, Unit.MONTH, DIII, run.here)
    detention = _detained(run, run.here, lodged, end.due)
    if detention is None:
        return
    done = sent.sent_on if sent is not None else None
    status = _status(done, end.due, run.as_of)
    run.deadline(
        "detention_request",
        end,
        start=lodged,
        state=run.here,
        basis=_art("28", "3", subparagraph="2"),
        start_event=_msg("deadline.start.lodged_detained", date=lodged, since=detention.start),
        period="1 month",
        consequence=_msg("deadline.consequence.detention_request"),
        status=status,
        done=done,
    )
    if status is MISSED and (detention.end is None or detention.end > end.due):
        run.warn(
            "deadline.detention_request_missed",
            _msg("warning.deadline.detention_request_missed", due=end.due),
            _art("28", "3", subparagraph="4"),
        )
    if (
        sent is not None
        and not sent.detention
        and _detained(run, run.here, sent.sent_on, sent.sent_on)
    ):
        run.warn(
            "deadline.detention_not_urgent",
            _msg("warning.deadline.detention_not_urgent", request=sent.id),
            _art("28", "3", subparagraph="2"),
        )


def _detained(run: _Run, state: str, start: date, end: date) -> Detention | None:
    """A detention in `state` that overlaps [start, end], as known on `as_of`."""
    for detention in run.facts.detentions:
        if (
            detention.state == state
            and detention.start <= min(end, run.as_of)
            and (detention.end is None or detention.end >= start)
        ):
            return detention
    return None


# --- T3, T4, T9, T15: replying; T10, T11: re-examination ----------------------------------


def _procedure(run: _Run, request: Request) -> None:
    """A take charge or take back request: reply, re-examination, acceptance, transfer."""
    acceptance, refusal = _reply(run, request)
    if refusal is not None:
        acceptance = _re_examination(run, request, refusal)
    if acceptance is None:
        return
    outgoing = request.from_state == run.here
    if outgoing and not _sent_in_time(run, request):
        # A request sent out of time is void: its acceptance makes no State responsible, and
        # the applicant can rely on the expiry (C-670/16 Mengesteab).
        _, due, basis = run.request_due[request.kind]
        run.warn(
            "deadline.late_request_accepted",
            _msg(
                "warning.deadline.late_request_accepted",
                request=request.id,
                date=request.sent_on,
                due=due,
                state=request.to_state,
            ),
            basis,
        )
        return
    run.shifts.append(acceptance.shift)
    if outgoing:
        run.accepted_outgoing = True
    _transfer(run, request, acceptance)


def _sent_in_time(run: _Run, request: Request) -> bool:
    limit = run.request_due.get(request.kind)
    if limit is None:
        return True
    received = request.received_on or request.sent_on
    return run.act_date(request.sent_on, received, limit[1], request.id, reply=False) <= limit[1]


def _reply_rule(request: Request) -> _ReplyRule:
    if request.detention:
        return _DETENTION_REPLY
    if request.kind is RequestKind.TAKE_BACK:
        return _TAKE_BACK_REPLY_EURODAC if request.eurodac_based else _TAKE_BACK_REPLY
    return _URGENT_REPLY if request.urgent else _TAKE_CHARGE_REPLY


def _reply(run: _Run, request: Request) -> tuple[_Acceptance | None, Reply | None]:
    """The reply deadline; returns the acceptance, or the refusal given in time."""
    rule = _reply_rule(request)
    received = run.received(request)
    end = run.period(received, rule.n, rule.unit, DIII, request.to_state)
    final = run.final_reply(request.id)
    done = (
        run.act_date(final.sent_on, final.received_on, end.due, request.id, reply=True)
        if final is not None
        else None
    )
    status = _status(done, end.due, run.as_of)
    run.deadline(
        rule.id,
        end,
        start=received,
        state=request.to_state,
        basis=rule.basis,
        start_event=_received_event(request, received),
        period=rule.period,
        consequence=_msg(rule.consequence, state=request.to_state),
        status=status,
        done=done,
        request=request.id,
        unverified=rule.unverified,
    )
    if rule is _URGENT_REPLY:
        early = _urgent(run, request, received, end.due, final, done)
        if early is not None:
            return early, None
    if final is not None and done is not None and done <= end.due:
        if final.outcome is ReplyOutcome.ACCEPT:
            return _explicit(request, final, rule.accept_basis, rule.accept_key), None
        return None, final
    if status is not MISSED:
        return None, None
    if final is not None and final.outcome is ReplyOutcome.REFUSE:
        run.warn(
            "deadline.late_refusal",
            _msg(
                "warning.deadline.late_refusal",
                state=request.to_state,
                request=request.id,
                date=final.received_on,
                due=end.due,
            ),
            rule.tacit_basis,
        )
    return _tacit(run, request, rule, end.due), None


def _explicit(request: Request, reply: Reply, basis: LegalBasis, key: str) -> _Acceptance:
    on = reply.received_on
    shift = Shift(
        request.to_state,
        on,
        basis,
        _msg(key, state=request.to_state, request=request.id, date=on),
        None,
    )
    event = _msg("deadline.start.acceptance", request=request.id, state=request.to_state, date=on)
    return _Acceptance(shift, on, on, event)


def _tacit(run: _Run, request: Request, rule: _ReplyRule, due: date) -> _Acceptance:
    """Silence until the end of the reply period is acceptance (Arts 22(7), 25(2), 28(3)).

    The transfer period then runs from the last day of the reply period (variant A, VG
    Regensburg) or from the day after (variant B): national case law is split (spec Q4, E2).
    """
    state = request.to_state
    shift = Shift(
        state,
        due + _ONE_DAY,
        rule.tacit_basis,
        _msg(rule.tacit_key, state=state, request=request.id, due=due),
        rule.id,
    )
    event = _msg("deadline.start.tacit_acceptance", request=request.id, state=state, due=due)
    return _tacit_acceptance(run, shift, due, event)


def _tacit_acceptance(run: _Run, shift: Shift, due: date, event: Message) -> _Acceptance:
    day_after = due + _ONE_DAY
    run.warn(
        "setting.tacit_acceptance_start",
        _msg(
            "warning.setting_used",
            setting="tacit_acceptance_start",
            value=run.settings.tacit_acceptance_start.value,
        ),
        _art("29", "1"),
    )
    if run.settings.tacit_acceptance_start is TacitAcceptanceStart.DAY_AFTER_REPLY_PERIOD:
        return _Acceptance(shift, due, day_after, event, other_start=due)
    return _Acceptance(shift, due, due, event, other_start=day_after)


def _urgent(
    run: _Run,
    request: Request,
    received: date,
    due: date,
    final: Reply | None,
    done: date | None,
) -> _Acceptance | None:
    """T3: the urgent reply date of Art 21(2) and its open question (spec section 9).

    Only the one-month limit of Art 22(6) carries tacit acceptance in the text (22(7)). When
    the requested State stays silent past the urgent date, a person decides whether that
    silence already counts as acceptance (H13); a "yes" makes the acceptance date the urgent
    date.
    """
    urgent = request.urgent_reply_by
    if urgent is None:
        return None
    if urgent < received + _ONE_WEEK:
        run.warn(
            "deadline.urgent_too_short",
            _msg(
                "warning.deadline.urgent_too_short",
                request=request.id,
                date=urgent,
                received=received,
            ),
            _art("21", "2"),
        )
    postponed = _postponed(run, request.id)
    if postponed is not None and postponed.received_on > urgent:
        run.warn(
            "deadline.postpone_late",
            _msg(
                "warning.deadline.postpone_late",
                state=request.to_state,
                request=request.id,
                date=postponed.received_on,
                urgent=urgent,
            ),
            _art("22", "6"),
        )
    if run.as_of <= urgent or (done is not None and done <= urgent):
        return None
    if postponed is not None and postponed.received_on <= urgent:
        return None  # a postponement in time lets the reply come within the month (22(6))
    if final is not None and final.outcome is ReplyOutcome.ACCEPT:
        return None  # accepted anyway
    if final is None and run.as_of > due:
        return None  # the one-month period has run out: tacit acceptance in any reading
    question_id = f"H13:urgent_silence:{request.id}"
    answer = run.answer(question_id, YES_NO, _art("22", "7"))
    if answer is None:
        run.ask(
            question_id,
            "T3",  # spec T3: silence after the urgent deadline, before one month
            _art("22", "7"),
            _msg(
                "q.deadline.urgent_silence",
                state=request.to_state,
                request=request.id,
                urgent=urgent,
                due=due,
            ),
            ("yes", "no"),
        )
        return None
    if answer != YES:
        return None
    state = request.to_state
    shift = Shift(
        state,
        urgent + _ONE_DAY,
        _art("22", "7"),
        _msg("shift.tacit_acceptance.urgent_date", state=state, request=request.id, due=urgent),
        "take_charge_reply",
    )
    event = _msg("deadline.start.tacit_acceptance", request=request.id, state=state, due=urgent)
    return _tacit_acceptance(run, shift, urgent, event)


def _postponed(run: _Run, request_id: str) -> Reply | None:
    for reply in run.replies.get(request_id, ()):
        if reply.outcome is ReplyOutcome.POSTPONE:
            return reply
    return None


def _received_event(request: Request, received: date) -> Message:
    return _msg(
        "deadline.start.request_received",
        request=request.id,
        from_state=request.from_state,
        state=request.to_state,
        date=received,
    )


def _re_examination(run: _Run, request: Request, refusal: Reply) -> _Acceptance | None:
    """T10: three weeks from receipt of the refusal to ask for re-examination (IR Art 5(2)),
    under Reg 1182/71 with the holidays of the requesting State (spec E3)."""
    requesting = request.from_state
    end = run.period(refusal.received_on, 3, Unit.WEEK, R1182, requesting)
    asked = _re_examination_request(run, request.id)
    done = None
    if asked is not None:
        received = asked.received_on or asked.sent_on
        done = run.act_date(asked.sent_on, received, end.due, asked.id, reply=False)
    status = _status(done, end.due, run.as_of)
    run.deadline(
        "re_examination_request",
        end,
        start=refusal.received_on,
        state=requesting,
        basis=_art("5", "2", instrument=_IR),
        start_event=_msg(
            "deadline.start.refusal_received",
            request=request.id,
            state=request.to_state,
            date=refusal.received_on,
        ),
        period="3 weeks",
        consequence=_msg("deadline.consequence.re_examination_request", state=request.to_state),
        status=status,
        done=done,
        request=request.id,
    )
    closed: tuple[date, str] | None = None
    if asked is not None:
        acceptance, closed = _re_examination_reply(run, asked)
        if status is MET and acceptance is not None:
            return acceptance
        if status is MISSED:
            closed = (end.due + _ONE_DAY, "re_examination_request")
    elif status is MISSED:
        closed = (end.due + _ONE_DAY, "re_examination_request")
    if closed is not None and requesting == run.here:
        _refusal_stands(run, request, *closed)
    return None


def _re_examination_request(run: _Run, request_id: str) -> Request | None:
    for request in run.requests:
        if request.kind is RequestKind.RE_EXAMINATION and request.re_examination_of == request_id:
            return request
    return None


def _re_examination_reply(
    run: _Run, asked: Request
) -> tuple[_Acceptance | None, tuple[date, str] | None]:
    """T11: two weeks to reply, best efforts (IR Art 5(2)). Silence is no acceptance: it ends
    the re-examination for good (C-47/17 and C-48/17 X and X). Returns the acceptance, or
    when and by which deadline the procedure closed."""
    received = run.received(asked)
    end = run.period(received, 2, Unit.WEEK, R1182, asked.to_state)
    final = run.final_reply(asked.id)
    done = (
        run.act_date(final.sent_on, final.received_on, end.due, asked.id, reply=True)
        if final is not None
        else None
    )
    status = _status(done, end.due, run.as_of)
    run.deadline(
        "re_examination_reply",
        end,
        start=received,
        state=asked.to_state,
        basis=_art("5", "2", instrument=_IR),
        start_event=_received_event(asked, received),
        period="2 weeks",
        consequence=_msg("deadline.consequence.re_examination_reply", state=asked.from_state),
        status=status,
        done=done,
        request=asked.id,
    )
    if final is not None and done is not None and done <= end.due:
        if final.outcome is ReplyOutcome.ACCEPT:
            return _explicit(
                asked, final, _art("5", "2", instrument=_IR), "shift.accepted.re_examination"
            ), None
        return None, (final.received_on, "re_examination_reply")
    if status is not MISSED:
        return None, None
    if final is not None and final.outcome is ReplyOutcome.ACCEPT:
        # The procedure had already ended; the late acceptance cannot reopen it (X and X).
        run.warn(
            "deadline.late_re_examination_acceptance",
            _msg(
                "warning.deadline.late_re_examination_acceptance",
                state=asked.to_state,
                request=asked.id,
                date=final.received_on,
                due=end.due,
            ),
            _art("5", "2", instrument=_IR),
        )
    return None, (end.due + _ONE_DAY, "re_examination_reply")


def _refusal_stands(run: _Run, request: Request, closed_on: date, cause: str) -> None:
    """Invariant 3: after a refusal that stands, the requesting State is responsible unless it
    can still send a new request within its own period, which the re-examination never
    extends (IR Art 5(2); X and X)."""
    limit = run.request_due.get(request.kind)
    if limit is None:
        return  # the request period is unknown: whether a new request is possible is too
    deadline_id, due, _ = limit
    on = max(closed_on, due + _ONE_DAY)
    if on > run.as_of:
        return
    run.standing_refusals.append(
        Shift(
            run.here,
            on,
            _art("5", "2", instrument=_IR),
            _msg(
                "shift.refusal_stands",
                state=run.here,
                refused_by=request.to_state,
                request=request.id,
                due=due,
            ),
            deadline_id if on > closed_on else cause,
        )
    )


def _orphan_re_examinations(run: _Run) -> None:
    """A re-examination request whose refused request is not in the case file: its reply
    deadline is still shown, without effects on responsibility."""
    known = {r.id for r in run.requests if r.kind in _TRANSFER_KINDS}
    for request in run.requests:
        if request.kind is RequestKind.RE_EXAMINATION and request.re_examination_of not in known:
            _re_examination_reply(run, request)


# --- T12: humanitarian requests (Art 17(2)) -----------------------------------------------


def _humanitarian(run: _Run, request: Request) -> None:
    """T12: two months to reply (Art 17(2) 3rd subpara). The text attaches no acceptance to
    silence, so none is inferred; an acceptance transfers responsibility (4th subpara)."""
    received = run.received(request)
    end = run.period(received, 2, Unit.MONTH, DIII, request.to_state)
    final = run.final_reply(request.id)
    done = (
        run.act_date(final.sent_on, final.received_on, end.due, request.id, reply=True)
        if final is not None
        else None
    )
    status = _status(done, end.due, run.as_of)
    run.deadline(
        "humanitarian_reply",
        end,
        start=received,
        state=request.to_state,
        basis=_art("17", "2", subparagraph="3"),
        start_event=_received_event(request, received),
        period="2 months",
        consequence=_msg("deadline.consequence.humanitarian_reply", state=request.to_state),
        status=status,
        done=done,
        request=request.id,
    )
    if final is not None and final.outcome is ReplyOutcome.ACCEPT:
        acceptance = _explicit(
            request, final, _art("17", "2", subparagraph="4"), "shift.accepted.humanitarian"
        )
        run.shifts.append(acceptance.shift)
        if request.from_state == run.here:
            run.accepted_outgoing = True
        _transfer(run, request, acceptance)
    elif final is None and status is MISSED:
        run.warn(
            "deadline.humanitarian_silence",
            _msg(
                "warning.deadline.humanitarian_silence",
                state=request.to_state,
                request=request.id,
                due=end.due,
            ),
            _art("17", "2"),
        )


# --- T13, T16: the transfer -----------------------------------------------------------------


@dataclass(slots=True)
class _TransferStart:
    start: date
    event: Message
    other_start: date | None
    pending: Appeal | None = None
    annulled: Appeal | None = None


def _transfer(run: _Run, request: Request, acceptance: _Acceptance) -> None:
    """T13: six months from the acceptance, or from the final decision on an appeal with
    suspensive effect (Art 29(1); C-490/16 A.S.); up to 12 months in case of imprisonment and
    18 months in case of absconding (29(2)). On expiry the responsible State is released and
    the requesting State becomes responsible (29(2); C-201/16 Shiri)."""
    transferring, responsible = request.from_state, request.to_state
    outgoing = transferring == run.here
    begin = _transfer_start(run, acceptance, transferring, outgoing)
    base = run.period(begin.start, 6, Unit.MONTH, DIII, transferring)
    months = _transfer_months(run, transferring, responsible, begin.start, base.due)
    end = base if months == 6 else run.period(begin.start, months, Unit.MONTH, DIII, transferring)
    done = _transferred(run, responsible, acceptance.accepted_on)
    if begin.annulled is not None:
        status = NOT_APPLICABLE
    elif begin.pending is not None and done is None:
        status = OPEN  # the period does not run while the appeal suspends the transfer
    else:
        status = _status(done, end.due, run.as_of)
    alternative, note = _transfer_alternative(run, begin, months, transferring, end.due)
    run.deadline(
        "transfer",
        end,
        start=begin.start,
        state=transferring,
        basis=_art("29", "1") if months == 6 else _art("29", "2"),
        start_event=begin.event,
        period=f"{months} months",
        consequence=_msg(
            "deadline.consequence.transfer", state=transferring, responsible=responsible
        ),
        status=status,
        done=done,
        request=_original_id(request),
        unverified=alternative is not None or end.alternative is not None,
        alternative=alternative,
        note=note,
    )
    if status is not NOT_APPLICABLE and begin.pending is None:
        _transfer_expiry(run, request, done, end.due, alternative)
    if outgoing:
        _detention_transfer(run, request, begin, done)


def _transfer_expiry(
    run: _Run, request: Request, done: date | None, due: date, alternative: date | None
) -> None:
    """Art 29(2): on expiry the responsible State is released (C-201/16 Shiri).

    After a tacit acceptance the two readings of the start day give two ends (spec E2): the
    first is the date to plan for, but responsibility is taken to have moved only after the
    second; in between, a person decides (Q4).
    """
    first, last = (due, due) if alternative is None else sorted((due, alternative))
    if done is not None and done <= first:
        return
    transferring, responsible = request.from_state, request.to_state
    if (done is None or done > last) and run.as_of > last:
        message = _msg(
            "shift.transfer_missed", state=transferring, responsible=responsible, due=last
        )
        run.shifts.append(
            Shift(transferring, last + _ONE_DAY, _art("29", "2"), message, "transfer")
        )
    elif run.as_of > first:
        question_id = f"H13:transfer_start:{_original_id(request)}"
        answer = run.answer(question_id, _SHIFTED_OR_NOT, _art("29", "2"))
        if answer is None:
            # Spec Q4 and E2: between the two readings a person decides whether
            # responsibility has shifted; until then nothing is determined.
            run.ask(
                question_id,
                "Q4",
                _art("29", "2"),
                _msg(
                    "q.deadline.transfer_start",
                    state=transferring,
                    responsible=responsible,
                    first=first,
                    last=last,
                ),
                _SHIFTED_OR_NOT,
                blocking=True,
            )
        elif answer == "shifted":
            message = _msg(
                "shift.transfer_missed", state=transferring, responsible=responsible, due=first
            )
            run.shifts.append(
                Shift(transferring, first + _ONE_DAY, _art("29", "2"), message, "transfer")
            )


def _original_id(request: Request) -> str:
    """A re-examination accepted is the acceptance of the request it re-examined."""
    if request.kind is RequestKind.RE_EXAMINATION and request.re_examination_of:
        return request.re_examination_of
    return request.id


def _transfer_start(
    run: _Run, acceptance: _Acceptance, transferring: str, outgoing: bool
) -> _TransferStart:
    begin = _TransferStart(acceptance.start, acceptance.start_event, acceptance.other_start)
    if not outgoing:
        return begin  # the appeals in the case file are against this State's decision
    for appeal in sorted(run.facts.appeals, key=attrgetter("lodged_on")):
        if appeal.lodged_on > run.as_of:
            break
        decided = appeal.final_decision_on
        if decided is not None and decided > run.as_of:
            decided = None
        if decided is not None and appeal.outcome == "upheld":
            begin.annulled = appeal
            run.warn(
                "deadline.transfer_annulled",
                _msg("warning.deadline.transfer_annulled", date=decided),
                _art("27", "1"),
            )
            return begin
        if appeal.suspensive:
            # An appeal lodged after the period ended cannot revive it (C-201/16 Shiri).
            if appeal.lodged_on > run.period(begin.start, 6, Unit.MONTH, DIII, transferring).due:
                continue
            if decided is None:
                begin.pending = appeal
                run.warn(
                    "deadline.appeal_pending",
                    _msg("warning.deadline.appeal_pending", date=appeal.lodged_on),
                    _art("27", "3"),
                )
                return begin
            # Art 27(3): the period restarts in full from the final decision (C-490/16 A.S.).
            begin.start, begin.other_start = decided, None
            begin.event = _msg(
                "deadline.start.appeal_decided", date=decided, lodged=appeal.lodged_on
            )
        elif appeal.ex_officio_suspension:
            # Art 27(4) suspension for other reasons does not interrupt (C-245/21, C-248/21).
            run.warn(
                "deadline.ex_officio_suspension",
                _msg("warning.deadline.ex_officio_suspension", date=appeal.lodged_on),
                _art("27", "4"),
            )
    return begin


def _transfer_months(
    run: _Run, transferring: str, responsible: str, start: date, due6: date
) -> int:
    """Art 29(2): 18 months if the person absconds, 12 if imprisoned, during the six months.
    IR Art 9(2): the responsible State must be told before the six months end; otherwise the
    requesting State stays responsible, so a notice known to be late forfeits the extension."""
    absconding = _absconded(run, start, due6)
    if absconding is not None and _deliberate_evasion(run, absconding):
        return _extended_months(
            run,
            18,
            "absconding",
            absconding.on,
            absconding.notified_to_responsible_state_on,
            responsible,
            due6,
        )
    prison = _imprisoned(run, transferring, start, due6)
    if prison is not None:
        return _extended_months(
            run,
            12,
            "imprisonment",
            prison.start,
            prison.notified_to_responsible_state_on,
            responsible,
            due6,
        )
    return 6


def _deliberate_evasion(run: _Run, absconding: Absconding) -> bool:
    """C-163/17 Jawo: absconding is deliberate evasion of the authorities; it may be presumed
    when the person left the assigned accommodation without telling them, and the person can
    rebut it (e.g. a known church asylum, VG Ansbach). A person confirms (H11); until then the
    presumption stands and the question stays open."""
    question_id = f"H11:absconding:{absconding.on.isoformat()}"
    answer = run.answer(question_id, YES_NO, _art("29", "2"))
    if answer is None:
        run.ask(question_id, "H11", _art("29", "2"), _msg("q.h11", date=absconding.on), YES_NO)
        return True
    return answer == YES


def _extended_months(
    run: _Run,
    months: int,
    cause: str,
    since: date,
    notified: date | None,
    responsible: str,
    due6: date,
) -> int:
    """IR 1560/2003 Art 9(2): the responsible State is told before the six months end;
    otherwise the requesting State stays responsible, so a notice known to be late forfeits
    the extension, and a missing notice is a warning."""
    if notified is not None and notified > run.as_of:
        notified = None  # not yet done as of the run date
    if notified is None:
        run.warn(
            f"deadline.{cause}_notice_missing",
            _msg(
                f"warning.deadline.{cause}_notice_missing", date=since, state=responsible, due=due6
            ),
            _art("9", "2", instrument=_IR),
        )
    elif notified > due6:
        run.warn(
            f"deadline.{cause}_notice_late",
            _msg(
                f"warning.deadline.{cause}_notice_late", date=notified, state=responsible, due=due6
            ),
            _art("9", "2", instrument=_IR),
        )
        return 6
    return months


def _absconded(run: _Run, start: date, due6: date) -> Absconding | None:
    for absconding in run.facts.abscondings:
        if absconding.on <= min(due6, run.as_of) and (
            absconding.ended_on is None or absconding.ended_on > start
        ):
            return absconding
    return None


def _imprisoned(run: _Run, state: str, start: date, due6: date) -> Imprisonment | None:
    for prison in run.facts.imprisonments:
        if (
            prison.state == state
            and prison.start <= min(due6, run.as_of)
            and (prison.end is None or prison.end > start)
        ):
            return prison
    return None


def _transferred(run: _Run, responsible: str, accepted_on: date) -> date | None:
    found = [
        t.carried_out_on
        for t in run.facts.transfers
        if t.to_state == responsible and accepted_on <= t.carried_out_on <= run.as_of
    ]
    return min(found) if found else None


def _transfer_alternative(
    run: _Run, begin: _TransferStart, months: int, transferring: str, due: date
) -> tuple[date | None, Message | None]:
    """After tacit acceptance the other reading of the start day (spec Q4, E2)."""
    if begin.other_start is None:
        return None, None
    other = run.period(begin.other_start, months, Unit.MONTH, DIII, transferring).due
    if other == due:
        return None, None
    if begin.other_start > begin.start:
        return other, _msg("deadline.note.tacit_start_day_after", date=other)
    return other, _msg("deadline.note.tacit_start_last_day", date=other)


def _detention_transfer(
    run: _Run, request: Request, begin: _TransferStart, done: date | None
) -> None:
    """T16: a detained person must be transferred within six weeks of the acceptance or of the
    end of the suspensive effect (Art 28(3) 3rd subpara); otherwise the detention ends (4th
    subpara) while the Art 29 period keeps running (C-60/16 Khir Amayry)."""
    state = request.from_state
    detention = _detained(run, state, begin.start, begin.start)
    if detention is None:
        later = _detained(run, state, begin.start, run.as_of)
        if later is not None and later.start > begin.start and done is None:
            run.warn(
                "deadline.detention_after_acceptance",
                _msg("warning.deadline.detention_after_acceptance", date=later.start),
                _art("28", "3", subparagraph="3"),
            )
        return
    end = run.period(begin.start, 6, Unit.WEEK, DIII, state)
    if done is not None:
        status = _status(done, end.due, run.as_of)
    elif detention.end is not None and detention.end <= end.due:
        status = NOT_APPLICABLE  # released in time: the limit no longer binds
    elif begin.pending is not None:
        status = OPEN
    else:
        status = _status(None, end.due, run.as_of)
    run.deadline(
        "detention_transfer",
        end,
        start=begin.start,
        state=state,
        basis=_art("28", "3", subparagraph="3"),
        start_event=begin.event,
        period="6 weeks",
        consequence=_msg("deadline.consequence.detention_transfer"),
        status=status,
        done=done,
        request=_original_id(request),
    )
    if status is MISSED and done is None:
        run.warn(
            "deadline.detention_must_end",
            _msg("warning.deadline.detention_must_end", due=end.due),
            _art("28", "3", subparagraph="4"),
        )
