"""Signing in: the password, then the second factor (TOTP); enrolment of an authenticator
app; lock-out after repeated failures; signing out; a password-only session is not enough."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from pytest_django.fixtures import Settings

from cordiale.accounts.models import Role, User
from tests.builders import create_user

pytestmark = pytest.mark.django_db
PASSWORD = "x" * 14


@pytest.fixture(autouse=True)
def _second_factor(settings: Settings) -> None:
    settings.CORDIALE_REQUIRE_2FA = True


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def _user() -> User:
    return create_user(Role.CASEWORKER, name="claire")


def test_first_sign_in_enrols_an_authenticator_app_then_asks_for_its_code() -> None:
    _user()
    client = Client()
    response = client.post("/sign-in/", {"username": "claire", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/sign-in/authenticator/"
    assert "_auth_user_id" not in client.session  # not signed in on the password alone
    page = client.get("/sign-in/authenticator/").content.decode()
    assert "otpauth://totp/" in page
    secret = re.search(r'id="totp-secret">([A-Z2-7 ]+)<', page)
    assert secret is not None
    device = TOTPDevice.objects.get(user__username="claire", confirmed=False)
    wrong = client.post("/sign-in/authenticator/", {"code": "000000"})
    assert wrong.status_code == 400
    assert "There is a problem" in wrong.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # django-otp makes a user wait after a wrong code
    done = client.post("/sign-in/authenticator/", {"code": _code(device)})
    assert done.status_code == 302
    assert done["Location"] == "/"
    assert client.get("/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed

    # Next time: password, then the code.
    client.post("/sign-out/")
    again = Client()
    response = again.post("/sign-in/", {"username": "claire", "password": PASSWORD})
    assert response["Location"] == "/sign-in/code/"
    assert again.get("/").status_code == 302
    device.refresh_from_db()
    device.last_t = -1  # the same 30-second window may be used again in this test
    device.save()
    response = again.post("/sign-in/code/", {"code": _code(device)})
    assert response.status_code == 302
    assert again.get("/").status_code == 200


def test_a_wrong_password_is_an_error_naming_the_fields() -> None:
    _user()
    response = Client().post("/sign-in/", {"username": "claire", "password": "wrong"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page
    assert 'href="#main-content"' in page


def test_repeated_failures_lock_the_account(settings: Settings) -> None:
    _user()
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/sign-in/", {"username": "claire", "password": "wrong"})
    locked = client.post("/sign-in/", {"username": "claire", "password": PASSWORD})
    assert locked.status_code in {403, 429}
    assert "locked" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_password_only_session_is_not_enough_for_the_pages() -> None:
    user = _user()
    client = Client()
    client.force_login(user)  # e.g. a session opened by another sign-in
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in/")


def test_without_the_second_factor_required_the_password_signs_in(settings: Settings) -> None:
    settings.CORDIALE_REQUIRE_2FA = False
    _user()
    client = Client()
    response = client.post("/sign-in/", {"username": "claire", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    signed_out = client.post("/sign-out/")
    assert signed_out["Location"] == "/sign-in/?signed_out=1"
    assert client.get("/").status_code == 302


@pytest.mark.parametrize("chosen", ["fr", None])
def test_a_language_chosen_on_the_sign_in_page_is_kept_after_signing_in(
    settings: Settings, chosen: str | None
) -> None:
    """Chosen on the sign-in page, French stays and becomes the preference; not chosen, the
    stored preference (English) applies, whatever an earlier visitor's cookie said."""
    settings.CORDIALE_REQUIRE_2FA = False
    user = _user()
    client = Client()
    if chosen:
        assert client.get(f"/language/{chosen}/?next=/sign-in/")["Location"] == "/sign-in/"
        assert '<html lang="fr"' in client.get("/sign-in/").content.decode()
    else:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"  # left by someone else
    response = client.post("/sign-in/", {"username": "claire", "password": PASSWORD})
    assert response.status_code == 302
    expected = chosen or "en"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == expected
    assert f'<html lang="{expected}"' in client.get("/").content.decode()
    user.refresh_from_db()
    assert user.language == expected


def test_the_admin_site_signs_in_through_the_web_sign_in() -> None:
    response = Client().get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in/")
