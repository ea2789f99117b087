"""Re-run the engine on a case and store what it proposes: the determination, its deadlines
(materialised for queues) and the tasks they give each team."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

import orjson
from django.db import transaction
from django.utils import timezone

from cordiale.accounts.models import Team
from cordiale.casework.models import Case, DeadlineRecord, Task
from cordiale.law.engine import determine
from cordiale.law.explain.render import Language, cite, deadline_name, determination_to_dict
from cordiale.law.facts import CaseFacts
from cordiale.law.outcome import Determination
from cordiale.site.compiled import CompiledQuery

_CASE_FIELDS = (
    "regime",
    "status",
    "track",
    "responsible_state",
    "proposed_state",
    "basis",
    "open_questions",
    "determination",
    "determined_at",
    "facts_hash",
    "referred_to_uk",
    "applicant_nationality",
    "unaccompanied_minor",
)


def canonical_hash(data: Any) -> str:
    return hashlib.sha256(orjson.dumps(data, option=orjson.OPT_SORT_KEYS)).hexdigest()


def refresh(case: Case, facts: CaseFacts, *, as_of: date | None = None) -> Determination:
    """Run the engine on the facts as they stand and store its proposal with the case."""
    proposal = compute(case, facts, as_of=as_of)
    store(case, proposal)
    return proposal.result


@dataclass(frozen=True, slots=True)
class Proposal:
    """The engine's result for a case and its deadline records, computed but not stored."""

    result: Determination
    records: list[DeadlineRecord]


def compute(case: Case, facts: CaseFacts, *, as_of: date | None = None) -> Proposal:
    """Run the engine and set the case's proposal fields in memory, writing nothing: the
    engine's run (the slow part of a change) happens before the write transaction, so the
    transaction (which on SQLite holds the one write lock) stays short."""
    day = as_of or timezone.localdate()
    result = determine(facts, as_of=day)
    propose(case, facts, result, day)
    return Proposal(result, deadline_records(case, result))


def proposal_fields(case: Case) -> dict[str, Any]:
    """The proposal fields `propose` set, for an UPDATE that writes them with the version."""
    return {name: getattr(case, name) for name in _CASE_FIELDS}


def store(case: Case, proposal: Proposal, *, case_saved: bool = False) -> None:
    """Write a computed proposal: the case's fields (unless `case_saved`: already written with
    the version) and its deadlines and tasks."""
    # No savepoint inside a caller's transaction: nothing catches an error here to go on.
    with transaction.atomic(savepoint=False):
        if not case_saved:
            case.save(update_fields=_CASE_FIELDS)
        _materialise(case, proposal.records)


def propose(case: Case, facts: CaseFacts, result: Determination, day: date) -> None:
    """Set the case's proposal fields from the engine's result on `day` (nothing is saved:
    `refresh` saves one case, `cordiale.casework.bulk` many at once)."""
    case.regime = result.regime.value
    case.status = result.status.value
    case.track = result.track.value
    case.responsible_state = result.responsible_state or ""
    case.proposed_state = result.proposed_state or ""
    case.basis = cite(result.basis) if result.basis else ""
    case.open_questions = len(result.questions)
    case.determination = determination_to_dict(result, texts=False)
    case.determined_at = timezone.now()
    case.facts_hash = canonical_hash(facts.model_dump(mode="json"))
    case.referred_to_uk = any("GB" in (r.to_state, r.from_state) for r in facts.requests)
    nationalities = facts.applicant.nationalities
    case.applicant_nationality = nationalities[0] if nationalities else ""
    case.unaccompanied_minor = _unaccompanied_minor(facts, result.first_lodged_on or day)


def _unaccompanied_minor(facts: CaseFacts, on: date) -> bool:
    """For queues and statistics only (the engine decides minority itself, asking H6 where
    the age is uncertain): unaccompanied and under 18 on the first application."""
    applicant = facts.applicant
    if applicant.unaccompanied is not True:
        return False
    if applicant.date_of_birth is not None:
        born = applicant.date_of_birth
        age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
        return age < 18
    if applicant.assessed_age is not None:
        return applicant.assessed_age.age_years < 18
    return False


