"""Time limits of the AMMR (Regulation (EU) 2024/1351) and of its implementing regulation
(EU) 2025/2055, and what their expiry does (shared/law/ammr.md sections 6-8, 10-11).

Periods of the Regulation are computed under its Art 75 (the day of the event is not counted;
a period ending on a Saturday, Sunday or official holiday runs to the next working day, 75(d))
with the holidays of the State that must act. Art 75(d) speaks of "the Member State concerned":
where the other State's holidays would give another date and that date matters, it is shown
as the other reading and a person decides (ammr.md section 7, section 11 item 14). The
re-examination and reconsideration periods are laid down by the implementing regulation, a
Commission act, and so are counted under Reg 1182/71, as the Dublin III module does for IR
1560/2003; for periods in weeks both rules give the same dates.

Expiries that move responsibility (Arts 39(1) 3rd subpara, 46(2)), acceptances (explicit, or
deemed under Arts 40(8) and 45(2)), confirmations of take back notifications (explicit, or
deemed under Art 41(4)) and a refusal that stands (IR Art 9(2)) are returned as `Shift`s in
date order, the last one winning. Expiries that do not (a late take back notification, Art
41(1); a late transfer decision, Art 42(1); the detention limits, Art 45(4)) are statuses and
warnings only.

Where the law is unsettled the engine keeps one reading, shows the other date, and asks a
person only once the two readings lead to different outcomes: whether pre-AMMR Eurodac data
shorten the limits (section 11 item 16), when the transfer period starts after a deemed
acceptance, and whether an absconding extension ends when the person reappears.

The facts are read as of `as_of`: an act recorded after that date has not happened yet. Pure
and fast: one pass over the facts, no I/O, cached period arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from operator import attrgetter
from typing import cast

from cordiale.law.answers import (
    INVALID_ANSWER,
    NO,
    YES,
    YES_NO,
    invalid_answer_message,
    normalise_answer,
)
from cordiale.law.calendar import (
    ComputationRule,
    PeriodEnd,
    Unit,
    add_period,
    calendars_key,
    period_end,
    r1182_unverified,
    subdivisions_of,
)
from cordiale.law.facts import (
    Absconding,
    Appeal,
    Application,
    CaseFacts,
    DecisionKind,
    Detention,
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

AMMR = "2024/1351"
IR = "2025/2055"
A75 = ComputationRule.AMMR_ART75
R1182 = ComputationRule.R1182
OPEN = DeadlineStatus.OPEN
MET = DeadlineStatus.MET
MISSED = DeadlineStatus.MISSED
NOT_APPLICABLE = DeadlineStatus.NOT_APPLICABLE

DAY, WEEK, MONTH, YEAR = Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR
_RULE_NAMES = {rule: rule.value for rule in ComputationRule}

TC = RequestKind.TAKE_CHARGE
TBN = RequestKind.TAKE_BACK_NOTIFICATION

_ONE_DAY = timedelta(days=1)
_ONE_WEEK = timedelta(days=7)
# A Dublin III take back request recorded in an AMMR case is read as a notification (Art 41).
_TRANSFER_KINDS = frozenset({TC, RequestKind.TAKE_BACK, TBN})
_FINAL = frozenset({ReplyOutcome.ACCEPT, ReplyOutcome.REFUSE})
_SHORTENING_CATEGORIES = frozenset({2, "sar"})  # Eurodac 2024/1358 Arts 22 and 24
_SUBSTANCE = frozenset(
    {DecisionKind.REJECTED, DecisionKind.GRANTED_REFUGEE, DecisionKind.GRANTED_SUBSIDIARY}
)
_IN_TIME_OR_LATE = ("in_time", "late")
_SHIFTED_OR_NOT = ("shifted", "not_shifted")
_ADULT_AGE = 18


@cache
def _art(
    article: str,
    paragraph: str | None = None,
    point: str | None = None,
    subparagraph: str | None = None,
    instrument: str = AMMR,
) -> LegalBasis:
    """A citation, built once (LegalBasis is immutable)."""
    return LegalBasis(article, paragraph, point, subparagraph, instrument)


def _msg(key: str, **params: object) -> Message:
    """A message; its parameters as text (dates in ISO format). It runs about ten times per
    case: the keyword dict is converted in place."""
    for name, value in params.items():
        if type(value) is not str:
            params[name] = value.isoformat() if isinstance(value, date) else str(value)
    return Message(key, cast("dict[str, str]", params))


# --- internal records ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Ask:
    """A question that chooses between two readings of an unsettled point."""

    id: str
    kind: str
    basis: LegalBasis
    message: Message
    options: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Other:
    """The other reading of a time limit: its end, the note that explains it, and the question
    that settles it once the two readings lead to different outcomes."""

    due: date
    note: Message
    ask: _Ask
    ask_early: bool = False  # ask (non-blocking) before the readings diverge


@dataclass(slots=True)  # not frozen: built per case (see outcome.py)
class _Hit:
    """A Eurodac or VIS hit that can start or shorten a period."""

    received_on: date
    state: str
    category: int | str | None  # Eurodac data category; None for a VIS hit
    legacy: _Ask | None = None  # data recorded before the cut-over, unanswered (item 16)

    def event(self) -> Message:
        if self.category is None:
            return _msg("ammr.deadline.start.vis_hit", date=self.received_on, state=self.state)
        return _msg(
            "ammr.deadline.start.eurodac_hit",
            date=self.received_on,
            state=self.state,
            category=self.category,
        )


@dataclass(slots=True)  # not frozen: built per case (see outcome.py)
class _Limit:
    """A period to send a request: its event, its end and the provision that sets it."""

    start: date
    end: PeriodEnd
    basis: LegalBasis
    period: str
    start_event: Message
    alternative: date | None = None
    note: Message | None = None


@dataclass(slots=True)  # not frozen: built per case (see outcome.py)
class _Due:
    """The end of the period to send a request, kept for the checks that follow."""

    deadline: str
    due: date
    basis: LegalBasis
    other: _Other | None


@dataclass(slots=True)  # not frozen: built per case (see outcome.py)
class _Acceptance:
    """An acceptance or confirmation and the start of the transfer period it opens."""

    shift: Shift
    accepted_on: date  # the acceptance itself (receipt of the reply, or end of the period)
    start: date  # event from which the transfer period runs (Art 46(1))
    start_event: Message
    other_start: date | None = None  # the other reading of the start after a deemed acceptance


@dataclass(frozen=True, slots=True)
class _ReplyRule:
    """How a take charge request or a take back notification must be answered."""

    id: str
    n: int
    unit: Unit
    period: str
    basis: LegalBasis
    consequence: str
    tacit_basis: LegalBasis
    tacit_key: str
    tacit_event: str
    accept_basis: LegalBasis
    accept_key: str
    accept_event: str


_TAKE_CHARGE_REPLY = _ReplyRule(
    "take_charge_reply",
    1,
    MONTH,
    "1 month",
    _art("40", "1"),
    "ammr.deadline.consequence.take_charge_reply",
    _art("40", "8"),
    "ammr.shift.tacit_acceptance.take_charge",
    "ammr.deadline.start.tacit_acceptance",
    _art("40", "1"),
    "ammr.shift.accepted.take_charge",
    "ammr.deadline.start.acceptance",
)
# Art 40(2): two weeks where the request rests on a Eurodac hit with data recorded under
# Arts 22 or 24 of Reg 2024/1358 or on a VIS hit; Art 40(8) makes silence acceptance.
_TAKE_CHARGE_REPLY_HIT = _ReplyRule(
    "take_charge_reply",
    2,
    WEEK,
    "2 weeks",
    _art("40", "2"),
    "ammr.deadline.consequence.take_charge_reply",
    _art("40", "8"),
    "ammr.shift.tacit_acceptance.take_charge",
    "ammr.deadline.start.tacit_acceptance",
    _art("40", "1"),
    "ammr.shift.accepted.take_charge",
    "ammr.deadline.start.acceptance",
)
# Art 40(7): an urgent request is answered within the period requested or, if none is
# specified, within two weeks; unlike Dublin III, Art 40(8) ties acceptance to that period.
_URGENT_REPLY = _ReplyRule(
    "take_charge_reply",
    2,
    WEEK,
    "2 weeks",
    _art("40", "7"),
    "ammr.deadline.consequence.take_charge_reply_urgent",
    _art("40", "8"),
    "ammr.shift.tacit_acceptance.urgent",
    "ammr.deadline.start.tacit_acceptance",
    _art("40", "1"),
    "ammr.shift.accepted.take_charge",
    "ammr.deadline.start.acceptance",
)
# Art 45(2): a detained person's take charge request is answered within one week; silence is
# acceptance. It derogates from Art 40(1) only: a take back notification keeps Art 41(3).
_DETENTION_REPLY = _ReplyRule(
    "detention_reply",
    1,
    WEEK,
    "1 week",
    _art("45", "2"),
    "ammr.deadline.consequence.detention_reply",
    _art("45", "2"),
    "ammr.shift.tacit_acceptance.detention",
    "ammr.deadline.start.tacit_acceptance_detention",
    _art("45", "2"),
    "ammr.shift.accepted.detention",
    "ammr.deadline.start.acceptance",
)
# Art 41(3)-(4): two weeks to confirm receipt or show non-responsibility; silence confirms.
_TAKE_BACK_CONFIRMATION = _ReplyRule(
    "take_back_confirmation",
    2,
    WEEK,
    "2 weeks",
    _art("41", "3"),
    "ammr.deadline.consequence.take_back_confirmation",
    _art("41", "4"),
    "ammr.shift.tacit_confirmation",
    "ammr.deadline.start.tacit_confirmation",
    _art("41", "3"),
    "ammr.shift.confirmed.take_back",
    "ammr.deadline.start.confirmation",
)

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
    min_two_working_days: bool,
    calendars: _Calendars,
) -> PeriodEnd:
    # Cases share their dates: the same period is computed again and again in a batch, and
    # PeriodEnd is immutable, so the answers are kept.
    return period_end(
        start,
        n,
        unit,
        rule=rule,
        state=state,
        r1182_min_two_working_days=min_two_working_days,
        subdivisions=subdivisions_of(calendars),
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
    registered: date | None = None  # registration of the current application (Art 39(1))
    uam: bool = False  # the applicant is an unaccompanied minor (Art 39(1), 4th subpara)
    substance_decided: date | None = None  # first decision on the substance, if any
    deadlines: list[Deadline] = field(default_factory=list)
    shifts: list[Shift] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    request_due: dict[RequestKind, _Due] = field(default_factory=dict)
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

    def ask(self, ask: _Ask, *, blocking: bool = False) -> None:
        for i, question in enumerate(self.questions):
            if question.id == ask.id:
                if blocking and not question.blocking:
                    self.questions[i] = Question(
                        ask.id, ask.kind, ask.basis, ask.message, ask.options, blocking=True
                    )
                return
        self.questions.append(
            Question(ask.id, ask.kind, ask.basis, ask.message, ask.options, blocking=blocking)
        )

    def period(
        self, start: date, n: int, unit: Unit, state: str, rule: ComputationRule = A75
    ) -> PeriodEnd:
        """End of a period with the holidays of `state`, the State that must act."""
        try:
            return _period_end(
                start,
                n,
                unit,
                rule,
                state,
                self.settings.r1182_min_two_working_days,
                self.calendars,
            )
        except ValueError:
            # No holiday calendar for this State: count the plain period and say so.
            self.warn("ammr.deadline.no_calendar", _msg("ammr.warning.no_calendar", state=state))
            plain = add_period(start, n, unit)
            return PeriodEnd(start, n, unit, rule, state, None, plain, plain, plain, None, False)

    def other_calendar(self, end: PeriodEnd, other: str | None) -> date | None:
        """The end of the same period with the holidays of `other`, where it differs."""
        if other is None or end.state is None or other == end.state:
            return None
        try:
            due = _period_end(
                end.start,
                end.n,
                end.unit,
                end.rule,
                other,
                self.settings.r1182_min_two_working_days,
                self.calendars,
            ).due
        except ValueError:
            return None
        return due if due != end.due else None

    def final_reply(self, request_id: str) -> Reply | None:
        """The first acceptance or refusal (a request for information does not answer)."""
        for reply in self.replies.get(request_id, ()):
            if reply.outcome in _FINAL:
                return reply
        return None

    def received(self, request: Request) -> date:
        """Receipt of a request, which starts the reply period (Arts 35(2), 40(1), 41(3))."""
        if request.received_on is not None:
            return request.received_on
        self.warn(
            "ammr.deadline.receipt_unknown",
            _msg(
                "ammr.warning.receipt_unknown",
                request=request.id,
                state=request.to_state,
                date=request.sent_on,
            ),
            _art("1", "3", instrument=IR),
        )
        return request.sent_on

    def act_date(
        self, sent: date | None, received: date, due: date, request: str, *, reply: bool
    ) -> date:
        """When an act was done: its sending, unless a person decides that receipt counts.

        The Regulation speaks of making a request or replying; DubliNet's proof of delivery
        fixes both transmission and receipt (IR 2025/2055 Art 1(3)). The two only matter when
        the time limit ended between them, and then a person is asked.
        """
        if sent is None or sent >= received or not sent <= due < received:
            return sent if sent is not None and sent <= received else received
        which = "reply" if reply else "request"
        question_id = f"ammr:in_time:{which}:{request}"
        basis = _art("1", "3", instrument=IR)
        answer = self.answer(question_id, _IN_TIME_OR_LATE, basis)
        if answer is None:
            key = "ammr.q.reply_sent_or_received" if reply else "ammr.q.sent_or_received"
            self.ask(
                _Ask(
                    question_id,
                    "in_time",
                    basis,
                    _msg(key, request=request, sent=sent, received=received, due=due),
                    _IN_TIME_OR_LATE,
                )
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
        other_state: str | None,
        basis: LegalBasis,
        start_event: Message,
        period: str,
        consequence: Message,
        status: DeadlineStatus,
        done: date | None,
        request: str | None = None,
        alternative: date | None = None,
        note: Message | None = None,
    ) -> Deadline:
        unverified = alternative is not None
        if status is not NOT_APPLICABLE:
            other_due = self.other_calendar(end, other_state)
            if other_due is not None and _matters(status, done, self.as_of, end.due, other_due):
                # Art 75(d): "the Member State concerned"; which State's holidays close the
                # period is for a person to decide (ammr.md section 11 item 14).
                self.warn(
                    "ammr.deadline.holidays_differ",
                    _msg(
                        "ammr.warning.holidays_differ",
                        deadline=deadline_id,
                        state=end.state or state,
                        due=end.due,
                        other=other_state,
                        other_due=other_due,
                    ),
                    _art("75", point="d"),
                )
                if alternative is None:
                    alternative = other_due
                    note = _msg("ammr.deadline.note.holidays", state=other_state, date=other_due)
                unverified = True
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
            rule=_RULE_NAMES[end.rule],
            status=status,
            consequence=consequence,
            period=period,
            alternative=alternative,
            alternative_note=note if alternative is not None else None,
            done_on=done,
            request=request,
            unverified=unverified,
        )
        self.deadlines.append(made)
        return made

    def ran_out(self, due: date, other: _Other | None, done: date | None) -> date | None:
        """The last day of a period that has run out without the act, or None.

        With two readings: missed in both, the later end counts; missed in the earlier only,
        a person decides (blocking) and until then nothing has run out.
        """
        if other is None:
            if done is not None and done <= due:
                return None
            return due if self.as_of > due else None
        first, last = (due, other.due) if due <= other.due else (other.due, due)
        if done is not None and done <= first:
            return None
        if (done is None or done > last) and self.as_of > last:
            return last
        if self.as_of > first:
            self.ask(other.ask, blocking=True)
        elif other.ask_early:
            self.ask(other.ask)
        return None


def _matters(status: DeadlineStatus, done: date | None, as_of: date, a: date, b: date) -> bool:
    """Whether the choice between two ends can change anything: the period is still open, or
    the act (or, failing it, the run date) falls between them."""
    if status is OPEN:
        return True
    first, last = (a, b) if a <= b else (b, a)
    return first < (done if done is not None else as_of) <= last


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
    """The AMMR time limits of the case as of `as_of`, and the changes of responsibility they
    and the replies caused (ammr.md sections 6-8)."""
    run = _start(facts, as_of, settings, current)
    _request_period(run, track, current, proposed_state)
    for request in run.requests:
        if request.kind in _TRANSFER_KINDS:
            _procedure(run, request)
        elif request.kind is RequestKind.HUMANITARIAN:
            _humanitarian(run, request)
    _orphan_re_examinations(run)
    if not run.accepted_outgoing:
        # A refusal that stands matters only if no other State accepted (IR Art 9(2)).
        run.shifts.extend(run.standing_refusals)
    run.shifts.sort(key=attrgetter("on"))
    return DeadlineReport(run.deadlines, run.shifts, run.warnings, run.questions, run.unverified)


def _start(
    facts: CaseFacts, as_of: date, settings: EngineSettings, current: Application | None
) -> _Run:
    requests = sorted((r for r in facts.requests if r.sent_on <= as_of), key=attrgetter("sent_on"))
    replies: dict[str, list[Reply]] = {}
    for reply in sorted(facts.replies, key=attrgetter("received_on")):
        if reply.received_on <= as_of:
            replies.setdefault(reply.request, []).append(reply)
    run = _Run(
        facts=facts,
        as_of=as_of,
        settings=settings,
        here=facts.determining_state,
        answers={a.question: a.value for a in facts.answers} if facts.answers else {},
        requests=requests,
        replies=replies,
        calendars=calendars_key(settings.subdivisions),
    )
    if current is not None:
        run.registered = current.registered_on or current.lodged_on
        run.uam = _unaccompanied_minor(facts, run.registered)
        run.substance_decided = min(
            (
                d.on
                for d in current.decisions
                if d.on_substance and d.kind in _SUBSTANCE and d.on <= as_of
            ),
            default=None,
        )
    return run


def _unaccompanied_minor(facts: CaseFacts, registered: date) -> bool:
    """Art 2(11): a minor without a responsible adult. The flag decides; a known date of birth
    showing an adult at registration overrides it (the reference date for minority is itself
    unsettled, ammr.md section 11 item 3)."""
    applicant = facts.applicant
    if applicant.unaccompanied is not True:
        return False
    born = applicant.date_of_birth
    if born is not None:
        years = (
            registered.year
            - born.year
            - ((registered.month, registered.day) < (born.month, born.day))
        )
        return years < _ADULT_AGE
    if applicant.assessed_age is not None:
        return applicant.assessed_age.age_years < _ADULT_AGE
    return True


def _kind(run: _Run, request: Request) -> RequestKind:
    """Take charge, or take back notification (a Dublin III take back request is read as a
    notification under Art 41, with a warning)."""
    if request.kind is RequestKind.TAKE_BACK:
        run.warn(
            "ammr.deadline.take_back_as_notification",
            _msg("ammr.warning.take_back_as_notification", request=request.id),
            _art("41", "1"),
        )
        return TBN
    return request.kind


# --- T02-T04, T11, T26-T27: making the request or notification ----------------------------


def _request_period(
    run: _Run, track: Track, current: Application | None, proposed: str | None
) -> None:
    outgoing = [r for r in run.requests if r.from_state == run.here and r.kind in _TRANSFER_KINDS]
    if track is Track.NONE:
        if not outgoing:
            _request_not_applicable(run, current)
            return
        # The determining State is responsible, yet a request was sent: its time limit holds.
        kind = _kind(run, outgoing[0])
    else:
        kind = TC if track is Track.TAKE_CHARGE else TBN
    of_kind = [r for r in outgoing if _kind(run, r) is kind]
    sent = next((r for r in of_kind if r.to_state == proposed), of_kind[0] if of_kind else None)
    target = sent.to_state if sent is not None else proposed
    if kind is TC:
        if current is None or run.registered is None:
            run.warn(
                "ammr.deadline.no_application",
                _msg("ammr.warning.no_application", state=run.here),
                _art("39", "1"),
            )
            return
        if current.registered_on is None:
            run.warn(
                "ammr.deadline.registration_unknown",
                _msg("ammr.warning.registration_unknown", state=current.state, date=run.registered),
                _art("39", "1"),
            )
        _take_charge_request(run, current, sent, target)
    else:
        _take_back_notification(run, sent, target)
    if track is not Track.NONE:
        _detention_request(run, sent, kind)


def _request_not_applicable(run: _Run, current: Application | None) -> None:
    """Track NONE: the determining State is responsible and sends no request."""
    if current is None or run.registered is None:
        return
    registered = run.registered
    end = run.period(registered, 2, MONTH, run.here)
    run.deadline(
        "take_charge_request",
        end,
        start=registered,
        state=run.here,
        other_state=None,
        basis=_art("39", "1", subparagraph="1"),
        start_event=_msg("ammr.deadline.start.registered", date=registered),
        period="2 months",
        consequence=_msg("ammr.deadline.consequence.take_charge_request", state=run.here),
        status=NOT_APPLICABLE,
        done=None,
    )


def _tcr_hits(run: _Run) -> list[_Hit]:
    """Hits that shorten the request period to one month (Art 39(1), 2nd subpara): Eurodac
    data recorded under Arts 22 (irregular crossing) or 24 (search and rescue) of Reg 2024/1358,
    or VIS data. Hits on this State's own data are not counted; hits received before the
    registration are not counted and flagged. Data recorded before the cut-over under Reg
    603/2013 count unless a person says otherwise (ammr.md section 11 item 16)."""
    registered = run.registered
    assert registered is not None
    found: list[_Hit] = []
    for hit in run.facts.eurodac_hits:
        if (
            hit.category not in _SHORTENING_CATEGORIES
            or hit.state == run.here
            or hit.received_on > run.as_of
        ):
            continue
        if hit.received_on < registered:
            _hit_before_registration(run, hit.received_on, hit.state, registered)
            continue
        legacy = _legacy_question(run, hit.state, hit.taken_on, hit.received_on)
        if legacy is False:
            continue
        found.append(
            _Hit(
                hit.received_on,
                hit.state,
                hit.category,
                legacy if isinstance(legacy, _Ask) else None,
            )
        )
    for vis in run.facts.vis_hits:
        if vis.state == run.here or vis.received_on > run.as_of:
            continue
        if vis.received_on < registered:
            _hit_before_registration(run, vis.received_on, vis.state, registered)
            continue
        found.append(_Hit(vis.received_on, vis.state, None))
    return found


def _select(hits: list[_Hit], target: str | None) -> list[_Hit]:
    """The hits from the State the request goes to, or else all of them."""
    return [h for h in hits if h.state == target] or hits


def _hit_before_registration(run: _Run, received: date, state: str, registered: date) -> None:
    run.warn(
        "ammr.deadline.hit_before_registration",
        _msg(
            "ammr.warning.hit_before_registration",
            date=received,
            state=state,
            registered=registered,
        ),
        _art("39", "1", subparagraph="2"),
    )


def _legacy_question(
    run: _Run, state: str, taken: date | None, received: date
) -> _Ask | bool | None:
    """Whether a hit on data recorded before the cut-over shortens the limits (item 16).

    Returns None for data recorded under Reg 2024/1358, True or False when a person answered,
    and the unanswered question otherwise."""
    recorded = taken or received
    if recorded >= run.settings.ammr_cutover_date:
        return None
    question_id = f"ammr:eurodac_data:{state}:{recorded.isoformat()}"
    basis = _art("39", "1", subparagraph="2")
    answer = run.answer(question_id, YES_NO, basis)
    if answer is not None:
        return answer == YES
    return _Ask(
        question_id,
        "eurodac_legacy",
        basis,
        _msg("ammr.q.eurodac_legacy", state=state, date=received, recorded=recorded),
        YES_NO,
    )


def _tcr_limit(run: _Run, hits: Iterable[_Hit]) -> _Limit:
    """T02/T03: two months from registration (Art 39(1), 1st subpara), or one month from the
    hit (2nd subpara), whichever ends first. Reading: as under Dublin III Art 21(1), whose
    structure Art 39(1) repeats ("notwithstanding"; expiry of "the periods" in the 1st and 2nd
    subparas), no request is valid after the two months from registration, even within one
    month of a late hit (C-670/16 Mengesteab, by analogy). The later date is shown."""
    registered = run.registered
    assert registered is not None
    base = run.period(registered, 2, MONTH, run.here)
    hit = min(hits, key=attrgetter("received_on"), default=None)
    if hit is not None:
        by_hit = run.period(hit.received_on, 1, MONTH, run.here)
        if (by_hit.due, by_hit.unextended) < (base.due, base.unextended):
            return _Limit(
                hit.received_on, by_hit, _art("39", "1", subparagraph="2"), "1 month", hit.event()
            )
    event = _msg("ammr.deadline.start.registered", date=registered)
    basis = _art("39", "1", subparagraph="1")
    if hit is not None and by_hit.due > base.due:
        note = _msg("ammr.deadline.note.hit_capped", date=by_hit.due, hit=hit.received_on)
        return _Limit(registered, base, basis, "2 months", event, by_hit.due, note)
    return _Limit(registered, base, basis, "2 months", event)


def _take_charge_request(
    run: _Run, current: Application, sent: Request | None, target: str | None
) -> None:
    """T02-T04. A missed limit makes the State of registration responsible (Art 39(1), 3rd
    subpara; recorded under Art 38(3)(d)); the applicant can rely on it (Mengesteab). For an
    unaccompanied minor the limit does not bind until a first decision on the substance (4th
    subpara)."""
    hits = _tcr_hits(run)
    limit = _tcr_limit(run, _select(hits, target))
    other: _Other | None = None
    legacy = [h for h in hits if h.legacy is not None]
    if legacy:
        # Item 16 unanswered: the reading without the pre-AMMR data is the other one.
        without = _tcr_limit(run, _select([h for h in hits if h.legacy is None], target))
        if without.end.due != limit.end.due:
            first_legacy = min(legacy, key=attrgetter("received_on"))
            assert first_legacy.legacy is not None
            other = _Other(
                without.end.due,
                _msg(
                    "ammr.deadline.note.legacy_hit",
                    date=without.end.due,
                    hit=first_legacy.received_on,
                ),
                first_legacy.legacy,
                ask_early=True,
            )
    done = None
    if sent is not None:
        received = sent.received_on or sent.sent_on
        done = run.act_date(sent.sent_on, received, limit.end.due, sent.id, reply=False)
    status = _status(done, limit.end.due, run.as_of)
    registered_in = current.state
    if run.uam:
        consequence = _msg("ammr.deadline.consequence.take_charge_request_uam", state=registered_in)
    else:
        consequence = _msg("ammr.deadline.consequence.take_charge_request", state=registered_in)
    run.deadline(
        "take_charge_request",
        limit.end,
        start=limit.start,
        state=run.here,
        other_state=target,
        basis=limit.basis,
        start_event=limit.start_event,
        period=limit.period,
        consequence=consequence,
        status=status,
        done=done,
        alternative=other.due if other is not None else limit.alternative,
        note=other.note if other is not None else limit.note,
    )
    shift_basis = _art("39", "1", subparagraph="3")
    run.request_due[TC] = _Due("take_charge_request", limit.end.due, shift_basis, other)
    ran_out = run.ran_out(limit.end.due, other, done)
    if ran_out is None:
        return
    if run.uam:
        _uam_request_late(run, registered_in, ran_out)
        return
    run.shifts.append(
        Shift(
            registered_in,
            ran_out + _ONE_DAY,
            shift_basis,
            _msg("ammr.shift.take_charge_request_missed", state=registered_in, due=ran_out),
            "take_charge_request",
        )
    )


def _uam_request_late(run: _Run, registered_in: str, due: date) -> None:
    """Art 39(1), 4th subpara: for an unaccompanied minor the determining State may still
    request another State to take charge until a first decision on the substance; once that
    decision is taken without a request, the application stays where it was registered."""
    decided = run.substance_decided
    if decided is None:
        run.warn(
            "ammr.deadline.uam_request_any_time",
            _msg("ammr.warning.uam_request_any_time", due=due, state=registered_in),
            _art("39", "1", subparagraph="4"),
        )
        return
    run.shifts.append(
        Shift(
            registered_in,
            max(due + _ONE_DAY, decided),
            _art("39", "1", subparagraph="4"),
            _msg(
                "ammr.shift.take_charge_request_missed_uam",
                state=registered_in,
                due=due,
                date=decided,
            ),
            "take_charge_request",
        )
    )


def _take_back_notification(run: _Run, sent: Request | None, target: str | None) -> None:
    """T11: two weeks from receipt of the Eurodac hit (Art 41(1)). A late notification does not
    shift responsibility: the responsible State remains obliged to take back (41(1), 2nd
    sentence), so the expiry is a status and a warning only."""
    hit = _tbn_hit(run, target)
    if hit is None:
        run.warn(
            "ammr.deadline.no_tbn_hit",
            _msg("ammr.warning.no_tbn_hit", state=run.here),
            _art("41", "1"),
        )
        return
    end = run.period(hit.received_on, 2, WEEK, run.here)
    done = None
    if sent is not None:
        received = sent.received_on or sent.sent_on
        done = run.act_date(sent.sent_on, received, end.due, sent.id, reply=False)
    status = _status(done, end.due, run.as_of)
    run.deadline(
        "take_back_notification",
        end,
        start=hit.received_on,
        state=run.here,
        other_state=target,
        basis=_art("41", "1"),
        start_event=hit.event(),
        period="2 weeks",
        consequence=_msg("ammr.deadline.consequence.take_back_notification", state=run.here),
        status=status,
        done=done,
    )
    run.request_due[TBN] = _Due("take_back_notification", end.due, _art("41", "1"), None)
    if status is MISSED:
        run.warn(
            "ammr.deadline.late_tbn",
            _msg("ammr.warning.late_tbn", due=end.due, state=run.here),
            _art("41", "1"),
        )


def _tbn_hit(run: _Run, target: str | None) -> _Hit | None:
    """The hit on data of an applicant (Eurodac category 1) that carries the indication of the
    responsible State (Eurodac Arts 16(1), 17(2)(a)); the first one from the State notified,
    or else from any other. With a new application here, a hit received before its
    registration is not counted and flagged."""
    registered = run.registered
    found: list[_Hit] = []
    for hit in run.facts.eurodac_hits:
        if hit.category != 1 or hit.state == run.here or hit.received_on > run.as_of:
            continue
        if registered is not None and hit.received_on < registered:
            _hit_before_registration(run, hit.received_on, hit.state, registered)
            continue
        found.append(_Hit(hit.received_on, hit.state, hit.category))
    preferred = [h for h in found if h.state == target] or found
    return min(preferred, key=attrgetter("received_on"), default=None)


def _detention_request(run: _Run, sent: Request | None, kind: RequestKind) -> None:
    """T26/T27: a person detained under Art 44 must be the subject of a request or notification
    within two weeks of registration, or of the Eurodac hit if no new application was
    registered here (Art 45(1), 1st subpara); within one week of being detained, if detained
    after registration (2nd subpara). Otherwise the detention ends and Arts 39, 41 and 46
    continue to apply (45(4)): no change of responsibility."""
    if run.registered is not None:
        anchor = run.registered
        event_key = "ammr.deadline.start.registered_detained"
    else:
        hit = _tbn_hit(run, sent.to_state if sent is not None else None)
        if hit is None:
            return
        anchor = hit.received_on
        event_key = "ammr.deadline.start.hit_detained"
    window = run.period(anchor, 2, MONTH, run.here).due
    detention = _detained(run, run.here, anchor, window)
    if detention is None:
        return
    if run.registered is not None and detention.start > anchor:
        start, n, period = detention.start, 1, "1 week"
        basis = _art("45", "1", subparagraph="2")
        event = _msg(
            "ammr.deadline.start.detained_after_registration",
            date=detention.start,
            registered=anchor,
        )
    else:
        start, n, period = anchor, 2, "2 weeks"
        basis = _art("45", "1", subparagraph="1")
        event = _msg(event_key, date=anchor, since=detention.start)
    end = run.period(start, n, WEEK, run.here)
    done = sent.sent_on if sent is not None else None
    status = _status(done, end.due, run.as_of)
    run.deadline(
        "detention_request",
        end,
        start=start,
        state=run.here,
        other_state=sent.to_state if sent is not None else None,
        basis=basis,
        start_event=event,
        period=period,
        consequence=_msg("ammr.deadline.consequence.detention_request"),
        status=status,
        done=done,
    )
    released = _ended(run, detention)
    if status is MISSED and (released is None or released > end.due):
        run.warn(
            "ammr.deadline.detention_request_missed",
            _msg("ammr.warning.detention_request_missed", due=end.due),
            _art("45", "4"),
        )
    if (
        sent is not None
        and kind is TC
        and not sent.detention
        and _detained(run, run.here, sent.sent_on, sent.sent_on) is not None
    ):
        run.warn(
            "ammr.deadline.detention_not_flagged",
            _msg("ammr.warning.detention_not_flagged", request=sent.id),
            _art("45", "2"),
        )


def _ended(run: _Run, detention: Detention) -> date | None:
    """The end of a detention as known on `as_of` (None while it goes on)."""
    end = detention.end
    return end if end is not None and end <= run.as_of else None


def _detained(run: _Run, state: str, start: date, end: date) -> Detention | None:
    """A detention in `state` that overlaps [start, end], as known on `as_of`."""
    for detention in run.facts.detentions:
        if detention.state != state or detention.start > min(end, run.as_of):
            continue
        released = _ended(run, detention)
        if released is None or released >= start:
            return detention
    return None


# --- T05-T09, T12-T14, T28: replying; re-examination and reconsideration ------------------


def _procedure(run: _Run, request: Request) -> None:
    """A take charge request or a take back notification: reply, re-examination, acceptance,
    transfer decision, transfer."""
    kind = _kind(run, request)
    acceptance, refusal = _reply(run, request, kind)
    if refusal is not None:
        acceptance = _re_examination(run, request, kind, refusal)
    if acceptance is None:
        return
    outgoing = request.from_state == run.here
    if outgoing and kind is TC and not run.uam:
        in_time = _sent_in_time(run, request)
        if in_time is None:
            run.warn(
                "ammr.deadline.acceptance_pending_answer",
                _msg("ammr.warning.acceptance_pending_answer", request=request.id),
                _art("39", "1", subparagraph="3"),
            )
            return
        if not in_time:
            # Art 39(1) 3rd subpara: the expiry already made the State of registration
            # responsible; a late request is void (Mengesteab, by analogy). Not so for a take
            # back notification (41(1)) or for an unaccompanied minor (39(1) 4th subpara).
            limit = run.request_due[TC]
            run.warn(
                "ammr.deadline.late_request_accepted",
                _msg(
                    "ammr.warning.late_request_accepted",
                    request=request.id,
                    date=request.sent_on,
                    due=limit.due,
                    state=request.to_state,
                ),
                limit.basis,
            )
            return
    run.shifts.append(acceptance.shift)
    if outgoing:
        run.accepted_outgoing = True
    _transfer_decision(run, request, acceptance)
    _transfer(run, request, acceptance)


def _sent_in_time(run: _Run, request: Request) -> bool | None:
    """Whether an outgoing take charge request met its period; None while a person decides
    between two readings of that period."""
    limit = run.request_due.get(TC)
    if limit is None:
        return True
    received = request.received_on or request.sent_on
    made = run.act_date(request.sent_on, received, limit.due, request.id, reply=False)
    if limit.other is None:
        return made <= limit.due
    first, last = sorted((limit.due, limit.other.due))
    if made <= first:
        return True
    if made > last:
        return False
    return None


def _reply_rule(run: _Run, request: Request, kind: RequestKind) -> tuple[_ReplyRule, _Ask | None]:
    """The reply rule of a request, and the question on pre-AMMR Eurodac data if the shorter
    period of Art 40(2) rests only on such data."""
    if kind is TBN:
        return _TAKE_BACK_CONFIRMATION, None
    if request.detention:
        return _DETENTION_REPLY, None
    if request.urgent:
        return _URGENT_REPLY, None
    if request.eurodac_based:
        return _TAKE_CHARGE_REPLY_HIT, None
    # Art 40(2) turns on the hit, not on how the request is marked: a hit from the requested
    # State received by the time of the request shortens the reply period.
    legacy: _Ask | None = None
    legacy_on = request.sent_on
    for hit in run.facts.eurodac_hits:
        if (
            hit.category in _SHORTENING_CATEGORIES
            and hit.state == request.to_state
            and hit.received_on <= request.sent_on
        ):
            question = _legacy_question(run, hit.state, hit.taken_on, hit.received_on)
            if question is None or question is True:
                _hit_not_marked(run, request, hit.received_on)
                return _TAKE_CHARGE_REPLY_HIT, None
            if isinstance(question, _Ask) and legacy is None:
                legacy, legacy_on = question, hit.received_on
    for vis in run.facts.vis_hits:
        if vis.state == request.to_state and vis.received_on <= request.sent_on:
            _hit_not_marked(run, request, vis.received_on)
            return _TAKE_CHARGE_REPLY_HIT, None
    if legacy is not None:
        _hit_not_marked(run, request, legacy_on)
        return _TAKE_CHARGE_REPLY_HIT, legacy
    return _TAKE_CHARGE_REPLY, None


def _hit_not_marked(run: _Run, request: Request, received: date) -> None:
    run.warn(
        "ammr.deadline.reply_shortened_by_hit",
        _msg(
            "ammr.warning.reply_shortened_by_hit",
            request=request.id,
            state=request.to_state,
            date=received,
        ),
        _art("40", "2"),
    )


def _reply(
    run: _Run, request: Request, kind: RequestKind
) -> tuple[_Acceptance | None, Reply | None]:
    """The reply deadline; returns the acceptance, or the refusal given in time."""
    rule, legacy = _reply_rule(run, request, kind)
    received = run.received(request)
    period = rule.period
    if rule is _URGENT_REPLY:
        end, period = _urgent_end(run, request, received)
    else:
        end = run.period(received, rule.n, rule.unit, request.to_state)
    other: _Other | None = None
    if legacy is not None:
        month = run.period(received, 1, MONTH, request.to_state)
        other = _Other(
            month.due,
            _msg("ammr.deadline.note.legacy_hit_reply", date=month.due),
            legacy,
            ask_early=True,
        )
    final = run.final_reply(request.id)
    if final is not None and final.outcome is ReplyOutcome.REFUSE and not _reasoned(final):
        # Art 40(8) / 41(3): only an objection giving substantiated reasons stops deemed
        # acceptance; a bare "refuse" is treated as no reply at all.
        _refusal_reasons(run, request, final, kind)
        final = None
    done = (
        run.act_date(final.sent_on, final.received_on, end.due, request.id, reply=True)
        if final is not None
        else None
    )
    status = _status(done, end.due, run.as_of)
    event_key = (
        "ammr.deadline.start.notification_received"
        if kind is TBN
        else "ammr.deadline.start.request_received"
    )
    run.deadline(
        rule.id,
        end,
        start=received,
        state=request.to_state,
        other_state=request.from_state,
        basis=rule.basis,
        start_event=_msg(
            event_key,
            request=request.id,
            from_state=request.from_state,
            state=request.to_state,
            date=received,
        ),
        period=period,
        consequence=_msg(rule.consequence, state=request.to_state),
        status=status,
        done=done,
        request=request.id,
        alternative=other.due if other is not None else None,
        note=other.note if other is not None else None,
    )
    first = end.due if other is None else min(end.due, other.due)
    last = end.due if other is None else max(end.due, other.due)
    if final is not None and done is not None and done <= first:
        if final.outcome is ReplyOutcome.ACCEPT:
            return _explicit(request, final, rule.accept_basis, rule.accept_key, rule), None
        return None, final
    if (
        final is not None
        and done is not None
        and done <= last
        and final.outcome is ReplyOutcome.ACCEPT
    ):
        # Accepted in every reading (deemed in the earlier one): no need to ask.
        return _explicit(request, final, rule.accept_basis, rule.accept_key, rule), None
    ran_out = run.ran_out(end.due, other, done)
    if ran_out is None:
        return None, None
    if final is not None and final.outcome is ReplyOutcome.REFUSE:
        key = "ammr.warning.late_non_confirmation" if kind is TBN else "ammr.warning.late_refusal"
        run.warn(
            "ammr.deadline.late_refusal",
            _msg(
                key, state=request.to_state, request=request.id, date=final.received_on, due=ran_out
            ),
            rule.tacit_basis,
        )
    return _tacit(run, request, rule, ran_out), None


def _urgent_end(run: _Run, request: Request, received: date) -> tuple[PeriodEnd, str]:
    """T05: the period requested, at least one week (Art 39(2), 2nd subpara), or two weeks if
    none is specified (Art 40(7)); Art 75(d) applies to its end."""
    urgent = request.urgent_reply_by
    if urgent is None:
        return run.period(received, 2, WEEK, request.to_state), "2 weeks"
    days = (urgent - received).days
    if days < 7:
        run.warn(
            "ammr.deadline.urgent_too_short",
            _msg(
                "ammr.warning.urgent_too_short",
                request=request.id,
                date=urgent,
                received=received,
            ),
            _art("39", "2", subparagraph="2"),
        )
        days = 7
    if days % 7 == 0:
        weeks = days // 7
        return run.period(received, weeks, WEEK, request.to_state), (
            f"{weeks} week" if weeks == 1 else f"{weeks} weeks"
        )
    return run.period(received, days, DAY, request.to_state), f"{days} days"


def _reasoned(reply: Reply) -> bool:
    return reply.reasons is not None and bool(reply.reasons.strip())


def _refusal_reasons(run: _Run, request: Request, reply: Reply, kind: RequestKind) -> None:
    """Art 40(8): only an objection giving substantiated reasons prevents acceptance; Art 41(3)
    and IR Art 15: a non-confirmation must show non-responsibility, with evidence."""
    if not _reasoned(reply):
        run.warn(
            "ammr.deadline.refusal_without_reasons",
            _msg(
                "ammr.warning.refusal_without_reasons_tbn"
                if kind is TBN
                else "ammr.warning.refusal_without_reasons",
                state=request.to_state,
                request=request.id,
            ),
            _art("41", "3") if kind is TBN else _art("40", "8"),
        )


def _explicit(
    request: Request, reply: Reply, basis: LegalBasis, key: str, rule: _ReplyRule
) -> _Acceptance:
    on = reply.received_on
    shift = Shift(
        request.to_state,
        on,
        basis,
        _msg(key, state=request.to_state, request=request.id, date=on),
        None,
    )
    event = _msg(rule.accept_event, request=request.id, state=request.to_state, date=on)
    return _Acceptance(shift, on, on, event)


def _tacit(run: _Run, request: Request, rule: _ReplyRule, due: date) -> _Acceptance:
    """Failure to object (Art 40(8)), to reply in detention (45(2)) or to react to a take back
    notification (41(4)) by the end of the period is acceptance or confirmation."""
    state = request.to_state
    shift = Shift(
        state,
        due + _ONE_DAY,
        rule.tacit_basis,
        _msg(rule.tacit_key, state=state, request=request.id, due=due),
        rule.id,
    )
    event = _msg(rule.tacit_event, request=request.id, state=state, due=due)
    return _tacit_acceptance(run, shift, due, event)


def _tacit_acceptance(run: _Run, shift: Shift, due: date, event: Message) -> _Acceptance:
    """The transfer period then runs from the last day of the reply period or from the day
    after: unsettled, as under Dublin III (dublin3.md Q4); the setting chooses."""
    day_after = due + _ONE_DAY
    start = run.settings.tacit_acceptance_start
    run.warn("ammr.setting.tacit_acceptance_start", _setting_used(start), _art("46", "1"))
    if start is TacitAcceptanceStart.DAY_AFTER_REPLY_PERIOD:
        return _Acceptance(shift, due, day_after, event, other_start=due)
    return _Acceptance(shift, due, due, event, other_start=day_after)


@cache
def _setting_used(value: TacitAcceptanceStart) -> Message:
    return _msg("ammr.warning.setting_used", setting="tacit_acceptance_start", value=value.value)


def _re_examination(
    run: _Run, request: Request, kind: RequestKind, refusal: Reply
) -> _Acceptance | None:
    """T08: three weeks from receipt of a refusal to ask for re-examination (IR Art 9(2)); for
    a non-confirmed take back notification, two weeks to ask for reconsideration (IR Art
    15(3)-(4)). Periods of the implementing regulation: Reg 1182/71, holidays of the
    requesting State."""
    requesting = request.from_state
    tbn = kind is TBN
    n, period = (2, "2 weeks") if tbn else (3, "3 weeks")
    basis = _art("15", "3", instrument=IR) if tbn else _art("9", "2", instrument=IR)
    end = run.period(refusal.received_on, n, WEEK, requesting, R1182)
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
        other_state=request.to_state,
        basis=basis,
        start_event=_msg(
            "ammr.deadline.start.non_confirmation_received"
            if tbn
            else "ammr.deadline.start.refusal_received",
            request=request.id,
            state=request.to_state,
            date=refusal.received_on,
        ),
        period=period,
        consequence=_msg(
            "ammr.deadline.consequence.reconsideration_request"
            if tbn
            else "ammr.deadline.consequence.re_examination_request",
            state=request.to_state,
        ),
        status=status,
        done=done,
        request=request.id,
    )
    closed: tuple[date, str] | None = None
    if asked is not None:
        acceptance, closed = _re_examination_reply(run, asked, tbn)
        if status is MET and acceptance is not None:
            return acceptance
        if status is MISSED:
            closed = (end.due + _ONE_DAY, "re_examination_request")
    elif status is MISSED:
        closed = (end.due + _ONE_DAY, "re_examination_request")
    if closed is not None and requesting == run.here:
        if tbn:
            run.warn(
                "ammr.deadline.tbn_not_confirmed",
                _msg("ammr.warning.tbn_not_confirmed", state=request.to_state, request=request.id),
                _art("15", "2", instrument=IR),
            )
        else:
            _refusal_stands(run, request, *closed)
    return None


def _re_examination_request(run: _Run, request_id: str) -> Request | None:
    for request in run.requests:
        if request.kind is RequestKind.RE_EXAMINATION and request.re_examination_of == request_id:
            return request
    return None


def _re_examination_reply(
    run: _Run, asked: Request, tbn: bool
) -> tuple[_Acceptance | None, tuple[date, str] | None]:
    """T09/T14: the requested State endeavours to reply within two weeks; the expiry ends the
    procedure whether or not it replied, and silence is neither acceptance nor confirmation
    (IR Arts 9(2), 15(3)-(4)). Returns the acceptance, or when and by which deadline the
    procedure closed."""
    basis = _art("15", "3", instrument=IR) if tbn else _art("9", "2", instrument=IR)
    received = run.received(asked)
    end = run.period(received, 2, WEEK, asked.to_state, R1182)
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
        other_state=asked.from_state,
        basis=basis,
        start_event=_msg(
            "ammr.deadline.start.request_received",
            request=asked.id,
            from_state=asked.from_state,
            state=asked.to_state,
            date=received,
        ),
        period="2 weeks",
        consequence=_msg(
            "ammr.deadline.consequence.reconsideration_reply"
            if tbn
            else "ammr.deadline.consequence.re_examination_reply",
            state=asked.from_state,
        ),
        status=status,
        done=done,
        request=asked.id,
    )
    if final is not None and done is not None and done <= end.due:
        if final.outcome is ReplyOutcome.ACCEPT:
            key = (
                "ammr.shift.confirmed.reconsideration"
                if tbn
                else "ammr.shift.accepted.re_examination"
            )
            on = final.received_on
            shift = Shift(
                asked.to_state,
                on,
                basis,
                _msg(key, state=asked.to_state, request=asked.id, date=on),
                None,
            )
            event = _msg(
                "ammr.deadline.start.confirmation" if tbn else "ammr.deadline.start.acceptance",
                request=asked.id,
                state=asked.to_state,
                date=on,
            )
            return _Acceptance(shift, on, on, event), None
        return None, (final.received_on, "re_examination_reply")
    if status is not MISSED:
        return None, None
    if final is not None and final.outcome is ReplyOutcome.ACCEPT:
        # The procedure had already ended; a late acceptance cannot reopen it.
        run.warn(
            "ammr.deadline.late_re_examination_acceptance",
            _msg(
                "ammr.warning.late_re_examination_acceptance",
                state=asked.to_state,
                request=asked.id,
                date=final.received_on,
                due=end.due,
            ),
            basis,
        )
    return None, (end.due + _ONE_DAY, "re_examination_reply")


def _refusal_stands(run: _Run, request: Request, closed_on: date, cause: str) -> None:
    """After a refusal that stands, the requesting State is responsible unless it can still
    make a new request within its own period of Art 39(1), which the re-examination never
    extends (IR Art 9(2); C-47/17 and C-48/17 X and X, by analogy). Not for an unaccompanied
    minor, for whom a request can be made at any time (39(1), 4th subpara)."""
    limit = run.request_due.get(TC)
    if limit is None or run.uam:
        return
    last = limit.due if limit.other is None else max(limit.due, limit.other.due)
    on = max(closed_on, last + _ONE_DAY)
    if on > run.as_of:
        return
    run.standing_refusals.append(
        Shift(
            run.here,
            on,
            _art("9", "2", instrument=IR),
            _msg(
                "ammr.shift.refusal_stands",
                state=run.here,
                refused_by=request.to_state,
                request=request.id,
                due=last,
            ),
            limit.deadline if on > closed_on else cause,
        )
    )


def _orphan_re_examinations(run: _Run) -> None:
    """A re-examination request whose refused request is not in the case file: its reply
    deadline is still shown, without effects on responsibility."""
    known = {r.id: r for r in run.requests if r.kind in _TRANSFER_KINDS}
    for request in run.requests:
        if request.kind is RequestKind.RE_EXAMINATION and request.re_examination_of not in known:
            _re_examination_reply(run, request, tbn=False)


# --- T15: humanitarian requests (Art 35(2)) -----------------------------------------------


def _humanitarian(run: _Run, request: Request) -> None:
    """T15: two months to reply, a refusal states reasons (Art 35(2), 3rd subpara). No
    acceptance is inferred from silence. An acceptance makes the requested State responsible
    (Art 37(1): a State that decides to apply Art 35) and opens the transfer."""
    received = run.received(request)
    end = run.period(received, 2, MONTH, request.to_state)
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
        other_state=request.from_state,
        basis=_art("35", "2", subparagraph="3"),
        start_event=_msg(
            "ammr.deadline.start.request_received",
            request=request.id,
            from_state=request.from_state,
            state=request.to_state,
            date=received,
        ),
        period="2 months",
        consequence=_msg("ammr.deadline.consequence.humanitarian_reply", state=request.to_state),
        status=status,
        done=done,
        request=request.id,
    )
    if final is not None and final.outcome is ReplyOutcome.ACCEPT:
        on = final.received_on
        shift = Shift(
            request.to_state,
            on,
            _art("37", "1"),
            _msg(
                "ammr.shift.accepted.humanitarian",
                state=request.to_state,
                request=request.id,
                date=on,
            ),
            None,
        )
        event = _msg(
            "ammr.deadline.start.acceptance", request=request.id, state=request.to_state, date=on
        )
        acceptance = _Acceptance(shift, on, on, event)
        run.shifts.append(shift)
        if request.from_state == run.here:
            run.accepted_outgoing = True
        _transfer_decision(run, request, acceptance)
        _transfer(run, request, acceptance)
    elif final is None and status is MISSED:
        run.warn(
            "ammr.deadline.humanitarian_silence",
            _msg(
                "ammr.warning.humanitarian_silence",
                state=request.to_state,
                request=request.id,
                due=end.due,
            ),
            _art("35", "2"),
        )


# --- T16: the transfer decision (Art 42(1)) -----------------------------------------------


def _transfer_decision(run: _Run, request: Request, acceptance: _Acceptance) -> None:
    """T16: the State whose request was accepted, or whose notification was confirmed, adopts
    the transfer decision within two weeks (Art 42(1)). The Regulation ties no change of
    responsibility to a late decision; a detained person must be released (45(4)). The case
    file records the decision's notification, which is taken as the date it was made."""
    transferring, responsible = request.from_state, request.to_state
    if transferring != run.here:
        return  # the other State's decision is not in this case file
    start = acceptance.start
    end = run.period(start, 2, WEEK, transferring)
    decided = [
        d.notified_on
        for d in run.facts.transfer_decisions
        if acceptance.accepted_on <= d.notified_on <= run.as_of
        and (d.to_state is None or d.to_state == responsible)
    ]
    done = min(decided) if decided else None
    status = _status(done, end.due, run.as_of)
    run.deadline(
        "transfer_decision",
        end,
        start=start,
        state=transferring,
        other_state=responsible,
        basis=_art("42", "1"),
        start_event=acceptance.start_event,
        period="2 weeks",
        consequence=_msg(
            "ammr.deadline.consequence.transfer_decision",
            state=transferring,
            responsible=responsible,
        ),
        status=status,
        done=done,
        request=_original_id(request),
    )
    if status is MISSED:
        detention = _detained(run, transferring, end.due, end.due)
        if detention is not None:
            run.warn(
                "ammr.deadline.detention_must_end_decision",
                _msg("ammr.warning.detention_must_end_decision", due=end.due),
                _art("45", "4"),
            )


