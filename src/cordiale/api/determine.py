"""Stateless determination: a case file in, the determination out. Nothing is stored."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import P, QueryEx, Router

from cordiale.api import present
from cordiale.api.auth import user_of
from cordiale.api.schemas import responses
from cordiale.casework.errors import InvalidFacts
from cordiale.law.casefile import facts_from_data
from cordiale.law.engine import determine
from cordiale.law.errors import CaseFileError
from cordiale.law.explain.render import Language, determination_to_dict
from cordiale.law.facts import CaseFacts

router = Router(tags=["determine"])


@router.post(
    "/determine",
    response=responses(200, dict[str, Any]),
    summary="Determine a case file without storing anything (any signed-in user)",
)
def run(
    request: HttpRequest,
    payload: CaseFacts,
    lang: Language | None = None,
    as_of: QueryEx[
        date | None, P(description="the day to run the rules on (default today)")
    ] = None,
) -> dict[str, Any]:
    user = user_of(request)
    data = payload.model_dump(mode="json", exclude_unset=True)
    try:  # the checks across facts (a reply before its request...), as the command runs them
        facts = facts_from_data(data, source="request body")
    except CaseFileError as exc:
        raise InvalidFacts("the case file is not valid", exc.errors) from None
    result = determine(facts, as_of=as_of or timezone.localdate())
    return determination_to_dict(result, present.language(user, lang))
