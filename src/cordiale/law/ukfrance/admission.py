"""Admissions leg of the UK-France Agreement of 2025: the UK/European Applicant Transfer Scheme.

Shared/law/uk_france.md 6.2.2. The UK admits people from France through an expression of
interest (EOI), then an entry-clearance application (Art 12). This module screens a case
against the criteria in force (`AdmissionCriteria`, configurable because several rest on
reports, not rule text); it never decides: a question is asked whenever a fact is unknown,
and the UK security and suitability checks are always a person's decision.

Criteria, in order (eoi_valid in the spec):
* physically in France when the EOI is made (geolocation-checked);
* aged 18 or over, or a minor in a family group with a parent aged 18 or over (Art 12(3));
* not an EEA national;
* no international protection or statelessness status granted elsewhere;
* no immigration permission in France;
* not previously returned to France under the agreement (reported bar);
* no previous attempt to enter the UK irregularly (Home Office wording; rule text UNVERIFIED);
* UK security and Part 9 suitability checks passed (always a question).
Priority: a family link in the UK, or a nationality on the priority list (prioritisation is
reported; the list is UNVERIFIED and empty by default).
"""

from __future__ import annotations

from datetime import date

from cordiale.law.facts import (
    AdmissionFacts,
    ArrivalMode,
    CaseFacts,
    DecisionKind,
    DocumentKind,
    EntryMode,
    ReplyOutcome,
    RequestKind,
)
from cordiale.law.outcome import LegalBasis, Message, Screening, Warning
from cordiale.law.settings import AdmissionCriteria
from cordiale.law.states import EU_STATES
from cordiale.law.ukfrance.common import UKFR_2025, age_range, answer_of, basis, is_no, is_yes, msg
from cordiale.law.ukfrance.screening import (
    MET,
    NOT_CHECKED,
    NOT_MET,
    QUESTION,
    ScreeningBuilder,
)

__all__ = ["SCREENING_ID", "screen_admission"]

SCREENING_ID = "ukeats_admission"
ART12: LegalBasis = basis("12", instrument=UKFR_2025)
ART12_3: LegalBasis = basis("12", "3", instrument=UKFR_2025)
# The EEA: the EU States with Iceland, Liechtenstein and Norway.
_EEA = EU_STATES | {"IS", "LI", "NO"}
_GRANTED = frozenset({DecisionKind.GRANTED_REFUGEE, DecisionKind.GRANTED_SUBSIDIARY})
UNVERIFIED_IRREGULAR_ENTRY = "UKEATS: rule text excluding previous irregular entrants to the UK"
UNVERIFIED_PRIORITY = "UKEATS: nationality priority list"
_Q = "UKFR:admission:"
_A = "admission."


def screen_admission(facts: CaseFacts, as_of: date, criteria: AdmissionCriteria) -> Screening:
    """The eligibility screening of the case for the admissions leg, as of `as_of`."""
    admission = facts.admission or AdmissionFacts()
    on = admission.expression_of_interest_on or as_of
    screen = ScreeningBuilder(facts, "ukfr")
    _present_in_france(screen, admission, criteria)
    _age(screen, facts, admission, criteria, on)
    _eea(screen, facts, criteria)
    _protection_elsewhere(screen, facts, admission, criteria, on)
    _permission_in_france(screen, facts, admission, criteria, on)
    _previously_returned(screen, facts, admission, criteria)
    _irregular_entry(screen, facts, admission, criteria)
    _security(screen, criteria)
    reasons = _priority(screen, facts, admission, criteria)
    return screen.build(SCREENING_ID, ART12, priority=bool(reasons), priority_reasons=reasons)


def _not_checked(screen: ScreeningBuilder, criterion: str, citation: LegalBasis) -> None:
    screen.add(criterion, citation, NOT_CHECKED, msg("admission.not_checked"))


def _present_in_france(
    screen: ScreeningBuilder, admission: AdmissionFacts, criteria: AdmissionCriteria
) -> None:
    if not criteria.require_in_france:
        _not_checked(screen, "present_in_france", ART12)
        return
    screen.fact_or_answer(
        "present_in_france",
        ART12,
        admission.present_in_france,
        f"{_Q}present_in_france",
        msg("q.admission.present_in_france"),
        met_when=True,
        met=msg("admission.present_in_france.met"),
        not_met=msg("admission.present_in_france.not_met"),
        paths=(f"{_A}present_in_france",),
    )


