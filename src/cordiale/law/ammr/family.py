"""Family criteria of the AMMR: Arts 25 to 28, with the definitions of Art 2(8)-(11).

Question ids (a caseworker answers them in the case file under `answers`):

* ``H6:minor``: is the applicant a minor (Art 2(10))? Judged at the first registration: Art 2(10)
  fixes no date and Art 24(2) freezes the situation then (ammr.md 2.2, 4.3; an interpretation,
  listed in `Determination.unverified` when the minor's path is taken).
* ``H6:unaccompanied``: is the minor unaccompanied (Art 2(11))?
* ``H12:partner:<member>``: a stable unmarried partnership that the State concerned treats like
  marriage in its aliens law (Art 2(8)(a)).
* ``H12:arrival:<member>``: did the family exist before the applicant or the member arrived on
  the territory of the Member States (Art 2(8); families formed in transit count)?
* ``H7:<member>``: is the member legally present (Art 25) or legally resident (Art 34)?
* ``H1:art25.2:<state>``, ``H1:art25.3:<state>``: NOT blocking. Art 25(2)-(3) apply "unless it
  is demonstrated" that this is not in the child's best interests: the presumption is in favour,
  so the criterion applies until a person answers "no".
* ``H1:art25.2:choose``, ``H1:art25.3:choose``: family (or relatives) in several States: which
  State the child's best interests designate (Art 25(4)); options are the States.
* ``H2:<member>``: after an individual examination, can the relative take care of the minor
  (Art 25(3))? Blocking.
* ``H1:art25.5:<state>``: is examination in the State of first registration in line with the
  child's best interests (Art 25(5))? Blocking: 25(5) requires it positively.
* ``H8:<member>``: has a first decision on the substance been taken on the member's application
  (Art 27)?
* ``choice:art26``, ``choice:art27``: qualifying family in several States; options the States.
* ``art28:group`` (``separated`` / ``not_separated``) and ``art28:state``: the family procedure.
"""

from __future__ import annotations

from cordiale.law.ammr.context import NO, YES, Run, art, msg, registered_on
from cordiale.law.facts import (
    Application,
    FamilyFormed,
    FamilyMember,
    FamilyStatus,
    MaritalStatus,
    Relation,
)
from cordiale.law.outcome import LegalBasis, Message, StepOutcome

# Statuses that are "legally present" / "legally resident" without further judgement; a pending
# applicant or an unknown status is for a person to decide (H7).
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
_RELATIVES = frozenset({Relation.AUNT_UNCLE, Relation.GRANDPARENT})
# Art 26(1): protection status or long-term residence; 26(2): a former beneficiary who has
# since become a citizen of that State.
_ART26 = {
    FamilyStatus.BENEFICIARY_INTERNATIONAL_PROTECTION: "1",
    FamilyStatus.LONG_TERM_RESIDENT: "1",
    FamilyStatus.NATURALISED_FORMER_BENEFICIARY: "2",
}

UNVERIFIED_MINOR_DATE = "2024/1351 Art 2(10) (minority judged at the first registration)"


def member_path(run: Run, member: FamilyMember) -> str:
    return f"family[{run.facts.family.index(member)}]"


def first_application(run: Run) -> Application | None:
    """The application registered first in a Member State at or after the freeze date: the
    first registration, or the new application after a cessation (Art 37(2), (4), (5))."""
    return min(
        (
            a
            for a in run.facts.applications
            if registered_on(a) >= run.t0 and run.is_member_state(a.state, registered_on(a))
        ),
        key=registered_on,
        default=None,
    )


# --- age and unaccompanied minority (Art 2(10)-(11)) ----------------------------------------


_MINORITY_RULE = "ammr.art24.2"  # the reference date of minority (Art 24(2))


def note_minority_reference(run: Run, age: tuple[int, int] | None) -> None:
    """Once per run, the trace says on which date minority is judged, and the age then."""
    if any(step.rule == _MINORITY_RULE for step in run.trace):
        return
    if age is None:
        message = msg("ammr.minority.reference_date_unknown_age", date=run.t0)
    else:
        low, high = age
        shown = str(low) if low == high else f"{low}-{high}"
        message = msg("ammr.minority.reference_date", date=run.t0, age=shown)
    run.step(
        _MINORITY_RULE,
        art("24", "2"),
        StepOutcome.INFO,
        message,
        facts=("applicant.date_of_birth", "applicant.assessed_age"),
    )


