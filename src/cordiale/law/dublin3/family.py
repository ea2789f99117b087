"""Family criteria of Dublin III: Arts 8 to 11, and the definitions of Art 2(g)-(j)."""

from __future__ import annotations

from cordiale.law.dublin3.context import NO, YES, Run, art, msg
from cordiale.law.facts import (
    FamilyFormed,
    FamilyMember,
    FamilyStatus,
    MaritalStatus,
    Relation,
    RequestKind,
)
from cordiale.law.outcome import LegalBasis, StepOutcome

# Statuses that are "legally present" without further judgement; a pending applicant or an
# unknown status is for a person to decide (Art 8 and 16 do not define the terms: H7). A
# long-term resident holds a residence permit, and a naturalised former beneficiary is a
# citizen of the State: both are legally present (Art 8) and legally resident (Art 16). Only
# BENEFICIARY_INTERNATIONAL_PROTECTION counts for Art 9: a naturalised person no longer is one.
_LEGALLY_PRESENT = frozenset(
    {
        FamilyStatus.BENEFICIARY_INTERNATIONAL_PROTECTION,
        FamilyStatus.LEGALLY_RESIDENT,
        FamilyStatus.LEGALLY_PRESENT,
        FamilyStatus.CITIZEN,
        FamilyStatus.LONG_TERM_RESIDENT,
        FamilyStatus.NATURALISED_FORMER_BENEFICIARY,
    }
)
_BLOOD = frozenset({Relation.PARENT, Relation.CHILD, Relation.SIBLING})


def member_path(run: Run, member: FamilyMember) -> str:
    return f"family[{run.facts.family.index(member)}]"


# --- age and unaccompanied minority (Art 2(i)-(j)) -------------------------------------------


# Art 2(i) fixes no date for minority, and the spec leaves it open (H6): the engine takes T0,
# the lodging that freezes the situation for the criteria (Art 7(2)). Listed in
# `Determination.unverified` when the minor's path is taken; the trace names the date.
UNVERIFIED_MINOR_DATE = "604/2013 Art 2(i) (minority judged at the first lodging, Art 7(2))"
_MINORITY_RULE = "dublin3.art7.2"  # the reference date of minority (Art 7(2))


def note_minority_reference(run: Run, age: tuple[int, int] | None) -> None:
    """Once per run, the trace says on which date minority is judged, and the age then."""
    if any(step.rule == _MINORITY_RULE for step in run.trace):
        return
    if age is None:
        message = msg("minority.reference_date_unknown_age", date=run.t0)
    else:
        low, high = age
        shown = str(low) if low == high else f"{low}-{high}"
        message = msg("minority.reference_date", date=run.t0, age=shown)
    run.step(
        _MINORITY_RULE,
        art("7", "2"),
        StepOutcome.INFO,
        message,
        facts=("applicant.date_of_birth", "applicant.assessed_age"),
    )


def is_minor_at_t0(run: Run) -> bool | None:
    """Art 2(i): under 18; judged at T0, the first lodging (Art 7(2)); an uncertain assessment
    is H6. The question and the trace give the age on that date."""
    age = run.age_on(run.t0)
    note_minority_reference(run, age)
    if age is None:
        return None
    youngest, oldest = age
    if oldest < 18:
        return True
    if youngest >= 18:
        return False
    answer = run.ask(
        "H6:minor",
        "H6",
        art("2", point="i"),
        msg("q.h6.minor", low=youngest, high=oldest, date=run.t0),
        facts=("applicant.assessed_age",),
    )
    if answer is None:
        return None
    return run.answered_yes(answer)


def is_unaccompanied_minor(run: Run) -> bool | None:
    """Art 2(j), judged on the facts at T0."""
    if run.facts.applicant.unaccompanied is False:
        return False
    minor = is_minor_at_t0(run)
    if minor is None and run.age_on(run.t0) is None:
        # Neither a date of birth nor an assessment: a person says whether the applicant,
        # who may be unaccompanied, is a minor (H6); the engine does not assume an age.
        answer = run.ask(
            "H6:minor",
            "H6",
            art("2", point="i"),
            msg("q.h6.age_unknown", date=run.t0),
            facts=("applicant.date_of_birth", "applicant.assessed_age"),
        )
        minor = None if answer is None else run.answered_yes(answer)
    if minor is not True:
        return minor
    unaccompanied: bool | None = run.facts.applicant.unaccompanied
    if unaccompanied is None:
        answer = run.ask(
            "H6:unaccompanied",
            "H6",
            art("2", point="j"),
            msg("q.h6.unaccompanied"),
            facts=("applicant.unaccompanied",),
        )
        unaccompanied = None if answer is None else run.answered_yes(answer)
    if unaccompanied and UNVERIFIED_MINOR_DATE not in run.unverified:
        run.unverified.append(UNVERIFIED_MINOR_DATE)
    return unaccompanied


