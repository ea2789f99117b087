"""Audit entries: each carries the hash of the previous one, so an edited or deleted entry
breaks the chain (`cordiale audit verify`)."""

from __future__ import annotations

from typing import Any, NoReturn

from django.db import models


class Action(models.TextChoices):
    CREATE = "create"
    CHANGE = "change"
    READ = "read"
    EXPORT = "export"
    IMPORT = "import"
    DECIDE = "decide"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    REFUSED = "refused"  # a permission refusal
    ADMIN = "admin"  # user and team management


class AuditEntry(models.Model):
    seq = models.PositiveBigIntegerField(unique=True)
    at = models.DateTimeField()
    actor = models.CharField(max_length=150, blank=True)  # username at the time
    actor_role = models.CharField(max_length=20, blank=True)
    action = models.CharField(max_length=20, choices=Action.choices)
    object_type = models.CharField(max_length=40, blank=True)
    object_id = models.CharField(max_length=80, blank=True)
    detail = models.JSONField(default=dict)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ("seq",)
        indexes = (models.Index(fields=("object_type", "object_id")),)

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionError("audit entries are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise PermissionError("audit entries are append-only")


class AuditHead(models.Model):
    """One row: the last sequence number and hash. Locked while an entry is appended so two
    writers cannot fork the chain."""

    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)
