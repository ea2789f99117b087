"""Entry criteria of the AMMR, in its order: Art 31 (visa-waived entry), Art 32 (airport transit
area), Art 33 (irregular crossing, disembarkation after search and rescue), then the default of
Art 16(2).

The order changed from Dublin III, where irregular entry (Art 13) came before visa-waived entry
(Art 14) and the transit area (Art 15). Dublin III's five-month stay rule (Art 13(2)) is gone.

Question ids:

* ``fact:art31.2:<state>``: is the applicant also exempt from the visa requirement in the State
  where the application was registered (Art 31(2))? Blocking.
* ``H10:art33.1:crossing``: NOT blocking. With several irregular crossings giving different
  results, the first Member State entered counts by default (Art 33(1): "the first Member
  State entered"; after a recorded departure from the territory, the first one entered on
  return); a person may pick another crossing (options ``<state>:<date>``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cordiale.law.ammr.context import Run, art, msg, registered_on
from cordiale.law.ammr.family import first_application
from cordiale.law.calendar import ComputationRule, Unit, add_period, period_end
from cordiale.law.facts import ApplicationPlace, EntryMode
from cordiale.law.outcome import LegalBasis, StepOutcome

# Irregular crossings for Art 33(1). A tolerated humanitarian entry is not a visa (C-646/16
# Jafari, on Dublin III); a disembarkation after a search and rescue operation has its own rule,
# Art 33(2), and is not also an irregular crossing under 33(1): otherwise the 12-month end of
# 33(2) would be overtaken by the 20 months of 33(1).
_IRREGULAR = frozenset({EntryMode.IRREGULAR, EntryMode.TOLERATED_HUMANITARIAN})
_IRREGULAR_MONTHS = 20  # Art 33(1)
_SAR_MONTHS = 12  # Art 33(2)


@dataclass(slots=True)  # not frozen: built per case (see outcome.py)
class Crossing:
    state: str
    on: date
    source: str  # case-file path of the entry or Eurodac hit

    @property
    def label(self) -> str:
        return f"{self.state}:{self.on.isoformat()}"


def irregular_crossings(run: Run) -> list[Crossing]:
    """Irregular crossings from a third country into a Member State up to the first
    registration (Art 33(1)): recorded entries and Eurodac category 2 hits (Eurodac Art 22)."""
    found: list[Crossing] = []
    for i, entry in enumerate(run.facts.entries):
        if (
            entry.mode in _IRREGULAR
            and entry.from_third_country
            and entry.on <= run.t0
            and run.is_member_state(entry.state, entry.on)
        ):
            found.append(Crossing(entry.state, entry.on, f"entries[{i}]"))
    for i, hit in enumerate(run.facts.eurodac_hits):
        if hit.category != 2:
            continue
        day = hit.taken_on or hit.received_on
        if (
            day <= run.t0
            and run.is_member_state(hit.state, day)
            and not any(c.state == hit.state and c.on == day for c in found)
        ):
            found.append(Crossing(hit.state, day, f"eurodac_hits[{i}]"))
    return sorted(found, key=lambda c: c.on)


def disembarkations(run: Run) -> list[Crossing]:
    """Disembarkations after a search and rescue operation up to the first registration
    (Art 33(2)): recorded entries and Eurodac "sar" hits (Eurodac Art 24)."""
    found: list[Crossing] = []
    for i, entry in enumerate(run.facts.entries):
        if (
            entry.mode is EntryMode.SEARCH_AND_RESCUE
            and entry.on <= run.t0
            and run.is_member_state(entry.state, entry.on)
        ):
            found.append(Crossing(entry.state, entry.on, f"entries[{i}]"))
    for i, hit in enumerate(run.facts.eurodac_hits):
        if hit.category != "sar":
            continue
        day = hit.taken_on or hit.received_on
        if (
            day <= run.t0
            and run.is_member_state(hit.state, day)
            and not any(c.state == hit.state and c.on == day for c in found)
        ):
            found.append(Crossing(hit.state, day, f"eurodac_hits[{i}]"))
    return sorted(found, key=lambda c: c.on)


# --- Art 31 and Art 32 ----------------------------------------------------------------------


def art31_visa_waived_entry(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 31(1): the State through which the applicant entered the territory of the Member
    States where he or she is exempt from the visa requirement; 31(2): not if the application
    is registered in another State where he or she is also exempt: that State."""
    rule = "ammr.art31"
    waived = [
        (i, e)
        for i, e in enumerate(run.facts.entries)
        if e.mode is EntryMode.VISA_WAIVED and e.on <= run.t0 and run.is_member_state(e.state, e.on)
    ]
    if not waived:
        run.step(rule, art("31"), StepOutcome.NOT_APPLICABLE, msg("ammr.art31.none"))
        return None
    i, entry = min(waived, key=lambda pair: pair[1].on)
    registered = first_application(run)
    if registered is not None and registered.state != entry.state:
        answer = run.ask(
            f"fact:art31.2:{registered.state}",
            "fact",
            art("31", "2"),
            msg("ammr.q.art31_2", state=registered.state),
            facts=("applicant.nationalities",),
        )
        if answer is None:
            run.step(
                rule,
                art("31", "2"),
                StepOutcome.PENDING,
                msg("ammr.art31.pending", state=registered.state),
            )
            return None
        if run.answered_yes(answer):
            basis = art("31", "2")
            run.step(
                rule,
                basis,
                StepOutcome.APPLIES,
                msg("ammr.art31.2.applies", state=registered.state, entered=entry.state),
                (registered.state,),
            )
            return registered.state, basis
    basis = art("31", "1")
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg("ammr.art31.1.applies", state=entry.state, date=entry.on),
        (entry.state,),
        (f"entries[{i}]",),
    )
    return entry.state, basis


