"""Load many cases at once: a caseload for load tests, demonstrations and migrations.

Each case file goes through the same steps as `services.import_case` (the items are stored
exactly as `facts_store.change_facts` stores them, the whole file is validated with the
engine's `facts_from_data`, the engine runs and `determination.propose` /
`determination.deadline_records` / `determination.new_task` give the case its proposal, its
deadlines and its tasks), but the rows are written many at once (`insert`: COPY on
PostgreSQL, multi-row INSERTs on SQLite), a batch of cases per transaction, with one audit
entry per batch naming every case it created; the planner's statistics are refreshed at the
end (ANALYZE).

With `workers` > 1 the batches are validated, determined and written by that many forked
processes, each with its own database connection (PostgreSQL takes the writes in parallel;
SQLite queues them, while the other processes compute).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from itertools import islice
from typing import Any

import orjson
from django.db import connections, models, router, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone

from cordiale.accounts.models import Team, User
from cordiale.audit.models import Action
from cordiale.audit.services import record
from cordiale.casework.determination import (
    deadline_records,
    new_task,
    propose,
    uk_liaison_team,
)
from cordiale.casework.facts_store import _apply, file_changes
from cordiale.casework.models import (
    Case,
    DeadlineRecord,
    Fact,
    FactVersion,
    NameKey,
    Person,
    Stage,
    Task,
)
from cordiale.law.casefile import facts_from_data
from cordiale.law.engine import determine
from cordiale.law.errors import CaseFileError

DEFAULT_BATCH = 500


class BulkLoadError(Exception):
    """A case file of the load is unusable: names the case and the fields; its batch (and
    only its batch) is not written."""


@dataclass(slots=True)
class Loaded:
    """How many rows of each kind a load wrote."""

    cases: int = 0
    people: int = 0
    facts: int = 0
    versions: int = 0
    deadlines: int = 0
    tasks: int = 0
    seconds: float = 0.0

    def add(self, other: Loaded) -> None:
        for field in fields(self):
            if field.name != "seconds":
                setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))


def load_cases(
    case_files: Iterable[Mapping[str, Any]],
    *,
    team: Team,
    user: User | None = None,
    as_of: date | None = None,
    batch_size: int = DEFAULT_BATCH,
    workers: int = 1,
    source: str = "bulk load",
    progress: Callable[[Loaded], None] | None = None,
) -> Loaded:
    """Store every case file (format version 1) as a case of `team`, recorded by `user`,
    determined on `as_of` (default today). Returns the counts; `progress` is called with the
    running totals after each batch."""
    day = as_of or timezone.localdate()
    job = _Job(team.pk, user.pk if user is not None else None, day, source)
    started = time.perf_counter()
    total = Loaded()
    batches = _batched(case_files, batch_size)
    if workers <= 1:
        results: Iterator[Loaded] = (job.run(batch) for batch in batches)
        for loaded in results:
            total.add(loaded)
            if progress is not None:
                progress(total)
    else:
        if any(c.in_atomic_block for c in connections.all(initialized_only=True)):
            raise BulkLoadError("a load with workers cannot run inside a transaction")
        # Forked workers open their own connections: none may be shared across the fork.
        connections.close_all()
        context = multiprocessing.get_context("fork")
        with context.Pool(workers) as pool:
            for loaded in pool.imap_unordered(job.run, batches):
                total.add(loaded)
                if progress is not None:
                    progress(total)
    if total.cases:
        _analyze()
    total.seconds = time.perf_counter() - started
    return total


def _analyze() -> None:
    """Fresh statistics for the query planner after a large load (queues use them). On
    PostgreSQL outside a transaction, VACUUM as well: it sets the visibility map now, rather
    than autovacuum doing it later, while the server is in use."""
    models_ = (Case, Person, NameKey, Fact, FactVersion, DeadlineRecord, Task)
    tables = [m._meta.db_table for m in models_]
    connection = connections[router.db_for_write(Case)]
    command = "ANALYZE"
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        command = "VACUUM (ANALYZE)"
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"{command} {connection.ops.quote_name(table)}")


def _batched(items: Iterable[Mapping[str, Any]], size: int) -> Iterator[list[Mapping[str, Any]]]:
    iterator = iter(items)
    while batch := list(islice(iterator, max(1, size))):
        yield batch


@dataclass(frozen=True, slots=True)
class _Job:
    """One batch's work; picklable, so forked workers receive it with each batch."""

    team_id: int
    user_id: int | None
    day: date
    source: str

    def run(self, batch: list[Mapping[str, Any]]) -> Loaded:
        team = Team.objects.get(pk=self.team_id)
        user = User.objects.get(pk=self.user_id) if self.user_id is not None else None
        return _load_batch(batch, team=team, user=user, day=self.day, source=self.source)


@dataclass(slots=True)
class _Rows:
    cases: list[Case]
    people: list[Person]
    facts: list[Fact]
    versions: list[FactVersion]
    deadlines: list[DeadlineRecord]
    tasks: list[Task]


