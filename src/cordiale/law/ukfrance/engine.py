"""The UK-France layer around a determination: a pre-step on the facts, a post-step on the
result. `cordiale.law.engine.determine` calls it only when `involves_uk_france` says the case
has something UK-France in it (a cheap check: most cases have none, and pay nothing more).

Pre-step (`prepare`), before the regime is chosen:
* juxtaposed controls: an application made at a UK control zone in France is lodged in France
  (`juxtaposed.normalise`);
* Brexit: a Dublin request to or from the UK sent after 31 December 2020 is not a Dublin
  request (`brexit.set_aside`).

Post-step (`complete`), on the result of the Dublin III or AMMR rules:
* Sandhurst service-level targets -> `Determination.service_targets` (never deadlines);
* the 2025 agreement's returns leg -> trace steps, non-blocking questions, warnings and the
  deadlines `readmission_request`, `readmission_reply`, `readmission_process`;
* the admissions screening (when the case file has `admission`) and section 67 (when
  `historic.section67` is true) -> `Determination.uk_france` (a `UkFranceReport`).
The UK-France questions never block the responsibility determination, so its status is left
as the Dublin III or AMMR rules set it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from cordiale.law.facts import CaseFacts
from cordiale.law.outcome import Determination, Step, UkFranceReport
from cordiale.law.settings import EngineSettings
from cordiale.law.ukfrance.admission import screen_admission
from cordiale.law.ukfrance.brexit import has_uk_request, set_aside
from cordiale.law.ukfrance.juxtaposed import has_control_zone, normalise
from cordiale.law.ukfrance.readmission import readmission
from cordiale.law.ukfrance.sandhurst import service_targets
from cordiale.law.ukfrance.section67 import evaluate_section67

__all__ = ["Prepared", "complete", "involves_uk_france", "prepare"]


@dataclass(slots=True)
class Prepared:
    """The facts the Dublin III / AMMR rules see, and what the pre-step found."""

    facts: CaseFacts
    steps: list[Step] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)


def involves_uk_france(facts: CaseFacts) -> bool:
    """The guard of the fast path: a UK-France fact, a control zone, or a request to or
    from the UK. A few attribute reads for a case without any."""
    # Plain loops: no generator, no call (this runs for every case of a batch).
    if facts.uk_arrival is not None or facts.admission is not None or facts.historic is not None:
        return True
    for request in facts.requests:
        if request.to_state == "GB" or request.from_state == "GB":
            return True
    for application in facts.applications:  # noqa: SIM110 - a loop, not any(): hot path
        if application.control_zone is not None:
            return True
    return False


def prepare(facts: CaseFacts) -> Prepared:
    prepared = Prepared(facts)
    if has_control_zone(facts):
        prepared.facts, steps, unverified = normalise(prepared.facts)
        prepared.steps += steps
        prepared.unverified += unverified
    if has_uk_request(prepared.facts):
        prepared.facts, steps = set_aside(prepared.facts)
        prepared.steps += steps
    return prepared


def complete(
    result: Determination,
    facts: CaseFacts,
    prepared: Prepared,
    *,
    as_of: date,
    settings: EngineSettings,
) -> Determination:
    """`result` with the UK-France findings added. `facts` is the case file as given (the
    requests set aside by the pre-step still count for the Sandhurst targets)."""
    targets, target_unverified = service_targets(
        facts, as_of=as_of, settings=settings, dublin=result
    )
    returns = readmission(facts, as_of=as_of, settings=settings)
    report = None
    if facts.admission is not None or (facts.historic is not None and facts.historic.section67):
        admission = (
            screen_admission(facts, as_of, settings.ukfr_admission)
            if facts.admission is not None
            else None
        )
        report = UkFranceReport(admission, evaluate_section67(facts, result))
    unverified = set(result.unverified)
    unverified.update(prepared.unverified, target_unverified, returns.unverified)
    unverified.update(f"deadline:{d.id}" for d in returns.deadlines if d.unverified)
    if report is not None:
        # The screenings' unverified rules are the result's too.
        screenings = [*report.section67, *([report.admission] if report.admission else [])]
        unverified.update(item for screening in screenings for item in screening.unverified)
    known = {q.id for q in result.questions}
    return replace(
        result,
        trace=(*prepared.steps, *result.trace, *returns.steps),
        questions=(*result.questions, *(q for q in returns.questions if q.id not in known)),
        deadlines=(*result.deadlines, *returns.deadlines),
        warnings=(*result.warnings, *returns.warnings),
        unverified=tuple(sorted(unverified)),
        service_targets=tuple(targets),
        uk_france=report,
    )
