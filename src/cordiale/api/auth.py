"""Who is calling, and may their role use the endpoint at all.

A machine client sends `Authorization: Bearer <key>` (an `ApiToken`); a person has a Django
session, whose unsafe requests (POST...) must carry the CSRF token, and which must have passed
the second factor where it is required (`CORDIALE_REQUIRE_2FA`).

No valid credentials: 401. A role the endpoint is not for: 403 before the request body is
even read (`allow`). A session failing the CSRF check: 403. Refusals are written to the
audit log (`cordiale.api.errors`). Which cases a user may see is decided afterwards, by
`cordiale.casework.scoping`."""

from __future__ import annotations

from typing import Any, cast

from django.conf import settings
from django.http import HttpRequest
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from cordiale.accounts.models import ApiToken, User
from cordiale.casework.errors import Forbidden
from cordiale.casework.scoping import require

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


def _check_role(user: Any, roles: frozenset[str] | None, what: str) -> Any:
    if roles is not None:
        require(user, roles, what)
    return user


class TokenAuth(HttpBearer):
    """`Authorization: Bearer cdl_...` (issued by an administrator: POST /users/{id}/tokens)."""

    def __init__(self, roles: frozenset[str] | None = None, what: str = "") -> None:
        super().__init__()
        self.roles, self.what = roles, what

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = ApiToken.objects.authenticate(token.strip()) if token.strip() else None
        if user is None:
            return None
        request.user = user  # the rest of Django sees the token's user too
        return _check_role(user, self.roles, self.what)


class SessionAuth(APIKeyCookie):
    """The Django session of a signed-in person; CSRF-checked for unsafe methods."""

    param_name = settings.SESSION_COOKIE_NAME

    def __init__(self, roles: frozenset[str] | None = None, what: str = "") -> None:
        super().__init__(csrf=False)  # checked below, once the user is known (else 401)
        self.roles, self.what = roles, what

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not user.is_active:
            return None
        if not _second_factor_passed(user):
            return None
        if request.method not in SAFE_METHODS and check_csrf(request) is not None:
            raise Forbidden(
                "CSRF check failed: send the csrftoken cookie's value in the X-CSRFToken "
                "header (or use token authentication)"
            )
        return _check_role(user, self.roles, self.what)


def _second_factor_passed(user: Any) -> bool:
    """Where a second factor is required, a session signed in with the password alone is
    not enough (django-otp marks the user `is_verified` once the code was given)."""
    if not getattr(settings, "CORDIALE_REQUIRE_2FA", False):
        return True
    is_verified = getattr(user, "is_verified", None)
    return is_verified is None or bool(is_verified())


def allow(roles: frozenset[str], what: str) -> list[Any]:
    """Authentication for an endpoint that only these roles may use."""
    return [TokenAuth(roles, what), SessionAuth(roles, what)]


AUTH = [TokenAuth(), SessionAuth()]


def user_of(request: HttpRequest) -> User:
    """The authenticated user of a request that passed `AUTH`."""
    return cast(User, getattr(request, "auth"))  # noqa: B009 - set by ninja, not typed


def caller(request: HttpRequest) -> Any:
    """The user behind a request, authenticated or not (for refusals written to the log)."""
    user = getattr(request, "auth", None)
    if user is not None:
        return user
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None
