"""The language switch: a link in the header (GOV.UK language navigation) sets the language
cookie that Django's LocaleMiddleware reads, and a signed-in user's preference."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language

LANGUAGE_COOKIE = settings.LANGUAGE_COOKIE_NAME
# A language chosen before signing in (on the sign-in pages), kept in the session until the
# sign-in makes it the user's preference: chosen then, it is what the person wants now.
CHOSEN_BEFORE_SIGN_IN = "cordiale_language_chosen"


def remember_language(response: HttpResponse, code: str) -> None:
    if code and check_for_language(code):
        response.set_cookie(
            LANGUAGE_COOKIE,
            code,
            max_age=365 * 24 * 3600,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
        )


def switch_language(request: HttpRequest, code: str) -> HttpResponse:
    """GET /language/fr/?next=/cases/...: a plain link, so it works without JavaScript and
    from any page; changing the display language changes no case data."""
    target = request.GET.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    if code in dict(settings.LANGUAGES):
        remember_language(response, code)
        user: Any = request.user
        if not user.is_authenticated:
            request.session[CHOSEN_BEFORE_SIGN_IN] = code
        elif user.language != code:
            user.language = code
            user.save(update_fields=("language",))
    return response


def language_at_sign_in(request: HttpRequest, user: Any) -> str:
    """The signed-in user's language: the one they chose on the sign-in pages, which
    becomes their preference, else their preference."""
    chosen = request.session.pop(CHOSEN_BEFORE_SIGN_IN, None)
    if isinstance(chosen, str) and chosen in dict(settings.LANGUAGES) and chosen != user.language:
        user.language = chosen
        user.save(update_fields=("language",))
    return str(user.language)
