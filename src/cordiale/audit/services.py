"""Write and verify the audit log."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from django.db import connections, router, transaction
from django.utils import timezone

from cordiale.audit.models import Action, AuditEntry, AuditHead

GENESIS = "0" * 64


def entry_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    actor: str,
    actor_role: str,
    action: str,
    object_type: str,
    object_id: str,
    detail: Any,
) -> str:
    payload = orjson.dumps(
        [seq, at.isoformat(), actor, actor_role, action, object_type, object_id, detail],
        option=orjson.OPT_SORT_KEYS,
    )
    return hashlib.sha256(prev_hash.encode() + payload).hexdigest()


def record(
    action: Action | str,
    *,
    user: Any = None,
    object_type: str = "",
    object_id: object = "",
    detail: dict[str, Any] | None = None,
    actor: str | None = None,
) -> AuditEntry:
    """Append one entry. Runs inside the caller's transaction, so an entry is written if and
    only if the change it records is.

    The head row (the last sequence number and hash) is locked from the moment it is read
    until the transaction ends, and every audited request of every server process queues on
    it: callers append as the last statement of their transaction, and the append itself
    holds the lock for as little as possible (on PostgreSQL one statement, which reads the
    head, hashes, writes the entry and moves the head on; elsewhere three plain statements
    with the hash computed in between)."""
    name = actor if actor is not None else (getattr(user, "username", "") or "")
    role = getattr(user, "role", "") or ""
    data = detail or {}
    # Store what the hash covers: JSON round trip (dates as text), microsecond time.
    data = orjson.loads(orjson.dumps(data))
    fields = (name, role, str(action), object_type, str(object_id), data)
    connection = connections[router.db_for_write(AuditEntry)]
    if connection.vendor == "postgresql":
        # One statement is atomic by itself: alone (a read) it commits as it ends, inside
        # the caller's transaction it commits or rolls back with it. No BEGIN/COMMIT or
        # savepoint round trips around it.
        return _append_postgresql(connection, *fields)
    with transaction.atomic(using=connection.alias):
        return _append(connection, *fields)


def _payload_tail(
    actor: str, actor_role: str, action: str, object_type: str, object_id: str, detail: Any
) -> bytes:
    """What `entry_hash` hashes after the sequence number and the time: orjson writes a list
    without spaces, so `[seq,"at",rest...]` is `[` + seq + `,"` + at + `",` + this."""
    return orjson.dumps(
        [actor, actor_role, action, object_type, object_id, detail], option=orjson.OPT_SORT_KEYS
    )[1:]


# One statement, so the head row is locked for one round trip (then until COMMIT). The time is
# taken once the head is locked (`stamp` reads `head`), as `record` always did, so entries
# are in time order as well as in sequence; it is formatted as Python's isoformat() (no
# fraction when the microseconds are 0), which is what `entry_hash` hashes and `verify`
# recomputes from the stored value.
_PG_APPEND = """
WITH head AS (
    SELECT id, seq, hash FROM audit_audithead WHERE id = 1 FOR UPDATE
), stamp AS (
    SELECT date_trunc('microseconds', clock_timestamp()) AT TIME ZONE 'UTC' AS utc FROM head
), moment AS (
    SELECT to_char(utc, 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN to_char(utc, 'US') = '000000' THEN '' ELSE '.' || to_char(utc, 'US') END
        || '+00:00' AS at
    FROM stamp
), moved AS (
    UPDATE audit_audithead AS h
    SET seq = head.seq + 1,
        hash = encode(sha256(
            convert_to(head.hash || '[' || (head.seq + 1)::text || ',"' || moment.at || '",',
                       'UTF8') || %s::bytea), 'hex')
    FROM head, moment
    WHERE h.id = head.id
    RETURNING h.seq, h.hash, head.hash AS prev_hash, moment.at
)
INSERT INTO audit_auditentry
    (seq, at, actor, actor_role, action, object_type, object_id, detail, prev_hash, hash)
SELECT seq, at::timestamptz, %s, %s, %s, %s, %s, %s::jsonb, prev_hash, hash FROM moved
RETURNING id, seq, at, prev_hash, hash
"""


def _append_postgresql(
    connection: Any,
    actor: str,
    actor_role: str,
    action: str,
    object_type: str,
    object_id: str,
    detail: Any,
) -> AuditEntry:
    tail = _payload_tail(actor, actor_role, action, object_type, object_id, detail)
    params = [
        tail,
        actor,
        actor_role,
        action,
        object_type,
        object_id,
        orjson.dumps(detail).decode(),
    ]
    with connection.cursor() as cursor:
        cursor.execute(_PG_APPEND, params)
        row = cursor.fetchone()
        if row is None:  # no head row yet: the first entry ever
            cursor.execute(
                "INSERT INTO audit_audithead (id, seq, hash) VALUES (1, 0, %s) "
                "ON CONFLICT (id) DO NOTHING",
                [GENESIS],
            )
            cursor.execute(_PG_APPEND, params)
            row = cursor.fetchone()
    pk, seq, at, prev_hash, digest = row
    return _entry(
        pk, seq, at, actor, actor_role, action, object_type, object_id, detail, prev_hash, digest
    )


def _append(
    connection: Any,
    actor: str,
    actor_role: str,
    action: str,
    object_type: str,
    object_id: str,
    detail: Any,
) -> AuditEntry:
    """SQLite (one writer at a time: the transaction holds the database's write lock, so the
    head needs no row lock): plain statements, without the ORM's per-query work."""
    head_table = connection.ops.quote_name(AuditHead._meta.db_table)
    entry_table = connection.ops.quote_name(AuditEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT seq, hash FROM {head_table} WHERE id = 1")  # noqa: S608
        head = cursor.fetchone()
        if head is None:
            cursor.execute(
                f"INSERT INTO {head_table} (id, seq, hash) VALUES (1, 0, %s)",  # noqa: S608
                [GENESIS],
            )
            head = (0, GENESIS)
        seq, prev_hash = int(head[0]) + 1, str(head[1])
        at = timezone.now()
        digest = entry_hash(
            prev_hash, seq, at, actor, actor_role, action, object_type, object_id, detail
        )
        cursor.execute(
            f"INSERT INTO {entry_table} (seq, at, actor, actor_role, action, object_type, "  # noqa: S608
            "object_id, detail, prev_hash, hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
            "RETURNING id",
            [
                seq,
                connection.ops.adapt_datetimefield_value(at),
                actor,
                actor_role,
                action,
                object_type,
                object_id,
                orjson.dumps(detail).decode(),
                prev_hash,
                digest,
            ],
        )
        pk = cursor.fetchone()[0]
        cursor.execute(
            f"UPDATE {head_table} SET seq = %s, hash = %s WHERE id = 1",  # noqa: S608
            [seq, digest],
        )
    return _entry(
        pk, seq, at, actor, actor_role, action, object_type, object_id, detail, prev_hash, digest
    )


def _entry(
    pk: int,
    seq: int,
    at: datetime,
    actor: str,
    actor_role: str,
    action: str,
    object_type: str,
    object_id: str,
    detail: Any,
    prev_hash: str,
    digest: str,
) -> AuditEntry:
    entry = AuditEntry(
        pk=pk,
        seq=seq,
        at=at,
        actor=actor,
        actor_role=actor_role,
        action=action,
        object_type=object_type,
        object_id=object_id,
        detail=detail,
        prev_hash=prev_hash,
        hash=digest,
    )
    entry._state.adding = False
    entry._state.db = router.db_for_write(AuditEntry)
    return entry


@dataclass(frozen=True, slots=True)
class Break:
    seq: int
    problem: str


def verify() -> Iterator[Break]:
    """Every place where the chain is broken: an edited entry (its hash no longer matches), a
    deleted one (a gap in the sequence, or a previous hash that does not match), or a
    truncated tail (the head says more entries were written)."""
    expected_prev = GENESIS
    expected_seq = 1
    for entry in AuditEntry.objects.order_by("seq").iterator(chunk_size=2000):
        if entry.seq != expected_seq:
            yield Break(expected_seq, f"entries {expected_seq} to {entry.seq - 1} are missing")
        if entry.prev_hash != expected_prev:
            yield Break(entry.seq, "the previous entry's hash does not match (deleted or edited)")
        digest = entry_hash(
            entry.prev_hash,
            entry.seq,
            entry.at,
            entry.actor,
            entry.actor_role,
            entry.action,
            entry.object_type,
            entry.object_id,
            entry.detail,
        )
        if digest != entry.hash:
            yield Break(entry.seq, "the entry was changed after it was written")
        expected_prev = entry.hash
        expected_seq = entry.seq + 1
    head = AuditHead.objects.filter(pk=1).first()
    if head is not None and head.seq >= expected_seq:
        yield Break(expected_seq, f"entries {expected_seq} to {head.seq} are missing at the end")
