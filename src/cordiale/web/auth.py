"""Signing in: password, then a second factor (TOTP, django-otp), with lock-out after repeated
failures (django-axes); signing out; enrolling an authenticator app.

The password step does not log the user in: it remembers, in the session, who passed it and
when (for a few minutes). Only the second step calls `django.contrib.auth.login`, so no
session ever exists that passed the password alone (the REST API honours sessions too).
Where the second factor is not required (`CORDIALE_REQUIRE_2FA=0`, a local demo) and the user
has no device, the password step logs in directly.
"""

from __future__ import annotations

import base64
import time
from typing import Any

import segno
from axes.backends import AxesStandaloneBackend
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from cordiale.web.access import page
from cordiale.web.i18n import LANGUAGE_COOKIE, language_at_sign_in, remember_language

PENDING = "cordiale_pending_sign_in"
PENDING_SECONDS = 300


class LockoutBackend(AxesStandaloneBackend):  # type: ignore[misc]
    """django-axes' lock-out check for sign-ins that come with a request (the sign-in page,
    the admin site). `authenticate()` without a request (scripts, the test client's
    `login()`) is not a sign-in attempt from a browser: no lock-out is counted for it."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> None:
        if request is None:
            return None
        super().authenticate(request, username, password, **kwargs)
        return None


def require_second_factor() -> bool:
    return bool(getattr(settings, "CORDIALE_REQUIRE_2FA", True))


def has_device(user: Any) -> bool:
    return bool(TOTPDevice.objects.filter(user=user, confirmed=True).exists())


# --- forms -------------------------------------------------------------------------------


class SignInForm(AuthenticationForm):
    # Each message names its box: two links both reading "This field is required." in the
    # error summary would not say where each goes (WCAG 2.4.4, 3.3.1).
    username = forms.CharField(
        label=gettext_lazy("User name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username", "spellcheck": "false"}),
        error_messages={"required": gettext_lazy("Enter your user name")},
    )
    password = forms.CharField(
        label=gettext_lazy("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": gettext_lazy("Enter your password")},
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Security code"),
        help_text=gettext_lazy("The 6-digit code your authenticator app shows now."),
        max_length=10,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
        error_messages={"required": gettext_lazy("Enter the security code")},
    )

    def clean_code(self) -> str:
        code = "".join(str(self.cleaned_data["code"]).split())
        if not code.isdigit() or len(code) != 6:
            raise forms.ValidationError(_("Enter the 6 digits of the security code"))
        return code


# --- the pending sign-in ------------------------------------------------------------------


def _safe_next(request: HttpRequest, value: str | None) -> str:
    if value and url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return reverse("web:my_work")


def _pending_user(request: HttpRequest) -> Any:
    pending = request.session.get(PENDING)
    if not isinstance(pending, dict):
        return None
    if time.time() - float(pending.get("at", 0)) > PENDING_SECONDS:
        request.session.pop(PENDING, None)
        return None
    user_id = pending.get("user")
    if not isinstance(user_id, int):
        return None
    return get_user_model().objects.filter(pk=user_id, is_active=True).first()


def _finish(request: HttpRequest, user: Any, device: TOTPDevice | None) -> HttpResponse:
    """Log the user in (after the second factor, if any) and go where they were going."""
    pending = request.session.pop(PENDING, None) or {}
    target = _safe_next(request, pending.get("next") or request.POST.get("next"))
    backend = pending.get("backend") or getattr(user, "backend", None)
    if device is not None:
        user.otp_device = device  # django-otp persists it in the session on login
    login(request, user, backend=backend)
    if device is not None:
        otp_login(request, device)
    response = redirect(target)
    remember_language(response, language_at_sign_in(request, user))
    return response


# --- views --------------------------------------------------------------------------------


@never_cache
@csrf_protect
def sign_in(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated and request.method == "GET":
        return redirect(_safe_next(request, request.GET.get("next")))
    form = SignInForm(request, data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = form.get_user()
        device_exists = has_device(user)
        if not device_exists and not require_second_factor():
            return _finish(request, user, None)
        request.session[PENDING] = {
            "user": user.pk,
            "backend": getattr(user, "backend", None),
            "at": time.time(),
            "next": request.POST.get("next", ""),
        }
        return redirect("web:sign_in_code" if device_exists else "web:enrol")
    return render(
        request,
        "web/sign_in.html",
        {
            "form": form,
            "next": request.POST.get("next") or request.GET.get("next", ""),
            "signed_out": request.GET.get("signed_out") == "1",
        },
        status=200 if request.method == "GET" or form.is_valid() else 400,
    )


@never_cache
@csrf_protect
def sign_in_code(request: HttpRequest) -> HttpResponse:
    """The second step: the security code of the user's authenticator app."""
    user = _pending_user(request)
    if user is None:
        messages.info(request, _("Sign in again: the sign-in was not finished in time."))
        return redirect("web:sign_in")
    form = CodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            device = _check_code(user, form.cleaned_data["code"], confirmed=True)
        except Throttled:
            form.add_error("code", _("Too many wrong codes: wait a minute, then try again"))
        else:
            if device is not None:
                return _finish(request, user, device)
            form.add_error("code", _code_error())
    return render(
        request,
        "web/sign_in_code.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


class Throttled(Exception):
    """Too many wrong codes in a row: django-otp makes the user wait before the next try."""


def _check_code(user: Any, code: str, *, confirmed: bool) -> TOTPDevice | None:
    throttled = False
    for device in TOTPDevice.objects.filter(user=user, confirmed=confirmed):
        allowed, _data = device.verify_is_allowed()
        if not allowed:
            throttled = True
            continue
        if device.verify_token(code):
            return device
    if throttled:
        raise Throttled
    return None


def _code_error() -> str:
    return _("The security code is not right, or it has expired")


def _new_device(user: Any) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def secret_of(device: TOTPDevice) -> str:
    """The shared secret in base32, in groups of four, as authenticator apps ask for it."""
    text = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def qr_svg(uri: str) -> SafeString:
    svg = segno.make(uri, error="m").svg_inline(scale=4, dark="#0b0c0c", light="#ffffff")
    return mark_safe(svg)  # noqa: S308 - generated by segno from our own URI


@never_cache
@csrf_protect
def enrol(request: HttpRequest) -> HttpResponse:
    """Add an authenticator app: show the secret (and its QR code), confirm with a code. For
    a user signing in without a device where one is required, or a signed-in user."""
    user: Any = request.user if request.user.is_authenticated else _pending_user(request)
    if user is None:
        return redirect("web:sign_in")
    device = _new_device(user)
    form = CodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            confirmed = _check_code(user, form.cleaned_data["code"], confirmed=False)
        except Throttled:
            confirmed = None
            form.add_error("code", _("Too many wrong codes: wait a minute, then try again"))
        if confirmed is not None:
            confirmed.confirmed = True
            confirmed.save(update_fields=("confirmed",))
            TOTPDevice.objects.filter(user=user, confirmed=False).delete()
            if request.user.is_authenticated:
                otp_login(request, confirmed)
                messages.success(request, _("Your authenticator app is set up."))
                return redirect("web:account")
            return _finish(request, user, confirmed)
        if not form.errors:
            form.add_error("code", _code_error())
    uri = device.config_url
    return render(
        request,
        "web/enrol.html",
        {
            "form": form,
            "secret": secret_of(device),
            "otpauth_uri": uri,
            "qr": qr_svg(uri),
            "signing_in": not request.user.is_authenticated,
        },
        status=400 if form.errors else 200,
    )


@require_POST
@csrf_protect
def sign_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    return HttpResponseRedirect(reverse("web:sign_in") + "?signed_out=1")


@page()
def account(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    return render(
        request,
        "web/account.html",
        {
            "devices": TOTPDevice.objects.filter(user=user, confirmed=True),
            "required": require_second_factor(),
        },
    )


__all__ = ["LANGUAGE_COOKIE", "LockoutBackend", "account", "enrol", "sign_in", "sign_out"]
