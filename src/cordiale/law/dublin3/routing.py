"""Take charge or take back (Arts 18, 20(5), 24), and the cessation of obligations (Art 19).

An earlier application in another Member State routes the case to a take back procedure, with
no fresh check of the criteria (C-582/17 H. and R.), unless the obligations of that State have
ceased: then the later application is a new application with a full determination
(C-155/15 Karim).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cordiale.law.calendar import Unit, add_period
from cordiale.law.dublin3.context import Run, art, msg
from cordiale.law.dublin3.family import is_family_member, is_unaccompanied_minor
from cordiale.law.facts import (
    AbsenceReason,
    Application,
    CaseFacts,
    DecisionKind,
    DocumentKind,
    FamilyStatus,
    WithdrawalStage,
)
from cordiale.law.outcome import LegalBasis, StepOutcome, Track
from cordiale.law.states import NON_THIRD_COUNTRY, is_dublin_state

_GRANTED = frozenset({DecisionKind.GRANTED_REFUGEE, DecisionKind.GRANTED_SUBSIDIARY})
_REJECTED = frozenset({DecisionKind.REJECTED, DecisionKind.INADMISSIBLE})


@dataclass(slots=True)  # not frozen: built per case (see outcome.py)
class Route:
    track: Track
    state: str | None = None  # for take back: the State asked to take the person back
    basis: LegalBasis | None = None
    new_application_from: date | None = None  # cessation: the freeze date moves here


def current_application(facts: CaseFacts) -> Application | None:
    """The application being determined: the latest one lodged in the determining State."""
    here = [a for a in facts.applications if a.state == facts.determining_state]
    return max(here, key=lambda a: a.lodged_on, default=None)


def first_lodged_on(facts: CaseFacts) -> date | None:
    """T0 of Art 7(2): the first lodging in any State applying Dublin III."""
    return min(
        (a.lodged_on for a in facts.applications if is_dublin_state(a.state, a.lodged_on)),
        default=None,
    )


def route_case(run: Run) -> Route:
    facts = run.facts
    _check_art20_4(run)
    _check_third_country_national(run)
    previous = _previous_application(run)
    hit_state = _category1_hit_state(run)
    if previous is None and hit_state is None:
        run.step(
            "dublin3.art18",
            art("21", "1"),
            StepOutcome.INFO,
            msg("route.take_charge", state=facts.determining_state),
            facts=("applications", "eurodac_hits"),
        )
        return Route(Track.TAKE_CHARGE)
    if previous is None:
        assert hit_state is not None
        return _take_back(run, hit_state, art("18", "1", "b"), "route.take_back.hit_only", None)
    if is_unaccompanied_minor(run):
        # C-648/11 MA: an unaccompanied minor who applied in several Member States is not
        # taken back; Art 8 applies, and failing family, the State where the minor is present
        # after lodging an application there (Art 8(4)).
        run.step(
            "dublin3.art18",
            art("8", "4"),
            StepOutcome.INFO,
            msg("route.uam_no_take_back", state=previous.state, current=facts.determining_state),
            (previous.state,),
            ("applicant",),
        )
        return Route(Track.TAKE_CHARGE)
    state = previous.state
    path = f"applications[{facts.applications.index(previous)}]"
    granted = [d for d in previous.decisions if d.kind in _GRANTED]
    if granted:
        return _beneficiary_elsewhere(run, state, granted[0].on, path)
    rejected = [d for d in previous.decisions if d.kind in _REJECTED]
    # A procedure discontinued after an implicit withdrawal is a withdrawal during the
    # examination (Art 18(1)(c); Directive 2013/32/EU Art 28).
    discontinued = any(d.kind is DecisionKind.DISCONTINUED for d in previous.decisions)
    if discontinued and previous.withdrawn_on is None:
        basis = art("18", "1", "c")
    elif (
        previous.withdrawn_on is not None
        and previous.withdrawal_stage is WithdrawalStage.DETERMINATION
    ):
        basis = art("20", "5")
    elif previous.withdrawn_on is not None:
        basis = art("18", "1", "c")
        if previous.withdrawal_stage is None:
            run.warn(
                "route.withdrawal_stage_unknown",
                msg("warning.withdrawal_stage_unknown", state=state),
                art("20", "5"),
            )
    elif rejected:
        basis = art("18", "1", "d")
    else:
        basis = art("18", "1", "b")
        run.warn(
            "route.pending_elsewhere", msg("warning.pending_elsewhere", state=state), art("20", "5")
        )
    ceased = _cessation(run, previous, basis)
    if ceased is not None:
        return ceased
    if basis.article == "20":
        exception = _h_and_r_exception(run, previous)
        if exception is not None:
            return exception
    transferred = _art19_1_residence_document(run, previous)
    if transferred is not None:
        state, basis = transferred
    return _take_back(run, state, basis, "route.take_back", path)


def _take_back(run: Run, state: str, basis: LegalBasis, key: str, path: str | None) -> Route:
    run.step(
        "dublin3.art18",
        basis,
        StepOutcome.APPLIES,
        msg(key, state=state, current=run.facts.determining_state),
        (state,),
        (path,) if path else ("eurodac_hits",),
    )
    return Route(Track.TAKE_BACK, state, basis)


def _check_third_country_national(run: Run) -> None:
    """Art 2(a): the Regulation concerns third-country nationals and stateless persons."""
    nationalities = run.facts.applicant.nationalities
    if NON_THIRD_COUNTRY.isdisjoint(nationalities):
        return
    own = sorted(set(nationalities) & NON_THIRD_COUNTRY)
    if own:
        run.warn(
            "route.not_third_country_national",
            msg("warning.not_third_country_national", states=own),
            art("2", point="a"),
        )


def _check_art20_4(run: Run) -> None:
    current = run.current
    if current is not None and current.present_in not in (None, current.state):
        run.warn(
            "route.art20_4",
            msg("warning.art20_4", handed_to=current.state, present_in=current.present_in),
            art("20", "4"),
        )


def _previous_application(run: Run) -> Application | None:
    """The first application lodged in another State before the current one (Art 18(1))."""
    current = run.current
    earlier = [
        a
        for a in run.facts.applications
        if a.state != run.facts.determining_state
        and (current is None or a.lodged_on <= current.lodged_on)
        and is_dublin_state(a.state, a.lodged_on)
    ]
    if len({a.state for a in earlier}) > 1:
        run.warn(
            "route.several_previous",
            msg("warning.several_previous", states=sorted({a.state for a in earlier})),
            art("18", "1"),
        )
    return min(earlier, key=lambda a: a.lodged_on, default=None)


def _category1_hit_state(run: Run) -> str | None:
    """A Eurodac category 1 hit proves an earlier application (Annex II List A, Part II)."""
    for hit in run.facts.eurodac_hits:
        if hit.category == 1 and hit.state != run.facts.determining_state:
            return hit.state
    return None


def _beneficiary_elsewhere(run: Run, state: str, on: date, path: str) -> Route:
    """A person granted protection in another State is no longer an applicant there (Art 2(c),
    2(f)): Art 18 does not apply; the new application may be inadmissible (Directive
    2013/32/EU Art 33(2)(a)). A person decides how to proceed."""
    run.step(
        "dublin3.art18",
        art("2", point="f"),
        StepOutcome.NOT_APPLICABLE,
        msg("route.beneficiary_elsewhere", state=state, date=on),
        (state,),
        (path,),
    )
    answer = run.ask(
        f"beneficiary_elsewhere:{state}",
        "fact",
        art("2", point="f"),
        msg("q.beneficiary_elsewhere", state=state),
        options=("inadmissibility", "dublin_determination"),
        facts=(path,),
    )
    if answer == "dublin_determination":
        return Route(Track.TAKE_CHARGE)
    return Route(Track.NONE, None, None)


def _absent_three_months(run: Run, since: date) -> tuple[int, date] | None:
    """An absence of at least 3 months from the territory of the Member States after `since`
    (Arts 19(2), 20(5)); List A, Part I item 9 evidence."""
    for i, absence in enumerate(run.facts.absences):
        if absence.left_on < since:
            continue
        back = absence.returned_on or (run.current.lodged_on if run.current else run.as_of)
        if add_period(absence.left_on, 3, Unit.MONTH) <= back:
            return i, back
    return None


def _holds_valid_residence_document(run: Run, state: str, on: date) -> bool:
    return any(
        d.kind is DocumentKind.RESIDENCE_DOCUMENT
        and d.issuing_state == state
        and d.valid_from <= on <= d.valid_until
        for d in run.facts.documents
    )


def _cessation(run: Run, previous: Application, basis: LegalBasis) -> Route | None:
    current = run.current
    state = previous.state
    absence = _absent_three_months(run, previous.lodged_on)
    if absence is not None:
        i, back = absence
        if basis.article == "20" or not _holds_valid_residence_document(run, state, back):
            rule_basis = (
                art("20", "5", subparagraph="2") if basis.article == "20" else art("19", "2")
            )
            return _new_application(
                run, rule_basis, "route.ceased.absence", state, f"absences[{i}]"
            )
    if basis.point in ("c", "d"):
        # 19(3): left in compliance with a return decision or removal order issued by the
        # responsible State itself after the withdrawal or rejection.
        after = previous.withdrawn_on or min((d.on for d in previous.decisions), default=None)
        for i, departure in enumerate(run.facts.absences):
            if (
                departure.reason in (AbsenceReason.RETURN_DECISION, AbsenceReason.REMOVAL)
                and departure.order_issued_by == state
                and (after is None or departure.left_on >= after)
            ):
                return _new_application(
                    run, art("19", "3"), "route.ceased.removal", state, f"absences[{i}]"
                )
    if basis.article == "20" and current is not None:
        # 20(5) 2nd subpara: a residence document from another Member State ends it too.
        for i, document in enumerate(run.facts.documents):
            if (
                document.kind is DocumentKind.RESIDENCE_DOCUMENT
                and document.issuing_state != state
                and document.valid_from >= previous.lodged_on
            ):
                return _new_application(
                    run,
                    art("20", "5", subparagraph="2"),
                    "route.ceased.document",
                    state,
                    f"documents[{i}]",
                )
    return None


def _new_application(run: Run, basis: LegalBasis, key: str, state: str, path: str) -> Route:
    current = run.current
    run.step(
        "dublin3.art19",
        basis,
        StepOutcome.APPLIES,
        msg(key, state=state),
        (state,),
        (path,),
    )
    # The later application is a new application (19(2)-(3) 2nd subparas, 20(5) 3rd
    # subpara): the criteria are applied to it, so the freeze date of Art 7(2) is its lodging.
    return Route(Track.TAKE_CHARGE, new_application_from=current.lodged_on if current else None)


def _art19_1_residence_document(run: Run, previous: Application) -> tuple[str, LegalBasis] | None:
    """Art 19(1): a State that issues the applicant a residence document takes over the
    obligations of Art 18(1)."""
    for document in sorted(run.facts.documents, key=lambda d: d.valid_from):
        if (
            document.kind is DocumentKind.RESIDENCE_DOCUMENT
            and document.valid_from >= previous.lodged_on
            and document.issuing_state != previous.state
            and document.issued_during is None
        ):
            run.step(
                "dublin3.art19",
                art("19", "1"),
                StepOutcome.APPLIES,
                msg("route.art19_1", state=document.issuing_state, previous=previous.state),
                (document.issuing_state,),
                (f"documents[{run.facts.documents.index(document)}]",),
            )
            return document.issuing_state, art("19", "1")
    return None


def _h_and_r_exception(run: Run, previous: Application) -> Route | None:
    """C-582/17 H. and R.: first application withdrawn before the determination was completed,
    and clear evidence of an Art 9 family member in the requesting State: Art 9 first."""
    here = run.facts.determining_state
    members = [
        m
        for m in run.facts.family
        if m.state == here
        and m.status is FamilyStatus.BENEFICIARY_INTERNATIONAL_PROTECTION
        and m.consent_applicant
        and m.consent_member
        and is_family_member(run, m, origin_required=False)
    ]
    if not members:
        return None
    run.step(
        "dublin3.art9",
        art("9"),
        StepOutcome.APPLIES,
        msg("route.h_and_r", state=here, members=[m.id for m in members], previous=previous.state),
        (here,),
        tuple(f"family:{m.id}" for m in members),
    )
    return Route(Track.NONE, here, art("9"))
