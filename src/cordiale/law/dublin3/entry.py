"""Entry and stay criteria of Dublin III: Arts 13, 14 and 15, and the default of Art 3(2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cordiale.law.calendar import Unit, add_period, next_working_day
from cordiale.law.dublin3.context import Run, art, msg
from cordiale.law.facts import EntryMode
from cordiale.law.outcome import LegalBasis, StepOutcome

# Modes that count as an irregular crossing for Art 13(1). A tolerated humanitarian entry is
# not a visa and counts as irregular (C-646/16 Jafari); a disembarkation after a rescue at sea
# is an irregular crossing by sea under Dublin III (the AMMR gives it its own rule, Art 33(2)).
_IRREGULAR = frozenset(
    {EntryMode.IRREGULAR, EntryMode.TOLERATED_HUMANITARIAN, EntryMode.SEARCH_AND_RESCUE}
)


@dataclass(slots=True)  # not frozen: built per case (see outcome.py)
class Crossing:
    state: str
    on: date
    source: str  # case-file path of the entry or Eurodac hit


def irregular_crossings(run: Run) -> list[Crossing]:
    """Irregular crossings from a third country into a Member State, up to T0 (Art 13(1)),
    from recorded entries and Eurodac category 2 hits (Annex II List A item 7)."""
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
        if day <= run.t0 and not any(c.state == hit.state and c.on == day for c in found):
            found.append(Crossing(hit.state, day, f"eurodac_hits[{i}]"))
    return sorted(found, key=lambda c: c.on)


def art13_1_irregular_entry(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 13(1): the State entered irregularly from a third country, until 12 months after the
    crossing (C-490/16 A.S.: an appeal does not stop this period)."""
    rule = "dublin3.art13.1"
    basis = art("13", "1")
    crossings = irregular_crossings(run)
    if not crossings:
        run.step(rule, basis, StepOutcome.NOT_APPLICABLE, msg("art13.1.none"), facts=("entries",))
        return None
    verdicts = [(c, run.t0 <= _twelve_months_end(run, c)) for c in crossings]
    distinct = {(c.state, within) for c, within in verdicts}
    if len(distinct) > 1:
        # Which crossing counts is not settled by the text (H10): ask, showing the outcome of each.
        options = tuple(f"{c.state}:{c.on.isoformat()}" for c in crossings)
        answer = run.ask(
            "H10:art13.1:crossing",
            "H10",
            basis,
            msg("q.h10.crossing", crossings=options),
            options=options,
            facts=tuple(c.source for c in crossings),
        )
        chosen = next(
            (v for v in verdicts if f"{v[0].state}:{v[0].on.isoformat()}" == answer), None
        )
        if chosen is None:
            run.step(rule, basis, StepOutcome.PENDING, msg("art13.1.several", crossings=options))
            return None
    else:
        chosen = verdicts[0]
    crossing, within = chosen
    end = _twelve_months_end(run, crossing)
    if not within:
        art13_1_extension_warning(run)
        run.step(
            rule,
            basis,
            StepOutcome.NOT_APPLICABLE,
            msg("art13.1.expired", state=crossing.state, crossed=crossing.on, end=end, date=run.t0),
            (crossing.state,),
            (crossing.source,),
        )
        return None
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg("art13.1.applies", state=crossing.state, crossed=crossing.on, end=end, date=run.t0),
        (crossing.state,),
        (crossing.source,),
    )
    return crossing.state, basis


def _twelve_months_end(run: Run, crossing: Crossing) -> date:
    # A status period, not a period for doing an act: no weekend extension (spec 4.1).
    return add_period(crossing.on, 12, Unit.MONTH)


def art13_1_extension_warning(run: Run) -> None:
    """Where 13(1) lapsed only because the 12 months ended on a non-working day (Q1, E4)."""
    for crossing in irregular_crossings(run):
        end = _twelve_months_end(run, crossing)
        if end >= run.t0:
            continue  # 13(1) still ran at T0: nothing lapsed
        # The Art 42 period with the roll-over of Q1: the next working day of the State of
        # entry (as `period_end(..., extend_on_nonworking_end=True)`, without its cost).
        extended = next_working_day(end, crossing.state)
        if run.t0 <= extended:
            run.warn(
                "art13.1.extension",
                msg("warning.art13_extension", state=crossing.state, end=end, extended=extended),
                art("42"),
            )


