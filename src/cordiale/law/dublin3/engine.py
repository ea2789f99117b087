"""Dublin III from facts to a determination: routing, criteria in order, overrides, time limits.

Art 7(1): the criteria apply in the order in which they are set out; the first that designates
a State decides, evaluated on the situation at the first lodging (Art 7(2)).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from cordiale import __version__
from cordiale.law.ammr.deadlines import compute_deadlines as compute_ammr_deadlines
from cordiale.law.dublin3.context import Run, art, msg, requested_outside_criteria
from cordiale.law.dublin3.deadlines import Shift, compute_deadlines
from cordiale.law.dublin3.documents import art12_documents
from cordiale.law.dublin3.entry import (
    art3_2_default,
    art13_1_irregular_entry,
    art13_2_five_months_stay,
    art14_visa_waived_entry,
    art15_airport_transit,
)
from cordiale.law.dublin3.family import (
    art8_unaccompanied_minor,
    art9_beneficiary,
    art10_applicant,
    art11_family_procedure,
    is_unaccompanied_minor,
)
from cordiale.law.dublin3.overrides import (
    art16_dependency,
    art17_1_sovereignty,
    ask_systemic_flaws,
    systemic_flaws_excluded,
)
from cordiale.law.dublin3.routing import Route, current_application, first_lodged_on, route_case
from cordiale.law.facts import CaseFacts
from cordiale.law.outcome import (
    Deadline,
    DeadlineReport,
    Determination,
    LegalBasis,
    Message,
    Regime,
    Status,
    StepOutcome,
    Track,
)
from cordiale.law.settings import EngineSettings

Criterion = Callable[[Run], tuple[str, LegalBasis] | None]

# Chapter III in the order of the Regulation (Art 7(1)).
CRITERIA: tuple[Criterion, ...] = (
    art8_unaccompanied_minor,
    art9_beneficiary,
    art10_applicant,
    art11_family_procedure,
    art12_documents,
    art13_1_irregular_entry,
    art13_2_five_months_stay,
    art14_visa_waived_entry,
    art15_airport_transit,
)


def determine_dublin3(
    facts: CaseFacts, *, as_of: date, settings: EngineSettings, regime_reason: Message
) -> Determination:
    current = current_application(facts)
    run = Run(
        facts=facts,
        as_of=as_of,
        settings=settings,
        current=current,
        first_lodged_on=first_lodged_on(facts),
        answers={answer.question: answer.value for answer in facts.answers},
    )
    route = route_case(run)
    if route.new_application_from is not None:
        run.first_lodged_on = route.new_application_from
    proposed, basis, track = _propose(run, route)
    if _ammr_procedure(run):
        # ammr.md 1.2: Art 84(2) keeps only the Dublin III *criteria*; Dublin III is repealed
        # (AMMR Art 83), so a procedure step about an application registered after the
        # cut-over follows the AMMR (IR 2025/2055 Art 7(1) Annex XII forms, Art 13 take back
        # notifications for responsibilities fixed under Dublin III).
        report = compute_ammr_deadlines(
            facts,
            as_of=as_of,
            track=track,
            current=current,
            proposed_state=proposed,
            settings=settings,
        )
        # AMMR Art 41(1): a late take back notification shifts nothing.
        report.shifts = [s for s in report.shifts if s.deadline != "take_back_notification"]
    else:
        report = compute_deadlines(
            facts,
            as_of=as_of,
            track=track,
            current=current,
            proposed_state=proposed,
            settings=settings,
        )
    run.warnings.extend(report.warnings)
    known = {q.id for q in run.questions}
    for question in report.questions:
        if question.id not in known:
            run.questions.append(question)
            run.blocking_count += question.blocking
    responsible, final_basis, shifted = _apply_shifts(run, proposed, basis, report.shifts)
    _note_settings(run, report.deadlines)
    time_limit_open = any(q.blocking for q in report.questions)
    status = _status(run, responsible, shifted and not time_limit_open)
    return Determination(
        reference=facts.reference,
        as_of=as_of,
        regime=Regime.DUBLIN3,
        regime_reason=regime_reason,
        status=status,
        track=track,
        # Only a settled determination names the responsible State; while questions are
        # open, `proposed_state` carries the candidate they would confirm.
        responsible_state=responsible if status is Status.DETERMINED else None,
        basis=final_basis,
        trace=tuple(run.trace),
        questions=tuple(run.questions),
        deadlines=tuple(report.deadlines),
        warnings=tuple(run.warnings),
        first_lodged_on=run.first_lodged_on,
        proposed_state=proposed,
        unverified=_unverified(run, report),
        engine_version=__version__,
    )


def _ammr_procedure(run: Run) -> bool:
    """Whether the application being determined was registered after the AMMR cut-over, so
    that its procedure follows the AMMR while the criteria stay those of Dublin III."""
    current = run.current
    if current is None:
        return False
    cutover = run.settings.ammr_cutover_date
    registered = current.registered_on or current.lodged_on
    if registered < cutover:
        return False
    run.step(
        "dublin3.transition.procedure",
        art("84", "2", instrument="2024/1351"),
        StepOutcome.INFO,
        msg(
            "transition.ammr_procedure",
            date=registered.isoformat(),
            cutover=cutover.isoformat(),
            state=current.state,
        ),
        (current.state,),
    )
    return True


def _propose(run: Run, route: Route) -> tuple[str | None, LegalBasis | None, Track]:
    here = run.facts.determining_state
    track = route.track
    if track is Track.TAKE_BACK and route.state in systemic_flaws_excluded(run):
        # Art 3(2) 2nd subpara: the State to take the person back cannot receive the
        # transfer; the criteria are examined to find another State (a take charge).
        run.step(
            "dublin3.art3.2",
            art("3", "2", subparagraph="2"),
            StepOutcome.NOT_APPLICABLE,
            msg("route.take_back.systemic_flaws", state=route.state),
            (route.state,) if route.state else (),
        )
        track = Track.TAKE_CHARGE
    if track is Track.TAKE_BACK:
        state, basis = route.state, route.basis
    elif track is Track.NONE:
        return route.state, route.basis, Track.NONE
    else:
        found = _run_criteria(run)
        state, basis = found if found else (None, None)
        if found and not run.blocked:
            dependency = art16_dependency(run)
            if dependency is not None:
                state, basis = dependency
            elif run.blocked:
                # Art 16 may displace the criteria: nothing is proposed until it is settled.
                state, basis = None, None
    if state is not None and not run.blocked:
        sovereignty = art17_1_sovereignty(run, state)
        if sovereignty is not None:
            state, basis = sovereignty
        elif state != here:
            ask_systemic_flaws(run, state)
    if state == here:
        return state, basis, Track.NONE
    return state, basis, track


def _run_criteria(run: Run) -> tuple[str, LegalBasis] | None:
    excluded = systemic_flaws_excluded(run)
    for criterion in CRITERIA:
        found = criterion(run)
        if run.blocked:
            return _pending_candidate(run)
        if found is None:
            continue
        state, basis = found
        if state in excluded:
            # Art 3(2) 2nd subpara: transfer impossible; go on through the criteria.
            run.step(
                "dublin3.art3.2",
                art("3", "2", subparagraph="2"),
                StepOutcome.NOT_APPLICABLE,
                msg("art3.2.systemic_flaws", state=state),
                (state,),
            )
            continue
        return found
    found = art3_2_default(run)
    if found is not None and found[0] in excluded:
        # Art 3(2) 3rd subpara: no State can be designated: the determining State.
        here = run.facts.determining_state
        basis = art("3", "2", subparagraph="3")
        run.step(
            "dublin3.art3.2",
            basis,
            StepOutcome.APPLIES,
            msg("art3.2.determining_state", state=here),
            (here,),
        )
        return here, basis
    return found


def _pending_candidate(run: Run) -> tuple[str, LegalBasis] | None:
    """While a question is open, the State the pending step points to, if a single one."""
    last = run.trace[-1] if run.trace else None
    if last is not None and last.outcome is StepOutcome.PENDING and len(last.states) == 1:
        return last.states[0], last.basis
    return None


# Spec Q5 and H9: the time limits whose expiry a placement procedure for an unaccompanied
# minor may outlast (IR 1560/2003 Art 12(2)): the periods to send a take charge or take back
# request (Arts 21(1), 23(2), 24(2)) and the transfer period (Art 29). An acceptance, explicit
# or tacit (a reply period run out, Art 22(7), 25(2), 28(3)), is the requested State's own act
# and is not asked about.
_H9_DEADLINES = frozenset({"take_charge_request", "take_back_request", "transfer"})
# A request made on the dependency clause (Art 16) or the humanitarian clause (Art 17(2)): the
# criteria are not expected to designate the State that accepts it.
_OUTSIDE_CRITERIA = frozenset({"16", "17"})


def _apply_shifts(
    run: Run, proposed: str | None, basis: LegalBasis | None, shifts: list[Shift]
) -> tuple[str | None, LegalBasis | None, bool]:
    """Time limits override the criteria (Arts 21(1), 23(3), 24(3), 29(2); C-670/16
    Mengesteab, C-201/16 Shiri): the last shift that has happened by `as_of` decides.

    A State found barred by Art 3(2) 2nd subpara (H5 answered "yes") cannot receive the
    transfer, whatever its acceptance (C-578/16 C.K.; C-163/17 Jawo: the risk is judged when
    the transfer is to be made): a shift to it is set aside and the criteria's answer, which
    already passed over it, stands."""
    responsible, final_basis, shifted = proposed, basis, False
    minor = is_unaccompanied_minor(run) is True
    here = run.facts.determining_state
    excluded = systemic_flaws_excluded(run) - {here}
    for shift in shifts:
        if shift.on > run.as_of:
            continue
        if minor and shift.deadline in _H9_DEADLINES and not _shift_stands_for_minor(run, shift):
            continue
        if shift.state in excluded:
            run.step(
                "dublin3.art3.2",
                art("3", "2", subparagraph="2"),
                StepOutcome.NOT_APPLICABLE,
                msg("art3.2.shift_barred", state=shift.state, date=shift.on),
                (shift.state,),
                (f"deadline:{shift.deadline}",) if shift.deadline else (),
            )
            continue
        run.step(
            "dublin3.time_limits",
            shift.basis,
            StepOutcome.APPLIES,
            shift.message,
            (shift.state,),
            (f"deadline:{shift.deadline}",) if shift.deadline else (),
        )
        # An acceptance by the State the criteria designate keeps the criterion as the basis
        # of responsibility (IR 1560/2003 Art 6: the reply states the provision relied on);
        # any other shift rests on the time limit or acceptance that caused it.
        if shift.state != proposed or final_basis is None:
            final_basis = shift.basis
        if (
            shift.deadline is None
            and proposed is not None
            and shift.state != proposed
            and not requested_outside_criteria(run, shift, _OUTSIDE_CRITERIA)
        ):
            # C-63/15 Ghezelbash: the applicant may rely on the criteria; an acceptance by a
            # State they do not designate is worth a second look, unless it was asked on the
            # dependency or humanitarian clause, outside the criteria.
            run.warn(
                "acceptance_differs_from_criteria",
                msg("warning.acceptance_differs", state=shift.state, proposed=proposed),
                art("27", "1"),
            )
        responsible, shifted = shift.state, True
    if shifted and responsible != proposed:
        # H5 concerns the State the transfer goes to: after a shift, no longer the proposed
        # State, but the State that accepted (Art 3(2) 2nd subpara, non-blocking); none when the
        # determining State itself became responsible.
        run.questions[:] = [q for q in run.questions if q.id != f"H5:{proposed}"]
        if responsible is not None and responsible != here:
            ask_systemic_flaws(run, responsible)
    return responsible, final_basis, shifted


def _shift_stands_for_minor(run: Run, shift: Shift) -> bool:
    """Spec Q5 (H9): IR 1560/2003 Art 12 says placement procedures for unaccompanied minors
    are not necessarily an obstacle even if time limits are missed, against the automatic
    shift of C-201/16 Shiri (a missed transfer period) and C-670/16 Mengesteab (a missed
    request period). Asked only for those (`_H9_DEADLINES`). The shift applies unless a
    person decides to continue."""
    answer = run.ask(
        f"H9:{shift.deadline}",
        "H9",
        art("12", instrument="1560/2003"),
        msg("q.h9", deadline=shift.deadline, state=shift.state),
        options=("shifted", "continue"),
        blocking=False,
    )
    return answer != "continue"


def _status(run: Run, responsible: str | None, shifted: bool) -> Status:
    if run.current is None and not run.facts.applications:
        return Status.INSUFFICIENT_FACTS
    if shifted and responsible is not None:
        # A missed time limit settles responsibility whatever the open criteria questions.
        return Status.DETERMINED
    if run.blocked:
        return Status.NEEDS_DECISION
    if responsible is None:
        return Status.NEEDS_DECISION if run.questions else Status.INSUFFICIENT_FACTS
    return Status.DETERMINED


def _unverified(run: Run, report: DeadlineReport) -> tuple[str, ...]:
    """Spec invariant 5: every result lists the rules it used whose text is unverified. The
    time limits name the Reg 1182/71 provisions they relied on (`calendar.r1182_unverified`):
    Art 3(3) for any such period, Art 2(2) when an end moved to a working day, Art 3(5) only
    when the setting `r1182_min_two_working_days` is on and the minimum moved an end."""
    used = set(run.unverified)
    used.update(f"deadline:{d.id}" for d in report.deadlines if d.unverified)
    used.update(report.unverified)
    return tuple(sorted(used))


def _note_settings(run: Run, deadlines: list[Deadline]) -> None:
    """Say which configurable readings of the law the deadlines relied on (spec Q1, Q4)."""
    q1 = "deadline.note.q1"
    if any(
        d.alternative_note is not None and d.alternative_note.key.startswith(q1) for d in deadlines
    ):
        run.warn(
            "setting.dublin3_extend_on_nonworking_end",
            msg(
                "warning.setting_used",
                setting="dublin3_extend_on_nonworking_end",
                value=run.settings.dublin3_extend_on_nonworking_end,
            ),
            art("42"),
        )
