"""Who may see and do what, enforced on every query (DESIGN.md, "Least data").

- caseworker, supervisor: their team's cases; supervisors also sign off decisions.
- UK liaison: only cases with a request to or from the UK, and only what the request carries
  (`request_view`); may reply to requests addressed to the UK.
- legal-aid adviser: only cases whose applicant gave their NGO consent; read-only.
- analyst: anonymised aggregates only; auditor: the audit trail only; administrator: users
  and teams only. None of them reads case content.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet

from cordiale.accounts.models import Role
from cordiale.casework.errors import Forbidden, NotFound
from cordiale.casework.models import Case, Consent
from cordiale.site.compiled import CompiledQuery

CASE_READERS = frozenset({Role.CASEWORKER, Role.SUPERVISOR, Role.ADVISER})
CASE_EDITORS = frozenset({Role.CASEWORKER, Role.SUPERVISOR})
DECIDERS = frozenset({Role.CASEWORKER, Role.SUPERVISOR})


def visible_cases(user: Any) -> QuerySet[Case]:
    """The cases a user may open (in full, or for the UK liaison in the request view)."""
    scope = _scope(user)
    if scope is None:
        return Case.objects.none()
    return _SCOPES[scope](getattr(user, "team_id", None) or 0)


def _scope(user: Any) -> str | None:
    role = getattr(user, "role", None)
    team_id = getattr(user, "team_id", None)
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return None
    if role in CASE_EDITORS and team_id is not None:
        return "team"
    if role == Role.UK_LIAISON:
        return "uk"
    if role == Role.ADVISER and team_id is not None:
        return "consent"
    return None


def _team_cases(team_id: int) -> QuerySet[Case]:
    return Case.objects.filter(team_id=team_id)


def _uk_cases(team_id: int) -> QuerySet[Case]:
    return Case.objects.filter(referred_to_uk=True)


def _consented_cases(team_id: int) -> QuerySet[Case]:
    consent = Consent.objects.filter(
        case=OuterRef("pk"), team_id=team_id, withdrawn_on__isnull=True
    )
    return Case.objects.filter(Exists(consent))


_SCOPES: dict[str, Callable[[int], QuerySet[Case]]] = {
    "team": _team_cases,
    "uk": _uk_cases,
    "consent": _consented_cases,
}


def _one_case(scope: str) -> CompiledQuery[Case]:
    def build(reference: str, team_id: int = 0) -> QuerySet[Case]:
        cases = _SCOPES[scope](team_id).select_related("team")
        return cases.filter(reference=reference).order_by("pk")[:1]

    if scope == "uk":  # not a team's cases: no team parameter
        return CompiledQuery(build, reference=str)
    return CompiledQuery(build, reference=str, team_id=int)


# Opening a case is the commonest query of all: compiled once (`cordiale.site.compiled`).
_ONE_CASE = {scope: _one_case(scope) for scope in _SCOPES}


def get_case(user: Any, reference: str) -> Case:
    """A case the user may see. Another team's case is 'not found', never 'forbidden', so a
    reference cannot be probed (e.g. an adviser typing another NGO's client's reference)."""
    scope = _scope(user)
    case = None
    if scope == "uk":
        case = _ONE_CASE[scope].first(reference=reference)
    elif scope is not None:
        case = _ONE_CASE[scope].first(reference=reference, team_id=user.team_id)
    if case is None:
        raise NotFound(f"no case {reference!r} that you may see")
    return case


def require(user: Any, roles: frozenset[str], what: str) -> None:
    if getattr(user, "role", None) not in roles:
        raise Forbidden(f"your role ({getattr(user, 'role', '?')}) may not {what}")


def reads_full_case(user: Any) -> bool:
    return getattr(user, "role", None) in CASE_READERS
