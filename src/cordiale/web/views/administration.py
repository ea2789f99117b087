"""Users and teams, for administrators (who read no case content)."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from cordiale.accounts.models import Role, Team, User
from cordiale.audit.models import Action
from cordiale.audit.services import record
from cordiale.web.access import page
from cordiale.web.forms import TeamForm, UserForm, set_choices

ADMINISTRATORS = frozenset({Role.ADMINISTRATOR})


@page(ADMINISTRATORS)
def users(request: HttpRequest) -> HttpResponse:
    enrolled = set(TOTPDevice.objects.filter(confirmed=True).values_list("user_id", flat=True))
    rows = [
        {"user": u, "second_factor": u.pk in enrolled}
        for u in User.objects.select_related("team").order_by("username")
    ]
    return render(request, "web/users.html", {"rows": rows})


@page(ADMINISTRATORS)
def new_user(request: HttpRequest) -> HttpResponse:
    """Create a user with a generated first password, shown once."""
    admin: Any = request.user
    form = UserForm(request.POST or None)
    set_choices(form, "team", [(str(t.pk), t.name) for t in Team.objects.order_by("name")])
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            if User.objects.filter(username=data["username"]).exists():
                form.add_error("username", _("This user name is taken"))
            else:
                password = secrets.token_urlsafe(12)
                with transaction.atomic():
                    user = User.objects.create_user(
                        data["username"],
                        email=data.get("email") or "",
                        password=password,
                        role=data["role"],
                        team=Team.objects.get(pk=int(data["team"])),
                        language=data["language"],
                        first_name=data.get("first_name") or "",
                        last_name=data.get("last_name") or "",
                    )
                    record(
                        Action.ADMIN,
                        user=admin,
                        object_type="user",
                        object_id=user.pk,
                        detail={"user": user.username, "role": user.role, "team": user.team_id},
                    )
                return render(
                    request, "web/user_created.html", {"created": user, "password": password}
                )
    return render(request, "web/user_form.html", {"form": form}, status=status)


@page(ADMINISTRATORS)
def teams(request: HttpRequest) -> HttpResponse:
    rows = Team.objects.annotate(members=Count("user")).order_by("name")
    return render(request, "web/teams.html", {"rows": rows})


@page(ADMINISTRATORS)
def new_team(request: HttpRequest) -> HttpResponse:
    admin: Any = request.user
    form = TeamForm(request.POST or None, initial={"state": "FR"})
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            if Team.objects.filter(name=data["name"]).exists():
                form.add_error("name", _("This team name is taken"))
            else:
                with transaction.atomic():
                    team = Team.objects.create(
                        name=data["name"], kind=data["kind"], state=data["state"]
                    )
                    record(
                        Action.ADMIN,
                        user=admin,
                        object_type="team",
                        object_id=team.pk,
                        detail={"team": team.pk},
                    )
                messages.success(request, _("The team is created."))
                return redirect("web:teams")
    return render(request, "web/team_form.html", {"form": form}, status=status)
