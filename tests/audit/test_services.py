"""The audit log is a hash chain: any edited or deleted entry is found (issue: casework,
"Audit")."""

from __future__ import annotations

import itertools

import pytest
from django.db import transaction

from cordiale.audit.models import AuditEntry
from cordiale.audit.services import record, verify

pytestmark = pytest.mark.django_db


def _three() -> None:
    for n in range(3):
        record("read", actor="alice", object_type="case", object_id=f"FR-{n}")


def test_an_intact_chain_verifies() -> None:
    _three()
    assert list(verify()) == []
    assert AuditEntry.objects.count() == 3


def test_an_edited_entry_is_found() -> None:
    _three()
    AuditEntry.objects.filter(seq=2).update(object_id="FR-999")
    breaks = list(verify())
    assert [b.seq for b in breaks] == [2]
    assert "changed" in breaks[0].problem


def test_a_deleted_entry_is_found() -> None:
    _three()
    AuditEntry.objects.filter(seq=2).delete()  # a queryset delete bypasses the model
    assert next(b.seq for b in verify()) == 2


def test_a_deleted_last_entry_is_found() -> None:
    _three()
    AuditEntry.objects.filter(seq=3).delete()
    assert [b.seq for b in verify()] == [3]


def test_entries_cannot_be_changed_through_the_model() -> None:
    _three()
    entry = AuditEntry.objects.get(seq=1)
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()


def test_an_appended_entry_is_the_stored_one_and_entries_are_in_time_order() -> None:
    """The append is one statement on PostgreSQL (hash computed by the database) and plain
    statements elsewhere: the entry returned is the one stored, whose hash `verify`
    recomputes, and the time is taken with the head locked, so it follows the sequence."""
    entries = [
        record("read", actor="alice", object_type="case", object_id=f"FR-{n}", detail={"n": n})
        for n in range(5)
    ]
    stored = list(AuditEntry.objects.order_by("seq"))
    assert [(e.pk, e.seq, e.at, e.hash, e.prev_hash) for e in entries] == [
        (e.pk, e.seq, e.at, e.hash, e.prev_hash) for e in stored
    ]
    assert [e.seq for e in stored] == [1, 2, 3, 4, 5]
    assert all(a.at <= b.at for a, b in itertools.pairwise(stored))
    assert stored[0].prev_hash == "0" * 64
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(stored))
    assert list(verify()) == []


def _failing_change() -> None:
    with transaction.atomic():
        record("change", actor="alice")
        raise RuntimeError("the change fails")


def test_an_entry_is_written_only_with_its_transaction() -> None:
    record("read", actor="alice")
    with pytest.raises(RuntimeError):
        _failing_change()
    record("read", actor="alice")
    assert [e.seq for e in AuditEntry.objects.order_by("seq")] == [1, 2]
    assert list(verify()) == []