# --- Art 2(g) conditions on a family member ------------------------------------------------


def in_member_state(run: Run, member: FamilyMember, rule: str, basis: LegalBasis) -> bool:
    """The family member is present in a State applying Dublin III at T0 (Art 2(g))."""
    path = member_path(run, member)
    if not run.is_member_state(member.state):
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg("family.not_in_member_state", member=member.id, state=member.state, date=run.t0),
            facts=(f"{path}.state",),
        )
        return False
    if member.present_since is not None and member.present_since > run.t0:
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg("family.arrived_after_t0", member=member.id, date=member.present_since),
            facts=(f"{path}.present_since",),
        )
        return False
    return True


def family_existed_in_origin(run: Run, member: FamilyMember) -> bool | None:
    """Art 2(g): the family already existed in the country of origin (not for Art 9)."""
    if member.family_formed is FamilyFormed.IN_COUNTRY_OF_ORIGIN:
        return True
    if member.family_formed in (FamilyFormed.IN_TRANSIT, FamilyFormed.AFTER_ARRIVAL):
        return False
    if member.relation in _BLOOD:
        # A parent, child or sibling is family from birth; only a family formed in transit or
        # after arrival, recorded as such, fails 2(g).
        return True
    answer = run.ask(
        f"H12:origin:{member.id}",
        "H12",
        art("2", point="g"),
        msg("q.h12.origin", member=member.id, relation=member.relation.value),
        facts=(f"{member_path(run, member)}.family_formed",),
    )
    return None if answer is None else run.answered_yes(answer)


def is_family_member(run: Run, member: FamilyMember, *, origin_required: bool) -> bool | None:
    """Art 2(g): spouse, comparable partner, unmarried minor child, or a minor's parent."""
    relation = member.relation
    applicant_minor_unmarried = (
        is_minor_at_t0(run) is True and run.facts.applicant.marital_status != MaritalStatus.MARRIED
    )
    kind_ok: bool | None
    if relation is Relation.SPOUSE:
        kind_ok = True
    elif relation is Relation.UNMARRIED_PARTNER:
        # Only where the State concerned treats unmarried couples comparably (H12).
        answer = run.ask(
            f"H12:partner:{member.id}",
            "H12",
            art("2", point="g"),
            msg("q.h12.partner", member=member.id, state=member.state),
            facts=(f"{member_path(run, member)}.relation",),
        )
        kind_ok = None if answer is None else run.answered_yes(answer)
    elif relation is Relation.CHILD:
        kind_ok = member.minor is not False and member.married is not True
    elif relation in (Relation.PARENT, Relation.RESPONSIBLE_ADULT):
        kind_ok = applicant_minor_unmarried
    else:
        kind_ok = False
    if kind_ok is not True or not origin_required:
        return kind_ok
    return family_existed_in_origin(run, member)


def legally_present(run: Run, member: FamilyMember, basis: LegalBasis, word: str) -> bool | None:
    """'Legally present' (Art 8) / 'legally resident' (Art 16): undefined, H7 when unclear."""
    if member.status in _LEGALLY_PRESENT:
        return True
    if member.status is FamilyStatus.IRREGULAR:
        return False
    answer = run.ask(
        f"H7:{member.id}",
        "H7",
        basis,
        msg("q.h7", member=member.id, status=member.status.value, state=member.state, word=word),
        facts=(f"{member_path(run, member)}.status",),
    )
    return None if answer is None else run.answered_yes(answer)


_TAKE_REQUESTS = frozenset({RequestKind.TAKE_CHARGE, RequestKind.TAKE_BACK})


def late_evidence_admissible(run: Run, member: FamilyMember) -> bool:
    """Art 7(3): family evidence produced after T0 counts for Arts 8, 10 and 16 only if produced
    before another State accepted a request, and before any first decision on the substance."""
    produced = member.evidence_produced_on
    if produced is None or produced <= run.t0:
        return True
    # Only "another Member State" accepting a take charge or take back request counts (Art
    # 7(3)); e.g. France accepting a UK readmission request under the 2025 agreement does not.
    requests = {
        r.id: r
        for r in run.facts.requests
        if r.kind in _TAKE_REQUESTS and r.to_state != run.facts.determining_state
    }
    accepted = [
        reply.received_on
        for reply in run.facts.replies
        if reply.outcome == "accept" and reply.request in requests and reply.received_on < produced
    ]
    decided = [
        decision.on
        for application in run.facts.applications
        for decision in application.decisions
        if decision.on_substance and decision.on < produced
    ]
    return not accepted and not decided


