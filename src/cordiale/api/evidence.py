"""Evidence documents (upload; download only after the scope check, audited) and the
applicant's consents to an NGO."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from ninja import File, Form, Router, Status
from ninja.files import UploadedFile

from cordiale.api import present
from cordiale.api.auth import allow, user_of
from cordiale.api.schemas import ConsentIn, ConsentOut, EvidenceOut, responses
from cordiale.casework import actions
from cordiale.casework.evidence import MAX_BYTES
from cordiale.casework.scoping import CASE_EDITORS

router = Router(tags=["evidence and consent"])


@router.post(
    "/cases/{ref}/evidence",
    response=responses(201, EvidenceOut),
    summary=f"Upload a document (multipart; PDF, JPEG, PNG, TIFF, text; {MAX_BYTES >> 20} MiB)",
    auth=allow(CASE_EDITORS, "add evidence"),
)
def upload(
    request: HttpRequest,
    ref: str,
    file: File[UploadedFile],
    category: Form[str] = "",
    description: Form[str] = "",
) -> Status[dict[str, Any]]:
    user = user_of(request)
    stored = actions.upload_evidence(
        user,
        ref,
        file.chunks(),
        filename=file.name or "evidence",
        content_type=(file.content_type or "").split(";")[0].strip(),
        category=category,
        description=description[:300],
    )
    return Status(201, present.evidence(stored))


@router.get(
    "/evidence/{evidence_id}",
    response={k: v for k, v in responses(200, None).items() if k != 200},
    summary="Download a document (checked against its checksum)",
    auth=allow(actions.EVIDENCE_READERS, "read evidence"),
    openapi_extra={
        "responses": {
            "200": {
                "description": "the document, as uploaded",
                "content": {"application/octet-stream": {"schema": {"type": "string"}}},
            }
        }
    },
)
def download(request: HttpRequest, evidence_id: int) -> HttpResponse:
    user = user_of(request)
    stored, data = actions.read_evidence(user, evidence_id)
    response = HttpResponse(data, content_type=stored.content_type)
    response["Content-Disposition"] = (
        content_disposition_header(True, stored.filename) or "attachment"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response


@router.post(
    "/cases/{ref}/consents",
    response=responses(201, ConsentOut),
    summary="Record the applicant's consent to an NGO's advisers",
    auth=allow(CASE_EDITORS, "record consents"),
)
def give_consent(request: HttpRequest, ref: str, payload: ConsentIn) -> Status[dict[str, Any]]:
    user = user_of(request)
    consent = actions.give_consent(user, ref, team_id=payload.team, given_on=payload.given_on)
    return Status(201, present.consent(consent))


@router.post(
    "/cases/{ref}/consents/{consent_id}/withdraw",
    response=responses(200, ConsentOut),
    summary="The applicant withdraws a consent (today)",
    auth=allow(CASE_EDITORS, "record consents"),
)
def withdraw_consent(request: HttpRequest, ref: str, consent_id: int) -> dict[str, Any]:
    user = user_of(request)
    return present.consent(actions.withdraw_consent(user, ref, consent_id))
