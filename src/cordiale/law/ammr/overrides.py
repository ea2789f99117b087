"""Outside the ranked criteria: security (Art 16(4)), dependent persons (Art 34), the
discretionary clause (Art 35(1)) and the impossibility of a transfer (Art 16(3)).

Question ids:

* ``H3:<member>``: is there dependency on the ground recorded, and can the child, sibling,
  parent or applicant actually take care of the dependent person (Art 34(1))? Blocking.
* ``H7:<member>``, ``H12:arrival:<member>``: as in `cordiale.law.ammr.family` (legal residence;
  ties before arrival).
* ``H4:art35.1``: does the determining State examine the application itself (Art 35(1))? Not
  blocking; "yes" makes it responsible (Art 37(1)).
* ``H5:<state>``: are there substantial grounds to believe a transfer to <state> would expose
  the applicant to inhuman or degrading treatment (Art 16(3); Charter Art 4)? Not blocking; a
  "yes" bars the State and the criteria go on.
"""

from __future__ import annotations

from cordiale.law.ammr.context import Run, art, msg
from cordiale.law.ammr.family import (
    family_before_arrival,
    legally_present,
    member_path,
    note_late_evidence,
)
from cordiale.law.answers import YES, YES_NO
from cordiale.law.dublin3.context import transferred_to
from cordiale.law.facts import Relation
from cordiale.law.outcome import LegalBasis, StepOutcome

_ART34_RELATIONS = frozenset({Relation.CHILD, Relation.SIBLING, Relation.PARENT})


def art16_4_security(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 16(4): where the security check of the screening (Regulation (EU) 2024/1356
    Art 15) or the determining State's own check before the criteria gives reasonable grounds to
    consider the applicant a danger to internal security, the State that carried out the check
    is responsible, and no take charge request is made. It comes before every criterion,
    Art 25 included. With findings by several States, the first check decides."""
    rule = "ammr.art16.4"
    basis = art("16", "4")
    findings = [
        (i, f)
        for i, f in enumerate(run.facts.security_findings)
        if f.threat and f.on <= run.as_of and run.is_member_state(f.state, f.on)
    ]
    if not findings:
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.art16.4.none"),
            facts=("security_findings",),
        )
        return None
    i, finding = min(findings, key=lambda pair: pair[1].on)
    states = sorted({f.state for _, f in findings})
    if len(states) > 1:
        run.warn(
            "security.several_states",
            msg("ammr.warning.security_several", states=states, state=finding.state),
            basis,
        )
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg("ammr.art16.4.applies", state=finding.state, date=finding.on),
        (finding.state,),
        (f"security_findings[{i}]",),
    )
    return finding.state, basis


def art34_dependency(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 34: an applicant dependent on a child, sibling or parent legally resident in a
    Member State, or the other way round, because of pregnancy, a newborn child, serious mental
    or physical illness, severe disability, severe psychological trauma or old age: they are
    normally kept or brought together, provided the family ties existed before the applicant
    arrived on the territory of the Member States, the carer can take care of the dependent
    person and, having been informed, the persons concerned wished it in writing (34(1))."""
    rule = "ammr.art34"
    if not run.facts.dependencies:
        return None
    members = {m.id: m for m in run.facts.family}
    for i, dependency in enumerate(run.facts.dependencies):
        member = members.get(dependency.family_member)
        path = f"dependencies[{i}]"
        if member is None:
            continue
        if member.relation not in _ART34_RELATIONS:
            # Art 34(1) names the child, sibling or parent only (as Dublin III Art 16(1) read
            # in C-745/21 L.G.): not a spouse.
            run.step(
                rule,
                art("34", "1"),
                StepOutcome.NOT_APPLICABLE,
                msg("ammr.art34.relation", member=member.id, relation=member.relation.value),
                facts=(path, f"{member_path(run, member)}.relation"),
            )
            continue
        if not dependency.consent_in_writing:
            run.step(
                rule,
                art("34", "1"),
                StepOutcome.NOT_APPLICABLE,
                msg("ammr.art34.no_consent", member=member.id),
                facts=(f"{path}.consent_in_writing",),
            )
            continue
        note_late_evidence(run, member)
        # Ties before the applicant arrived: a family recorded as formed after arrival fails.
        ties = family_before_arrival(run, member)
        resident = legally_present(run, member, art("34", "1"), "legally resident")
        if ties is False or resident is False:
            run.step(
                rule,
                art("34", "1"),
                StepOutcome.NOT_APPLICABLE,
                msg("ammr.art34.conditions", member=member.id),
                facts=(member_path(run, member),),
            )
            continue
        here = run.current.state if run.current else run.facts.determining_state
        found = run.ask(
            f"H3:{member.id}",
            "H3",
            art("34", "1"),
            msg(
                "ammr.q.h3.same_state" if member.state == here else "ammr.q.h3",
                member=member.id,
                ground=dependency.ground.value,
                dependent=dependency.dependent,
                state=member.state,
            ),
            facts=(path,),
        )
        if ties is None or resident is None or found is None:
            run.step(
                rule, art("34"), StepOutcome.PENDING, msg("ammr.art34.pending", member=member.id)
            )
            return None
        if not run.answered_yes(found):
            run.step(
                rule,
                art("34"),
                StepOutcome.NOT_APPLICABLE,
                msg("ammr.art34.no_dependency", member=member.id),
            )
            continue
        return _art34_state(
            run, here, member.state, member.id, dependency.applicant_unable_to_travel
        )
    return None


def _art34_state(
    run: Run, here: str, member_state: str, member_id: str, unable_to_travel: bool | None
) -> tuple[str, LegalBasis]:
    rule = "ammr.art34"
    if member_state != here and unable_to_travel:
        # 34(2), 2nd and 3rd sentences: the applicant's health prevents travel for a
        # significant period: the State where he or she is, with no duty to bring the
        # relative over.
        basis = art("34", "2")
        run.step(
            rule,
            basis,
            StepOutcome.APPLIES,
            msg("ammr.art34.unable_to_travel", state=here, member=member_id),
            (here,),
        )
        return here, basis
    basis = art("34", "2") if member_state != here else art("34", "1")
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg("ammr.art34.applies", state=member_state, member=member_id),
        (member_state,),
        (f"family:{member_id}",),
    )
    return member_state, basis