def is_minor_at_t0(run: Run) -> bool | None:
    """Art 2(10): under 18, judged at the first registration (Art 24(2)); an uncertain age
    assessment is for a person (H6). The question and the trace give the age on that date."""
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
        art("2", point="10"),
        msg("ammr.q.h6.minor", low=youngest, high=oldest, date=run.t0),
        facts=("applicant.assessed_age",),
    )
    return None if answer is None else run.answered_yes(answer)


def is_unaccompanied_minor(run: Run) -> bool | None:
    """Art 2(11): a minor who arrived without, and is not effectively in the care of, the
    adult responsible for him or her, including a minor left alone after entry."""
    if run.facts.applicant.unaccompanied is False:
        return False
    minor = is_minor_at_t0(run)
    if minor is None and run.age_on(run.t0) is None:
        # Neither a date of birth nor an assessment: a person says whether the applicant,
        # who may be unaccompanied, is a minor; the engine does not assume an age.
        answer = run.ask(
            "H6:minor",
            "H6",
            art("2", point="10"),
            msg("ammr.q.h6.age_unknown", date=run.t0),
            facts=("applicant.date_of_birth", "applicant.assessed_age"),
        )
        minor = None if answer is None else run.answered_yes(answer)
    if minor is not True:
        return minor
    unaccompanied = run.facts.applicant.unaccompanied
    if unaccompanied is not None:
        return unaccompanied
    answer = run.ask(
        "H6:unaccompanied",
        "H6",
        art("2", point="11"),
        msg("ammr.q.h6.unaccompanied"),
        facts=("applicant.unaccompanied",),
    )
    return None if answer is None else run.answered_yes(answer)


# --- Art 2(8): who is a family member -------------------------------------------------------


def in_member_state(run: Run, member: FamilyMember, rule: str, basis: LegalBasis) -> bool:
    """The member is present on the territory of a Member State at the first registration
    (Art 2(8), Art 24(2))."""
    path = member_path(run, member)
    if not run.is_member_state(member.state):
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg(
                "ammr.family.not_in_member_state",
                member=member.id,
                state=member.state,
                date=run.t0,
            ),
            facts=(f"{path}.state",),
        )
        return False
    if member.present_since is not None and member.present_since > run.t0:
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.family.arrived_after_t0", member=member.id, date=member.present_since),
            facts=(f"{path}.present_since",),
        )
        return False
    return True


def family_before_arrival(
    run: Run, member: FamilyMember, *, born_after_arrival: bool = False
) -> bool | None:
    """Art 2(8): the family already existed before the applicant or the family member arrived
    on the territory of the Member States. A family formed in transit counts (unlike Dublin III
    Art 2(g), which required the country of origin). `born_after_arrival` admits a child born
    after the family member arrived (Art 26(3))."""
    formed = member.family_formed
    if formed in (FamilyFormed.IN_COUNTRY_OF_ORIGIN, FamilyFormed.IN_TRANSIT):
        return True
    if formed is FamilyFormed.AFTER_ARRIVAL:
        return born_after_arrival and member.relation is Relation.CHILD
    if member.relation in _BLOOD:
        # A parent, child or sibling is family from birth; only a family recorded as formed
        # after arrival fails 2(8).
        return True
    answer = run.ask(
        f"H12:arrival:{member.id}",
        "H12",
        art("2", point="8"),
        msg("ammr.q.h12.arrival", member=member.id, relation=member.relation.value),
        facts=(f"{member_path(run, member)}.family_formed",),
    )
    return None if answer is None else run.answered_yes(answer)


def is_family_member(
    run: Run, member: FamilyMember, *, born_after_arrival: bool = False
) -> bool | None:
    """Art 2(8)(a)-(c): spouse or comparable partner, unmarried minor child, or the father,
    mother or responsible adult of an unmarried minor applicant, if the family existed before
    arrival. Point (d), the parents of a minor beneficiary, is the applicant's own child here:
    covered by point (b) when the child is the applicant's."""
    relation = member.relation
    kind_ok: bool | None
    if relation is Relation.SPOUSE:
        kind_ok = True
    elif relation is Relation.UNMARRIED_PARTNER:
        answer = run.ask(
            f"H12:partner:{member.id}",
            "H12",
            art("2", point="8"),
            msg("ammr.q.h12.partner", member=member.id, state=member.state),
            facts=(f"{member_path(run, member)}.relation",),
        )
        kind_ok = None if answer is None else run.answered_yes(answer)
    elif relation is Relation.CHILD:
        kind_ok = member.minor is not False and member.married is not True
    elif relation in (Relation.PARENT, Relation.RESPONSIBLE_ADULT):
        kind_ok = (
            is_minor_at_t0(run) is True
            and run.facts.applicant.marital_status is not MaritalStatus.MARRIED
        )
    else:
        kind_ok = False
    if kind_ok is not True:
        return kind_ok
    return family_before_arrival(run, member, born_after_arrival=born_after_arrival)


