from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "cordiale.web"
    label = "web"
    verbose_name = "cordiale web UI"
