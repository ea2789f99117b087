"""The AMMR from facts to a determination: routing, criteria in order, overrides, time limits.

Regulation (EU) 2024/1351, for applications registered from the cut-over (Art 84(1); 12 June
2026 by default, `EngineSettings.ammr_cutover_date`). The criteria apply in the order of
Chapter II (Art 24(1)) to the situation at the first registration (Art 24(2)):

  route (Arts 36-38, 41) -> security (Art 16(4)) -> Art 25 (unaccompanied minors, alone) ->
  Arts 26, 27, 28 (family) -> Art 29 (documents) -> Art 30 (diplomas) -> Art 31 (visa waiver)
  -> Art 32 (airport transit) -> Art 33 (entry, search and rescue) -> Art 16(2) (default);
  then Art 34 (dependency), Art 35(1) (discretion) and Art 16(3) (transfer impossible);
  then the time limits (`cordiale.law.ammr.deadlines`) and the shifts they cause.

Question ids are documented in the modules that ask them: `family` (H1, H2, H6, H7, H8,
H12, Arts 26-28 choices), `entry` (Art 31(2), H10), `overrides` (H3, H4, H5), `routing`
(Art 38(4), protection elsewhere) and the time-limit module. An unaccompanied minor's late take
charge request (Art 39(1), 4th subpara) is handled by the time limits: they shift nothing
before a first decision on the substance.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from cordiale import __version__
from cordiale.law.ammr.context import Run, art, msg
from cordiale.law.ammr.deadlines import compute_deadlines
from cordiale.law.ammr.documents import art29_documents, art30_diplomas
from cordiale.law.ammr.entry import (
    art16_2_default,
    art31_visa_waived_entry,
    art32_airport_transit,
    art33_entry,
)
from cordiale.law.ammr.family import (
    art25_unaccompanied_minor,
    art26_legally_residing,
    art27_applicant,
    art28_family_procedure,
    is_unaccompanied_minor,
)
from cordiale.law.ammr.overrides import (
    art16_4_security,
    art34_dependency,
    art35_1_discretion,
    ask_systemic_flaws,
    systemic_flaws_excluded,
)
from cordiale.law.ammr.routing import (
    Route,
    current_application,
    first_registered_on,
    route_case,
)
from cordiale.law.dublin3.context import requested_outside_criteria
from cordiale.law.facts import CaseFacts
from cordiale.law.outcome import (
    DeadlineReport,
    Determination,
    LegalBasis,
    Message,
    Regime,
    Shift,
    Status,
    StepOutcome,
    Track,
)
from cordiale.law.settings import EngineSettings

Criterion = Callable[[Run], tuple[str, LegalBasis] | None]

# Chapter II after Art 25, in the order of the Regulation (Art 24(1)).
CRITERIA: tuple[Criterion, ...] = (
    art26_legally_residing,
    art27_applicant,
    art28_family_procedure,
    art29_documents,
    art30_diplomas,
    art31_visa_waived_entry,
    art32_airport_transit,
    art33_entry,
)

# Art 41(1): a take back notification made after its time limit does not shift responsibility
# (unlike a late take back request under Dublin III Art 23(3)). The time-limit module reports
# no such shift; should one ever come, it is recorded and ignored.
_NO_SHIFT_DEADLINES = frozenset({"take_back_notification"})
# A request made on the dependency clause (Art 34) or the discretionary clause (Art 35(2)):
# the criteria are not expected to designate the State that accepts it.
_OUTSIDE_CRITERIA = frozenset({"34", "35"})


def determine_ammr(
    facts: CaseFacts, *, as_of: date, settings: EngineSettings, regime_reason: Message
) -> Determination:
    """Which State is responsible under the AMMR, why, and the time limits, as of `as_of`.
    `Determination.first_lodged_on` carries the first registration (Art 24(2))."""
    current = current_application(facts)
    run = Run(
        facts=facts,
        as_of=as_of,
        settings=settings,
        current=current,
        first_lodged_on=first_registered_on(facts),
        answers={answer.question: answer.value for answer in facts.answers},
    )
    route = route_case(run)
    if route.new_application_from is not None:
        run.first_lodged_on = route.new_application_from
    proposed, basis, track = _propose(run, route)
    report = compute_deadlines(
        facts, as_of=as_of, track=track, current=current, proposed_state=proposed, settings=settings
    )
    run.warnings.extend(report.warnings)
    run.questions.extend(q for q in report.questions if all(q.id != o.id for o in run.questions))
    responsible, final_basis, shifted = _apply_shifts(run, proposed, basis, report.shifts)
    time_limit_open = any(q.blocking for q in report.questions)
    status = _status(run, responsible, shifted and not time_limit_open)
    return Determination(
        reference=facts.reference,
        as_of=as_of,
        regime=Regime.AMMR,
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


def _propose(run: Run, route: Route) -> tuple[str | None, LegalBasis | None, Track]:
    here = run.facts.determining_state
    track = route.track
    excluded = systemic_flaws_excluded(run)
    if track is Track.TAKE_BACK and route.state in excluded:
        # Art 16(3): the State to take the person back cannot receive the transfer; the
        # criteria are examined to find another State (a take charge).
        run.step(
            "ammr.art16.3",
            art("16", "3"),
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.route.take_back.systemic_flaws", state=route.state),
            (route.state,) if route.state else (),
        )
        track = Track.TAKE_CHARGE
    state: str | None
    basis: LegalBasis | None
    if track is Track.TAKE_BACK:
        # The earlier State's determination stands: neither Art 16(4) nor the criteria are
        # examined again (Art 41(3) limits its objections to Art 37 and Eurodac errors).
        state, basis = route.state, route.basis
    elif track is Track.NONE:
        return route.state, route.basis, Track.NONE
    else:
        security = _security(run, excluded)
        if security is not None:
            state, basis = security
            if state != here:
                # No take charge request (Art 16(4)): the State of the check records its
                # responsibility in Eurodac (Art 38(3)(c)) and takes the person back on
                # notification (Art 36(1)(b), Art 41).
                track = Track.TAKE_BACK
                run.step(
                    "ammr.art16.4",
                    art("36", "1", "b"),
                    StepOutcome.INFO,
                    msg("ammr.art16.4.take_back", state=state, current=here),
                    (state,),
                )
        else:
            found = _run_criteria(run, excluded)
            state, basis = found if found else (None, None)
            if found and not run.blocked:
                dependency = art34_dependency(run)
                if dependency is not None:
                    state, basis = dependency
                elif run.blocked:
                    # Art 34 may displace the criteria: nothing is proposed until it is settled.
                    state, basis = None, None
    if state is not None and not run.blocked:
        discretion = art35_1_discretion(run, state)
        if discretion is not None:
            state, basis = discretion
        elif state != here:
            ask_systemic_flaws(run, state)
    if state == here:
        return state, basis, Track.NONE
    return state, basis, track


def _security(run: Run, excluded: set[str]) -> tuple[str, LegalBasis] | None:
    found = art16_4_security(run)
    if found is not None and found[0] in excluded:
        _barred(run, found[0])
        return None
    return found


def _run_criteria(run: Run, excluded: set[str]) -> tuple[str, LegalBasis] | None:
    found = art25_unaccompanied_minor(run)
    if run.blocked:
        return _pending_candidate(run)
    if found is not None:
        if found[0] not in excluded:
            return found
        _barred(run, found[0])
    # Art 25(1): for an unaccompanied minor only Art 25 applies; failing it, the default.
    if is_unaccompanied_minor(run) is not True:
        for criterion in CRITERIA:
            found = criterion(run)
            if run.blocked:
                return _pending_candidate(run)
            if found is None:
                continue
            if found[0] in excluded:
                _barred(run, found[0])
                continue
            return found
    found = art16_2_default(run)
    if found is not None and found[0] in excluded:
        # Art 16(3): no State can be designated: the determining State becomes responsible.
        here = run.facts.determining_state
        basis = art("16", "3")
        run.step(
            "ammr.art16.3",
            basis,
            StepOutcome.APPLIES,
            msg("ammr.art16.3.determining_state", state=here),
            (here,),
        )
        return here, basis
    return found


def _barred(run: Run, state: str) -> None:
    """Art 16(3): transfer impossible (a real risk under Charter Art 4); the examination of the
    criteria goes on."""
    run.step(
        "ammr.art16.3",
        art("16", "3"),
        StepOutcome.NOT_APPLICABLE,
        msg("ammr.art16.3.systemic_flaws", state=state),
        (state,),
    )


def _pending_candidate(run: Run) -> tuple[str, LegalBasis] | None:
    """While a question is open, the State the pending step points to, if a single one."""
    last = run.trace[-1] if run.trace else None
    if last is not None and last.outcome is StepOutcome.PENDING and len(last.states) == 1:
        return last.states[0], last.basis
    return None


def _apply_shifts(
    run: Run, proposed: str | None, basis: LegalBasis | None, shifts: list[Shift]
) -> tuple[str | None, LegalBasis | None, bool]:
    """Time limits and acceptances override the criteria (Art 39(1) 3rd subpara, 40(8),
    41(4), 37(1) for a missed transfer): the last shift that has happened by `as_of` decides.
    A late take back notification shifts nothing (Art 41(1)).

    A State found barred by Art 16(3) (H5 answered "yes") cannot receive the transfer,
    whatever its acceptance: a shift to it is set aside and the criteria's answer, which
    already passed over it, stands."""
    responsible, final_basis, shifted = proposed, basis, False
    here = run.facts.determining_state
    excluded = systemic_flaws_excluded(run) - {here}
    for shift in shifts:
        if shift.on > run.as_of:
            continue
        if shift.state in excluded:
            run.step(
                "ammr.art16.3",
                art("16", "3"),
                StepOutcome.NOT_APPLICABLE,
                msg("ammr.art16.3.shift_barred", state=shift.state, date=shift.on),
                (shift.state,),
                (f"deadline:{shift.deadline}",) if shift.deadline else (),
            )
            continue
        if shift.deadline in _NO_SHIFT_DEADLINES:
            run.step(
                "ammr.time_limits",
                art("41", "1"),
                StepOutcome.INFO,
                msg("ammr.time_limits.notification_no_shift", state=shift.state),
                (shift.state,),
                (f"deadline:{shift.deadline}",),
            )
            continue
        run.step(
            "ammr.time_limits",
            shift.basis,
            StepOutcome.APPLIES,
            shift.message,
            (shift.state,),
            (f"deadline:{shift.deadline}",) if shift.deadline else (),
        )
        # An acceptance by the State the criteria designate keeps the criterion as the basis
        # of responsibility; any other shift rests on the time limit or acceptance behind it.
        if shift.state != proposed or final_basis is None:
            final_basis = shift.basis
        if (
            shift.deadline is None
            and proposed is not None
            and shift.state != proposed
            and not requested_outside_criteria(run, shift, _OUTSIDE_CRITERIA)
        ):
            # Art 43(1): an appeal may rely on Arts 25-28 and 34 in a take charge case; an
            # acceptance by a State the criteria do not designate is worth a second look,
            # unless it was asked on the dependency or discretionary clause.
            run.warn(
                "acceptance_differs_from_criteria",
                msg("ammr.warning.acceptance_differs", state=shift.state, proposed=proposed),
                art("43", "1"),
            )
        responsible, shifted = shift.state, True
    if shifted and responsible != proposed:
        # H5 concerns the State the transfer goes to: after a shift, no longer the proposed
        # State, but the State that accepted (Art 16(3), non-blocking); none when the
        # determining State itself became responsible.
        run.questions[:] = [q for q in run.questions if q.id != f"H5:{proposed}"]
        if responsible is not None and responsible != here:
            ask_systemic_flaws(run, responsible)
    return responsible, final_basis, shifted


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
    """Every result lists the readings it used that are not verified in the adopted text,
    with the Reg 1182/71 provisions the implementing regulation's periods relied on."""
    used = set(run.unverified)
    used.update(f"deadline:{d.id}" for d in report.deadlines if d.unverified)
    used.update(report.unverified)
    return tuple(sorted(used))