def legally_present(run: Run, member: FamilyMember, basis: LegalBasis, word: str) -> bool | None:
    """'Legally present' (Art 25) or 'legally resident' (Art 34): undefined; H7 when unclear."""
    if member.status in _LEGALLY_PRESENT:
        return True
    if member.status is FamilyStatus.IRREGULAR:
        return False
    answer = run.ask(
        f"H7:{member.id}",
        "H7",
        basis,
        msg(
            "ammr.q.h7",
            member=member.id,
            status=member.status.value,
            state=member.state,
            word=word,
        ),
        facts=(f"{member_path(run, member)}.status",),
    )
    return None if answer is None else run.answered_yes(answer)


def note_late_evidence(run: Run, member: FamilyMember) -> None:
    """Arts 17(3), 18(2): there is no AMMR counterpart of Dublin III Art 7(3). Elements given
    after the personal interview (or the date set then) count only if decisive for the correct
    application of the Regulation, in particular for minors and family unity. The engine does
    not know the interview date: it warns, and a person checks."""
    produced = member.evidence_produced_on
    if produced is not None and produced > run.t0:
        run.warn(
            f"late_evidence:{member.id}",
            msg("ammr.warning.late_evidence", member=member.id, date=produced),
            art("18", "2"),
        )


# --- Art 25: unaccompanied minors -----------------------------------------------------------