def _key(deadline_id: str, request: str | None) -> str:
    return f"{deadline_id}@{request}" if request else deadline_id


def deadline_records(case: Case, result: Determination) -> list[DeadlineRecord]:
    """The engine's deadlines as (unsaved) records of the case, one per key."""
    records = [
        DeadlineRecord(
            case=case,
            key=_key(d.id, d.request),
            deadline_id=d.id,
            request=d.request or "",
            start=d.start,
            due=d.due,
            status=d.status.value,
            state_to_act=d.state_to_act or "",
            basis=cite(d.basis),
            period=d.period,
            calendar=d.calendar or "",
        )
        for d in result.deadlines
    ]
    # Two deadlines with one key would be an engine defect; keep the first, never fail a save.
    unique = {r.key: r for r in reversed(records)}
    return list(unique.values())


def _materialise(case: Case, records: list[DeadlineRecord]) -> None:
    DeadlineRecord.objects.filter(case=case).delete()
    DeadlineRecord.objects.bulk_create(records)
    _sync_tasks(case, records)


def uk_liaison_team() -> Team | None:
    return _UK_LIAISON.first()


# Read on every change of facts: compiled once (`cordiale.site.compiled`).
_TASKS: CompiledQuery[Task] = CompiledQuery(
    lambda case_id: Task.objects.filter(case_id=case_id).order_by("pk"), case_id=int
)
_UK_LIAISON: CompiledQuery[Team] = CompiledQuery(
    lambda: Team.objects.filter(kind=Team.Kind.UK_LIAISON).order_by("pk")[:1]
)


def new_task(case: Case, record: DeadlineRecord, uk_team: Team | None) -> Task:
    """The (unsaved) task an open deadline gives the team that must act on it."""
    team = _acting_team(case, record.state_to_act, uk_team)
    return Task(
        case=case, deadline_key=record.key, team=team, title=_title(record, case), due=record.due
    )


def _acting_team(case: Case, state: str, uk_team: Team | None) -> Team:
    """The team that must act: the case's own team for its State; the UK liaison for the UK;
    for any other State the case's team follows up (e.g. a tacit acceptance to record)."""
    if state == "GB" and uk_team is not None and case.team.state != "GB":
        return uk_team
    return case.team


def _sync_tasks(case: Case, records: list[DeadlineRecord]) -> None:
    open_tasks: dict[str, Task] = {}
    # A task someone closed stays closed while its deadline keeps the same due date (the
    # caseworker may have acted before the act is recorded); a new due date is new work.
    closed: set[tuple[str, date | None]] = set()
    for task in _TASKS.all(case_id=case.pk):  # one query for both
        if task.status == Task.Status.OPEN:
            open_tasks[task.deadline_key] = task
        else:
            closed.add((task.deadline_key, task.due))
    now = timezone.now()
    wanted = {r.key: r for r in records if r.status == "open"}
    uk_team = uk_liaison_team() if any(r.state_to_act == "GB" for r in wanted.values()) else None
    for key, task in open_tasks.items():
        if key and key not in wanted:
            task.status, task.closed_at = Task.Status.DONE, now
            task.save(update_fields=("status", "closed_at"))
    new: list[Task] = []
    for key, record in wanted.items():
        title = _title(record, case)
        existing = open_tasks.get(key)
        if existing is not None:
            if (existing.due, existing.title) != (record.due, title):
                existing.due, existing.title = record.due, title
                existing.save(update_fields=("due", "title"))
            continue
        if (key, record.due) in closed:
            continue
        new.append(new_task(case, record, uk_team))
    Task.objects.bulk_create(new)


def _title(record: DeadlineRecord, case: Case) -> str:
    name = deadline_name(record.deadline_id, Language.EN)
    state = record.state_to_act or "?"
    if state != case.team.state and state != "GB":
        return f"Follow up: {name} ({state} must act)"
    return f"{name} ({state})"
