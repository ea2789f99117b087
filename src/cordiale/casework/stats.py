"""Anonymised statistics over cases: counts only, never a reference or a name.

Small-number suppression: a cell counting fewer than `THRESHOLD` cases is not published, so
no one can be singled out (e.g. the one applicant of a rare nationality). The suppressed
cells of a dimension are given as one combined figure, itself published only when it reaches
the threshold; the total likewise.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, F, QuerySet
from django.db.models.functions import TruncMonth

from cordiale.casework.models import Case

THRESHOLD = 5
DIMENSIONS: dict[str, Any] = {
    "stage": F("stage"),
    "regime": F("regime"),
    "responsible_state": F("responsible_state"),
    "nationality": F("applicant_nationality"),
    "month": TruncMonth("created_at"),
}


def _label(value: Any) -> str:
    if value is None or value == "":
        return "(none)"
    if hasattr(value, "strftime"):
        return str(value.strftime("%Y-%m"))
    return str(value)


def published(count: int) -> int | None:
    return count if count >= THRESHOLD else None


def dimension(cases: QuerySet[Case], expression: Any) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for row in cases.annotate(cell=expression).values("cell").annotate(n=Count("pk")):
        label = _label(row["cell"])
        counts[label] = counts.get(label, 0) + int(row["n"])
    cells = [{"value": label, "count": n} for label, n in sorted(counts.items()) if n >= THRESHOLD]
    hidden = [n for n in counts.values() if n < THRESHOLD]
    return {
        "cells": cells,
        "suppressed_cells": len(hidden),
        "suppressed_total": published(sum(hidden)) if hidden else 0,
    }


def case_statistics(cases: QuerySet[Case]) -> dict[str, Any]:
    """Counts by stage, regime, responsible State, nationality and month of registration."""
    cases = cases.order_by()
    return {
        "threshold": THRESHOLD,
        "total": published(cases.count()),
        "dimensions": {name: dimension(cases, expr) for name, expr in DIMENSIONS.items()},
    }