def _age(
    screen: ScreeningBuilder,
    facts: CaseFacts,
    admission: AdmissionFacts,
    criteria: AdmissionCriteria,
    on: date,
) -> None:
    """Aged `min_age` or over, or a minor in a family group with an adult parent (Art 12(3):
    accompanying minors are included)."""
    minimum = criteria.min_age
    age = age_range(facts.applicant, on)
    paths: tuple[str, ...] = ("applicant.date_of_birth", "applicant.assessed_age")
    if age is not None and age[0] >= minimum:
        screen.add("age", ART12, MET, msg("admission.age.met", min=minimum), paths)
        return
    if age is None or age[1] >= minimum:
        # Unknown, or an assessment whose margin straddles the minimum: a person decides.
        question = f"{_Q}age"
        answer = answer_of(facts, question)
        if is_yes(answer):
            paths = (*paths, f"answers:{question}")
            screen.add("age", ART12, MET, msg("admission.age.met", min=minimum), paths)
            return
        if not is_no(answer):
            message = msg("q.admission.age", date=on, min=minimum)
            screen.ask(question, ART12, message, paths)
            screen.add("age", ART12, QUESTION, message, paths, question=question)
            return
    screen.fact_or_answer(
        "age",
        ART12_3,
        admission.family_group_with_adult_parent,
        f"{_Q}family_group",
        msg("q.admission.family_group", min=minimum),
        met_when=True,
        met=msg("admission.age.family_group", min=minimum),
        not_met=msg("admission.age.not_met", min=minimum),
        paths=(*paths, f"{_A}family_group_with_adult_parent"),
    )


def _eea(screen: ScreeningBuilder, facts: CaseFacts, criteria: AdmissionCriteria) -> None:
    if not criteria.exclude_eea_nationals:
        _not_checked(screen, "not_eea_national", ART12)
        return
    eea = sorted(set(facts.applicant.nationalities) & _EEA)
    paths = ("applicant.nationalities",)
    if eea:
        screen.add(
            "not_eea_national",
            ART12,
            NOT_MET,
            msg("admission.eea.not_met", states=", ".join(eea)),
            paths,
        )
    else:
        screen.add("not_eea_national", ART12, MET, msg("admission.eea.met"), paths)


def _protection_elsewhere(
    screen: ScreeningBuilder,
    facts: CaseFacts,
    admission: AdmissionFacts,
    criteria: AdmissionCriteria,
    on: date,
) -> None:
    if not criteria.exclude_protection_elsewhere:
        _not_checked(screen, "no_protection_elsewhere", ART12)
        return
    value = admission.protection_elsewhere
    paths: tuple[str, ...] = (f"{_A}protection_elsewhere",)
    if value is None:
        # A grant recorded in the case file answers it.
        for i, application in enumerate(facts.applications):
            if any(d.kind in _GRANTED and d.on <= on for d in application.decisions):
                value, paths = True, (f"applications[{i}].decisions",)
                break
    screen.fact_or_answer(
        "no_protection_elsewhere",
        ART12,
        value,
        f"{_Q}protection_elsewhere",
        msg("q.admission.protection_elsewhere"),
        met_when=False,
        met=msg("admission.protection_elsewhere.met"),
        not_met=msg("admission.protection_elsewhere.not_met"),
        paths=paths,
    )


def _permission_in_france(
    screen: ScreeningBuilder,
    facts: CaseFacts,
    admission: AdmissionFacts,
    criteria: AdmissionCriteria,
    on: date,
) -> None:
    if not criteria.exclude_permission_in_france:
        _not_checked(screen, "no_permission_in_france", ART12)
        return
    value = admission.immigration_permission_in_france
    paths: tuple[str, ...] = (f"{_A}immigration_permission_in_france",)
    if value is None:
        # A valid French residence document recorded in the case file answers it.
        for i, document in enumerate(facts.documents):
            if (
                document.kind is DocumentKind.RESIDENCE_DOCUMENT
                and document.issuing_state == "FR"
                and document.valid_from <= on <= document.valid_until
                and document.issued_during is None
            ):
                value, paths = True, (f"documents[{i}]",)
                break
    screen.fact_or_answer(
        "no_permission_in_france",
        ART12,
        value,
        f"{_Q}permission_in_france",
        msg("q.admission.permission_in_france"),
        met_when=False,
        met=msg("admission.permission_in_france.met"),
        not_met=msg("admission.permission_in_france.not_met"),
        paths=paths,
    )


