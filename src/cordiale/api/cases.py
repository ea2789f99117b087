"""Cases: list, register, open, import and export, and the case as it stood on a past date.

Every read of a case goes through `services.read_case` / `export_case` / `case_as_of`, which
write the audit entry."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Literal

import yaml
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from ninja import P, QueryEx, Router, Status

from cordiale.api import present
from cordiale.api.auth import allow, user_of
from cordiale.api.limits import case_file_ids, check_ids
from cordiale.api.schemas import AsOfOut, CaseIn, CaseOut, CasePage, UkCaseOut, responses
from cordiale.casework import services
from cordiale.casework.errors import InvalidFacts, NotFound
from cordiale.casework.queries import CASE_LISTERS, list_cases
from cordiale.casework.scoping import CASE_EDITORS, CASE_READERS, get_case
from cordiale.law.errors import FieldError
from cordiale.law.explain.render import Language
from cordiale.law.explain.stored import with_texts
from cordiale.law.facts import CaseFacts

router = Router(tags=["cases"])
REFERENCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")


@router.get(
    "/cases",
    response=responses(200, CasePage),
    summary="List the cases you may see (the UK liaison: references and versions only)",
    auth=allow(CASE_LISTERS, "list cases"),
    exclude_none=True,
)
def cases(
    request: HttpRequest,
    stage: str | None = None,
    q: QueryEx[str | None, P(max_length=100, description="part of a reference or name")] = None,
    limit: QueryEx[int, P(ge=1, le=500)] = 50,
    offset: QueryEx[int, P(ge=0)] = 0,
) -> dict[str, Any]:
    user = user_of(request)
    page = list_cases(user, stage=stage, q=q, limit=limit, offset=offset)
    return {
        "count": page.count or 0,
        "limit": page.limit,
        "offset": page.offset,
        "more": page.more,
        "items": page.items,
    }


@router.post(
    "/cases",
    response=responses(201, CaseOut),
    summary="Register an applicant",
    auth=allow(CASE_EDITORS, "register cases"),
)
def create(
    request: HttpRequest, payload: CaseIn, lang: Language | None = None
) -> Status[dict[str, Any]]:
    user = user_of(request)
    case = services.create_case(
        user,
        reference=payload.reference,
        applicant=payload.applicant.model_dump(mode="json", exclude_unset=True),
        people=[person.model_dump() for person in payload.people],
        determining_state=payload.determining_state,
    )
    return Status(201, present.full_case(case, present.language(user, lang)))


@router.post(
    "/cases/import",
    response=responses(201, CaseOut),
    summary="Create a case from a case file (format version 1)",
    auth=allow(CASE_EDITORS, "import cases"),
)
def import_case(
    request: HttpRequest, payload: CaseFacts, lang: Language | None = None
) -> Status[dict[str, Any]]:
    user = user_of(request)
    data = payload.model_dump(mode="json", exclude_unset=True)
    _check_reference(data.get("reference"))
    check_ids(case_file_ids(data))
    case = services.import_case(user, data, source="api")
    return Status(201, present.full_case(case, present.language(user, lang)))


def _check_reference(reference: Any) -> None:
    if not REFERENCE.fullmatch(str(reference or "")):
        raise InvalidFacts(
            "the reference is part of URLs",
            [FieldError("reference", reference, "letters, digits, '.', '_', '-' (40 at most)")],
        )


@router.get(
    "/cases/{ref}",
    response=responses(200, CaseOut | UkCaseOut),
    summary="Open a case (the UK liaison: only the request forms)",
    auth=allow(CASE_LISTERS, "open cases"),
)
def case(request: HttpRequest, ref: str, lang: Language | None = None) -> dict[str, Any]:
    user = user_of(request)
    found = services.read_case(user, ref)
    return present.case_for(user, found, present.language(user, lang))


@router.get(
    "/cases/{ref}/export",
    response=responses(200, dict[str, Any]),
    summary="The case file (JSON, or YAML with ?format=yaml)",
    auth=allow(CASE_READERS, "export case files"),
)
def export(request: HttpRequest, ref: str, format: Literal["json", "yaml"] = "json") -> Any:
    user = user_of(request)
    data = services.export_case(user, ref)
    if format == "yaml":
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        response = HttpResponse(text, content_type="application/yaml; charset=utf-8")
        response["Content-Disposition"] = (
            content_disposition_header(True, f"{ref}.yaml") or "attachment"
        )
        return response
    return data


@router.get(
    "/cases/{ref}/as-of",
    response=responses(200, AsOfOut),
    summary="The case as it stood at a past moment, re-run through the engine",
    auth=allow(CASE_READERS, "read cases"),
)
def as_of(
    request: HttpRequest,
    ref: str,
    at: datetime,
    on: QueryEx[date | None, P(description="the day to run the rules on (default: at's)")] = None,
    lang: Language | None = None,
) -> dict[str, Any]:
    user = user_of(request)
    moment = at if timezone.is_aware(at) else timezone.make_aware(at)
    if moment < get_case(user, ref).created_at:
        raise NotFound(f"case {ref} did not exist yet at {moment.isoformat()}")
    result = services.case_as_of(user, ref, moment, on)
    return {
        "reference": ref,
        "at": moment,
        "facts": result["facts"],
        "determination": with_texts(result["determination"], present.language(user, lang)),
    }
