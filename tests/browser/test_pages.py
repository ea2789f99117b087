"""Every page of docs/web.md's table, for each role that may see it: axe-core finds no WCAG
2.2 AA violation on any of them (nor on the error pages, a form with errors, the sign-in
page), in English; the main pages (those with a screenshot) again in French. The main pages
are saved as screenshots in both languages."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from cordiale.accounts.models import Role
from tests.browser.conftest import UI
from tests.web.conftest import REFERENCE, World, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
C = f"/cases/{REFERENCE}"

# role -> [(address, screenshot name or "")], in the order a person would open them.
TOUR: dict[str, list[tuple[str, str]]] = {
    "caseworker": [
        ("/", "my-work"),
        ("/search/?q=Osman+Eltayeb", "search"),
        (f"{C}/", "case"),
        (f"{C}/facts/", "facts"),
        (f"{C}/facts/entries/new/", "fact-form"),
        (f"{C}/facts/family/b1/", ""),
        (f"{C}/facts/family/b1/yaml/", ""),
        (f"{C}/facts/yaml/", ""),
        (f"{C}/facts/family/u1/withdraw/", ""),
        (f"{C}/facts/family/b1/history/", ""),
        (f"{C}/notes/", "notes"),
        (f"{C}/history/", ""),
        (f"{C}/decide/", "decide"),
        (f"{C}/requests/", "requests"),
        (f"{C}/requests/new/", "compose-request"),
        (f"{C}/requests/tc-1/reply/", ""),
        (f"{C}/transfer/", ""),
        (f"{C}/step/", ""),
        ("/cases/new/", "new-case"),
        ("/requests/incoming/", ""),
        ("/account/", ""),
        ("/accessibility/", ""),
    ],
    "supervisor": [("/dashboard/", "dashboard"), ("/statistics/", "")],
    "uk_liaison": [
        ("/", ""),
        ("/requests/incoming/", "incoming"),
        (f"{C}/requests/", "uk-requests"),
        (f"{C}/requests/tc-1/reply/", "uk-reply"),
    ],
    "adviser": [
        ("/", "clients"),
        (f"{C}/", ""),
        (f"{C}/facts/", ""),
        (f"{C}/requests/", ""),
        ("/search/?q=Osman", ""),
    ],
    "analyst": [("/statistics/", "statistics")],
    "auditor": [("/audit/", "audit")],
    "administrator": [
        ("/administration/users/", "users"),
        ("/administration/users/new/", ""),
        ("/administration/teams/", ""),
        ("/administration/teams/new/", ""),
    ],
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_passes_axe(open_ui: Callable[..., UI], language: str) -> None:
    assert set(TOUR) == set(Role.values)  # every role's pages
    world: World = build_world()
    for user in world.users.values():
        user.language = language  # signing in sets the user's own language
        user.save(update_fields=("language",))

    visitor = open_ui("signed out", language)
    visitor.goto("/sign-in/")
    assert visitor.language == language
    visitor.screenshot("sign-in")
    visitor.follow(visitor.button(re.compile("Continue|Continuer")), status=400)
    summary = visitor.page.locator(".govuk-error-summary").inner_text()
    assert re.search("Enter your user name|Saisissez votre nom d'utilisateur", summary)
    visitor.screenshot("sign-in-errors")
    visitor.goto("/accessibility/")

    for role, pages in TOUR.items():
        ui = open_ui(role, language)
        ui.sign_in(world.users[role].username)
        for address, shot in pages:
            if language != "en" and not shot:
                continue  # the same template as in English, checked there
            ui.goto(address)
            assert ui.language == language, address
            if shot:
                ui.screenshot(shot)
        if role == "caseworker":
            # A form sent back with errors: the error summary and the fields' messages.
            ui.goto("/cases/new/")
            ui.follow(ui.button(re.compile("Register|Enregistrer")), status=400)
            assert ui.page.locator(".govuk-error-summary").is_visible()
            ui.screenshot("form-errors")
            ui.goto("/cases/CAL-2099-9999/", status=404)
            ui.screenshot("not-found")
        if role == "administrator":
            ui.goto(f"{C}/", status=403)
            if language == "en":
                # A new user: the first password is shown once, on its own page.
                ui.goto("/administration/users/new/")
                ui.page.fill("#id_username", "nadia")
                ui.choose("role", "caseworker")
                ui.choose("team", str(world.calais.pk))
                ui.follow(ui.button("Create the user"))
                assert ui.page.locator("#first-password").inner_text()
