"""The state of one run of the Dublin III rules: the facts, the answers, and what was found.

`Run` collects the trace, questions and warnings in the order the rules examine them, so the
explanation reads like the Regulation (Art 7(1): the criteria apply in the order written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import cast

from cordiale.law.answers import INVALID_ANSWER, YES_NO, invalid_answer_message, normalise_answer
from cordiale.law.answers import NO as NO  # re-exported: the rules import them from here
from cordiale.law.answers import YES as YES
from cordiale.law.calendar import Unit, add_period
from cordiale.law.facts import Application, CaseFacts, Request, RequestKind
from cordiale.law.outcome import (
    LegalBasis,
    Message,
    Question,
    Shift,
    Step,
    StepOutcome,
    Warning,
)
from cordiale.law.settings import EngineSettings
from cordiale.law.states import is_dublin_state


@cache
def art(
    article: str,
    paragraph: str | None = None,
    point: str | None = None,
    subparagraph: str | None = None,
    instrument: str = "604/2013",
) -> LegalBasis:
    """A citation; cached, since the same few hundred are built for every case."""
    return LegalBasis(article, paragraph, point, subparagraph, instrument)


@cache
def _constant(key: str) -> Message:
    return Message(key, {})


def msg(key: str, **params: object) -> Message:
    # Runs ~15 times per case: a message without parameters is shared (messages are only
    # read), and strings pass through untouched.
    if not params:
        return _constant(key)
    # The keyword dict is new at each call: converted in place, not copied.
    for name, value in params.items():
        if type(value) is not str:
            params[name] = _text(value)
    return Message(key, cast("dict[str, str]", params))


def _text(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(sorted(str(item) for item in value))
    return str(value)


@dataclass(slots=True)
class Run:
    facts: CaseFacts
    as_of: date
    settings: EngineSettings
    current: Application | None
    first_lodged_on: date | None  # T0 (Art 7(2))
    answers: dict[str, bool | str]
    trace: list[Step] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)
    blocking_count: int = 0

    # --- recording ----------------------------------------------------------------------

    def step(
        self,
        rule: str,
        basis: LegalBasis,
        outcome: StepOutcome,
        message: Message,
        states: tuple[str, ...] = (),
        facts: tuple[str, ...] = (),
    ) -> None:
        self.trace.append(Step(rule, basis, outcome, message, states, facts))

    def warn(self, code: str, message: Message, basis: LegalBasis | None = None) -> None:
        if all(w.code != code or w.message != message for w in self.warnings):
            self.warnings.append(Warning(code, message, basis))

    def ask(
        self,
        question_id: str,
        kind: str,
        basis: LegalBasis,
        message: Message,
        *,
        options: tuple[str, ...] = YES_NO,
        blocking: bool = True,
        facts: tuple[str, ...] = (),
    ) -> str | None:
        """The recorded answer to a question, as one of its options (`cordiale.law.answers`),
        or None after listing it as open. An answer that is none of the options leaves the
        question open, with a warning."""
        answer = self.answer(question_id, options, basis)
        if answer is not None:
            return answer
        if all(q.id != question_id for q in self.questions):
            self.questions.append(
                Question(question_id, kind, basis, message, options, blocking, facts)
            )
            self.blocking_count += blocking
        return None

    def answer(
        self, question_id: str, options: tuple[str, ...], basis: LegalBasis | None = None
    ) -> str | None:
        """The answer recorded for a question, normalised to one of `options`; None when
        there is none, or when it is none of the options (then with a warning)."""
        if not self.answers:
            return None
        value = self.answers.get(question_id)
        if value is None:
            return None
        answer = normalise_answer(value, options)
        if answer is None:
            self.warn(INVALID_ANSWER, invalid_answer_message(question_id, value, options), basis)
        return answer

    def answered_yes(self, answer: bool | str | None) -> bool:
        return answer is True or (isinstance(answer, str) and answer.lower() in ("yes", "true"))

    def answered_no(self, answer: bool | str | None) -> bool:
        return answer is False or (isinstance(answer, str) and answer.lower() in ("no", "false"))

    @property
    def blocked(self) -> bool:
        return self.blocking_count > 0

    # --- facts at T0 --------------------------------------------------------------------

    @property
    def t0(self) -> date:
        """The freeze date of Art 7(2); the run date when nothing was lodged yet."""
        return self.first_lodged_on or self.as_of

    def is_member_state(self, state: str, on: date | None = None) -> bool:
        return is_dublin_state(state, on or self.t0)

    def months_after(self, start: date, months: int) -> date:
        return add_period(start, months, Unit.MONTH)

    def age_on(self, day: date) -> tuple[int, int] | None:
        """The applicant's possible age range on `day` (years), or None if unknown."""
        applicant = self.facts.applicant
        if applicant.date_of_birth is not None:
            age = _years_between(applicant.date_of_birth, day)
            return age, age
        assessed = applicant.assessed_age
        if assessed is not None:
            # The assessment gives the age in completed years on its own date, plus or minus
            # the uncertainty: the birth lies between the latest date compatible with the
            # lowest age and the earliest compatible with the highest. The age on `day` (the
            # reference date of minority, often before the assessment) is the range of ages
            # those births give on that day, so that a question quoting it is true.
            on, years, spread = assessed.assessed_on, assessed.age_years, assessed.uncertainty_years
            latest_birth = _years_before(on, max(0, years - spread))
            earliest_birth = _years_before(on, years + spread + 1) + _ONE_DAY
            youngest = max(0, _years_between(latest_birth, day))
            return youngest, max(0, _years_between(earliest_birth, day))
        return None


_ONE_DAY = timedelta(days=1)


def _years_before(day: date, years: int) -> date:
    """The same date `years` earlier (28 February for a 29 February in a common year)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _years_between(start: date, end: date) -> int:
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


# The article a request's `basis` cites: "17(2)", "Art 16(1)", "art. 35(2)" -> 17, 16, 35.
_ARTICLE = re.compile(r"\s*(?:art(?:icle)?\.?\s*)?(\d+)", re.IGNORECASE)


def shift_request(facts: CaseFacts, shift: Shift) -> Request | None:
    """The request an acceptance answers (its message names it), or None for a shift that
    answers no request; a re-examination leads back to the request it re-examined."""
    request_id = shift.message.params.get("request")
    if request_id is None:
        return None
    requests = {request.id: request for request in facts.requests}
    request = requests.get(request_id)
    if request is not None and request.kind is RequestKind.RE_EXAMINATION:
        return requests.get(request.re_examination_of or "", request)
    return request


def requested_outside_criteria(run: Run, shift: Shift, articles: frozenset[str]) -> bool:
    """Whether an acceptance answers a request made outside the criteria: a humanitarian
    request, or a request whose basis cites one of `articles` (dependency, discretion)."""
    request = shift_request(run.facts, shift)
    if request is None:
        return False
    if request.kind is RequestKind.HUMANITARIAN:
        return True
    cited = _ARTICLE.match(request.basis or "")
    return cited is not None and cited.group(1) in articles


def transferred_to(run: Run, state: str) -> bool:
    """Whether the applicant was transferred to `state` (by `as_of`) after lodging the
    application being determined: no transfer is left to check there (H5)."""
    since = run.current.lodged_on if run.current is not None else None
    return any(
        transfer.to_state == state
        and transfer.carried_out_on <= run.as_of
        and (since is None or transfer.carried_out_on >= since)
        for transfer in run.facts.transfers
    )
