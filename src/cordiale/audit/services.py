"""Write and verify the audit log."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from django.db import transaction
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
    only if the change it records is."""
    name = actor if actor is not None else (getattr(user, "username", "") or "")
    role = getattr(user, "role", "") or ""
    data = detail or {}
    # Store what the hash covers: JSON round trip (dates as text), microsecond time.
    data = orjson.loads(orjson.dumps(data))
    with transaction.atomic():
        head, _ = AuditHead.objects.select_for_update().get_or_create(pk=1)
        seq = head.seq + 1
        at = timezone.now()
        digest = entry_hash(
            head.hash, seq, at, name, role, str(action), object_type, str(object_id), data
        )
        entry = AuditEntry.objects.create(
            seq=seq,
            at=at,
            actor=name,
            actor_role=role,
            action=str(action),
            object_type=object_type,
            object_id=str(object_id),
            detail=data,
            prev_hash=head.hash,
            hash=digest,
        )
        AuditHead.objects.filter(pk=1).update(seq=seq, hash=digest)
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