def systemic_flaws_excluded(run: Run) -> set[str]:
    """States a person found barred by Art 16(3) (H5 answered yes): the criteria go on."""
    # Read whether or not the question was asked in this run; normalised and checked like
    # any answer (an invalid value is ignored, with a warning).
    return {
        question_id.split(":", 1)[1]
        for question_id in run.answers
        if question_id.startswith("H5:") and run.answer(question_id, YES_NO, art("16", "3")) == YES
    }


def ask_systemic_flaws(run: Run, state: str) -> None:
    """Art 16(3) (Charter Art 4; C-163/17 Jawo on Dublin III): before a transfer, a person
    confirms there is no real risk in the receiving State.
    Still asked after an acceptance, explicit or tacit, since the transfer is still to be made;
    not once it was carried out."""
    if transferred_to(run, state):
        return
    run.ask(
        f"H5:{state}",
        "H5",
        art("16", "3"),
        msg("ammr.q.h5", state=state),
        blocking=False,
    )


def art35_1_discretion(run: Run, proposed: str | None) -> tuple[str, LegalBasis] | None:
    """Art 35(1): notwithstanding Art 16(1), a State may decide to examine an application
    registered with it although it is not responsible (H4); it then becomes responsible
    (Art 37(1))."""
    here = run.facts.determining_state
    if proposed is None or proposed == here:
        return None
    answer = run.ask(
        "H4:art35.1",
        "H4",
        art("35", "1"),
        msg("ammr.q.h4", state=here),
        blocking=False,
    )
    if answer is None or not run.answered_yes(answer):
        return None
    basis = art("35", "1")
    run.step(
        "ammr.art35.1",
        basis,
        StepOutcome.APPLIES,
        msg("ammr.art35.1.applies", state=here),
        (here,),
    )
    return here, basis
