"""The audit trail, for auditors only. It shows who did what to which object, by id: the
details of an entry are cut down to identifiers and counters, never case content."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import P, QueryEx, Router

from cordiale.accounts.models import Role
from cordiale.api.auth import allow
from cordiale.api.schemas import AuditPage, VerifyOut, responses
from cordiale.audit.models import AuditEntry
from cordiale.audit.services import verify

AUDITORS = frozenset({Role.AUDITOR})
router = Router(tags=["audit"], auth=allow(AUDITORS, "read the audit trail"))
# Detail keys that identify (a decision, a consent, a fact's kind and id, a version, a step
# of the procedure) without telling anything of the case's content.
SHOWN_DETAIL = frozenset(
    {
        "version",
        "decision",
        "override",
        "facts",
        "fact",
        "part",
        "step",
        "consent",
        "given",
        "team",
        "case",
        "assigned_to",
        "status",
        "method",
        "path",
        "reason",
        "source",
        "at",
        "as_stood_at",
        "same",
        "user",
        "token",
        "role",
        "sha256",
    }
)


@router.get(
    "/audit",
    response=responses(200, AuditPage),
    summary="Audit entries (auditors)",
)
def entries(
    request: HttpRequest,
    object_id: QueryEx[str | None, P(max_length=80)] = None,
    object_type: QueryEx[str | None, P(max_length=40)] = None,
    action: QueryEx[str | None, P(max_length=20)] = None,
    actor: QueryEx[str | None, P(max_length=150)] = None,
    limit: QueryEx[int, P(ge=1, le=1000)] = 100,
    offset: QueryEx[int, P(ge=0)] = 0,
) -> dict[str, Any]:
    rows = AuditEntry.objects.order_by("-seq")
    if object_id:
        rows = rows.filter(object_id=object_id)
    if object_type:
        rows = rows.filter(object_type=object_type)
    if action:
        rows = rows.filter(action=action)
    if actor:
        rows = rows.filter(actor=actor)
    found = list(rows[offset : offset + limit + 1])
    return {
        "limit": limit,
        "offset": offset,
        "more": len(found) > limit,
        "items": [
            {
                "seq": e.seq,
                "at": e.at,
                "actor": e.actor,
                "actor_role": e.actor_role,
                "action": e.action,
                "object_type": e.object_type,
                "object_id": e.object_id,
                "detail": {k: v for k, v in (e.detail or {}).items() if k in SHOWN_DETAIL},
            }
            for e in found[:limit]
        ],
    }


@router.get(
    "/audit/verify",
    response=responses(200, VerifyOut),
    summary="Check the hash chain: any edited or deleted entry, and where",
)
def check(request: HttpRequest) -> dict[str, Any]:
    breaks = [{"seq": b.seq, "problem": b.problem} for b in verify()]
    return {"ok": not breaks, "entries": AuditEntry.objects.count(), "breaks": breaks}
