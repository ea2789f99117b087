"""The audit log is a hash chain: any edited or deleted entry is found (issue: casework,
"Audit")."""

from __future__ import annotations

import pytest

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
