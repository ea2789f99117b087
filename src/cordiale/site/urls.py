from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from cordiale.api.v1 import api

urlpatterns = [
    # The admin site signs in through the web UI (password, then the second factor).
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="web:sign_in", query_string=True),
    ),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("", include("cordiale.web.urls")),
]
