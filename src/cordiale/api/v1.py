"""REST API v1: OpenAPI schema at /api/v1/openapi.json, interactive docs at /api/v1/docs."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import HttpRequest
from ninja import NinjaAPI

from cordiale import __version__

api = NinjaAPI(
    title="cordiale API",
    version="1",
    description="Cases, facts, determinations and deadlines of the joint French-British team.",
    urls_namespace="api-v1",
)


@api.get("/health", auth=None)
def health(request: HttpRequest) -> dict[str, Any]:
    return {"status": "ok", "version": __version__, "date": date.today().isoformat()}
