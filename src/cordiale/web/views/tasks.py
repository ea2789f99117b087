"""Working on tasks, from My work and from the case page: give a task of the team to one of
its active members (or to nobody), take it, mark it done. The services
(`casework.actions.assign_task`, `complete_task`) check the role and the team and write the
audit; a refusal comes back as an error on the task's form, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from cordiale.accounts.models import User
from cordiale.casework.actions import assign_task, complete_task
from cordiale.casework.errors import IllegalStep, NotFound
from cordiale.casework.models import Case, Task
from cordiale.web.forms import TaskForm
from cordiale.web.views.common import submit


def person_name(user: Any) -> str:
    return str(user.get_full_name() or user.username)


def members(user: Any) -> list[tuple[str, str]]:
    """Whom a task of the user's team may be given to: its active members, the user first."""
    team = User.objects.filter(team_id=user.team_id, is_active=True).order_by(
        "first_name", "last_name", "username"
    )
    others = [(str(m.pk), person_name(m)) for m in team if m.pk != user.pk]
    return [(str(user.pk), _("%(name)s (you)") % {"name": person_name(user)}), *others]


def task_form(
    task_id: int, assigned_to_id: int | None, team: list[tuple[str, str]], data: Any = None
) -> TaskForm:
    """The form of one task; its prefix keeps the boxes of each task's row apart (and lets
    the error summary link to the right one)."""
    return TaskForm(
        data,
        members=team,
        prefix=f"task-{task_id}",
        initial={"assignee": str(assigned_to_id or "")},
    )


@dataclass
class Attempt:
    """A posted action on a task: the redirect after a success, or the form with its errors
    (for the page to show again, with `status`)."""

    task_id: int
    form: TaskForm
    status: int
    response: HttpResponse | None = None


def act(request: HttpRequest, then: HttpResponse, case: Case | None = None) -> Attempt:
    """POST: the action of the button pressed on the task named by `task` (of `case`, when
    given). Success: the banner and `then`."""
    user: Any = request.user
    try:
        task_id = int(request.POST.get("task", ""))
    except ValueError:
        raise Http404("task") from None
    form = task_form(task_id, None, members(user), request.POST)
    if not form.is_valid():
        return Attempt(task_id, form, 400)
    if case is not None and not Task.objects.filter(pk=task_id, case=case).exists():
        form.add_error(None, _("This task is not one of this case's tasks."))
        return Attempt(task_id, form, 404)
    action = form.cleaned_data["action"]
    chosen = form.cleaned_data.get("assignee") or ""
    if action == "done":
        success = _("The task is marked as done.")
    elif action == "assign_me":
        chosen = str(user.pk)
        success = _("The task is assigned to you.")
    elif chosen:
        names = dict(members(user))
        success = _("The task is assigned to %(name)s.") % {"name": names.get(chosen, chosen)}
        if chosen == str(user.pk):
            success = _("The task is assigned to you.")
    else:
        success = _("The task is no longer assigned to anyone.")

    def change() -> object:
        if action == "done":
            return complete_task(user, task_id)
        return assign_task(user, task_id, int(chosen) if chosen else None)

    outcome = submit(
        request,
        case,
        form,
        change,
        success=success,
        then=lambda: then,
        aliases={"user": "assignee"},
        known={"assignee": _("choose an active member of your team, or nobody")},
        refusals={
            NotFound: _("This task is not one of your team's tasks, or no longer exists."),
            IllegalStep: _("This task is already closed: there is nothing more to do on it."),
        },
    )
    return Attempt(task_id, outcome.form, outcome.status, outcome.response)
