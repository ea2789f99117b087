"""Take charge or take back notification (Arts 36, 38(4), 41), and the cessation of
responsibilities (Art 37).

An earlier application in another Member State routes the case to a take back notification to
that State (Art 41): the criteria are not examined again. Under the AMMR the take back is a
notification, not a request: the notified State can refuse it only by showing that its
responsibility ceased (Art 37) or that Eurodac was wrong (Art 41(3)). Where the obligations of
that State have ceased, the later application is a new application with a full determination,
frozen at its own registration (Art 37(2), (4), (5), 2nd subparas).

Question ids:

* ``fact:art38.4:<state>``: the earlier application in <state> is pending with no decision: had
  <state> determined that it was responsible (Art 36(1)(b)), or was its determination still
  running (Art 38(4))? Options ``responsible`` / ``determining``. Not blocking: both designate
  <state>; only the basis cited in the notification differs (default Art 36(1)(b)).
* ``beneficiary_elsewhere:<state>``: the applicant already has international protection in
  <state>; options ``inadmissibility`` / ``ammr_determination``. Blocking.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cordiale.law.ammr.context import Run, art, msg, registered_on
from cordiale.law.ammr.family import is_unaccompanied_minor
from cordiale.law.calendar import Unit, add_period
from cordiale.law.facts import (
    AbsenceReason,
    Application,
    CaseFacts,
    DecisionKind,
    DocumentKind,
    RequestKind,
    WithdrawalStage,
)
from cordiale.law.outcome import LegalBasis, StepOutcome, Track
from cordiale.law.states import NON_THIRD_COUNTRY, is_dublin_state

_GRANTED = frozenset({DecisionKind.GRANTED_REFUGEE, DecisionKind.GRANTED_SUBSIDIARY})
# Art 37(2): rejection as inadmissible, unfounded or manifestly unfounded, or a decision that
# the application is implicitly or explicitly withdrawn (recorded as a discontinuation).
_BORDER_ENDINGS = frozenset(
    {DecisionKind.REJECTED, DecisionKind.INADMISSIBLE, DecisionKind.DISCONTINUED}
)
_ABSENCE_MONTHS = 9  # Art 37(4)
_BORDER_MONTHS = 15  # Art 37(2)
_TAKE_BACK_KINDS = frozenset({RequestKind.TAKE_BACK_NOTIFICATION, RequestKind.TAKE_BACK})


@dataclass(slots=True)  # not frozen: built per case (see outcome.py)
class Route:
    track: Track
    state: str | None = None  # for take back: the State notified
    basis: LegalBasis | None = None
    new_application_from: date | None = None  # cessation: the freeze date moves here


def current_application(facts: CaseFacts) -> Application | None:
    """The application being determined: the latest one registered in the determining State."""
    here = [a for a in facts.applications if a.state == facts.determining_state]
    return max(here, key=registered_on, default=None)


def first_registered_on(facts: CaseFacts) -> date | None:
    """The freeze date of Art 24(2): the first registration in a Member State."""
    return min(
        (
            registered_on(a)
            for a in facts.applications
            if is_dublin_state(a.state, registered_on(a))
        ),
        default=None,
    )


def route_case(run: Run) -> Route:
    facts = run.facts
    _check_third_country_national(run)
    previous = _previous_application(run)
    hit_state = _applicant_hit_state(run)
    if previous is None and hit_state is None:
        run.step(
            "ammr.route",
            art("39", "1"),
            StepOutcome.INFO,
            msg("ammr.route.take_charge", state=facts.determining_state),
            facts=("applications", "eurodac_hits"),
        )
        return Route(Track.TAKE_CHARGE)
    if previous is None:
        assert hit_state is not None
        return _take_back(
            run, hit_state, art("36", "1", "b"), "ammr.route.take_back.hit_only", None
        )
    if is_unaccompanied_minor(run):
        # As C-648/11 MA reasoned on Dublin III: an unaccompanied minor who applied in several
        # States is not taken back; Art 25 applies in full. Its fallback, 25(5), now names the
        # State of first registration, if that is in the child's best interests.
        run.step(
            "ammr.route",
            art("25", "1"),
            StepOutcome.INFO,
            msg(
                "ammr.route.uam_no_take_back", state=previous.state, current=facts.determining_state
            ),
            (previous.state,),
            ("applicant",),
        )
        return Route(Track.TAKE_CHARGE)
    state = previous.state
    path = f"applications[{facts.applications.index(previous)}]"
    granted = [d for d in previous.decisions if d.kind in _GRANTED]
    if granted:
        return _beneficiary_elsewhere(run, state, granted[0].on, path)
    basis = _take_back_basis(run, previous, path)
    ceased = _cessation(run, previous, basis)
    if ceased is not None:
        return ceased
    transferred = _art37_1_residence_document(run, previous)
    if transferred is not None:
        return transferred
    return _take_back(run, state, basis, "ammr.route.take_back", path)


def _take_back(run: Run, state: str, basis: LegalBasis, key: str, path: str | None) -> Route:
    run.step(
        "ammr.route",
        basis,
        StepOutcome.APPLIES,
        msg(key, state=state, current=run.facts.determining_state),
        (state,),
        (path,) if path else ("eurodac_hits",),
    )
    return Route(Track.TAKE_BACK, state, basis)


def _check_third_country_national(run: Run) -> None:
    """Art 2(1): the Regulation concerns third-country nationals and stateless persons."""
    own = sorted(set(run.facts.applicant.nationalities) & NON_THIRD_COUNTRY)
    if own:
        run.warn(
            "route.not_third_country_national",
            msg("ammr.warning.not_third_country_national", states=own),
            art("2", point="1"),
        )


def _previous_application(run: Run) -> Application | None:
    """The first application registered in another Member State before the current one."""
    current = run.current
    earlier = [
        a
        for a in run.facts.applications
        if a.state != run.facts.determining_state
        and (current is None or registered_on(a) <= registered_on(current))
        and is_dublin_state(a.state, registered_on(a))
    ]
    if len({a.state for a in earlier}) > 1:
        run.warn(
            "route.several_previous",
            msg("ammr.warning.several_previous", states=sorted({a.state for a in earlier})),
            art("36", "1", "b"),
        )
    return min(earlier, key=registered_on, default=None)


def _applicant_hit_state(run: Run) -> str | None:
    """A Eurodac hit on an applicant (category 1) shows an earlier application elsewhere."""
    for hit in run.facts.eurodac_hits:
        if hit.category == 1 and hit.state != run.facts.determining_state:
            return hit.state
    return None


def _take_back_basis(run: Run, previous: Application, path: str) -> LegalBasis:
    """Art 36(1)(b) if the earlier State determined that it was responsible (an examination
    began: a decision, or a withdrawal during the examination); Art 38(4) if its determination
    was still running (a withdrawal during the determination). A pending application with
    neither: a person says which (non-blocking); Art 36(1)(b) until then."""
    if previous.withdrawn_on is not None and (
        previous.withdrawal_stage is WithdrawalStage.DETERMINATION
    ):
        return art("38", "4")
    if previous.decisions or previous.withdrawn_on is not None:
        return art("36", "1", "b")
    answer = run.ask(
        f"fact:art38.4:{previous.state}",
        "fact",
        art("38", "4"),
        msg("ammr.q.art38_4", state=previous.state),
        options=("responsible", "determining"),
        blocking=False,
        facts=(path,),
    )
    return art("38", "4") if answer == "determining" else art("36", "1", "b")


def _beneficiary_elsewhere(run: Run, state: str, on: date, path: str) -> Route:
    """A person granted protection in another State is no longer an applicant (Art 2(4), 2(7));
    no take back obligation of Art 36(1)(b) covers him or her, and the new application may be
    inadmissible under the Asylum Procedure Regulation (EU) 2024/1348. A person decides."""
    run.step(
        "ammr.route",
        art("2", point="7"),
        StepOutcome.NOT_APPLICABLE,
        msg("ammr.route.beneficiary_elsewhere", state=state, date=on),
        (state,),
        (path,),
    )
    answer = run.ask(
        f"beneficiary_elsewhere:{state}",
        "fact",
        art("2", point="7"),
        msg("ammr.q.beneficiary_elsewhere", state=state),
        options=("inadmissibility", "ammr_determination"),
        facts=(path,),
    )
    if answer == "ammr_determination":
        return Route(Track.TAKE_CHARGE)
    return Route(Track.NONE)


# --- Art 37: cessation ----------------------------------------------------------------------


def _cessation(run: Run, previous: Application, basis: LegalBasis) -> Route | None:
    if basis.article != "36":
        # Art 38(4): the determining State's duty ends only with a residence document issued
        # by another State (38(4), 2nd subpara; see `_art37_1_residence_document`).
        return None
    return (
        _art37_5_removal(run, previous)
        or _art37_4_absence(run, previous)
        or _art37_2_border_procedure(run, previous)
    )


def _art37_5_removal(run: Run, previous: Application) -> Route | None:
    """37(5): the person left the territory of the Member States, compulsorily or voluntarily,
    under a return decision or removal order issued after the withdrawal or rejection of the
    application. Unlike Dublin III Art 19(3), the text does not require that the responsible
    State issued it."""
    after = previous.withdrawn_on or min((d.on for d in previous.decisions), default=None)
    if after is None:
        return None
    for i, departure in enumerate(run.facts.absences):
        if (
            departure.reason in (AbsenceReason.RETURN_DECISION, AbsenceReason.REMOVAL)
            and departure.left_on >= after
            and _registered_after(run, departure.left_on)
        ):
            return _new_application(
                run, art("37", "5"), "ammr.route.ceased.removal", previous.state, f"absences[{i}]"
            )
    return None


def _art37_4_absence(run: Run, previous: Application) -> Route | None:
    """37(4): the person left the territory of the Member States for at least nine months
    (Entry/Exit System data or other evidence), unless he or she holds a valid residence
    document issued by the responsible State. Dublin III Art 19(2) said three months."""
    state = previous.state
    since = registered_on(previous)
    for i, absence in enumerate(run.facts.absences):
        if absence.left_on < since:
            continue
        back = absence.returned_on or _current_registration(run) or run.as_of
        if add_period(absence.left_on, _ABSENCE_MONTHS, Unit.MONTH) > back:
            continue
        if _holds_valid_residence_document(run, state, back):
            run.step(
                "ammr.art37",
                art("37", "4"),
                StepOutcome.NOT_APPLICABLE,
                msg("ammr.route.absence_but_document", state=state),
                (state,),
                (f"absences[{i}]", "documents"),
            )
            return None
        return _new_application(
            run, art("37", "4"), "ammr.route.ceased.absence", state, f"absences[{i}]"
        )
    return None


def _art37_2_border_procedure(run: Run, previous: Application) -> Route | None:
    """37(2): after an examination in the border procedure, the obligations of Art 36(1) end
    15 months after a rejection (inadmissible, unfounded, manifestly unfounded) or a decision
    declaring the application withdrawn became final. 37(3): a person who applied elsewhere
    within those 15 months, with a take back procedure pending when they end, stays the
    responsibility of that State until the procedure ends. The case file dates the decision,
    not the day it became final: the decision date is used, and a warning says so."""
    if not previous.border_procedure:
        return None
    endings = [d for d in previous.decisions if d.kind in _BORDER_ENDINGS and d.final]
    if not endings:
        return None
    final = min(endings, key=lambda d: d.on)
    end = add_period(final.on, _BORDER_MONTHS, Unit.MONTH)
    state = previous.state
    run.warn(
        "route.border_procedure_final_date",
        msg("ammr.warning.border_final_date", state=state, date=final.on, end=end),
        art("37", "2"),
    )
    registered = _current_registration(run)
    if registered is not None and registered > end:
        return _new_application(
            run, art("37", "2"), "ammr.route.ceased.border_procedure", state, "applications"
        )
    if run.as_of <= end:
        return None
    notified = [
        r
        for r in run.facts.requests
        if r.kind in _TAKE_BACK_KINDS
        and r.from_state == run.facts.determining_state
        and r.to_state == state
        and r.sent_on <= end
    ]
    if notified:
        run.step(
            "ammr.art37",
            art("37", "3"),
            StepOutcome.INFO,
            msg("ammr.route.art37_3_pending", state=state, end=end),
            (state,),
            ("requests",),
        )
        return None
    return _new_application(
        run, art("37", "2"), "ammr.route.ceased.border_procedure_lapsed", state, "applications"
    )


def _registered_after(run: Run, day: date) -> bool:
    registered = _current_registration(run)
    return registered is None or registered > day


def _current_registration(run: Run) -> date | None:
    return registered_on(run.current) if run.current else None


def _holds_valid_residence_document(run: Run, state: str, on: date) -> bool:
    return any(
        d.kind is DocumentKind.RESIDENCE_DOCUMENT
        and d.issuing_state == state
        and d.valid_from <= on <= d.valid_until
        for d in run.facts.documents
    )


def _new_application(run: Run, basis: LegalBasis, key: str, state: str, path: str) -> Route:
    run.step("ammr.art37", basis, StepOutcome.APPLIES, msg(key, state=state), (state,), (path,))
    # The later application is a new application giving rise to a new determination
    # (Art 37(2), (4), (5), 2nd subparas): the criteria are frozen at its registration.
    return Route(Track.TAKE_CHARGE, new_application_from=_current_registration(run))


def _art37_1_residence_document(run: Run, previous: Application) -> Route | None:
    """Art 37(1): a State that issues the applicant a residence document becomes responsible;
    Art 38(4), 2nd subpara: the determining State's take back duty ends then."""
    for document in sorted(run.facts.documents, key=lambda d: d.valid_from):
        if (
            document.kind is DocumentKind.RESIDENCE_DOCUMENT
            and document.valid_from >= registered_on(previous)
            and document.issuing_state != previous.state
            and document.issued_during is None
        ):
            issuer = document.issuing_state
            run.step(
                "ammr.art37",
                art("37", "1"),
                StepOutcome.APPLIES,
                msg("ammr.route.art37_1", state=issuer, previous=previous.state),
                (issuer,),
                (f"documents[{run.facts.documents.index(document)}]",),
            )
            if issuer == run.facts.determining_state:
                return Route(Track.NONE, issuer, art("37", "1"))
            return Route(Track.TAKE_BACK, issuer, art("37", "1"))
    return None