# --- T21-T25, T29: the transfer ---------------------------------------------------------------


@dataclass(slots=True)
class _TransferStart:
    start: date
    event: Message
    other_start: date | None
    pending: Appeal | None = None
    annulled: Appeal | None = None


@dataclass(slots=True)
class _TransferEnd:
    end: PeriodEnd
    start: date
    event: Message
    basis: LegalBasis
    period: str
    start_anchored: bool  # runs from the T21 start (so the tacit-start reading moves it)
    reappearance: date | None = None  # the other reading when an extension meets a reappearance


def _transfer(run: _Run, request: Request, acceptance: _Acceptance) -> None:
    """T21: six months from the acceptance or confirmation, or from the final decision on an
    appeal or review with suspensive effect (Arts 43(3), 46(1)). T22-T24: up to one year in
    case of imprisonment; up to three years from the notice to the responsible State if the
    person absconds (Art 46(2)); at least three months after a reappearance. On expiry the
    responsible State is relieved and the transferring State becomes responsible (Arts
    37(1), 46(2))."""
    transferring, responsible = request.from_state, request.to_state
    outgoing = transferring == run.here
    begin = _transfer_start(run, acceptance, transferring, outgoing)
    plan = _transfer_end(run, begin, transferring, responsible)
    done = _transferred(run, responsible, acceptance.accepted_on)
    if begin.annulled is not None:
        status = NOT_APPLICABLE
    elif begin.pending is not None and done is None:
        status = OPEN  # the period does not run while the appeal suspends the transfer
    else:
        status = _status(done, plan.end.due, run.as_of)
    others = _transfer_readings(run, begin, plan, transferring)
    alternative: date | None = None
    note: Message | None = None
    if others:
        alternative, note = max(others, key=lambda o: abs((o[0] - plan.end.due).days))
    run.deadline(
        "transfer",
        plan.end,
        start=plan.start,
        state=transferring,
        other_state=responsible,
        basis=plan.basis,
        start_event=plan.event,
        period=plan.period,
        consequence=_msg(
            "ammr.deadline.consequence.transfer", state=transferring, responsible=responsible
        ),
        status=status,
        done=done,
        request=_original_id(request),
        alternative=alternative,
        note=note,
    )
    if status is not NOT_APPLICABLE and begin.pending is None:
        _transfer_expiry(run, request, done, plan.end.due, [o[0] for o in others])
    if outgoing:
        _detention_transfer(run, request, begin, done)


