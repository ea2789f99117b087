"""Shared pieces of the UK-France rules: citations, the applicant's age, answers, findings.

The instruments are named in `cordiale.law.outcome.INSTRUMENTS` (shared/law/uk_france.md):
"Le Touquet 2003", "Sandhurst 2018", "UK-FR 2025", "IA 2016", "S67 guidance 2016",
"S67 policy 2017".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cordiale.law.dublin3.context import art, msg
from cordiale.law.facts import Applicant, CaseFacts
from cordiale.law.outcome import (
    Deadline,
    LegalBasis,
    Message,
    Question,
    Step,
    StepOutcome,
    Warning,
)

__all__ = [
    "Findings",
    "age_range",
    "answer_of",
    "art",
    "is_no",
    "is_yes",
    "msg",
]

LE_TOUQUET = "Le Touquet 2003"
SANDHURST = "Sandhurst 2018"
UKFR_2025 = "UK-FR 2025"
IA_2016 = "IA 2016"
S67_GUIDANCE = "S67 guidance 2016"
S67_POLICY = "S67 policy 2017"

_YES = frozenset({"yes", "true"})
_NO = frozenset({"no", "false"})


def basis(article: str, paragraph: str | None = None, *, instrument: str) -> LegalBasis:
    """A citation of a UK-France instrument (cached, like every other citation)."""
    return art(article, paragraph, instrument=instrument)


def answer_of(facts: CaseFacts, question_id: str) -> bool | str | None:
    """The answer recorded in the case file for `question_id`, if any."""
    for answer in facts.answers:
        if answer.question == question_id:
            return answer.value
    return None


def is_yes(value: bool | str | None) -> bool:
    return value is True or (isinstance(value, str) and value.lower() in _YES)


def is_no(value: bool | str | None) -> bool:
    return value is False or (isinstance(value, str) and value.lower() in _NO)


def _years_between(start: date, end: date) -> int:
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


def age_range(applicant: Applicant, day: date) -> tuple[int, int] | None:
    """The applicant's possible age on `day` in whole years (youngest, oldest), from the date
    of birth or an age assessment with its margin; None if neither is recorded."""
    if applicant.date_of_birth is not None:
        age = _years_between(applicant.date_of_birth, day)
        return age, age
    assessed = applicant.assessed_age
    if assessed is None:
        return None
    # The assessment gives the age on its own date; count the whole years to `day` in either
    # direction (as `cordiale.law.dublin3.context.Run.age_on` does).
    if day >= assessed.assessed_on:
        base = assessed.age_years + _years_between(assessed.assessed_on, day)
    else:
        base = assessed.age_years - 1 - _years_between(day, assessed.assessed_on)
        if (day.month, day.day) == (assessed.assessed_on.month, assessed.assessed_on.day):
            base += 1
    low = max(0, base - assessed.uncertainty_years)
    return low, max(0, base + assessed.uncertainty_years)


@dataclass(slots=True)
class Findings:
    """What one UK-France rule set adds to a determination."""

    steps: list[Step] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)

    def step(
        self,
        rule: str,
        citation: LegalBasis,
        outcome: StepOutcome,
        message: Message,
        states: tuple[str, ...] = (),
        facts: tuple[str, ...] = (),
    ) -> None:
        self.steps.append(Step(rule, citation, outcome, message, states, facts))

    def warn(self, code: str, message: Message, citation: LegalBasis | None = None) -> None:
        self.warnings.append(Warning(code, message, citation))

    def ask(
        self,
        facts: CaseFacts,
        question_id: str,
        citation: LegalBasis,
        message: Message,
        *,
        kind: str = "ukfr",
        options: tuple[str, ...] = ("yes", "no"),
        blocking: bool = False,
        paths: tuple[str, ...] = (),
    ) -> bool | str | None:
        """The recorded answer, or None after listing the question as open. The UK-France
        questions do not block the responsibility determination (`blocking=False`): they
        decide the UK-France outcome they belong to."""
        value = answer_of(facts, question_id)
        if value is None and all(q.id != question_id for q in self.questions):
            self.questions.append(
                Question(question_id, kind, citation, message, options, blocking, paths)
            )
        return value
