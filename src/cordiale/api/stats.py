"""Anonymised statistics (analysts over every case, supervisors over their team's): counts
only, small cells suppressed (`casework.stats`)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router

from cordiale.accounts.models import Role
from cordiale.api.auth import allow, user_of
from cordiale.api.schemas import StatsOut, responses
from cordiale.casework.models import Case
from cordiale.casework.stats import case_statistics

router = Router(tags=["statistics"])
STATISTICIANS = frozenset({Role.ANALYST, Role.SUPERVISOR})


@router.get(
    "/stats",
    response=responses(200, StatsOut),
    summary="Counts by stage, regime, responsible State, nationality and month (cells < 5 "
    "suppressed)",
    auth=allow(STATISTICIANS, "read statistics"),
)
def stats(request: HttpRequest) -> dict[str, Any]:
    user = user_of(request)
    cases = Case.objects.all()
    if user.role == Role.SUPERVISOR:
        cases = cases.filter(team=user.team)
    return case_statistics(cases)
