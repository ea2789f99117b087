"""Supervisor's dashboard (counts by stage, overdue time limits, time limits met against the
legal periods, Sandhurst service-level targets), anonymised statistics, the audit trail,
the accessibility statement."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import Any

from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from cordiale.accounts.models import Role
from cordiale.audit.models import AuditEntry
from cordiale.casework.models import Case, DeadlineRecord, Stage
from cordiale.casework.queries import deadline_queue
from cordiale.casework.stats import case_statistics
from cordiale.law.explain.render import deadline_name
from cordiale.web import labels, present
from cordiale.web.access import page

SAMPLE = 1000  # latest cases read for the days each time limit took


@page({Role.SUPERVISOR})
def dashboard(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    today = timezone.localdate()
    cases = Case.objects.filter(team_id=user.team_id)
    by_stage = dict(cases.values_list("stage").annotate(n=Count("pk")).values_list("stage", "n"))
    stages = [(s, labels.label(labels.STAGES, s), by_stage.get(s, 0)) for s in Stage.values]
    records = DeadlineRecord.objects.filter(case__team_id=user.team_id)
    open_records = records.filter(status="open")
    overdue_count = open_records.filter(due__lt=today).count()
    soon_count = open_records.filter(due__gte=today, due__lte=today + timedelta(days=7)).count()
    overdue = deadline_queue(user, overdue=True, limit=20).items
    for row in overdue:
        row["name"] = deadline_name(row["deadline_id"], present.language())
        row["days_late"] = (today - row["due"]).days
    limits = _limits(records, cases, today)
    targets = _targets(cases)
    return render(
        request,
        "web/dashboard.html",
        {
            "stages": stages,
            "total": sum(by_stage.values()),
            "overdue_count": overdue_count,
            "soon_count": soon_count,
            "overdue": overdue,
            "limits": limits,
            "targets": targets,
            "sample": SAMPLE,
        },
    )


def _limits(records: Any, cases: Any, today: Any) -> list[dict[str, Any]]:
    """For each kind of time limit: how many are open, overdue, met, missed, and how many days
    the met ones took against the legal period (from the latest cases' determinations)."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for deadline_id, status, due in records.values_list("deadline_id", "status", "due"):
        key = "overdue" if status == "open" and due < today else status
        counts[deadline_id][key] += 1
    used: dict[str, list[int]] = defaultdict(list)
    periods: dict[str, str] = {}
    sample = cases.order_by("-updated_at").values_list("determination", flat=True)[:SAMPLE]
    for determination in sample:
        for dl in (determination or {}).get("deadlines") or []:
            start, done = present.as_date(dl.get("start")), present.as_date(dl.get("done_on"))
            periods.setdefault(str(dl.get("id")), str(dl.get("period") or ""))
            if start is not None and done is not None:
                used[str(dl.get("id"))].append((done - start).days)
    lang = present.language()
    out = []
    for deadline_id in sorted(counts, key=lambda d: -sum(counts[d].values())):
        c = counts[deadline_id]
        days = sorted(used.get(deadline_id, []))
        decided = c.get("met", 0) + c.get("missed", 0)
        out.append(
            {
                "name": deadline_name(deadline_id, lang),
                "period": periods.get(deadline_id, ""),
                "open": c.get("open", 0),
                "overdue": c.get("overdue", 0),
                "met": c.get("met", 0),
                "missed": c.get("missed", 0),
                "met_share": round(100 * c.get("met", 0) / decided) if decided else None,
                "median_days": days[len(days) // 2] if days else None,
                "max_days": days[-1] if days else None,
            }
        )
    return out


def _targets(cases: Any) -> list[dict[str, Any]]:
    """Sandhurst service-level targets (not legal time limits) on the cases referred to the
    UK: how many met, missed, open."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    sample = (
        cases.filter(referred_to_uk=True)
        .order_by("-updated_at")
        .values_list("determination", flat=True)[:SAMPLE]
    )
    for determination in sample:
        for target in (determination or {}).get("service_targets") or []:
            counts[str(target.get("id"))][str(target.get("status"))] += 1
    lang = present.language()
    return [
        {
            "name": deadline_name(target_id, lang),
            "id": target_id,
            "met": c.get("met", 0),
            "missed": c.get("missed", 0),
            "open": c.get("open", 0),
            "other": sum(v for k, v in c.items() if k not in {"met", "missed", "open"}),
        }
        for target_id, c in sorted(counts.items())
    ]


@page({Role.ANALYST, Role.SUPERVISOR})
def statistics(request: HttpRequest) -> HttpResponse:
    """Anonymised counts (cells under the threshold suppressed): analysts over every case,
    supervisors over their team's."""
    user: Any = request.user
    cases = Case.objects.all()
    if user.role == Role.SUPERVISOR:
        cases = cases.filter(team_id=user.team_id)
    stats = case_statistics(cases)
    tables = []
    for name, dimension in stats["dimensions"].items():
        cells = [
            {"value": _cell_label(name, cell["value"]), "count": cell["count"]}
            for cell in dimension["cells"]
        ]
        tables.append({"name": name, "cells": cells, **dimension})
    return render(request, "web/statistics.html", {"stats": stats, "tables": tables})


def _cell_label(dimension: str, value: str) -> str:
    if value == "(none)":
        return "—"
    if dimension == "stage":
        return labels.label(labels.STAGES, value)
    if dimension == "regime":
        return labels.label(labels.REGIMES, value)
    if dimension in {"responsible_state", "nationality"}:
        return present.state_label(value)
    return value


AUDIT_PAGE = 100


@page({Role.AUDITOR})
def audit(request: HttpRequest) -> HttpResponse:
    """The audit trail: who did what to which object, by id (no case content)."""
    from cordiale.api.audit import SHOWN_DETAIL

    rows = AuditEntry.objects.order_by("-seq")
    actor = request.GET.get("actor", "").strip()
    object_id = request.GET.get("object_id", "").strip()
    if actor:
        rows = rows.filter(actor=actor)
    if object_id:
        rows = rows.filter(object_id=object_id)
    entries = [
        {
            "seq": e.seq,
            "at": e.at,
            "actor": e.actor,
            "role": labels.label(labels.ROLES, e.actor_role),
            "action": e.action,
            "object": f"{e.object_type} {e.object_id}".strip(),
            "detail": ", ".join(
                f"{k}: {v}" for k, v in (e.detail or {}).items() if k in SHOWN_DETAIL
            ),
        }
        for e in rows[:AUDIT_PAGE]
    ]
    return render(
        request,
        "web/audit.html",
        {"entries": entries, "actor": actor, "object_id": object_id},
    )


def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "web/accessibility.html")
