"""Scoped lists and queues: cases, open deadlines, tasks, incoming requests.

Each is one or two indexed queries returning plain rows (`values()`, the related fields
joined in), so a queue of any length costs the same few queries: no per-row lookups.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Literal

from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from cordiale.accounts.models import Role
from cordiale.casework.errors import InvalidFacts
from cordiale.casework.models import Case, DeadlineRecord, FactVersion, Person, Stage, Task
from cordiale.casework.scoping import CASE_EDITORS, CASE_READERS, require, visible_cases
from cordiale.law.errors import FieldError

CASE_LISTERS = CASE_READERS | {Role.UK_LIAISON}
DEADLINE_READERS = CASE_READERS | {Role.UK_LIAISON}
QUEUE_USERS = CASE_EDITORS | {Role.UK_LIAISON}
FINAL_REPLIES = frozenset({"accept", "refuse"})


@dataclass(frozen=True, slots=True)
class Page:
    items: list[dict[str, Any]]
    limit: int
    offset: int
    more: bool
    count: int | None = None


def _page(rows: QuerySet[Any, Any], limit: int, offset: int) -> Page:
    items = list(rows[offset : offset + limit + 1])
    return Page(items[:limit], limit, offset, len(items) > limit)


def _due_filters(overdue: bool, due_within: int | None) -> Q:
    today = timezone.localdate()
    query = Q()
    if overdue:
        query &= Q(due__lt=today)
    if due_within is not None:
        query &= Q(due__lte=today + timedelta(days=due_within))
    return query


def list_cases(
    user: Any,
    *,
    stage: str | None = None,
    q: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """The cases the user may open, newest change first. The UK liaison gets references and
    versions only (what it may see of a case is the request forms)."""
    require(user, CASE_LISTERS, "list cases")
    cases = visible_cases(user)
    if stage:
        if stage not in Stage.values:
            raise InvalidFacts(
                "unknown stage", [FieldError("stage", stage, "one of " + ", ".join(Stage.values))]
            )
        cases = cases.filter(stage=stage)
    if q:
        names = Person.objects.filter(case=OuterRef("pk")).filter(
            Q(name_latin__icontains=q) | Q(name_original__icontains=q)
        )
        cases = cases.filter(Q(reference__icontains=q) | Exists(names))
    count = cases.count()
    cases = cases.order_by("-updated_at", "-pk")
    rows: QuerySet[Any, Any]
    if user.role == Role.UK_LIAISON:
        rows = cases.values("reference", "version")
    else:
        applicant = Person.objects.filter(case=OuterRef("pk"), kind=Person.Kind.APPLICANT)
        rows = cases.annotate(
            applicant_name=Subquery(applicant.order_by("pk").values("name_latin")[:1])
        ).values(
            "reference",
            "version",
            "stage",
            "regime",
            "status",
            "responsible_state",
            "proposed_state",
            "open_questions",
            "applicant_name",
            "updated_at",
        )
    page = _page(rows, limit, offset)
    return Page(page.items, limit, offset, page.more, count)


def deadline_queue(
    user: Any,
    *,
    overdue: bool = False,
    due_within: int | None = None,
    state_to_act: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Page:
    """Open deadlines of the cases the user may see, soonest first (index status, due). The
    UK liaison sees the deadlines the UK must meet on cases referred to it."""
    require(user, DEADLINE_READERS, "read deadline queues")
    rows = DeadlineRecord.objects.filter(status="open").filter(_due_filters(overdue, due_within))
    if user.role in CASE_EDITORS:
        rows = rows.filter(case__team_id=user.team_id)
    elif user.role == Role.UK_LIAISON:
        rows = rows.filter(case__referred_to_uk=True, state_to_act="GB")
    else:
        rows = rows.filter(case__in=visible_cases(user))
    if state_to_act:
        rows = rows.filter(state_to_act=state_to_act.upper())
    today = timezone.localdate()
    page = _page(
        rows.order_by("due", "pk").values(
            "pk",
            "case__reference",
            "key",
            "deadline_id",
            "request",
            "start",
            "due",
            "status",
            "state_to_act",
            "basis",
            "period",
            "calendar",
        ),
        limit,
        offset,
    )
    for row in page.items:
        row["id"] = row.pop("pk")
        row["case"] = row.pop("case__reference")
        row["overdue"] = row["due"] < today
    return page


def task_queue(
    user: Any,
    *,
    team: Literal["mine", "any"] = "mine",
    assigned: Literal["me", "nobody"] | None = None,
    status: Literal["open", "done", "cancelled", "all"] = "open",
    overdue: bool = False,
    due_within: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Page:
    """Tasks of the user's team (team=mine), or also on the team's cases for other teams
    (team=any, e.g. the UK liaison's tasks on a case of ours), soonest due first."""
    require(user, QUEUE_USERS, "read task queues")
    rows = Task.objects.filter(_due_filters(overdue, due_within))
    if team == "any" and user.role in CASE_EDITORS:
        rows = rows.filter(Q(team_id=user.team_id) | Q(case__team_id=user.team_id))
    else:
        rows = rows.filter(team_id=user.team_id)
    if status != "all":
        rows = rows.filter(status=status)
    if assigned == "me":
        rows = rows.filter(assigned_to=user)
    elif assigned == "nobody":
        rows = rows.filter(assigned_to__isnull=True)
    today = timezone.localdate()
    page = _page(
        rows.order_by("due", "pk").values(
            "pk",
            "case__reference",
            "deadline_key",
            "title",
            "due",
            "status",
            "team_id",
            "team__name",
            "assigned_to_id",
            "assigned_to__username",
        ),
        limit,
        offset,
    )
    for row in page.items:
        row["id"] = row.pop("pk")
        row["case"] = row.pop("case__reference")
        row["team"] = row.pop("team__name")
        row["assigned_to"] = row.pop("assigned_to__username")
        row["overdue"] = row["due"] is not None and row["due"] < today and row["status"] == "open"
    return page


def incoming_requests(user: Any) -> list[dict[str, Any]]:
    """Requests addressed to the user's State without a final reply (accept or refuse): for
    the UK liaison, requests to the UK; for a Dublin unit, requests to its State on its
    cases. Each with the open deadline for its reply, if any."""
    require(user, QUEUE_USERS, "read incoming requests")
    if user.role == Role.UK_LIAISON:
        cases, state = Case.objects.filter(referred_to_uk=True), "GB"
    elif user.team is not None:
        cases, state = Case.objects.filter(team_id=user.team_id), user.team.state
    else:
        return []
    versions = (
        FactVersion.objects.filter(fact__case__in=cases, fact__kind__in=("requests", "replies"))
        .order_by("fact_id", "number")
        .values_list("fact_id", "fact__case_id", "fact__case__reference", "fact__kind", "data")
    )
    latest: dict[int, tuple[int, str, str, Any]] = {}
    for fact_id, case_id, reference, kind, data in versions:
        latest[fact_id] = (case_id, reference, kind, data)
    answered: set[tuple[int, str]] = set()
    replies: dict[tuple[int, str], list[str]] = defaultdict(list)
    for case_id, _ref, kind, data in latest.values():
        if kind == "replies" and data:
            replies[case_id, str(data.get("request"))].append(str(data.get("outcome")))
            if data.get("outcome") in FINAL_REPLIES:
                answered.add((case_id, str(data.get("request"))))
    waiting = [
        (case_id, reference, data)
        for case_id, reference, kind, data in latest.values()
        if kind == "requests" and data and data.get("to_state") == state
        if (case_id, str(data.get("id"))) not in answered
    ]
    due: dict[tuple[int, str], Any] = {}
    for case_id, request, day in (
        DeadlineRecord.objects.filter(
            case_id__in={case_id for case_id, _, _ in waiting},
            status="open",
            state_to_act=state,
        )
        .exclude(request="")
        .order_by("-due")
        .values_list("case_id", "request", "due")
    ):
        due[case_id, request] = day  # the soonest wins (ordered latest first)
    out = [
        {
            "case": reference,
            "request": data.get("id"),
            "kind": data.get("kind"),
            "from_state": data.get("from_state"),
            "to_state": data.get("to_state"),
            "basis": data.get("basis"),
            "sent_on": data.get("sent_on"),
            "received_on": data.get("received_on"),
            "urgent": bool(data.get("urgent")),
            "replies": replies.get((case_id, str(data.get("id"))), []),
            "reply_due": due.get((case_id, str(data.get("id")))),
        }
        for case_id, reference, data in waiting
    ]
    out.sort(key=lambda row: (str(row["sent_on"]), row["case"]))
    return out
