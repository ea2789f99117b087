"""Building a `Screening`: criteria in order, each met, not met, a question or not checked."""

from __future__ import annotations

from dataclasses import dataclass, field

from cordiale.law.facts import CaseFacts
from cordiale.law.outcome import (
    CriterionResult,
    CriterionStatus,
    Eligibility,
    LegalBasis,
    Message,
    Question,
    Screening,
    Warning,
)
from cordiale.law.ukfrance.common import answer_of, is_no, is_yes

MET = CriterionStatus.MET
NOT_MET = CriterionStatus.NOT_MET
QUESTION = CriterionStatus.QUESTION
NOT_CHECKED = CriterionStatus.NOT_CHECKED


@dataclass(slots=True)
class ScreeningBuilder:
    facts: CaseFacts
    kind: str  # Question.kind of its questions
    criteria: list[CriterionResult] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)

    def add(
        self,
        criterion: str,
        citation: LegalBasis,
        status: CriterionStatus,
        message: Message,
        paths: tuple[str, ...] = (),
        *,
        question: str | None = None,
        unverified: bool = False,
    ) -> CriterionStatus:
        self.criteria.append(
            CriterionResult(criterion, citation, status, message, paths, question, unverified)
        )
        return status

    def fact_or_answer(
        self,
        criterion: str,
        citation: LegalBasis,
        value: bool | None,
        question_id: str,
        question: Message,
        *,
        met_when: bool,
        met: Message,
        not_met: Message,
        paths: tuple[str, ...] = (),
        unverified: bool = False,
    ) -> CriterionStatus:
        """A criterion that turns on one yes/no fact: from the case file, else from the answer
        to `question_id`, else that question is asked."""
        if value is None:
            answer = answer_of(self.facts, question_id)
            value = True if is_yes(answer) else False if is_no(answer) else None
            if value is not None:
                paths = (*paths, f"answers:{question_id}")
        if value is None:
            self.ask(question_id, citation, question, paths)
            return self.add(
                criterion,
                citation,
                QUESTION,
                question,
                paths,
                question=question_id,
                unverified=unverified,
            )
        ok = value is met_when
        return self.add(
            criterion,
            citation,
            MET if ok else NOT_MET,
            met if ok else not_met,
            paths,
            unverified=unverified,
        )

    def ask(
        self,
        question_id: str,
        citation: LegalBasis,
        message: Message,
        paths: tuple[str, ...] = (),
        options: tuple[str, ...] = ("yes", "no"),
    ) -> None:
        if all(q.id != question_id for q in self.questions):
            self.questions.append(
                Question(question_id, self.kind, citation, message, options, True, paths)
            )

    def outcome(self) -> Eligibility:
        statuses = {c.status for c in self.criteria}
        if NOT_MET in statuses:
            return Eligibility.NOT_ELIGIBLE
        if QUESTION in statuses:
            return Eligibility.NEEDS_DECISION
        return Eligibility.ELIGIBLE

    def build(
        self,
        screening_id: str,
        citation: LegalBasis,
        *,
        priority: bool | None = None,
        priority_reasons: tuple[Message, ...] = (),
    ) -> Screening:
        return Screening(
            screening_id,
            citation,
            self.outcome(),
            tuple(self.criteria),
            tuple(self.questions),
            priority,
            priority_reasons,
            tuple(self.warnings),
            tuple(sorted(set(self.unverified))),
        )
