"""Teams and roles of the joint team (DESIGN.md, "Who uses it").

A user has one role and belongs to one team; what they may see follows from both
(`cordiale.casework.scoping`), never from templates.
"""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone

from cordiale.site.compiled import CompiledQuery


class Team(models.Model):
    class Kind(models.TextChoices):
        DUBLIN_UNIT = "dublin_unit", "Dublin unit"
        UK_LIAISON = "uk_liaison", "UK liaison"
        NGO = "ngo", "NGO (legal aid)"
        ANALYSIS = "analysis", "Analysis"
        AUDIT = "audit", "Audit / data protection"
        ADMINISTRATION = "administration", "Administration"

    name = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    state = models.CharField(max_length=2, default="FR", help_text="ISO code of the State")

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    CASEWORKER = "caseworker", "Caseworker"
    SUPERVISOR = "supervisor", "Supervisor"
    UK_LIAISON = "uk_liaison", "UK liaison"
    ADVISER = "adviser", "Legal-aid adviser"
    ANALYST = "analyst", "Analyst"
    AUDITOR = "auditor", "Auditor"
    ADMINISTRATOR = "administrator", "Administrator"


class User(AbstractUser):
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.CASEWORKER)
    team = models.ForeignKey(Team, null=True, blank=True, on_delete=models.PROTECT)
    language = models.CharField(max_length=2, default="en", choices=[("en", "en"), ("fr", "fr")])


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenManager(models.Manager["ApiToken"]):
    def issue(self, user: User, name: str = "") -> tuple[ApiToken, str]:
        """A new token; the clear key is returned once and only its hash is stored."""
        key = "cdl_" + secrets.token_urlsafe(32)
        token = self.create(user=user, name=name, prefix=key[:10], key_hash=_digest(key))
        return token, key

    def authenticate(self, key: str) -> User | None:
        token = _LIVE_TOKEN.first(key_hash=_digest(key))
        return token.user if token is not None else None


class ApiToken(models.Model):
    """Token authentication for machine clients (Authorization: Bearer <key>)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=120, blank=True)
    prefix = models.CharField(max_length=12)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenManager()


# Every API request looks its token up: compiled once (`cordiale.site.compiled`).
_LIVE_TOKEN: CompiledQuery[ApiToken] = CompiledQuery(
    lambda key_hash: (
        ApiToken.objects.select_related("user", "user__team")
        .filter(key_hash=key_hash, revoked_at__isnull=True, user__is_active=True)
        .order_by("pk")[:1]
    ),
    key_hash=str,
)
