"""Outside the hierarchy: dependency (Art 16), discretion (Art 17) and systemic flaws (Art 3(2)).

All three rest on a person's judgement: the engine asks, and applies the answer.
"""

from __future__ import annotations

from cordiale.law.answers import YES, YES_NO
from cordiale.law.dublin3.context import Run, art, msg, transferred_to
from cordiale.law.dublin3.family import (
    family_existed_in_origin,
    late_evidence_admissible,
    legally_present,
    member_path,
)
from cordiale.law.facts import Relation
from cordiale.law.outcome import LegalBasis, StepOutcome

_ART16_RELATIONS = frozenset({Relation.CHILD, Relation.SIBLING, Relation.PARENT})


def art16_dependency(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 16: an applicant dependent on a child, sibling or parent legally resident in a
    Member State, or the other way round, because of pregnancy, a newborn child, serious
    illness, severe disability or old age (IR 1560/2003 Art 11 on the evidence)."""
    rule = "dublin3.art16"
    if not run.facts.dependencies:
        return None
    members = {m.id: m for m in run.facts.family}
    for i, dependency in enumerate(run.facts.dependencies):
        member = members[dependency.family_member]
        path = f"dependencies[{i}]"
        if member.relation not in _ART16_RELATIONS:
            # C-745/21 L.G.: dependency on a spouse is outside Art 16(1).
            run.step(
                rule,
                art("16", "1"),
                StepOutcome.NOT_APPLICABLE,
                msg("art16.relation", member=member.id, relation=member.relation.value),
                facts=(path, f"{member_path(run, member)}.relation"),
            )
            continue
        if dependency.ground.value == "severe_trauma":
            run.step(
                rule,
                art("16", "1"),
                StepOutcome.NOT_APPLICABLE,
                msg("art16.ground", member=member.id),
            )
            continue
        if not dependency.consent_in_writing:
            run.step(
                rule,
                art("16", "1"),
                StepOutcome.NOT_APPLICABLE,
                msg("art16.no_consent", member=member.id),
                facts=(f"{path}.consent_in_writing",),
            )
            continue
        if not late_evidence_admissible(run, member):
            # Art 7(3) covers Art 16 as well as Arts 8 and 10.
            run.step(
                rule,
                art("7", "3"),
                StepOutcome.NOT_APPLICABLE,
                msg("family.late_evidence", member=member.id, date=member.evidence_produced_on),
            )
            continue
        origin = family_existed_in_origin(run, member)
        resident = legally_present(run, member, art("16", "1"), "legally resident")
        if origin is False or resident is False:
            run.step(
                rule,
                art("16", "1"),
                StepOutcome.NOT_APPLICABLE,
                msg("art16.conditions", member=member.id),
                facts=(member_path(run, member),),
            )
            continue
        dependency_found = run.ask(
            f"H3:{member.id}",
            "H3",
            art("16", "1"),
            msg(
                "q.h3",
                member=member.id,
                ground=dependency.ground.value,
                dependent=dependency.dependent,
            ),
            facts=(path,),
        )
        if origin is None or resident is None or dependency_found is None:
            run.step(rule, art("16"), StepOutcome.PENDING, msg("art16.pending", member=member.id))
            return None
        if not run.answered_yes(dependency_found):
            run.step(
                rule,
                art("16"),
                StepOutcome.NOT_APPLICABLE,
                msg("art16.no_dependency", member=member.id),
            )
            continue
        return _art16_state(run, member.state, member.id, dependency.applicant_unable_to_travel)
    return None


def _art16_state(
    run: Run, member_state: str, member_id: str, unable_to_travel: bool | None
) -> tuple[str, LegalBasis]:
    rule = "dublin3.art16"
    here = run.current.state if run.current else run.facts.determining_state
    if member_state != here and unable_to_travel:
        # 16(2): the applicant cannot travel for a significant period: the State where he or
        # she is present, without an obligation to bring the relative over.
        basis = art("16", "2", subparagraph="2")
        run.step(
            rule, basis, StepOutcome.APPLIES, msg("art16.unable_to_travel", state=here), (here,)
        )
        return here, basis
    basis = art("16", "2") if member_state != here else art("16", "1")
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg("art16.applies", state=member_state, member=member_id),
        (member_state,),
        (f"family:{member_id}",),
    )
    return member_state, basis


def systemic_flaws_excluded(run: Run) -> set[str]:
    """States a person found barred by Art 3(2) 2nd subpara (H5): the criteria go on."""
    # Read whether or not the question was asked in this run; normalised and checked like
    # any answer (an invalid value is ignored, with a warning).
    return {
        question_id.split(":", 1)[1]
        for question_id in run.answers
        if question_id.startswith("H5:")
        and run.answer(question_id, YES_NO, art("3", "2", subparagraph="2")) == YES
    }


def ask_systemic_flaws(run: Run, state: str) -> None:
    """Art 3(2) 2nd subpara and Charter Art 4 (C-163/17 Jawo; C-578/16 C.K.; C-185/24 Tudmur):
    before a transfer, a person confirms there is no real risk in the receiving State.
    Still asked after an acceptance, explicit or tacit, since the transfer is still to be made;
    not once it was carried out."""
    if transferred_to(run, state):
        return
    run.ask(
        f"H5:{state}",
        "H5",
        art("3", "2", subparagraph="2"),
        msg("q.h5", state=state),
        blocking=False,
    )


def art17_1_sovereignty(run: Run, proposed: str | None) -> tuple[str, LegalBasis] | None:
    """Art 17(1): the determining State may examine the application itself (H4). Purely
    discretionary: neither Brexit nor the child's interests oblige it (C-661/17 M.A.)."""
    here = run.facts.determining_state
    if proposed is None or proposed == here:
        return None
    answer = run.ask(
        "H4:art17.1",
        "H4",
        art("17", "1"),
        msg("q.h4", state=here),
        blocking=False,
    )
    if answer is None or not run.answered_yes(answer):
        return None
    basis = art("17", "1")
    run.step(
        "dublin3.art17.1", basis, StepOutcome.APPLIES, msg("art17.1.applies", state=here), (here,)
    )
    return here, basis
