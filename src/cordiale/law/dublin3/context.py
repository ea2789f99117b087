"""The state of one run of the Dublin III rules: the facts, the answers, and what was found.

`Run` collects the trace, questions and warnings in the order the rules examine them, so the
explanation reads like the Regulation (Art 7(1): the criteria apply in the order written).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from cordiale.law.calendar import Unit, add_period
from cordiale.law.facts import Application, CaseFacts
from cordiale.law.outcome import LegalBasis, Message, Question, Step, StepOutcome, Warning
from cordiale.law.settings import EngineSettings
from cordiale.law.states import is_dublin_state

YES = "yes"
NO = "no"


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
    return Message(
        key,
        {name: value if type(value) is str else _text(value) for name, value in params.items()},
    )


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
        options: tuple[str, ...] = (YES, NO),
        blocking: bool = True,
        facts: tuple[str, ...] = (),
    ) -> bool | str | None:
        """The recorded answer to a question, or None after listing it as open."""
        if question_id in self.answers:
            return self.answers[question_id]
        if all(q.id != question_id for q in self.questions):
            self.questions.append(
                Question(question_id, kind, basis, message, options, blocking, facts)
            )
            self.blocking_count += blocking
        return None

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
            elapsed = (
                _years_between(assessed.assessed_on, day) if day >= assessed.assessed_on else 0
            )
            base = assessed.age_years + elapsed
            return base - assessed.uncertainty_years, base + assessed.uncertainty_years
        return None


def _years_between(start: date, end: date) -> int:
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years
