"""My work: the tasks of the user's team by due date (overdue first, due within 7 days
highlighted), with filters by team, assignee, stage and State, and on each task of the team
the actions of `views.tasks` (assign, take, mark done); an adviser's clients (who gave
consent to the NGO) and their time limits; the home page of each role."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import OuterRef, Q, Subquery
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from cordiale.accounts.models import Role
from cordiale.casework.models import Consent, Person, Stage, Task
from cordiale.casework.queries import deadline_queue
from cordiale.casework.scoping import visible_cases
from cordiale.web import labels, present
from cordiale.web.access import QUEUE_USERS, page
from cordiale.web.fields import state_choices
from cordiale.web.views.tasks import Attempt, act, members, task_form

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
    if request.method == "POST" and user.role not in QUEUE_USERS:
        raise PermissionDenied  # only the teams that have tasks work on them
    if user.role in HOME:
        return redirect(HOME[user.role])
    if user.role == Role.ADVISER:
        return _clients(request)
    if request.method == "POST":
        # An action on one task; back to the same list (filters and page kept) on success.
        attempt = act(request, redirect(request.get_full_path()))
        if attempt.response is not None:
            return attempt.response
        return _tasks(request, attempt)
    return _tasks(request)


def _tasks(request: HttpRequest, attempt: Attempt | None = None) -> HttpResponse:
    user: Any = request.user
    team = request.GET.get("team", "mine")
    assigned = request.GET.get("assigned", "")
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
    if assigned == "me":
        tasks = tasks.filter(assigned_to=user)
    elif assigned == "nobody":
        tasks = tasks.filter(assigned_to__isnull=True)
    else:
        assigned = ""
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
            "team_id",
            "team__name",
            "assigned_to_id",
            "assigned_to__username",
            "assigned_to__first_name",
            "assigned_to__last_name",
            "applicant_name",
        )
    )
    paginator = Paginator(rows, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    team_members = members(user)
    items = []
    for row in page_obj.object_list:
        due = row["due"]
        overdue = due is not None and due < today
        form = None
        if row["team_id"] == user.team_id:  # the services let a team work on its own tasks
            if attempt is not None and attempt.task_id == row["pk"]:
                form = attempt.form
            else:
                form = task_form(row["pk"], row["assigned_to_id"], team_members)
        items.append(
            {
                **row,
                "form": form,
                "assignee": _assignee_name(row),
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
            "filters": {"team": team, "assigned": assigned, "stage": stage, "state": state},
            "stages": [(s, labels.label(labels.STAGES, s)) for s in Stage.values],
            "states": state_choices(blank=False),
            "query": query.urlencode(),
            "here": request.get_full_path(),
            "task_form": attempt.form if attempt is not None else None,
            "task_anchor": f"#task-{attempt.task_id}" if attempt is not None else "",
            "uk": uk,
            "today": today,
        },
        status=attempt.status if attempt is not None else 200,
    )


def _assignee_name(row: dict[str, Any]) -> str:
    full = " ".join(n for n in (row["assigned_to__first_name"], row["assigned_to__last_name"]) if n)
    return full or row["assigned_to__username"] or ""


def _clients(request: HttpRequest) -> HttpResponse:
    """An adviser's clients (who gave consent to the NGO and have not withdrawn it: scoping's
    `visible_cases`) and their open time limits."""
    user: Any = request.user
    applicant = Person.objects.filter(case=OuterRef("pk"), kind=Person.Kind.APPLICANT)
    consent = Consent.objects.filter(
        case=OuterRef("pk"), team_id=user.team_id, withdrawn_on__isnull=True
    ).order_by("given_on")
    cases = (
        visible_cases(user)
        .annotate(
            applicant_name=Subquery(applicant.order_by("pk").values("name_latin")[:1]),
            consent_given_on=Subquery(consent.values("given_on")[:1]),
        )
        .order_by("-updated_at")
        .values(
            "reference",
            "stage",
            "proposed_state",
            "responsible_state",
            "applicant_name",
            "consent_given_on",
        )
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
