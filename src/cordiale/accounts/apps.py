from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "cordiale.accounts"
    label = "accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Sign-ins, sign-outs and failed attempts go to the audit log.
        from cordiale.accounts import signals  # noqa: F401
