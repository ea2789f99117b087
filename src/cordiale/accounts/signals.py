"""Sign-in, sign-out and failed sign-in attempts, written to the audit log (issue: casework,
"Audit"). Connected in `AccountsConfig.ready`."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

from cordiale.audit.models import Action
from cordiale.audit.services import record


def _client(request: HttpRequest | None) -> dict[str, Any]:
    if request is None:
        return {}
    return {"ip": request.META.get("REMOTE_ADDR", ""), "path": request.path[:200]}


@receiver(user_logged_in, dispatch_uid="cordiale-audit-login")
def logged_in(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    record(Action.LOGIN, user=user, object_type="user", object_id=user.pk, detail=_client(request))


@receiver(user_logged_out, dispatch_uid="cordiale-audit-logout")
def logged_out(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if user is None:  # the session had expired: nobody to name
        return
    record(Action.LOGOUT, user=user, object_type="user", object_id=user.pk, detail=_client(request))


@receiver(user_login_failed, dispatch_uid="cordiale-audit-login-failed")
def login_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    """The name tried is kept (never the password, which Django has already masked)."""
    name = str(credentials.get("username") or "")[:150]
    record(
        Action.LOGIN_FAILED,
        actor=name,
        object_type="user",
        object_id=name[:80],
        detail=_client(request),
    )