def art25_unaccompanied_minor(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 25: for an unaccompanied minor only this article applies, paragraphs 2 to 5 in
    order (25(1)): family member or sibling legally present (25(2)), a relative who can take
    care (25(3)), several States (25(4)), else the State of first registration if in the
    child's best interests (25(5))."""
    rule = "ammr.art25"
    uam = is_unaccompanied_minor(run)
    if uam is None:
        run.step(rule, art("25", "1"), StepOutcome.PENDING, msg("ammr.art25.pending_minority"))
        return None
    if not uam:
        run.step(
            rule,
            art("25", "1"),
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.art25.not_uam", date=run.t0),
            facts=("applicant.date_of_birth", "applicant.unaccompanied"),
        )
        return None
    if UNVERIFIED_MINOR_DATE not in run.unverified:
        run.unverified.append(UNVERIFIED_MINOR_DATE)
    run.step(rule, art("25", "1"), StepOutcome.INFO, msg("ammr.art25.only", date=run.t0))
    married = run.facts.applicant.marital_status is MaritalStatus.MARRIED
    result = _art25_2(run, married)
    if result is not None or run.blocked:
        # 25(3) and 25(5) apply only in the absence of family under 25(2).
        return result
    result = _art25_3(run)
    if result is not None or run.blocked:
        return result
    return _art25_5(run)


def _usable(run: Run, member: FamilyMember, rule: str, basis: LegalBasis) -> bool | None:
    if not in_member_state(run, member, rule, basis):
        return False
    note_late_evidence(run, member)
    return legally_present(run, member, basis, "legally present")


def _art25_2(run: Run, married: bool) -> tuple[str, LegalBasis] | None:
    """25(2): the State where a family member or a sibling is legally present, unless it is
    shown not to be in the child's best interests. A married minor whose spouse is not legally
    present: the State of the father, mother, responsible adult or sibling."""
    basis = art("25", "2")
    rule = "ammr.art25.2"
    candidates: dict[str, list[str]] = {}
    pending = False
    spouse_present = False
    for member in run.facts.family:
        sibling = member.relation is Relation.SIBLING
        if not sibling and is_family_member(run, member) is not True:
            continue
        present = _usable(run, member, rule, basis)
        if present is None:
            pending = True
            continue
        if not present:
            continue
        if member.relation is Relation.SPOUSE:
            spouse_present = True
        candidates.setdefault(member.state, []).append(member.id)
    if married and not spouse_present:
        # For a married minor, parents are not family members (2(8)(c) requires an unmarried
        # minor); 25(2), second sentence, brings them in when the spouse is not legally present.
        for member in run.facts.family:
            if member.relation not in (Relation.PARENT, Relation.RESPONSIBLE_ADULT):
                continue
            present = _usable(run, member, rule, basis)
            if present:
                candidates.setdefault(member.state, []).append(member.id)
            elif present is None:
                pending = True
        if candidates:
            run.step(
                rule,
                basis,
                StepOutcome.INFO,
                msg("ammr.art25.2.married_minor"),
                facts=("applicant.marital_status",),
            )
    if not candidates:
        run.step(
            rule,
            basis,
            StepOutcome.PENDING if pending or run.blocked else StepOutcome.NOT_APPLICABLE,
            msg("ammr.art25.2.pending" if pending or run.blocked else "ammr.art25.2.none"),
            facts=("family",),
        )
        return None
    return _choose_in_best_interests(run, "2", basis, candidates)


def _art25_3(run: Run) -> tuple[str, LegalBasis] | None:
    """25(3): a relative legally present in another Member State who, after an individual
    examination, can take care of the minor (H2), unless shown not in the child's best
    interests. The engine does not exclude the State where the minor is: 'another' Member
    State is read against the State of the relative, as in Dublin III Art 8(2)."""
    basis = art("25", "3")
    rule = "ammr.art25.3"
    relatives = [m for m in run.facts.family if m.relation in _RELATIVES and m.adult is not False]
    if not relatives:
        run.step(
            rule, basis, StepOutcome.NOT_APPLICABLE, msg("ammr.art25.3.none"), facts=("family",)
        )
        return None
    candidates: dict[str, list[str]] = {}
    for member in relatives:
        if not _usable(run, member, rule, basis):
            continue
        answer = run.ask(
            f"H2:{member.id}",
            "H2",
            basis,
            msg("ammr.q.h2", member=member.id, state=member.state),
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
                msg("ammr.art25.3.cannot_take_care", member=member.id),
                facts=(member_path(run, member),),
            )
    if not candidates:
        if run.blocked:
            run.step(rule, basis, StepOutcome.PENDING, msg("ammr.art25.3.pending"))
        else:
            run.step(rule, basis, StepOutcome.NOT_APPLICABLE, msg("ammr.art25.3.none_usable"))
        return None
    return _choose_in_best_interests(run, "3", basis, candidates)


def _choose_in_best_interests(
    run: Run, paragraph: str, basis: LegalBasis, candidates: dict[str, list[str]]
) -> tuple[str, LegalBasis] | None:
    """One State among the candidates of 25(2) or 25(3): with several, the child's best
    interests decide (25(4), blocking); with one, the presumption of 25(2)-(3) applies unless a
    person shows it is not in the child's best interests (non-blocking)."""
    rule = f"ammr.art25.{paragraph}"
    states = tuple(sorted(candidates))
    if len(states) > 1:
        answer = run.ask(
            f"H1:art25.{paragraph}:choose",
            "H1",
            art("25", "4"),
            msg("ammr.q.h1.choose", states=states),
            options=states,
            facts=tuple(f"family:{m}" for s in states for m in candidates[s]),
        )
        if answer is None or answer not in states:
            run.step(
                rule,
                art("25", "4"),
                StepOutcome.PENDING,
                msg("ammr.art25.4.several", states=states),
            )
            return None
        state = str(answer)
        run.step(
            rule,
            art("25", "4"),
            StepOutcome.APPLIES,
            msg("ammr.art25.4.chosen", state=state, states=states),
            (state,),
        )
        return state, art("25", "4")
    state = states[0]
    members = candidates[state]
    answer = run.ask(
        f"H1:art25.{paragraph}:{state}",
        "H1",
        basis,
        msg("ammr.q.h1.presumed", state=state, members=members),
        blocking=False,
        facts=tuple(f"family:{m}" for m in members),
    )
    if answer is not None and run.answered_no(answer):
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.art25.shown_not_best_interests", state=state),
            (state,),
        )
        return None
    key = "ammr.art25.2.applies" if paragraph == "2" else "ammr.art25.3.applies"
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg(key, state=state, members=members),
        (state,),
        tuple(f"family:{m}" for m in members),
    )
    return state, basis


