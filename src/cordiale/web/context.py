"""What every page's layout needs: the navigation for the user's role and the language links."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop as N_

from cordiale.accounts.models import Role

# url name, label, roles
_NAV: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("web:my_work", N_("My work"), frozenset({Role.CASEWORKER, Role.SUPERVISOR, Role.UK_LIAISON})),
    ("web:my_work", N_("My clients"), frozenset({Role.ADVISER})),
    ("web:incoming", N_("Incoming requests"), frozenset({Role.UK_LIAISON})),
    ("web:search", N_("Search"), frozenset({Role.CASEWORKER, Role.SUPERVISOR, Role.ADVISER})),
    ("web:new_case", N_("Register an applicant"), frozenset({Role.CASEWORKER, Role.SUPERVISOR})),
    ("web:dashboard", N_("Dashboard"), frozenset({Role.SUPERVISOR})),
    ("web:statistics", N_("Statistics"), frozenset({Role.ANALYST, Role.SUPERVISOR})),
    ("web:audit", N_("Audit trail"), frozenset({Role.AUDITOR})),
    ("web:users", N_("Users"), frozenset({Role.ADMINISTRATOR})),
    ("web:teams", N_("Teams"), frozenset({Role.ADMINISTRATOR})),
)


def navigation(request: HttpRequest) -> dict[str, Any]:
    user: Any = getattr(request, "user", None)
    path = request.path
    items: list[dict[str, Any]] = []
    if user is not None and user.is_authenticated:
        for name, text, roles in _NAV:
            if user.role not in roles:
                continue
            try:
                href = reverse(name)
            except NoReverseMatch:  # pragma: no cover - a page not built yet
                continue
            current = path == href or (href != "/" and path.startswith(href))
            items.append({"href": href, "text": _(text), "current": current})
    current_language = get_language() or "en"
    languages = [
        {
            "code": code,
            "text": text,
            "current": current_language.startswith(code),
            "href": reverse("web:language", args=[code]) + "?next=" + _quote(request),
        }
        for code, text in (("en", "English"), ("fr", "Français"))
    ]
    return {"nav_items": items, "language_links": languages}


def _quote(request: HttpRequest) -> str:
    from urllib.parse import quote

    return quote(request.get_full_path(), safe="/")