def art32_airport_transit(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 32: an application made in the international transit area of an airport."""
    rule = "ammr.art32"
    registered = first_application(run)
    if registered is None or registered.place is not ApplicationPlace.AIRPORT_TRANSIT_AREA:
        run.step(rule, art("32"), StepOutcome.NOT_APPLICABLE, msg("ammr.art32.none"))
        return None
    run.step(
        rule,
        art("32"),
        StepOutcome.APPLIES,
        msg("ammr.art32.applies", state=registered.state),
        (registered.state,),
        (f"applications[{run.facts.applications.index(registered)}]",),
    )
    return registered.state, art("32")


# --- Art 33 ---------------------------------------------------------------------------------


def art33_entry(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 33: 33(2) applies notwithstanding 33(1), so it is examined first: a disembarkation
    after a search and rescue operation designates that State unless the application is
    registered more than 12 months later. Then 33(1): an irregular crossing from a third
    country designates the first Member State entered, unless the application is registered
    more than 20 months later. Art 33(3) (relocation under Art 67) is not implemented: the
    case file does not record relocations."""
    found = _art33_2_disembarkation(run)
    if found is not None:
        return found
    return _art33_1_irregular_crossing(run)


def _window_end(crossing: Crossing, months: int) -> date:
    # A period that fixes a status, not one for doing an act: no roll-over (see the warning).
    return add_period(crossing.on, months, Unit.MONTH)


def _art33_2_disembarkation(run: Run) -> tuple[str, LegalBasis] | None:
    rule = "ammr.art33.2"
    basis = art("33", "2")
    landed = disembarkations(run)
    if not landed:
        run.step(
            rule, basis, StepOutcome.NOT_APPLICABLE, msg("ammr.art33.2.none"), facts=("entries",)
        )
        return None
    # Several disembarkations within 12 months in different States (rare): the most recent one,
    # the situation closest to the registration. With none within, the last one is reported.
    within = [c for c in landed if run.t0 <= _window_end(c, _SAR_MONTHS)]
    if not within:
        last = landed[-1]
        end = _window_end(last, _SAR_MONTHS)
        _warn_rollover(run, last, _SAR_MONTHS, end, art("33", "2"))
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.art33.2.expired", state=last.state, landed=last.on, end=end, date=run.t0),
            (last.state,),
            (last.source,),
        )
        return None
    crossing = within[0] if len({c.state for c in within}) == 1 else within[-1]
    end = _window_end(crossing, _SAR_MONTHS)
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg(
            "ammr.art33.2.applies",
            state=crossing.state,
            landed=crossing.on,
            end=end,
            date=run.t0,
        ),
        (crossing.state,),
        (crossing.source,),
    )
    return crossing.state, basis