def _art25_5(run: Run) -> tuple[str, LegalBasis] | None:
    """25(5): no family member, sibling or relative: the State where the minor's application
    was first registered, if this is in line with the child's best interests (H1, blocking).
    If it is not, and the minor is in another State, that State keeps the minor: a State that
    considers a transfer contrary to the child's best interests becomes responsible (37(1))."""
    basis = art("25", "5")
    rule = "ammr.art25.5"
    first = first_application(run)
    if first is None:
        return None
    state = first.state
    path = f"applications[{run.facts.applications.index(first)}]"
    answer = run.ask(
        f"H1:art25.5:{state}",
        "H1",
        basis,
        msg("ammr.q.h1.art25_5", state=state),
        facts=(path,),
    )
    if answer is None:
        run.step(
            rule, basis, StepOutcome.PENDING, msg("ammr.art25.5.awaiting", state=state), (state,)
        )
        return None
    here = run.facts.determining_state
    if run.answered_no(answer):
        if here != state:
            keep = art("37", "1")
            run.step(
                rule,
                keep,
                StepOutcome.APPLIES,
                msg("ammr.art25.5.kept_here", state=here, first=state),
                (here,),
                (path,),
            )
            return here, keep
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.art25.shown_not_best_interests", state=state),
            (state,),
        )
        return None
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg("ammr.art25.5.applies", state=state, date=registered_on(first)),
        (state,),
        (path,),
    )
    return state, basis


# --- Arts 26 and 27 -------------------------------------------------------------------------


def _consents(member: FamilyMember) -> bool:
    return member.consent_applicant and member.consent_member


def art26_legally_residing(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 26: a family member allowed to reside as a beneficiary of international protection,
    or residing on an EU or national long-term residence permit (26(1)), or a former
    beneficiary who has become a citizen of that State (26(2)), if the persons concerned wish
    it in writing. 26(3): also for a child born after the family member arrived. (Art 36(2),
    2nd subpara, waives the consent in a new take charge procedure for a minor; that is a
    procedure point, not a criterion.)"""
    rule = "ammr.art26"
    basis = art("26")
    candidates: dict[str, list[tuple[str, str]]] = {}
    seen = False
    for member in run.facts.family:
        paragraph = _ART26.get(member.status)
        if paragraph is None:
            continue
        seen = True
        path = member_path(run, member)
        if not in_member_state(run, member, rule, basis):
            continue
        note_late_evidence(run, member)
        family = is_family_member(run, member, born_after_arrival=True)
        if family is None:
            continue
        if not family:
            run.step(
                rule,
                basis,
                StepOutcome.NOT_APPLICABLE,
                msg(
                    "ammr.family.not_family_member",
                    member=member.id,
                    relation=member.relation.value,
                ),
                facts=(f"{path}.relation", f"{path}.family_formed"),
            )
            continue
        if not _consents(member):
            run.step(
                rule,
                basis,
                StepOutcome.NOT_APPLICABLE,
                msg("ammr.family.no_written_consent", member=member.id),
                facts=(f"{path}.consent_applicant", f"{path}.consent_member"),
            )
            continue
        candidates.setdefault(member.state, []).append((member.id, paragraph))
    if not candidates:
        _none(run, rule, basis, seen, msg("ammr.art26.none"))
        return None
    state = _one_state(run, "art26", basis, candidates)
    if state is None:
        return None
    members = [m for m, _ in candidates[state]]
    paragraph = min(p for _, p in candidates[state])
    chosen = art("26", paragraph)
    key = "ammr.art26.1.applies" if paragraph == "1" else "ammr.art26.2.applies"
    run.step(
        rule,
        chosen,
        StepOutcome.APPLIES,
        msg(key, state=state, members=members),
        (state,),
        tuple(f"family:{m}" for m in members),
    )
    return state, chosen


def art27_applicant(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 27: a family member whose application in a Member State has not yet had a first
    decision on the substance, if the persons concerned wish it in writing. The family need
    only have existed before arrival (Art 2(8)): a family formed in transit counts."""
    rule = "ammr.art27"
    basis = art("27")
    candidates: dict[str, list[tuple[str, str]]] = {}
    seen = False
    for member in run.facts.family:
        if member.status is not FamilyStatus.APPLICANT:
            continue
        seen = True
        path = member_path(run, member)
        if not in_member_state(run, member, rule, basis):
            continue
        note_late_evidence(run, member)
        family = is_family_member(run, member)
        if family is None:
            continue
        if not family:
            run.step(
                rule,
                basis,
                StepOutcome.NOT_APPLICABLE,
                msg(
                    "ammr.family.not_family_member",
                    member=member.id,
                    relation=member.relation.value,
                ),
                facts=(f"{path}.relation", f"{path}.family_formed"),
            )
            continue
        if not _no_first_decision(run, member):
            continue
        if not _consents(member):
            run.step(
                rule,
                basis,
                StepOutcome.NOT_APPLICABLE,
                msg("ammr.family.no_written_consent", member=member.id),
                facts=(f"{path}.consent_applicant", f"{path}.consent_member"),
            )
            continue
        candidates.setdefault(member.state, []).append((member.id, ""))
    if not candidates:
        _none(run, rule, basis, seen, msg("ammr.art27.none"))
        return None
    state = _one_state(run, "art27", basis, candidates)
    if state is None:
        return None
    members = [m for m, _ in candidates[state]]
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg("ammr.art27.applies", state=state, members=members),
        (state,),
        tuple(f"family:{m}" for m in members),
    )
    return state, basis