def art13_2_five_months_stay(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 13(2): after an irregular entry, or an entry whose circumstances are unknown, the
    State where the applicant lived continuously for at least 5 months before lodging; the most
    recent such State if several."""
    rule = "dublin3.art13.2"
    basis = art("13", "2")
    entries = run.facts.entries
    irregular_or_unknown = not entries or any(
        e.mode in _IRREGULAR or e.mode is EntryMode.UNKNOWN for e in entries
    )
    if not irregular_or_unknown:
        run.step(rule, basis, StepOutcome.NOT_APPLICABLE, msg("art13.2.regular_entry"))
        return None
    qualifying: list[tuple[date, str, str]] = []
    pending = False
    for i, stay in enumerate(run.facts.stays):
        end = min(stay.end or run.t0, run.t0)
        if not run.is_member_state(stay.state) or add_period(stay.start, 5, Unit.MONTH) > end:
            continue
        if stay.continuous is None:
            answer = run.ask(
                f"H10:continuous:stays[{i}]",
                "H10",
                basis,
                msg("q.h10.continuous", state=stay.state, start=stay.start, end=end),
                facts=(f"stays[{i}]",),
            )
            if answer is None:
                pending = True
                continue
            if not run.answered_yes(answer):
                continue
        elif not stay.continuous:
            continue
        qualifying.append((end, stay.state, f"stays[{i}]"))
    if pending:
        run.step(rule, basis, StepOutcome.PENDING, msg("art13.2.pending"))
        return None
    if not qualifying:
        run.step(rule, basis, StepOutcome.NOT_APPLICABLE, msg("art13.2.none"), facts=("stays",))
        return None
    end, state, source = max(qualifying)
    key = (
        "art13.2.applies_most_recent" if len({q[1] for q in qualifying}) > 1 else "art13.2.applies"
    )
    run.step(rule, basis, StepOutcome.APPLIES, msg(key, state=state, end=end), (state,), (source,))
    return state, basis


def art14_visa_waived_entry(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 14: the State entered without a visa where the visa is waived; 14(2): if the
    application is lodged in another State that also waives it, that State."""
    rule = "dublin3.art14"
    waived = [
        (i, e)
        for i, e in enumerate(run.facts.entries)
        if e.mode is EntryMode.VISA_WAIVED and e.on <= run.t0 and run.is_member_state(e.state, e.on)
    ]
    if not waived:
        run.step(rule, art("14"), StepOutcome.NOT_APPLICABLE, msg("art14.none"))
        return None
    i, entry = waived[0]
    current = run.current
    if current is not None and current.state != entry.state:
        answer = run.ask(
            f"fact:art14.2:{current.state}",
            "fact",
            art("14", "2"),
            msg("q.art14_2", state=current.state),
            facts=("applicant.nationalities",),
        )
        if answer is None:
            run.step(rule, art("14", "2"), StepOutcome.PENDING, msg("art14.pending"))
            return None
        if run.answered_yes(answer):
            basis = art("14", "2")
            run.step(
                rule,
                basis,
                StepOutcome.APPLIES,
                msg("art14.2.applies", state=current.state),
                (current.state,),
            )
            return current.state, basis
    basis = art("14", "1")
    run.step(
        rule,
        basis,
        StepOutcome.APPLIES,
        msg("art14.1.applies", state=entry.state, date=entry.on),
        (entry.state,),
        (f"entries[{i}]",),
    )
    return entry.state, basis


def art15_airport_transit(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 15: an application made in the international transit area of an airport."""
    rule = "dublin3.art15"
    current = run.current
    if current is None or current.place != "airport_transit_area":
        run.step(rule, art("15"), StepOutcome.NOT_APPLICABLE, msg("art15.none"))
        return None
    run.step(
        rule,
        art("15"),
        StepOutcome.APPLIES,
        msg("art15.applies", state=current.state),
        (current.state,),
    )
    return current.state, art("15")


def art3_2_default(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 3(2), 1st subpara: no criterion applies: the first State where an application was
    lodged."""
    first = min(
        (a for a in run.facts.applications if run.is_member_state(a.state, a.lodged_on)),
        key=lambda a: a.lodged_on,
        default=None,
    )
    if first is None:
        return None
    basis = art("3", "2", subparagraph="1")
    run.step(
        "dublin3.art3.2",
        basis,
        StepOutcome.APPLIES,
        msg("art3.2.default", state=first.state, date=first.lodged_on),
        (first.state,),
        (f"applications[{run.facts.applications.index(first)}]",),
    )
    return first.state, basis
