"""Who may see and do what, enforced on every query (DESIGN.md, "Least data").

- caseworker, supervisor: their team's cases; supervisors also sign off decisions.
- UK liaison: only cases with a request to or from the UK, and only what the request carries
  (`request_view`); may reply to requests addressed to the UK.
- legal-aid adviser: only cases whose applicant gave their NGO consent; read-only.
- analyst: anonymised aggregates only; auditor: the audit trail only; administrator: users
  and teams only. None of them reads case content.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, OuterRef, QuerySet

from cordiale.accounts.models import Role
from cordiale.casework.errors import Forbidden, NotFound
from cordiale.casework.models import Case, Consent

CASE_READERS = frozenset({Role.CASEWORKER, Role.SUPERVISOR, Role.ADVISER})
CASE_EDITORS = frozenset({Role.CASEWORKER, Role.SUPERVISOR})
DECIDERS = frozenset({Role.CASEWORKER, Role.SUPERVISOR})


def visible_cases(user: Any) -> QuerySet[Case]:
    """The cases a user may open (in full, or for the UK liaison in the request view)."""
    role = getattr(user, "role", None)
    team_id = getattr(user, "team_id", None)
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return Case.objects.none()
    if role in CASE_EDITORS and team_id is not None:
        return Case.objects.filter(team_id=team_id)
    if role == Role.UK_LIAISON:
        return Case.objects.filter(referred_to_uk=True)
    if role == Role.ADVISER and team_id is not None:
        consent = Consent.objects.filter(
            case=OuterRef("pk"), team_id=team_id, withdrawn_on__isnull=True
        )
        return Case.objects.filter(Exists(consent))
    return Case.objects.none()


def get_case(user: Any, reference: str) -> Case:
    """A case the user may see. Another team's case is 'not found', never 'forbidden', so a
    reference cannot be probed (e.g. an adviser typing another NGO's client's reference)."""
    case = visible_cases(user).select_related("team").filter(reference=reference).first()
    if case is None:
        raise NotFound(f"no case {reference!r} that you may see")
    return case


def require(user: Any, roles: frozenset[str], what: str) -> None:
    if getattr(user, "role", None) not in roles:
        raise Forbidden(f"your role ({getattr(user, 'role', '?')}) may not {what}")


def reads_full_case(user: Any) -> bool:
    return getattr(user, "role", None) in CASE_READERS
