"""REST API v1: OpenAPI schema at /api/v1/openapi.json, interactive docs at /api/v1/docs.

Authentication: a Django session (CSRF token on unsafe methods) or `Authorization: Bearer
<key>`. Scoping is that of `cordiale.casework.scoping`, as in the UI; each module below is one
group of endpoints."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import HttpRequest

from cordiale import __version__
from cordiale.api import admin, audit, cases, deadlines, determine, evidence, facts, procedure
from cordiale.api import stats as statistics
from cordiale.api.auth import AUTH
from cordiale.api.errors import CordialeAPI, install

api = CordialeAPI(
    title="cordiale API",
    version="1",
    description="Cases, facts, determinations and deadlines of the joint French-British team. "
    "Errors: `{detail, errors: [{path, value, expected}]}`; 401 without credentials, 403 for "
    "a role that may not, 404 for what is out of your scope, 409 on a stale `version` or an "
    "illegal step, 422 naming each invalid field (nothing is written).",
    urls_namespace="api-v1",
    auth=AUTH,
)
install(api)

for module in (cases, facts, procedure, evidence, deadlines, audit, statistics, admin, determine):
    api.add_router("/", module.router)


@api.get("/health", auth=None, tags=["health"])
def health(request: HttpRequest) -> dict[str, Any]:
    return {"status": "ok", "version": __version__, "date": date.today().isoformat()}