def _art33_1_irregular_crossing(run: Run) -> tuple[str, LegalBasis] | None:
    rule = "ammr.art33.1"
    basis = art("33", "1")
    crossings = irregular_crossings(run)
    if not crossings:
        run.step(
            rule, basis, StepOutcome.NOT_APPLICABLE, msg("ammr.art33.1.none"), facts=("entries",)
        )
        return None
    crossing = _first_entered(run, crossings)
    verdicts = {(c.state, run.t0 <= _window_end(c, _IRREGULAR_MONTHS)) for c in crossings}
    if len(verdicts) > 1:
        options = tuple(c.label for c in crossings)
        answer = run.ask(
            "H10:art33.1:crossing",
            "H10",
            basis,
            msg("ammr.q.h10.crossing", crossings=options, first=crossing.label),
            options=options,
            blocking=False,
            facts=tuple(c.source for c in crossings),
        )
        crossing = next((c for c in crossings if c.label == answer), crossing)
    end = _window_end(crossing, _IRREGULAR_MONTHS)
    if run.t0 > end:
        _warn_rollover(run, crossing, _IRREGULAR_MONTHS, end, basis)
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg(
                "ammr.art33.1.expired",
                state=crossing.state,
                crossed=crossing.on,
                end=end,
                date=run.t0,
            ),
            (crossing.state,),
            (crossing.source,),
        )
        return None
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg(
            "ammr.art33.1.applies",
            state=crossing.state,
            crossed=crossing.on,
            end=end,
            date=run.t0,
        ),
        (crossing.state,),
        (crossing.source,),
    )
    return crossing.state, basis


def _first_entered(run: Run, crossings: list[Crossing]) -> Crossing:
    """Art 33(1): "the first Member State entered". After a recorded departure from the
    territory of the Member States, a new arrival starts again: the first crossing after the
    last departure before the registration; with none recorded, the first crossing."""
    departures = [a.left_on for a in run.facts.absences if a.left_on <= run.t0]
    last = max(departures, default=None)
    if last is not None:
        after = [c for c in crossings if c.on >= last]
        if after:
            return after[0]
    return crossings[0]


def _warn_rollover(run: Run, crossing: Crossing, months: int, end: date, basis: LegalBasis) -> None:
    """Art 75(d) moves the end of a period falling on a Saturday, Sunday or holiday to the next
    working day. Whether it reaches the windows of Art 33 is not settled: where the criterion
    lapsed only by that margin, a person looks at it."""
    rolled = period_end(
        crossing.on,
        months,
        Unit.MONTH,
        rule=ComputationRule.AMMR_ART75,
        state=crossing.state,
        subdivisions=run.settings.subdivisions or None,
    ).due
    if end < run.t0 <= rolled:
        run.warn(
            f"art33.rollover:{crossing.label}",
            msg("ammr.warning.art33_rollover", state=crossing.state, end=end, extended=rolled),
            basis,
        )


# --- Art 16(2): the default -----------------------------------------------------------------


def art16_2_default(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 16(2): where no State can be designated on the criteria, the first Member State in
    which the application was registered."""
    first = first_application(run)
    if first is None:
        return None
    basis = art("16", "2")
    run.step(
        "ammr.art16.2",
        basis,
        StepOutcome.APPLIES,
        msg("ammr.art16.2.default", state=first.state, date=registered_on(first)),
        (first.state,),
        (f"applications[{run.facts.applications.index(first)}]",),
    )
    return first.state, basis
