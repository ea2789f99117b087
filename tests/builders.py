"""Plain builders for casework tests (teams, users with a role, cases)."""

from __future__ import annotations

from typing import Any

from cordiale.accounts.models import Role, Team, User
from cordiale.casework.models import Case
from cordiale.casework.services import create_case

TEAM_KINDS = {
    Role.CASEWORKER: Team.Kind.DUBLIN_UNIT,
    Role.SUPERVISOR: Team.Kind.DUBLIN_UNIT,
    Role.UK_LIAISON: Team.Kind.UK_LIAISON,
    Role.ADVISER: Team.Kind.NGO,
    Role.ANALYST: Team.Kind.ANALYSIS,
    Role.AUDITOR: Team.Kind.AUDIT,
    Role.ADMINISTRATOR: Team.Kind.ADMINISTRATION,
}


def create_team(name: str = "Dublin unit Calais", kind: str = Team.Kind.DUBLIN_UNIT) -> Team:
    state = "GB" if kind == Team.Kind.UK_LIAISON else "FR"
    team, _ = Team.objects.get_or_create(name=name, defaults={"kind": kind, "state": state})
    return team


def create_user(role: str = Role.CASEWORKER, team: Team | None = None, name: str = "") -> User:
    if team is None:
        team = create_team(f"team of {role}", TEAM_KINDS[Role(role)])
    username = name or f"{role}-{User.objects.count() + 1}"
    return User.objects.create_user(username, password="x" * 14, role=role, team=team)


APPLICANT: dict[str, Any] = {
    "date_of_birth": "2001-02-03",
    "sex": "male",
    "nationalities": ["SD"],
    "marital_status": "single",
}


def create_registered_case(user: User, reference: str = "FR-2026-0001", **kw: Any) -> Case:
    return create_case(
        user,
        reference=reference,
        applicant=kw.pop("applicant", APPLICANT),
        people=kw.pop("people", [{"kind": "applicant", "name_latin": "Adam Test"}]),
        **kw,
    )
