"""Signing in for the first time: the password, then setting up an authenticator app from
the secret the page shows (the code computed from that secret, as an app would), which signs
the user in; and the lock-out page after repeated wrong passwords."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable

import pytest
from django_otp.oath import TOTP
from pytest_django.fixtures import Settings

from cordiale.accounts.models import Role
from tests.browser.conftest import PASSWORD, UI
from tests.builders import create_team, create_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _code_from_secret(secret: str) -> str:
    """What an authenticator app shows for the secret key typed into it (RFC 6238)."""
    key = base64.b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8))
    return f"{TOTP(key).token():06d}"


def test_a_first_sign_in_sets_up_the_authenticator_app(
    open_ui: Callable[..., UI], settings: Settings
) -> None:
    settings.CORDIALE_REQUIRE_2FA = True
    user = create_user(Role.SUPERVISOR, create_team(), "sophie")
    user.language = "fr"  # signing in shows the pages in the user's own language
    user.save(update_fields=("language",))
    ui = open_ui("supervisor", "fr")
    ui.goto("/sign-in/")
    ui.page.fill("#id_username", "sophie")
    ui.page.fill("#id_password", PASSWORD)
    ui.follow(ui.button("Continuer"))
    assert ui.path == "/sign-in/authenticator/"
    assert ui.page.locator(".cordiale-qr svg").is_visible()
    ui.screenshot("enrol")
    secret = ui.page.inner_text("#totp-secret")
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{1,4})+", secret)
    ui.page.fill("#id_code", _code_from_secret(secret))
    ui.follow(ui.button("Confirmer"))
    assert ui.path == "/"
    assert ui.page.locator("h1").inner_text() == "Mon travail"


def test_repeated_wrong_passwords_lock_the_account(
    open_ui: Callable[..., UI], settings: Settings
) -> None:
    create_user(Role.CASEWORKER, create_team(), "claire")
    ui = open_ui("caseworker")
    ui.goto("/sign-in/")
    for attempt in range(1, settings.AXES_FAILURE_LIMIT + 1):
        ui.page.fill("#id_username", "claire")
        ui.page.fill("#id_password", "not the password")
        locked = attempt == settings.AXES_FAILURE_LIMIT
        ui.follow(ui.button("Continue"), status=429 if locked else 400)
        if not locked:
            assert "There is a problem" in ui.page.locator(".govuk-error-summary").inner_text()
    assert "Your account is locked for now" in ui.text()
    ui.screenshot("locked-out")
    # Locked: even the right password does not sign in.
    ui.goto("/sign-in/")
    ui.page.fill("#id_username", "claire")
    ui.page.fill("#id_password", PASSWORD)
    ui.follow(ui.button("Continue"), status=429)
    ui.goto("/")
    assert ui.path.startswith("/sign-in/")