def _load_batch(
    batch: list[Mapping[str, Any]], *, team: Team, user: User | None, day: date, source: str
) -> Loaded:
    now = timezone.now()
    rows = _Rows([], [], [], [], [], [])
    uk_team = uk_liaison_team()
    for data in batch:
        _build(data, rows, team=team, user=user, day=day, now=now, source=source, uk=uk_team)
    with transaction.atomic():
        insert(rows.cases, returning=True)
        insert(rows.people, returning=True)
        insert([key for person in rows.people for key in NameKey.for_person(person)])
        insert(rows.facts, returning=True)
        insert(rows.versions)
        insert(rows.deadlines)
        insert(rows.tasks)
        references = [case.reference for case in rows.cases]
        record(
            Action.IMPORT,
            user=user,
            object_type="cases",
            object_id=f"{references[0]}..{references[-1]}"[:80] if references else "",
            detail={"source": source, "count": len(references), "references": references},
        )
    return Loaded(
        cases=len(rows.cases),
        people=len(rows.people),
        facts=len(rows.facts),
        versions=len(rows.versions),
        deadlines=len(rows.deadlines),
        tasks=len(rows.tasks),
    )


def insert(objs: Sequence[models.Model], *, returning: bool = False) -> None:
    """`bulk_create` for many plain rows, without its per-value overhead: the values are
    adapted once per column kind and foreign keys taken from the related objects (saved just
    before); with `returning` the new primary keys are set on the objects. PostgreSQL gets
    the rows by COPY (the keys drawn from the table's sequence first); SQLite by multi-row
    INSERTs with RETURNING (in VALUES order, which `bulk_create` relies on as well)."""
    if not objs:
        return
    model = type(objs[0])
    connection = connections[router.db_for_write(model)]
    meta = model._meta
    if connection.vendor not in ("sqlite", "postgresql") or meta.pk is None:  # pragma: no cover
        model._default_manager.bulk_create(objs)
        return
    columns = [f for f in meta.concrete_fields if not f.primary_key]
    adapt = [_adapter(f, connection) for f in columns]
    qn = connection.ops.quote_name
    # Identifiers come from the model's metadata; every value is a parameter or COPY data.
    table, pk = qn(meta.db_table), meta.pk.column
    names = ", ".join(qn(f.column) for f in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            if returning:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                    [meta.db_table, pk, len(objs)],
                )
                for obj, (new_pk,) in zip(objs, cursor.fetchall(), strict=True):
                    obj.pk = new_pk
                names = f"{qn(pk)}, {names}"
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for obj in objs:
                    row = [a(obj) for a in adapt]
                    copy.write_row([obj.pk, *row] if returning else row)
        else:
            head = f"INSERT INTO {table} ({names}) VALUES "  # noqa: S608
            row_sql = "(" + ", ".join(["%s"] * len(columns)) + ")"
            tail = f" RETURNING {qn(pk)}" if returning else ""
            per_statement = max(1, min(1000, _max_params(connection) // len(columns)))
            for start in range(0, len(objs), per_statement):
                chunk = objs[start : start + per_statement]
                params: list[Any] = []
                for obj in chunk:
                    params.extend(a(obj) for a in adapt)
                cursor.execute(head + ", ".join([row_sql] * len(chunk)) + tail, params)
                if returning:
                    for obj, (new_pk,) in zip(chunk, cursor.fetchall(), strict=True):
                        obj.pk = new_pk
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias


def _max_params(connection: BaseDatabaseWrapper) -> int:
    """Parameters one SQLite statement may carry (a compile-time limit, 32766 since 3.32)."""
    connection.ensure_connection()
    return int(connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))


def _adapter(
    field: models.Field[Any, Any], connection: BaseDatabaseWrapper
) -> Callable[[Any], Any]:
    """Reads one column's value from an object, as the database driver takes it."""
    attname = field.attname
    if isinstance(field, models.ForeignKey):

        def foreign(obj: Any) -> Any:
            value = getattr(obj, attname)
            if value is None and field.is_cached(obj):
                related = field.get_cached_value(obj)
                value = related.pk if related is not None else None
            return value

        return foreign
    if isinstance(field, models.JSONField):
        if connection.vendor == "postgresql":
            from psycopg.types.json import Jsonb

            return lambda obj: _none_or(getattr(obj, attname), lambda v: Jsonb(v, dumps=_json))
        return lambda obj: _none_or(getattr(obj, attname), _json)
    if isinstance(field, models.DateTimeField):
        to_db = connection.ops.adapt_datetimefield_value
        return lambda obj: to_db(getattr(obj, attname))
    if isinstance(field, models.DateField):
        date_to_db = connection.ops.adapt_datefield_value
        return lambda obj: date_to_db(getattr(obj, attname))
    return lambda obj: getattr(obj, attname)


def _json(value: Any) -> str:
    return orjson.dumps(value).decode()


def _none_or(value: Any, convert: Callable[[Any], Any]) -> Any:
    return None if value is None else convert(value)


def stored_items(
    data: Mapping[str, Any],
) -> tuple[dict[str, Any], list[tuple[str, str, int, dict[str, Any]]]]:
    """The case file as `change_facts` would store it (provenance's who and when stripped, an
    id given to every list item) and its facts as (kind, key, position, item), in the order
    `services.import_case` records them."""
    stored: dict[str, Any] = {
        "version": "1",
        "reference": data.get("reference"),
        "determining_state": data.get("determining_state", "FR"),
        "applicant": {},
    }
    changes = file_changes(data)
    facts: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
    positions: dict[str, int] = {}
    for change in changes:
        key, item = _apply(stored, change)
        assert item is not None  # only additions here
        known = facts.get((change.kind, key))
        if known is not None:  # the same id twice: the later item wins, as in import_case
            facts[(change.kind, key)] = (known[0], item)
            continue
        position = positions.get(change.kind, 0)
        positions[change.kind] = position + 1
        facts[(change.kind, key)] = (position, item)
    return stored, [(kind, key, pos, item) for (kind, key), (pos, item) in facts.items()]


def _build(
    data: Mapping[str, Any],
    rows: _Rows,
    *,
    team: Team,
    user: User | None,
    day: date,
    now: datetime,
    source: str,
    uk: Team | None,
) -> None:
    reference = str(data.get("reference") or "?")
    stored, items = stored_items(data)
    try:
        facts = facts_from_data(stored, source=reference)
    except CaseFileError as exc:
        raise BulkLoadError(str(exc)) from None
    result = determine(facts, as_of=day)
    case = Case(
        reference=facts.reference,
        team=team,
        determining_state=facts.determining_state,
        stage=_stage(stored),
        version=2,  # as after `import_case`: created (1), facts recorded (2)
        created_at=now,
        created_by=user,
        updated_at=now,
    )
    propose(case, facts, result, day)
    rows.cases.append(case)
    rows.people.extend(_people(case, stored))
    reason = f"imported from {source}"
    for kind, key, position, item in items:
        fact = Fact(case=case, kind=kind, key=key, position=position)
        rows.facts.append(fact)
        rows.versions.append(
            FactVersion(
                fact=fact, number=1, data=item, reason=reason, recorded_by=user, recorded_at=now
            )
        )
    records = deadline_records(case, result)
    rows.deadlines.extend(records)
    rows.tasks.extend(new_task(case, r, uk) for r in records if r.status == "open")


def _stage(data: Mapping[str, Any]) -> str:
    """A plausible stage of the procedure for a loaded case, from its facts."""
    determining = data.get("determining_state", "FR")
    if data.get("transfers"):
        return Stage.TRANSFERRED
    if data.get("appeals"):
        return Stage.APPEAL
    if data.get("transfer_decisions"):
        return Stage.TRANSFER_DECIDED
    requests = data.get("requests") or []
    if not requests:
        return Stage.DETERMINATION
    if requests[-1].get("from_state") != determining or determining != "FR":
        return Stage.REQUEST_RECEIVED
    replies = {r.get("request"): r.get("outcome") for r in data.get("replies") or []}
    outcome = replies.get(requests[-1].get("id"))
    if outcome == "accept":
        return Stage.ACCEPTED
    if outcome == "refuse":
        return Stage.REFUSED
    return Stage.REQUEST_SENT


_GIVEN = (
    "Adam", "Ahmed", "Amina", "Awet", "Bilal", "Dawit", "Fatima", "Hamid", "Hassan", "Idris",
    "Karim", "Layla", "Mariam", "Mohamed", "Nour", "Omar", "Rahel", "Samir", "Yonas", "Zahra",
)  # fmt: skip
_FAMILY = (
    "Abdallah", "Ahmadi", "Bashir", "Haile", "Hosseini", "Ibrahim", "Karimi", "Mahmoud",
    "Mengistu", "Mohammadi", "Nasser", "Osman", "Rahimi", "Saleh", "Tesfaye", "Yousef",
)  # fmt: skip


def _name(reference: str, salt: str) -> str:
    """An invented name, the same for the same reference."""
    digest = hashlib.blake2b(f"{reference}/{salt}".encode(), digest_size=4).digest()
    return f"{_GIVEN[digest[0] % len(_GIVEN)]} {_FAMILY[digest[1] % len(_FAMILY)]}"


def _people(case: Case, data: Mapping[str, Any]) -> Iterator[Person]:
    applicant = data.get("applicant") or {}
    born = applicant.get("date_of_birth")
    yield Person(
        case=case,
        kind=Person.Kind.APPLICANT,
        name_latin=_name(case.reference, "applicant"),
        date_of_birth=date.fromisoformat(born) if born else None,
    )
    for member in data.get("family") or []:
        yield Person(
            case=case,
            kind=Person.Kind.FAMILY_MEMBER,
            fact_key=str(member["id"]),
            name_latin=_name(case.reference, str(member["id"])),
        )
