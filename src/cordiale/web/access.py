"""Who may open a page. Scoping itself is the casework services' (`cordiale.casework.scoping`):
a page asks them for what it shows, and a refusal they raise becomes the page 'not found'
(another team's case: never 'forbidden', so a reference cannot be probed) or 'forbidden'."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from cordiale.accounts.models import Role
from cordiale.casework.errors import Forbidden, NotFound

View = TypeVar("View", bound=Callable[..., HttpResponse])

CASE_EDITORS = frozenset({Role.CASEWORKER, Role.SUPERVISOR})
CASE_READERS = CASE_EDITORS | {Role.ADVISER}
QUEUE_USERS = CASE_EDITORS | {Role.UK_LIAISON}
EVERYONE = frozenset(Role.values)


def second_factor_missing(request: HttpRequest) -> bool:
    """A signed-in user whose session has not passed the second factor (where it is required,
    or where the user has a device). Sign-in logs a user in only after the second factor, so
    this catches sessions opened some other way (e.g. the admin site's own sign-in)."""
    user: Any = request.user
    if not user.is_authenticated:
        return False
    verified = getattr(user, "is_verified", None)
    if verified is None or verified():
        return False
    from cordiale.web.auth import has_device

    return bool(getattr(settings, "CORDIALE_REQUIRE_2FA", True)) or has_device(user)


def page(roles: Iterable[str] = EVERYONE) -> Callable[[View], View]:
    """A signed-in page for the given roles; casework refusals become 404 / 403."""
    allowed = frozenset(roles)

    def decorate(view: View) -> View:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user: Any = request.user
            if not user.is_authenticated or not user.is_active:
                return redirect_to_login(request.get_full_path())
            if second_factor_missing(request):
                logout(request)
                return redirect_to_login(request.get_full_path())
            if user.role not in allowed:
                raise PermissionDenied
            try:
                return view(request, *args, **kwargs)
            except NotFound as exc:
                raise Http404(exc.message) from None
            except Forbidden as exc:
                raise PermissionDenied(exc.message) from None

        return cast(View, wrapper)

    return decorate