# --- Art 8: unaccompanied minors ------------------------------------------------------------


def art8_unaccompanied_minor(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 8: the State of a family member, sibling or relative, or where the minor applied."""
    rule = "dublin3.art8"
    uam = is_unaccompanied_minor(run)
    if uam is None:
        run.step(rule, art("8"), StepOutcome.PENDING, msg("art8.pending_minority"))
        return None
    if not uam:
        run.step(
            rule,
            art("8"),
            StepOutcome.NOT_APPLICABLE,
            msg("art8.not_uam"),
            facts=("applicant.date_of_birth", "applicant.unaccompanied"),
        )
        return None
    married = run.facts.applicant.marital_status is MaritalStatus.MARRIED
    result = _art8_1(run, married)
    if result is not None or run.blocked:
        # 8(2) and 8(4) apply only in the absence of family under 8(1): wait for the answers.
        return result
    result = _art8_2(run)
    if result is not None or run.blocked:
        return result
    return _art8_4(run)


def _usable(run: Run, member: FamilyMember, rule: str, basis: LegalBasis) -> bool | None:
    if not in_member_state(run, member, rule, basis):
        return False
    if not late_evidence_admissible(run, member):
        run.step(
            rule,
            art("7", "3"),
            StepOutcome.NOT_APPLICABLE,
            msg("family.late_evidence", member=member.id, date=member.evidence_produced_on),
            facts=(f"{member_path(run, member)}.evidence_produced_on",),
        )
        return False
    return legally_present(run, member, basis, "legally present")


def _art8_1(run: Run, married: bool) -> tuple[str, LegalBasis] | None:
    basis = art("8", "1")
    rule = "dublin3.art8.1"
    candidates: dict[str, list[str]] = {}
    pending = False
    eligible: list[FamilyMember] = []
    spouse_present = False
    for member in run.facts.family:
        sibling = member.relation is Relation.SIBLING
        if sibling or is_family_member(run, member, origin_required=True):
            eligible.append(member)
    for member in eligible:
        present = _usable(run, member, rule, basis)
        if present is None:
            pending = True
            continue
        if not present:
            continue
        if married and member.relation is Relation.SPOUSE:
            spouse_present = True
        candidates.setdefault(member.state, []).append(member.id)
    if married and not spouse_present:
        # 8(1) 2nd subpara: a married minor whose spouse is not legally present: the State of
        # the father, mother, other responsible adult or sibling.
        basis = art("8", "1", subparagraph="2")
        for member in run.facts.family:
            if member.relation in (Relation.PARENT, Relation.RESPONSIBLE_ADULT):
                present = _usable(run, member, rule, basis)
                if present:
                    candidates.setdefault(member.state, []).append(member.id)
                elif present is None:
                    pending = True
    if not candidates:
        run.step(
            rule,
            basis,
            StepOutcome.PENDING if pending else StepOutcome.NOT_APPLICABLE,
            msg("art8.1.pending" if pending else "art8.1.none"),
            facts=("family",),
        )
        return None
    return _choose_in_best_interests(run, rule, basis, candidates)


def _choose_in_best_interests(
    run: Run, rule: str, basis: LegalBasis, candidates: dict[str, list[str]]
) -> tuple[str, LegalBasis] | None:
    states = tuple(sorted(candidates))
    members = tuple(m for state in states for m in candidates[state])
    if len(states) > 1:
        # 8(3): family in several States: the child's best interests decide (H1).
        answer = run.ask(
            f"H1:{rule.removeprefix('dublin3.')}:choose",
            "H1",
            art("8", "3"),
            msg("q.h1.choose", states=states),
            options=states,
            facts=tuple(f"family:{m}" for m in members),
        )
        if answer is None or answer not in states:
            run.step(
                rule,
                art("8", "3"),
                StepOutcome.PENDING,
                msg("art8.several", states=states),
                states,
            )
            return None
        state = str(answer)
    else:
        state = states[0]
    answer = run.ask(
        f"H1:{rule.removeprefix('dublin3.')}:{state}",
        "H1",
        art("6", "3"),
        msg("q.h1.best_interests", state=state, members=candidates[state]),
        facts=tuple(f"family:{m}" for m in candidates[state]),
    )
    if answer is None:
        run.step(
            rule,
            basis,
            StepOutcome.PENDING,
            msg("art8.awaiting_best_interests", state=state, members=candidates[state]),
            (state,),
        )
        return None
    if run.answered_no(answer):
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg("art8.not_best_interests", state=state),
            (state,),
        )
        return None
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg("art8.applies", state=state, members=candidates[state]),
        (state,),
        tuple(f"family:{m}" for m in candidates[state]),
    )
    return state, basis


def _art8_2(run: Run) -> tuple[str, LegalBasis] | None:
    """8(2): a relative legally present who can take care of the child (H2), if in the best
    interests of the child (H1)."""
    basis = art("8", "2")
    rule = "dublin3.art8.2"
    candidates: dict[str, list[str]] = {}
    relatives = [
        m
        for m in run.facts.family
        if m.relation in (Relation.AUNT_UNCLE, Relation.GRANDPARENT) and m.adult is not False
    ]
    if not relatives:
        run.step(rule, basis, StepOutcome.NOT_APPLICABLE, msg("art8.2.none"), facts=("family",))
        return None
    for member in relatives:
        present = _usable(run, member, rule, basis)
        if not present:
            continue
        answer = run.ask(
            f"H2:{member.id}",
            "H2",
            basis,
            msg("q.h2", member=member.id, state=member.state),
            facts=(member_path(run, member),),
        )
        if answer is None:
            continue
        if run.answered_yes(answer):
            candidates.setdefault(member.state, []).append(member.id)
        else:
            run.step(
                rule,
                basis,
                StepOutcome.NOT_APPLICABLE,
                msg("art8.2.cannot_take_care", member=member.id),
            )
    if not candidates:
        if run.blocked:
            run.step(rule, basis, StepOutcome.PENDING, msg("art8.2.pending"))
        return None
    return _choose_in_best_interests(run, rule, basis, candidates)


def _art8_4(run: Run) -> tuple[str, LegalBasis] | None:
    """8(4): no family member, sibling or relative: where the minor lodged an application; with
    applications in several States, where the minor is present (C-648/11 MA)."""
    basis = art("8", "4")
    rule = "dublin3.art8.4"
    current = run.current
    if current is None:
        return None
    states = {application.state for application in run.facts.applications}
    state = current.state
    answer = run.ask(
        f"H1:art8.4:{state}",
        "H1",
        art("6", "3"),
        msg("q.h1.art8_4", state=state),
    )
    if answer is None:
        run.step(rule, basis, StepOutcome.PENDING, msg("art8.4.awaiting", state=state), (state,))
        return None
    if run.answered_no(answer):
        run.step(
            rule, basis, StepOutcome.NOT_APPLICABLE, msg("art8.not_best_interests", state=state)
        )
        return None
    key = "art8.4.several" if len(states) > 1 else "art8.4.applies"
    run.step(rule, basis, StepOutcome.APPLIES, msg(key, state=state), (state,), ("applications",))
    return state, basis


# --- Art 9 and Art 10 -----------------------------------------------------------------------


def _consents(member: FamilyMember) -> bool:
    return member.consent_applicant and member.consent_member


def art9_beneficiary(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 9: a family member allowed to reside as a beneficiary of international protection,
    whether or not the family was formed in the country of origin, if both consent in writing."""
    basis = art("9")
    rule = "dublin3.art9"
    return _family_status_criterion(
        run,
        rule,
        basis,
        wanted=FamilyStatus.BENEFICIARY_INTERNATIONAL_PROTECTION,
        origin_required=False,
    )


def art10_applicant(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 10: a family member whose application has had no first decision on the substance."""
    return _family_status_criterion(
        run, "dublin3.art10", art("10"), wanted=FamilyStatus.APPLICANT, origin_required=True
    )


def _family_status_criterion(
    run: Run, rule: str, basis: LegalBasis, *, wanted: FamilyStatus, origin_required: bool
) -> tuple[str, LegalBasis] | None:
    candidates: dict[str, list[str]] = {}
    seen = False
    for member in run.facts.family:
        if member.status is not wanted:
            continue
        seen = True
        path = member_path(run, member)
        if not in_member_state(run, member, rule, basis):
            continue
        if wanted is FamilyStatus.APPLICANT and not late_evidence_admissible(run, member):
            run.step(
                rule,
                art("7", "3"),
                StepOutcome.NOT_APPLICABLE,
                msg("family.late_evidence", member=member.id, date=member.evidence_produced_on),
            )
            continue
        family = is_family_member(run, member, origin_required=origin_required)
        if family is None:
            continue
        if not family:
            run.step(
                rule,
                basis,
                StepOutcome.NOT_APPLICABLE,
                msg("family.not_family_member", member=member.id, relation=member.relation.value),
                facts=(f"{path}.relation", f"{path}.family_formed"),
            )
            continue
        if wanted is FamilyStatus.APPLICANT and not _no_first_decision(run, member):
            continue
        if not _consents(member):
            run.step(
                rule,
                basis,
                StepOutcome.NOT_APPLICABLE,
                msg("family.no_written_consent", member=member.id),
                facts=(f"{path}.consent_applicant", f"{path}.consent_member"),
            )
            continue
        candidates.setdefault(member.state, []).append(member.id)
    if not candidates:
        key = "pending" if run.blocked else ("none" if not seen else "none_usable")
        outcome = StepOutcome.PENDING if run.blocked else StepOutcome.NOT_APPLICABLE
        run.step(rule, basis, outcome, msg(f"{rule.removeprefix('dublin3.')}.{key}"))
        return None
    states = tuple(sorted(candidates))
    if len(states) > 1:
        answer = run.ask(
            f"choice:{rule.removeprefix('dublin3.')}",
            "H10",
            basis,
            msg("q.family.choose", states=states),
            options=states,
        )
        if answer is None or answer not in states:
            run.step(rule, basis, StepOutcome.PENDING, msg("family.several", states=states), states)
            return None
        state = str(answer)
    else:
        state = states[0]
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg(f"{rule.removeprefix('dublin3.')}.applies", state=state, members=candidates[state]),
        (state,),
        tuple(f"family:{m}" for m in candidates[state]),
    )
    return state, basis


def _no_first_decision(run: Run, member: FamilyMember) -> bool:
    """Art 10: 'no first decision regarding the substance' — unclear cases are H8."""
    if member.first_decision_on_substance is False:
        return True
    if member.first_decision_on_substance is True:
        run.step(
            "dublin3.art10",
            art("10"),
            StepOutcome.NOT_APPLICABLE,
            msg("art10.already_decided", member=member.id),
        )
        return False
    answer = run.ask(
        f"H8:{member.id}",
        "H8",
        art("10"),
        msg("q.h8", member=member.id, state=member.state),
        facts=(f"{member_path(run, member)}.first_decision_on_substance",),
    )
    return answer is not None and run.answered_no(answer)


# --- Art 11: family procedure ---------------------------------------------------------------


def art11_family_procedure(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 11: family members applying in the same State together, whom the criteria would
    separate: the State responsible for most of them, else for the oldest. The other members'
    results are not in this case file, so a person supplies them."""
    rule = "dublin3.art11"
    current = run.current
    together = [
        m
        for m in run.facts.family
        if current is not None
        and m.state == current.state
        and m.status is FamilyStatus.APPLICANT
        and _art11_member(run, m)
    ]
    if not together:
        run.step(rule, art("11"), StepOutcome.NOT_APPLICABLE, msg("art11.none"))
        return None
    answer = run.ask(
        "art11:group",
        "H10",
        art("11"),
        msg("q.art11", members=[m.id for m in together], state=together[0].state),
        options=("separated", "not_separated"),
    )
    if answer is None or answer == "not_separated":
        run.step(
            rule,
            art("11"),
            StepOutcome.NOT_APPLICABLE if answer else StepOutcome.INFO,
            msg(
                "art11.not_separated" if answer else "art11.question",
                members=[m.id for m in together],
            ),
        )
        return None
    group = run.ask(
        "art11:state",
        "H10",
        art("11"),
        msg("q.art11.state"),
        options=tuple(sorted(_dublin_states_on(run))),
    )
    if not isinstance(group, str) or group in (YES, NO):
        run.step(rule, art("11"), StepOutcome.PENDING, msg("art11.pending"))
        return None
    run.step(rule, art("11"), StepOutcome.APPLIES, msg("art11.applies", state=group), (group,))
    return group, art("11")


def _art11_member(run: Run, member: FamilyMember) -> bool:
    """Art 11 covers family members (Art 2(g)) and minor unmarried siblings."""
    if member.relation is Relation.SIBLING:
        return member.minor is True and member.married is not True
    return is_family_member(run, member, origin_required=True) is True


def _dublin_states_on(run: Run) -> set[str]:
    from cordiale.law.states import DUBLIN_PARTICIPATION

    return {p.state for p in DUBLIN_PARTICIPATION if p.covers(run.t0)}
