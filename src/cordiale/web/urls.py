"""The web UI's addresses (namespace `web`)."""

from __future__ import annotations

from django.urls import path

from cordiale.web import auth
from cordiale.web.i18n import switch_language
from cordiale.web.views import administration, cases, facts, oversight, procedure, search, work

app_name = "web"

urlpatterns = [
    path("", work.my_work, name="my_work"),
    path("sign-in/", auth.sign_in, name="sign_in"),
    path("sign-in/code/", auth.sign_in_code, name="sign_in_code"),
    path("sign-in/authenticator/", auth.enrol, name="enrol"),
    path("sign-out/", auth.sign_out, name="sign_out"),
    path("account/", auth.account, name="account"),
    path("language/<str:code>/", switch_language, name="language"),
    path("accessibility/", oversight.accessibility, name="accessibility"),
    path("search/", search.search, name="search"),
    path("cases/new/", cases.new_case, name="new_case"),
    path("cases/<str:reference>/", cases.case_page, name="case"),
    path("cases/<str:reference>/answer/", cases.answer, name="answer"),
    path("cases/<str:reference>/history/", cases.history, name="history"),
    path("cases/<str:reference>/decide/", cases.decide, name="decide"),
    path("cases/<str:reference>/tasks/", cases.case_task, name="case_task"),
    path("cases/<str:reference>/consents/", cases.give_consent, name="give_consent"),
    path(
        "cases/<str:reference>/consents/<int:consent_id>/withdraw/",
        cases.withdraw_consent,
        name="withdraw_consent",
    ),
    path("cases/<str:reference>/facts/", facts.facts_page, name="facts"),
    path("cases/<str:reference>/facts/yaml/", facts.fact_yaml, name="fact_yaml_new"),
    path("cases/<str:reference>/notes/", facts.notes_edit, name="notes_edit"),
    path("cases/<str:reference>/facts/<str:kind>/new/", facts.fact_edit, name="fact_new"),
    path("cases/<str:reference>/facts/<str:kind>/yaml/", facts.fact_yaml, name="fact_yaml_kind"),
    path("cases/<str:reference>/facts/<str:kind>/<str:key>/", facts.fact_edit, name="fact_edit"),
    path(
        "cases/<str:reference>/facts/<str:kind>/<str:key>/yaml/",
        facts.fact_yaml,
        name="fact_yaml",
    ),
    path(
        "cases/<str:reference>/facts/<str:kind>/<str:key>/withdraw/",
        facts.fact_withdraw,
        name="fact_withdraw",
    ),
    path(
        "cases/<str:reference>/facts/<str:kind>/<str:key>/history/",
        facts.fact_versions,
        name="fact_history",
    ),
    path("cases/<str:reference>/requests/", procedure.case_requests, name="case_requests"),
    path("cases/<str:reference>/requests/new/", procedure.compose_request, name="compose_request"),
    path(
        "cases/<str:reference>/requests/<str:request_id>/reply/",
        procedure.reply,
        name="reply",
    ),
    path("cases/<str:reference>/transfer/", procedure.transfer, name="transfer"),
    path("cases/<str:reference>/step/", procedure.step, name="step"),
    path("evidence/<int:evidence_id>/", facts.evidence_file, name="evidence"),
    path("requests/incoming/", procedure.incoming, name="incoming"),
    path("dashboard/", oversight.dashboard, name="dashboard"),
    path("statistics/", oversight.statistics, name="statistics"),
    path("audit/", oversight.audit, name="audit"),
    path("administration/users/", administration.users, name="users"),
    path("administration/users/new/", administration.new_user, name="new_user"),
    path("administration/teams/", administration.teams, name="teams"),
    path("administration/teams/new/", administration.new_team, name="new_team"),
]