def _transfer_readings(
    run: _Run, begin: _TransferStart, plan: _TransferEnd, transferring: str
) -> list[tuple[date, Message]]:
    """Other readings of the end of the transfer period, with the note that explains each."""
    others: list[tuple[date, Message]] = []
    if begin.other_start is not None and plan.start_anchored:
        other = run.period(begin.other_start, plan.end.n, plan.end.unit, transferring).due
        if other != plan.end.due:
            key = (
                "ammr.deadline.note.tacit_start_day_after"
                if begin.other_start > begin.start
                else "ammr.deadline.note.tacit_start_last_day"
            )
            others.append((other, _msg(key, date=other)))
    if plan.reappearance is not None and plan.reappearance != plan.end.due:
        others.append(
            (plan.reappearance, _msg("ammr.deadline.note.reappearance", date=plan.reappearance))
        )
    return others


def _transfer_expiry(
    run: _Run, request: Request, done: date | None, due: date, others: list[date]
) -> None:
    """Art 46(2): on expiry the responsible State is relieved and the transferring State
    becomes responsible. Where readings differ, responsibility is taken to have moved only
    after the last of them; in between, a person decides (blocking)."""
    first, last = min([due, *others]), max([due, *others])
    if done is not None and done <= first:
        return
    transferring, responsible = request.from_state, request.to_state
    question_id = f"ammr:transfer_expiry:{_original_id(request)}"
    answer = run.answer(question_id, _SHIFTED_OR_NOT, _art("46", "2")) if first != last else None
    if answer is not None:
        first = last = first if answer == "shifted" else last
    if (done is None or done > last) and run.as_of > last:
        on = last
    elif first != last and run.as_of > first:
        run.ask(
            _Ask(
                question_id,
                "transfer_expiry",
                _art("46", "2"),
                _msg(
                    "ammr.q.transfer_expiry",
                    state=transferring,
                    responsible=responsible,
                    first=first,
                    last=last,
                ),
                _SHIFTED_OR_NOT,
            ),
            blocking=True,
        )
        return
    else:
        return
    run.shifts.append(
        Shift(
            transferring,
            on + _ONE_DAY,
            _art("46", "2", subparagraph="1"),
            _msg("ammr.shift.transfer_missed", state=transferring, responsible=responsible, due=on),
            "transfer",
        )
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
                "ammr.deadline.transfer_annulled",
                _msg("ammr.warning.transfer_annulled", date=decided),
                _art("43", "1"),
            )
            return begin
        if appeal.suspensive:
            # An appeal lodged after the period ended cannot revive it.
            if appeal.lodged_on > run.period(begin.start, 6, MONTH, transferring).due:
                continue
            if decided is None:
                begin.pending = appeal
                run.warn(
                    "ammr.deadline.appeal_pending",
                    _msg("ammr.warning.appeal_pending", date=appeal.lodged_on),
                    _art("43", "3"),
                )
                return begin
            # Art 46(1): the period runs in full from the final decision (C-490/16 A.S.).
            begin.start, begin.other_start = decided, None
            begin.event = _msg(
                "ammr.deadline.start.appeal_decided", date=decided, lodged=appeal.lodged_on
            )
        elif appeal.ex_officio_suspension:
            # The AMMR has no counterpart of Dublin III Art 27(4); only suspensive effect under
            # Art 43(3) moves the start (46(1)); cf. C-245/21 and C-248/21.
            run.warn(
                "ammr.deadline.ex_officio_suspension",
                _msg("ammr.warning.ex_officio_suspension", date=appeal.lodged_on),
                _art("46", "1"),
            )
    return begin


