"""Every endpoint against every role (issue: casework, "People and permissions": a test
matrix checks every API endpoint against every role).

The table is data: one row per endpoint of the OpenAPI schema, giving the request and the
status each role gets. An endpoint added without a row fails `test_every_endpoint_has_a_row`.
Each role's request runs in a savepoint rolled back afterwards, so all see the same world."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.http import HttpResponse
from django.test import Client
from django.utils import timezone

from cordiale.api.v1 import api
from cordiale.audit.models import AuditEntry
from tests.api.world import PDF, REPLY, ROLES, World, build_world

pytestmark = pytest.mark.django_db

A = "/api/v1"
EDITORS = frozenset({"caseworker", "supervisor"})
READERS = EDITORS | {"adviser"}
VIEWERS = READERS | {"uk_liaison"}
QUEUES = EDITORS | {"uk_liaison"}
EVERYONE = frozenset(ROLES) - {"anonymous"}


@dataclass(frozen=True)
class Call:
    method: str
    url: str
    json: Any = None
    query: dict[str, Any] = field(default_factory=dict)
    multipart: dict[str, Any] | None = None


@dataclass(frozen=True)
class Row:
    call: Callable[[World], Call]
    expect: dict[str, int]


def statuses(
    ok: int, allowed: frozenset[str], out_of_scope: frozenset[str] = frozenset()
) -> dict[str, int]:
    """`ok` for the allowed roles, 404 where scoping hides the case, 401 without credentials,
    403 for every other role."""

    def status(role: str) -> int:
        if role in allowed:
            return ok
        if role == "anonymous":
            return 401
        return 404 if role in out_of_scope else 403

    return {role: status(role) for role in ROLES}


NO_CONSENT = frozenset({"adviser_no_consent"})
CASE_FILE = {
    "version": "1",
    "reference": "FR-2026-0999",
    "determining_state": "FR",
    "applicant": {"date_of_birth": "1990-01-01", "nationalities": ["SD"]},
    "applications": [{"id": "fr-1", "state": "FR", "lodged_on": "2026-01-05"}],
}


def get(path: str, **query: Any) -> Callable[[World], Call]:
    return lambda w: Call("GET", A + path.format(w=w), query=query)


def post(path: str, body: Callable[[World], Any] | Any = None) -> Callable[[World], Call]:
    def call(w: World) -> Call:
        return Call("POST", A + path.format(w=w), json=body(w) if callable(body) else body)

    return call


def upload(w: World) -> Call:
    file = SimpleUploadedFile("assessment.pdf", PDF, content_type="application/pdf")
    return Call(
        "POST", f"{A}/cases/{w.ref}/evidence", multipart={"file": file, "category": "proof"}
    )


def answer(w: World) -> dict[str, Any]:
    question = w.question()
    value = question["options"][0]
    return {"version": w.case.version, "question": question["id"], "value": value, "reason": "r"}


TABLE: dict[tuple[str, str], Row] = {
    ("GET", "/health"): Row(get("/health"), dict.fromkeys(ROLES, 200)),
    ("GET", "/cases"): Row(get("/cases"), statuses(200, VIEWERS | NO_CONSENT)),
    ("POST", "/cases"): Row(
        post(
            "/cases",
            {
                "reference": "FR-2026-0002",
                "applicant": {"nationalities": ["ER"], "sex": "female"},
                "people": [{"name_latin": "Selam Tesfaye", "aliases": ["Selam T."]}],
            },
        ),
        statuses(201, EDITORS),
    ),
    ("POST", "/cases/import"): Row(post("/cases/import", CASE_FILE), statuses(201, EDITORS)),
    ("GET", "/cases/{ref}"): Row(get("/cases/{w.ref}"), statuses(200, VIEWERS, NO_CONSENT)),
    ("GET", "/cases/{ref}/export"): Row(
        get("/cases/{w.ref}/export"), statuses(200, READERS, NO_CONSENT)
    ),
    ("GET", "/cases/{ref}/as-of"): Row(
        lambda w: Call("GET", f"{A}/cases/{w.ref}/as-of", query={"at": timezone.now().isoformat()}),
        statuses(200, READERS, NO_CONSENT),
    ),
    ("GET", "/cases/{ref}/facts"): Row(
        get("/cases/{w.ref}/facts"), statuses(200, READERS, NO_CONSENT)
    ),
    ("POST", "/cases/{ref}/facts"): Row(
        post(
            "/cases/{w.ref}/facts",
            lambda w: {
                "version": w.case.version,
                "changes": [{"kind": "family", "key": "u1", "data": None, "reason": "error"}],
            },
        ),
        statuses(200, EDITORS),
    ),
    ("GET", "/cases/{ref}/facts/{kind}/{key}/history"): Row(
        get("/cases/{w.ref}/facts/family/b1/history"), statuses(200, READERS, NO_CONSENT)
    ),
    ("GET", "/cases/{ref}/determination"): Row(
        get("/cases/{w.ref}/determination", lang="fr"), statuses(200, READERS, NO_CONSENT)
    ),
    ("GET", "/cases/{ref}/questions"): Row(
        get("/cases/{w.ref}/questions"), statuses(200, READERS, NO_CONSENT)
    ),
    ("POST", "/cases/{ref}/answers"): Row(
        post("/cases/{w.ref}/answers", answer), statuses(200, EDITORS)
    ),
    ("POST", "/cases/{ref}/steps"): Row(
        post(
            "/cases/{w.ref}/steps",
            lambda w: {"version": w.case.version, "step": "record_reply", "data": REPLY},
        ),
        statuses(200, QUEUES),
    ),
    ("GET", "/cases/{ref}/request-form"): Row(
        get("/cases/{w.ref}/request-form", to_state="GB"), statuses(200, READERS, NO_CONSENT)
    ),
    ("POST", "/cases/{ref}/decisions"): Row(
        post(
            "/cases/{w.ref}/decisions",
            lambda w: {
                "version": w.case.version,
                "summary": "examine in France",
                "decided_state": "FR",
                "reason": "the brother cannot be found",
            },
        ),
        statuses(201, EDITORS),
    ),
    ("GET", "/cases/{ref}/decisions"): Row(
        get("/cases/{w.ref}/decisions"), statuses(200, READERS, NO_CONSENT)
    ),
    ("GET", "/decisions/{decision_id}/replay"): Row(
        get("/decisions/{w.decision.pk}/replay"), statuses(200, READERS, NO_CONSENT)
    ),
    ("GET", "/requests/incoming"): Row(get("/requests/incoming"), statuses(200, QUEUES)),
    ("POST", "/cases/{ref}/evidence"): Row(upload, statuses(201, EDITORS)),
    ("GET", "/evidence/{evidence_id}"): Row(
        get("/evidence/{w.gb_evidence.pk}"), statuses(200, VIEWERS, NO_CONSENT)
    ),
    ("POST", "/cases/{ref}/consents"): Row(
        post(
            "/cases/{w.ref}/consents",
            lambda w: {"team": w.other_ngo.pk, "given_on": date.today().isoformat()},
        ),
        statuses(201, EDITORS),
    ),
    ("POST", "/cases/{ref}/consents/{consent_id}/withdraw"): Row(
        post("/cases/{w.ref}/consents/{w.consent.pk}/withdraw"), statuses(200, EDITORS)
    ),
    ("GET", "/deadlines"): Row(get("/deadlines"), statuses(200, VIEWERS | NO_CONSENT)),
    ("GET", "/tasks"): Row(get("/tasks", team="mine"), statuses(200, QUEUES)),
    # The task is the Dublin unit's: for the UK liaison it is out of scope.
    ("POST", "/tasks/{task_id}/assign"): Row(
        post("/tasks/{w.task.pk}/assign", lambda w: {"user": w.users["caseworker"].pk}),
        statuses(200, EDITORS, frozenset({"uk_liaison"})),
    ),
    ("POST", "/tasks/{task_id}/done"): Row(
        post("/tasks/{w.task.pk}/done"), statuses(200, EDITORS, frozenset({"uk_liaison"}))
    ),
    ("GET", "/audit"): Row(get("/audit", action="read"), statuses(200, frozenset({"auditor"}))),
    ("GET", "/audit/verify"): Row(get("/audit/verify"), statuses(200, frozenset({"auditor"}))),
    ("GET", "/stats"): Row(get("/stats"), statuses(200, frozenset({"analyst", "supervisor"}))),
    ("GET", "/users"): Row(get("/users"), statuses(200, frozenset({"administrator"}))),
    ("POST", "/users"): Row(
        post(
            "/users",
            lambda w: {
                "username": "new-caseworker",
                "password": "correct horse battery staple",
                "role": "caseworker",
                "team": w.calais.pk,
            },
        ),
        statuses(201, frozenset({"administrator"})),
    ),
    ("GET", "/teams"): Row(get("/teams"), statuses(200, frozenset({"administrator"}))),
    ("POST", "/teams"): Row(
        post("/teams", {"name": "Dublin unit Lille", "kind": "dublin_unit", "state": "FR"}),
        statuses(201, frozenset({"administrator"})),
    ),
    ("POST", "/users/{user_id}/tokens"): Row(
        post("/users/{w.users[caseworker].pk}/tokens", {"name": "batch"}),
        statuses(201, frozenset({"administrator"})),
    ),
    ("POST", "/determine"): Row(post("/determine", CASE_FILE), statuses(200, EVERYONE)),
}


def send(client: Client, call: Call) -> HttpResponse:
    if call.method == "GET":
        return client.get(call.url, call.query)
    if call.multipart is not None:
        return client.post(call.url, call.multipart)
    return client.post(call.url, call.json, content_type="application/json")


def test_every_endpoint_has_a_row() -> None:
    schema = api.get_openapi_schema()
    endpoints = {
        (method.upper(), path.removeprefix(A))
        for path, operations in schema["paths"].items()
        for method in operations
    }
    assert endpoints - set(TABLE) == set(), "endpoints without a row in the role matrix"
    assert set(TABLE) - endpoints == set(), "rows for endpoints that do not exist"


@pytest.mark.parametrize("endpoint", sorted(TABLE), ids=" ".join)
def test_role_matrix(endpoint: tuple[str, str]) -> None:
    world = build_world()
    row = TABLE[endpoint]
    got: dict[str, int] = {}
    for role in ROLES:
        with transaction.atomic():
            before = AuditEntry.objects.filter(action="refused").count()
            response = send(world.client(role), row.call(world))
            got[role] = response.status_code
            if response.status_code >= 400:
                body = response.json()
                assert body["detail"], (role, body)
            if response.status_code in (403, 404):
                # Every permission refusal is written to the audit log.
                assert AuditEntry.objects.filter(action="refused").count() == before + 1, role
            transaction.set_rollback(True)
    assert got == row.expect
