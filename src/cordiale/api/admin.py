"""Users, teams and API tokens, for administrators, who read no case content."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from ninja import Router, Status

from cordiale.accounts.models import ApiToken, Role, Team, User
from cordiale.api.auth import allow, user_of
from cordiale.api.schemas import TeamIn, TeamOut, TokenIn, TokenOut, UserIn, UserOut, responses
from cordiale.audit.models import Action
from cordiale.audit.services import record
from cordiale.casework.errors import InvalidFacts, NotFound
from cordiale.law.errors import FieldError

ADMINISTRATORS = frozenset({Role.ADMINISTRATOR})
router = Router(tags=["administration"], auth=allow(ADMINISTRATORS, "manage users and teams"))


def _user(u: User) -> dict[str, Any]:
    return {
        "id": u.pk,
        "username": u.username,
        "role": u.role,
        "team_id": u.team_id,
        "team": u.team.name if u.team else None,
        "language": u.language,
        "is_active": u.is_active,
    }


def _team(t: Team) -> dict[str, Any]:
    return {"id": t.pk, "name": t.name, "kind": t.kind, "state": t.state}


@router.get(
    "/users",
    response=responses(200, list[UserOut]),
    summary="Users (administrators)",
)
def users(request: HttpRequest) -> list[dict[str, Any]]:
    return [_user(u) for u in User.objects.select_related("team").order_by("username")]


@router.post("/users", response=responses(201, UserOut), summary="Create a user")
def create_user(request: HttpRequest, payload: UserIn) -> Status[dict[str, Any]]:
    admin = user_of(request)
    team = None
    if payload.team is not None:
        team = Team.objects.filter(pk=payload.team).first()
        if team is None:
            raise InvalidFacts("no such team", [FieldError("team", payload.team, "a team id")])
    if User.objects.filter(username=payload.username).exists():
        raise InvalidFacts(
            "this username is taken",
            [FieldError("username", payload.username, "a username not used by another user")],
        )
    candidate = User(username=payload.username, email=payload.email, role=payload.role)
    try:
        validate_password(payload.password, candidate)
    except ValidationError as exc:
        raise InvalidFacts(
            "the password is too weak",
            [FieldError("password", "(not shown)", "; ".join(exc.messages))],
        ) from None
    with transaction.atomic():
        user = User.objects.create_user(
            payload.username,
            email=payload.email,
            password=payload.password,
            role=payload.role,
            team=team,
            language=payload.language,
            first_name=payload.first_name,
            last_name=payload.last_name,
        )
        record(
            Action.ADMIN,
            user=admin,
            object_type="user",
            object_id=user.pk,
            detail={"user": user.username, "role": user.role, "team": payload.team},
        )
    return Status(201, _user(user))


@router.get(
    "/teams",
    response=responses(200, list[TeamOut]),
    summary="Teams (administrators)",
)
def teams(request: HttpRequest) -> list[dict[str, Any]]:
    return [_team(t) for t in Team.objects.order_by("name")]


@router.post("/teams", response=responses(201, TeamOut), summary="Create a team")
def create_team(request: HttpRequest, payload: TeamIn) -> Status[dict[str, Any]]:
    admin = user_of(request)
    if Team.objects.filter(name=payload.name).exists():
        raise InvalidFacts(
            "this team name is taken",
            [FieldError("name", payload.name, "a name not used by another team")],
        )
    with transaction.atomic():
        team = Team.objects.create(name=payload.name, kind=payload.kind, state=payload.state)
        record(
            Action.ADMIN,
            user=admin,
            object_type="team",
            object_id=team.pk,
            detail={"team": team.pk},
        )
    return Status(201, _team(team))


@router.post(
    "/users/{user_id}/tokens",
    response=responses(201, TokenOut),
    summary="Issue an API token for a user (the key is shown once)",
)
def issue_token(request: HttpRequest, user_id: int, payload: TokenIn) -> Status[dict[str, Any]]:
    admin = user_of(request)
    owner = User.objects.filter(pk=user_id).first()
    if owner is None:
        raise NotFound(f"no user {user_id}")
    with transaction.atomic():
        token, key = ApiToken.objects.issue(owner, payload.name)
        record(
            Action.ADMIN,
            user=admin,
            object_type="user",
            object_id=owner.pk,
            detail={"token": token.prefix, "user": owner.username},
        )
    return Status(
        201,
        {
            "id": token.pk,
            "user_id": owner.pk,
            "name": token.name,
            "prefix": token.prefix,
            "key": key,
            "created_at": token.created_at,
        },
    )
