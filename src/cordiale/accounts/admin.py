"""Django admin: accounts only (users, teams, API tokens), for administrators. No case model
is registered here: an administrator manages users and reads no case content."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from cordiale.accounts.models import ApiToken, Role, Team, User
from cordiale.audit.models import Action
from cordiale.audit.services import record


def is_administrator(request: HttpRequest) -> bool:
    user = request.user
    return bool(
        user.is_active
        and user.is_staff
        and (getattr(user, "role", None) == Role.ADMINISTRATOR or user.is_superuser)
    )


if TYPE_CHECKING:
    _ModelAdmin = admin.ModelAdmin[Any]
    _UserAdmin = UserAdmin[User]
else:  # generic for the type checker only
    _ModelAdmin = admin.ModelAdmin
    _UserAdmin = UserAdmin


class AdministratorsOnly(_ModelAdmin):
    """Every permission follows the role, not Django's per-model permissions."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return is_administrator(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_administrator(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return is_administrator(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_administrator(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # deactivate users, revoke tokens: accounts stay for the audit trail

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        record(
            Action.ADMIN,
            user=request.user,
            object_type=type(obj).__name__.lower(),
            object_id=obj.pk,
            detail={"changed": sorted(form.changed_data) if form is not None else []},
        )


@admin.register(Team)
class TeamAdmin(AdministratorsOnly):
    list_display = ("name", "kind", "state")
    list_filter = ("kind", "state")
    search_fields = ("name",)


@admin.register(User)
class CordialeUserAdmin(AdministratorsOnly, _UserAdmin):
    list_display = ("username", "role", "team", "is_active", "last_login")
    list_filter = ("role", "team", "is_active")
    search_fields = ("username", "first_name", "last_name", "email")
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        ("cordiale", {"fields": ("role", "team", "language")}),
    )
    add_fieldsets = (
        *UserAdmin.add_fieldsets,
        ("cordiale", {"fields": ("role", "team", "language")}),
    )


@admin.action(description="Revoke the selected tokens")
def revoke(modeladmin: Any, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
    for token in queryset.filter(revoked_at__isnull=True):
        token.revoked_at = timezone.now()
        token.save(update_fields=("revoked_at",))
        record(
            Action.ADMIN,
            user=request.user,
            object_type="user",
            object_id=token.user_id,
            detail={"token": token.prefix, "revoked": True},
        )


@admin.register(ApiToken)
class ApiTokenAdmin(AdministratorsOnly):
    """Tokens are issued through the API (POST /api/v1/users/{id}/tokens: the key is shown
    once); here they are listed and revoked."""

    list_display = ("prefix", "user", "name", "created_at", "revoked_at")
    list_filter = ("revoked_at",)
    readonly_fields = ("user", "prefix", "key_hash", "created_at", "revoked_at")
    fields = ("user", "name", "prefix", "created_at", "revoked_at")
    actions = (revoke,)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


admin.site.unregister(Group)  # roles, not groups, say what a user may do