def _transfer_end(
    run: _Run, begin: _TransferStart, transferring: str, responsible: str
) -> _TransferEnd:
    """The end of the transfer period: six months, extended under Art 46(2).

    The extensions require the responsible State to be informed within the six months (IR
    Art 28(2)-(3)); the imprisonment extension runs from the T21 start, the absconding one
    from that information. A reappearance with less than three months left leaves three
    months (46(2), 2nd subpara): read as a guarantee, it never shortens an extension; the
    reading that an absconding extension ends with the reappearance is the other one."""
    base = run.period(begin.start, 6, MONTH, transferring)
    due6 = base.due
    plan = _TransferEnd(base, begin.start, begin.event, _art("46", "1"), "6 months", True)
    prison = _imprisoned(run, transferring, begin.start, due6)
    if prison is not None:
        notice = _notice(
            run,
            "imprisonment",
            prison.start,
            prison.notified_to_responsible_state_on,
            responsible,
            due6,
        )
        if notice is not None:
            year = run.period(begin.start, 1, YEAR, transferring)
            if year.due > plan.end.due:
                plan = _TransferEnd(
                    year,
                    begin.start,
                    begin.event,
                    _art("46", "2", subparagraph="1"),
                    "1 year",
                    True,
                )
    absconding = _absconded(run, begin.start, due6)
    if absconding is None:
        return plan
    extended = False
    # A person who answered that this was no absconding (Art 2(17)) gets no extension and no
    # reminder of the notice; the reappearance rule still applies.
    notice = (
        None
        if run.answer(_absconding_question(absconding), YES_NO, _art("2", point="17")) == NO
        else _notice(
            run,
            "absconding",
            absconding.on,
            absconding.notified_to_responsible_state_on,
            responsible,
            due6,
        )
    )
    if notice is not None and _within_control(run, absconding):
        years = run.period(notice, 3, YEAR, transferring)
        if years.due > plan.end.due:
            event = _msg("ammr.deadline.start.absconding_notice", date=notice, state=responsible)
            plan = _TransferEnd(
                years, notice, event, _art("46", "2", subparagraph="1"), "3 years", False
            )
            extended = True
    back = absconding.ended_on
    if back is None or back > run.as_of or back > plan.end.due:
        return plan
    guaranteed = run.period(back, 3, MONTH, transferring)
    if guaranteed.due > plan.end.due:
        run.warn(
            "ammr.deadline.reappearance",
            _msg("ammr.warning.reappearance", date=back, due=guaranteed.due),
            _art("46", "2", subparagraph="2"),
        )
        plan = _TransferEnd(
            guaranteed,
            back,
            _msg("ammr.deadline.start.reappearance", date=back),
            _art("46", "2", subparagraph="2"),
            "3 months",
            False,
        )
    if extended:
        other = max(due6, guaranteed.due)
        if other < plan.end.due:
            plan.reappearance = other
    return plan