def _returned_under_treaty(facts: CaseFacts) -> bool:
    """A readmission France accepted, followed by a transfer to France."""
    accepted = {
        reply.request
        for reply in facts.replies
        if reply.outcome is ReplyOutcome.ACCEPT
        and any(r.id == reply.request and r.kind is RequestKind.READMISSION for r in facts.requests)
    }
    return bool(accepted) and any(t.to_state == "FR" for t in facts.transfers)


def _previously_returned(
    screen: ScreeningBuilder,
    facts: CaseFacts,
    admission: AdmissionFacts,
    criteria: AdmissionCriteria,
) -> None:
    if not criteria.exclude_previously_returned:
        _not_checked(screen, "not_previously_returned", ART12)
        return
    value = admission.previously_returned_under_treaty
    paths: tuple[str, ...] = (f"{_A}previously_returned_under_treaty",)
    if value is None and _returned_under_treaty(facts):
        value, paths = True, ("requests", "replies", "transfers")
    screen.fact_or_answer(
        "not_previously_returned",
        ART12,
        value,
        f"{_Q}previously_returned",
        msg("q.admission.previously_returned"),
        met_when=False,
        met=msg("admission.previously_returned.met"),
        not_met=msg("admission.previously_returned.not_met"),
        paths=paths,
    )


def _irregular_entry(
    screen: ScreeningBuilder,
    facts: CaseFacts,
    admission: AdmissionFacts,
    criteria: AdmissionCriteria,
) -> None:
    if not criteria.exclude_previous_irregular_entry_to_uk:
        _not_checked(screen, "no_previous_irregular_entry_to_uk", ART12)
        return
    screen.unverified.append(UNVERIFIED_IRREGULAR_ENTRY)
    value = admission.previous_irregular_entry_to_uk
    paths: tuple[str, ...] = (f"{_A}previous_irregular_entry_to_uk",)
    if value is None:
        # A small-boat arrival, or an irregular entry into the UK, recorded in the case file.
        arrival = facts.uk_arrival
        if arrival is not None and arrival.mode is ArrivalMode.SMALL_BOAT:
            value, paths = True, ("uk_arrival.mode",)
        for i, entry in enumerate(facts.entries):
            if value is None and entry.state == "GB" and entry.mode is EntryMode.IRREGULAR:
                value, paths = True, (f"entries[{i}]",)
    screen.fact_or_answer(
        "no_previous_irregular_entry_to_uk",
        ART12,
        value,
        f"{_Q}previous_irregular_entry",
        msg("q.admission.previous_irregular_entry"),
        met_when=False,
        met=msg("admission.previous_irregular_entry.met"),
        not_met=msg("admission.previous_irregular_entry.not_met"),
        paths=paths,
        unverified=True,
    )


def _security(screen: ScreeningBuilder, criteria: AdmissionCriteria) -> None:
    """UK security, Part 9 suitability and eligibility checks: a person's decision."""
    if not criteria.security_check_required:
        _not_checked(screen, "security_check", ART12)
        return
    screen.fact_or_answer(
        "security_check",
        ART12,
        None,
        f"{_Q}security_check",
        msg("q.admission.security_check"),
        met_when=True,
        met=msg("admission.security_check.met"),
        not_met=msg("admission.security_check.not_met"),
        paths=("answers",),
    )


def _priority(
    screen: ScreeningBuilder,
    facts: CaseFacts,
    admission: AdmissionFacts,
    criteria: AdmissionCriteria,
) -> tuple[Message, ...]:
    """Prioritisation is reported (family link in the UK, some nationalities); the list of
    nationalities is UNVERIFIED."""
    reasons: list[Message] = []
    link = admission.uk_family_link
    if link is None:
        link = any(member.state == "GB" for member in facts.family) or None
    if link:
        reasons.append(msg("admission.priority.family_link"))
    listed = sorted(set(facts.applicant.nationalities) & set(criteria.priority_nationalities))
    if listed:
        reasons.append(msg("admission.priority.nationality", states=", ".join(listed)))
    screen.unverified.append(UNVERIFIED_PRIORITY)
    if not criteria.priority_nationalities:
        screen.warnings.append(
            Warning("admission.priority_list_unverified", msg("admission.warning.priority_list"))
        )
    return tuple(reasons)
