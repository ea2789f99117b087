"""Authentication: sessions (with CSRF, and the second factor where required), API tokens,
401 without credentials; sign-ins and sign-outs in the audit log; the Django admin holds
accounts only; the schema and the docs are served."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings as django_settings
from django.contrib import admin
from django.contrib.auth.signals import user_login_failed
from django.test import Client, RequestFactory
from django.utils import timezone
from pytest_django.fixtures import Settings

from cordiale.accounts.admin import is_administrator
from cordiale.accounts.models import ApiToken, Role
from cordiale.audit.models import AuditEntry
from tests.builders import APPLICANT, create_user

pytestmark = pytest.mark.django_db

A = "/api/v1"
NEW_CASE = {"reference": "FR-2026-0500", "applicant": APPLICANT}


def bearer(key: str) -> dict[str, Any]:
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def test_without_credentials_401_with_a_json_body() -> None:
    response = Client().get(f"{A}/cases")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "Authorization: Bearer" in response.json()["detail"]
    assert Client().get(f"{A}/health").status_code == 200


def test_a_token_authenticates_a_machine_client_without_csrf() -> None:
    user = create_user()
    _, key = ApiToken.objects.issue(user, "batch")
    client = Client(enforce_csrf_checks=True)
    assert client.get(f"{A}/cases", **bearer(key)).status_code == 200
    response = client.post(f"{A}/cases", NEW_CASE, content_type="application/json", **bearer(key))
    assert response.status_code == 201
    assert client.get(f"{A}/cases", **bearer("cdl_wrong")).status_code == 401
    assert client.get(f"{A}/cases", HTTP_AUTHORIZATION=f"Token {key}").status_code == 401
    ApiToken.objects.filter(user=user).update(revoked_at=timezone.now())
    assert client.get(f"{A}/cases", **bearer(key)).status_code == 401


def test_a_token_of_the_wrong_role_is_403_and_audited() -> None:
    analyst = create_user(Role.ANALYST)
    _, key = ApiToken.objects.issue(analyst)
    response = Client().get(f"{A}/cases", **bearer(key))
    assert response.status_code == 403
    assert "analyst" in response.json()["detail"]
    refusal = AuditEntry.objects.get(action="refused")
    assert (refusal.actor, refusal.actor_role) == (analyst.username, "analyst")


def test_a_session_post_needs_the_csrf_token() -> None:
    user = create_user()
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    refused = client.post(f"{A}/cases", NEW_CASE, content_type="application/json")
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]
    assert AuditEntry.objects.filter(action="refused", actor=user.username).exists()
    secret = "abcdefghijklmnopqrstuvwxyz012345"
    client.cookies[django_settings.CSRF_COOKIE_NAME] = secret
    response = client.post(
        f"{A}/cases", NEW_CASE, content_type="application/json", HTTP_X_CSRFTOKEN=secret
    )
    assert response.status_code == 201
    assert client.get(f"{A}/cases").status_code == 200  # reads need no token


def test_a_password_only_session_is_not_enough_where_a_second_factor_is_required(
    settings: Settings,
) -> None:
    if "django_otp.middleware.OTPMiddleware" not in settings.MIDDLEWARE:
        pytest.skip("no second factor configured")
    settings.CORDIALE_REQUIRE_2FA = True
    user = create_user()
    client = Client()
    client.force_login(user)
    assert client.get(f"{A}/cases").status_code == 401
    _, key = ApiToken.objects.issue(user)
    assert Client().get(f"{A}/cases", **bearer(key)).status_code == 200


def test_sign_in_sign_out_and_failed_attempts_are_audited() -> None:
    user = create_user(name="claire")
    client = Client()
    client.force_login(user)
    client.logout()
    request = RequestFactory().post("/sign-in/", REMOTE_ADDR="192.0.2.7")
    user_login_failed.send(
        sender=__name__,
        credentials={"username": "claire", "password": "********"},
        request=request,
    )
    entries = list(AuditEntry.objects.values_list("action", "actor"))
    assert entries == [("login", "claire"), ("logout", "claire"), ("login_failed", "claire")]
    failed = AuditEntry.objects.get(action="login_failed")
    assert failed.detail["ip"] == "192.0.2.7"
    assert "password" not in str(failed.detail)


def test_the_django_admin_holds_accounts_only_for_administrators() -> None:
    registered = {model._meta.label for model in admin.site._registry}
    assert {"accounts.User", "accounts.Team", "accounts.ApiToken"} <= registered
    assert not {label for label in registered if label.split(".")[0] in {"casework", "audit"}}
    factory = RequestFactory()
    request = factory.get("/admin/")
    request.user = create_user(Role.ADMINISTRATOR)
    request.user.is_staff = True
    assert is_administrator(request)
    request.user = create_user(Role.SUPERVISOR)
    request.user.is_staff = True
    assert not is_administrator(request)


def test_the_openapi_schema_and_the_docs_are_served() -> None:
    schema = Client().get(f"{A}/openapi.json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert f"{A}/cases/{{ref}}/facts" in paths
    assert f"{A}/determine" in paths
    assert Client().get(f"{A}/docs").status_code == 200