def _notice(
    run: _Run,
    cause: str,
    since: date,
    notified: date | None,
    responsible: str,
    due6: date,
) -> date | None:
    """IR 2025/2055 Art 28(2)-(3): the responsible State is informed of the absconding,
    resistance, unfitness or imprisonment within the six-month period; without that, no
    extension. Returns the date of a valid notice."""
    if notified is not None and notified > run.as_of:
        notified = None  # not yet done as of the run date
    if notified is None:
        run.warn(
            f"ammr.deadline.{cause}_notice_missing",
            _msg(f"ammr.warning.{cause}_notice_missing", date=since, state=responsible, due=due6),
            _art("28", "3", instrument=IR),
        )
        return None
    if notified > due6:
        run.warn(
            f"ammr.deadline.{cause}_notice_late",
            _msg(f"ammr.warning.{cause}_notice_late", date=notified, state=responsible, due=due6),
            _art("28", "3", instrument=IR),
        )
        return None
    return notified


def _within_control(run: _Run, absconding: Absconding) -> bool:
    """Art 2(17): absconding is not remaining available to the authorities, e.g. leaving for
    reasons that are not beyond the person's control. A person confirms (ammr.md section 11
    item 12); until then absconding is presumed and the question stays open (non-blocking)."""
    question_id = _absconding_question(absconding)
    answer = run.answer(question_id, YES_NO, _art("2", point="17"))
    if answer is None:
        run.ask(
            _Ask(
                question_id,
                "absconding",
                _art("2", point="17"),
                _msg("ammr.q.absconding", date=absconding.on),
                YES_NO,
            )
        )
        return True
    return answer == YES


