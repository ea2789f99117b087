"""Queues: open deadlines and tasks (indexed queries, one round trip per page)."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import P, QueryEx, Router

from cordiale.api import present
from cordiale.api.auth import allow, user_of
from cordiale.api.schemas import AssignIn, DeadlinePage, TaskOut, TaskPage, responses
from cordiale.casework import actions
from cordiale.casework.queries import (
    DEADLINE_READERS,
    QUEUE_USERS,
    Page,
    deadline_queue,
    task_queue,
)

router = Router(tags=["deadlines and tasks"])


def _page(page: Page) -> dict[str, Any]:
    return {"limit": page.limit, "offset": page.offset, "more": page.more, "items": page.items}


@router.get(
    "/deadlines",
    response=responses(200, DeadlinePage),
    summary="Open deadlines of the cases you may see, soonest first",
    auth=allow(DEADLINE_READERS, "read deadline queues"),
)
def deadlines(
    request: HttpRequest,
    overdue: bool = False,
    due_within: QueryEx[int | None, P(ge=0, le=3660, description="days from today")] = None,
    state_to_act: QueryEx[str | None, P(min_length=2, max_length=2)] = None,
    limit: QueryEx[int, P(ge=1, le=1000)] = 100,
    offset: QueryEx[int, P(ge=0)] = 0,
) -> dict[str, Any]:
    user = user_of(request)
    return _page(
        deadline_queue(
            user,
            overdue=overdue,
            due_within=due_within,
            state_to_act=state_to_act,
            limit=limit,
            offset=offset,
        )
    )


@router.get(
    "/tasks",
    response=responses(200, TaskPage),
    summary="Tasks of your team (team=mine) or on your team's cases (team=any)",
    auth=allow(QUEUE_USERS, "read task queues"),
)
def tasks(
    request: HttpRequest,
    team: Literal["mine", "any"] = "mine",
    assigned: Literal["me", "nobody"] | None = None,
    status: Literal["open", "done", "cancelled", "all"] = "open",
    overdue: bool = False,
    due_within: QueryEx[int | None, P(ge=0, le=3660, description="days from today")] = None,
    limit: QueryEx[int, P(ge=1, le=1000)] = 100,
    offset: QueryEx[int, P(ge=0)] = 0,
) -> dict[str, Any]:
    user = user_of(request)
    return _page(
        task_queue(
            user,
            team=team,
            assigned=assigned,
            status=status,
            overdue=overdue,
            due_within=due_within,
            limit=limit,
            offset=offset,
        )
    )


@router.post(
    "/tasks/{task_id}/assign",
    response=responses(200, TaskOut),
    summary="Assign a task of your team to a member of the team (null: unassign)",
    auth=allow(QUEUE_USERS, "work on tasks"),
)
def assign(request: HttpRequest, task_id: int, payload: AssignIn) -> dict[str, Any]:
    user = user_of(request)
    return present.task(actions.assign_task(user, task_id, payload.user))


@router.post(
    "/tasks/{task_id}/done",
    response=responses(200, TaskOut),
    summary="Mark a task of your team done",
    auth=allow(QUEUE_USERS, "work on tasks"),
)
def done(request: HttpRequest, task_id: int) -> dict[str, Any]:
    user = user_of(request)
    return present.task(actions.complete_task(user, task_id))