def _none(run: Run, rule: str, basis: LegalBasis, seen: bool, none: Message) -> None:
    if run.blocked:
        run.step(
            rule, basis, StepOutcome.PENDING, msg("ammr.family.pending", article=basis.article)
        )
    elif not seen:
        run.step(rule, basis, StepOutcome.NOT_APPLICABLE, none)
    else:
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.family.none_usable", article=basis.article),
        )


def _one_state(
    run: Run, criterion: str, basis: LegalBasis, candidates: dict[str, list[tuple[str, str]]]
) -> str | None:
    states = tuple(sorted(candidates))
    if len(states) == 1:
        return states[0]
    answer = run.ask(
        f"choice:{criterion}",
        "H10",
        basis,
        msg("ammr.q.family.choose", states=states, article=basis.article),
        options=states,
    )
    if answer is None or answer not in states:
        run.step(
            f"ammr.{criterion}",
            basis,
            StepOutcome.PENDING,
            msg("ammr.family.several", states=states),
            states,
        )
        return None
    return str(answer)


def _no_first_decision(run: Run, member: FamilyMember) -> bool:
    """Art 27: 'not yet the subject of a first decision regarding the substance' (H8)."""
    if member.first_decision_on_substance is False:
        return True
    if member.first_decision_on_substance is True:
        run.step(
            "ammr.art27",
            art("27"),
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.art27.already_decided", member=member.id),
            facts=(f"{member_path(run, member)}.first_decision_on_substance",),
        )
        return False
    answer = run.ask(
        f"H8:{member.id}",
        "H8",
        art("27"),
        msg("ammr.q.h8", member=member.id, state=member.state),
        facts=(f"{member_path(run, member)}.first_decision_on_substance",),
    )
    return answer is not None and run.answered_no(answer)


# --- Art 28: family procedure ---------------------------------------------------------------


def art28_family_procedure(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 28: applications of several family members or minor unmarried siblings registered
    in the same State together (or close enough to be handled together), whom the criteria
    would separate: the State responsible for the largest number of them (a), else for the
    oldest (b). The other members' results are not in this case file: a person supplies them."""
    rule = "ammr.art28"
    basis = art("28")
    current = run.current
    together = [
        m
        for m in run.facts.family
        if current is not None
        and m.state == current.state
        and m.status is FamilyStatus.APPLICANT
        and _art28_member(run, m)
    ]
    if not together:
        run.step(rule, basis, StepOutcome.NOT_APPLICABLE, msg("ammr.art28.none"))
        return None
    members = [m.id for m in together]
    answer = run.ask(
        "art28:group",
        "H10",
        basis,
        msg("ammr.q.art28", members=members, state=together[0].state),
        options=("separated", "not_separated"),
    )
    if answer is None or answer == "not_separated":
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE if answer else StepOutcome.INFO,
            msg(
                "ammr.art28.not_separated" if answer else "ammr.art28.question",
                members=members,
            ),
        )
        return None
    group = run.ask(
        "art28:state",
        "H10",
        basis,
        msg("ammr.q.art28.state"),
        options=tuple(sorted(_member_states_on(run))),
    )
    if not isinstance(group, str) or group in (YES, NO):
        run.step(rule, basis, StepOutcome.PENDING, msg("ammr.art28.pending"))
        return None
    run.step(rule, basis, StepOutcome.APPLIES, msg("ammr.art28.applies", state=group), (group,))
    return group, basis


def _art28_member(run: Run, member: FamilyMember) -> bool:
    """Art 28 covers family members (Art 2(8)) and minor unmarried siblings."""
    if member.relation is Relation.SIBLING:
        return member.minor is True and member.married is not True
    return is_family_member(run, member) is True


def _member_states_on(run: Run) -> set[str]:
    from cordiale.law.states import DUBLIN_PARTICIPATION

    return {p.state for p in DUBLIN_PARTICIPATION if p.covers(run.t0)}