def _absconding_question(absconding: Absconding) -> str:
    return f"ammr:absconding:{absconding.on.isoformat()}"


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


def _detention_transfer(
    run: _Run, request: Request, begin: _TransferStart, done: date | None
) -> None:
    """T29: a detained person is transferred within five weeks of the acceptance or
    confirmation, or of the date the appeal no longer has suspensive effect (Art 45(3));
    otherwise the detention ends while Art 46 continues to apply (45(4))."""
    state = request.from_state
    detention = _detained(run, state, begin.start, begin.start)
    if detention is None:
        later = _detained(run, state, begin.start, run.as_of)
        if later is not None and later.start > begin.start and done is None:
            run.warn(
                "ammr.deadline.detention_after_acceptance",
                _msg("ammr.warning.detention_after_acceptance", date=later.start),
                _art("45", "3"),
            )
        return
    end = run.period(begin.start, 5, WEEK, state)
    released = _ended(run, detention)
    if done is not None:
        status = _status(done, end.due, run.as_of)
    elif released is not None and released <= end.due:
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
        other_state=request.to_state,
        basis=_art("45", "3"),
        start_event=begin.event,
        period="5 weeks",
        consequence=_msg("ammr.deadline.consequence.detention_transfer"),
        status=status,
        done=done,
        request=_original_id(request),
    )
    if status is MISSED and done is None:
        run.warn(
            "ammr.deadline.detention_must_end",
            _msg("ammr.warning.detention_must_end", due=end.due),
            _art("45", "4"),
        )
