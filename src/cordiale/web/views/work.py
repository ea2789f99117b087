"""My work: the tasks of the user's team by due date (overdue first, due within 7 days
highlighted), with filters by team, stage and State; an adviser's clients and their time
limits; the home page of each role."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.paginator import Paginator
from django.db.models import OuterRef, Q, Subquery
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from cordiale.accounts.models import Role
from cordiale.casework.models import Person, Stage, Task
from cordiale.casework.queries import deadline_queue
from cordiale.casework.scoping import visible_cases
from cordiale.web import labels, present
from cordiale.web.access import page
from cordiale.web.fields import state_choices

DUE_SOON_DAYS = 7
PAGE_SIZE = 50

HOME = {
    Role.ANALYST: "web:statistics",
    Role.AUDITOR: "web:audit",
    Role.ADMINISTRATOR: "web:users",
}


@page()
def my_work(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    if user.role in HOME:
        return redirect(HOME[user.role])
    if user.role == Role.ADVISER:
        return _clients(request)
    return _tasks(request)


def _tasks(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    team = request.GET.get("team", "mine")
    stage = request.GET.get("stage", "")
    state = request.GET.get("state", "").upper()
    today = timezone.localdate()
    tasks = Task.objects.filter(status=Task.Status.OPEN)
    if team == "any" and user.role != Role.UK_LIAISON:
        # Also the other teams' tasks on our cases (e.g. the UK liaison's reply to our request).
        tasks = tasks.filter(Q(team_id=user.team_id) | Q(case__team_id=user.team_id))
    else:
        team = "mine"
        tasks = tasks.filter(team_id=user.team_id)
    if stage in Stage.values:
        tasks = tasks.filter(case__stage=stage)
    else:
        stage = ""
    if state:
        tasks = tasks.filter(Q(case__proposed_state=state) | Q(case__responsible_state=state))
    uk = user.role == Role.UK_LIAISON
    applicant = Person.objects.filter(case=OuterRef("case_id"), kind=Person.Kind.APPLICANT)
    rows = (
        tasks.annotate(applicant_name=Subquery(applicant.order_by("pk").values("name_latin")[:1]))
        .order_by("due", "pk")
        .values(
            "pk",
            "title",
            "deadline_key",
            "due",
            "case__reference",
            "case__stage",
            "case__proposed_state",
            "case__responsible_state",
            "team__name",
            "assigned_to__username",
            "applicant_name",
        )
    )
    paginator = Paginator(rows, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    items = []
    for row in page_obj.object_list:
        due = row["due"]
        overdue = due is not None and due < today
        items.append(
            {
                **row,
                "name": "" if uk else row["applicant_name"],
                "title": present.task_title(row["deadline_key"], row["title"]),
                "overdue": overdue,
                "due_soon": due is not None
                and not overdue
                and due <= today + timedelta(days=DUE_SOON_DAYS),
                "state": row["case__responsible_state"] or row["case__proposed_state"],
            }
        )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "web/my_work.html",
        {
            "items": items,
            "page_obj": page_obj,
            "count": paginator.count,
            "filters": {"team": team, "stage": stage, "state": state},
            "stages": [(s, labels.label(labels.STAGES, s)) for s in Stage.values],
            "states": state_choices(blank=False),
            "query": query.urlencode(),
            "uk": uk,
            "today": today,
        },
    )


def _clients(request: HttpRequest) -> HttpResponse:
    """An adviser's clients (who gave consent to the NGO) and their open time limits."""
    user: Any = request.user
    applicant = Person.objects.filter(case=OuterRef("pk"), kind=Person.Kind.APPLICANT)
    cases = (
        visible_cases(user)
        .annotate(applicant_name=Subquery(applicant.order_by("pk").values("name_latin")[:1]))
        .order_by("-updated_at")
        .values("reference", "stage", "proposed_state", "responsible_state", "applicant_name")
    )
    paginator = Paginator(cases, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    deadlines = deadline_queue(user, limit=50).items
    return render(
        request,
        "web/clients.html",
        {
            "page_obj": page_obj,
            "count": paginator.count,
            "deadlines": deadlines,
            "today": timezone.localdate(),
        },
    )
