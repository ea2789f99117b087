"""Statistics (small cells suppressed, no reference or name), the audit trail (ids only,
tampering detected), stateless determination, and user administration."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from cordiale.accounts.models import ApiToken, Role, User
from cordiale.audit.models import AuditEntry
from cordiale.casework.models import Case
from tests.api.world import World, build_world
from tests.builders import APPLICANT, create_registered_case, create_team, create_user

pytestmark = pytest.mark.django_db

A = "/api/v1"


def post(client: Client, path: str, body: Any = None) -> Any:
    return client.post(A + path, body, content_type="application/json")


def _client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _register(user: User, n: int, nationality: str, prefix: str) -> None:
    for i in range(n):
        applicant = {**APPLICANT, "nationalities": [nationality]}
        create_registered_case(
            user,
            f"{prefix}-{nationality}-{i}",
            applicant=applicant,
            people=[{"kind": "applicant", "name_latin": f"Name {prefix} {nationality} {i}"}],
        )


def test_statistics_suppress_small_cells_and_name_no_one() -> None:
    worker = create_user()
    _register(worker, 6, "SD", "FR")
    _register(worker, 2, "ER", "FR")
    response = _client(create_user(Role.ANALYST)).get(f"{A}/stats")
    assert response.status_code == 200
    stats = response.json()
    assert (stats["threshold"], stats["total"]) == (5, 8)
    nationality = stats["dimensions"]["nationality"]
    assert nationality["cells"] == [{"value": "SD", "count": 6}]
    assert (nationality["suppressed_cells"], nationality["suppressed_total"]) == (1, None)
    assert stats["dimensions"]["stage"]["cells"] == [{"value": "intake", "count": 8}]
    text = response.content.decode()
    assert "ER" not in text
    assert "FR-" not in text
    assert "Name" not in text


def test_a_supervisor_gets_the_statistics_of_the_team_and_tiny_totals_are_hidden() -> None:
    worker = create_user()
    _register(worker, 3, "SD", "FR")
    other = create_user(team=create_team("Dublin unit Lille"))
    _register(other, 6, "AF", "LI")
    supervisor = create_user(Role.SUPERVISOR, team=worker.team)
    stats = _client(supervisor).get(f"{A}/stats").json()
    assert stats["total"] is None  # 3 cases: under the threshold
    assert stats["dimensions"]["nationality"]["cells"] == []
    everyone = _client(create_user(Role.ANALYST)).get(f"{A}/stats").json()
    assert everyone["total"] == 9


def test_the_audit_trail_shows_ids_not_content_and_detects_tampering() -> None:
    world: World = build_world()
    world.client("caseworker").get(f"{A}/cases/{world.ref}")
    auditor = world.client("auditor")
    reads = auditor.get(f"{A}/audit", {"object_id": world.ref, "action": "read"}).json()
    assert reads["items"]
    assert all(e["object_id"] == world.ref for e in reads["items"])
    decided = auditor.get(f"{A}/audit", {"action": "decide"}).json()["items"][0]
    assert decided["detail"]["decision"] == world.decision.pk
    assert "state" not in decided["detail"]
    text = auditor.get(f"{A}/audit", {"limit": 1000}).content.decode()
    for content in ("Karimi", "legally_resident", "2019-03-04"):
        assert content not in text
    assert auditor.get(f"{A}/audit/verify").json() == {
        "ok": True,
        "entries": AuditEntry.objects.count(),
        "breaks": [],
    }
    AuditEntry.objects.filter(seq=3).update(actor="someone else")
    verified = auditor.get(f"{A}/audit/verify").json()
    assert verified["ok"] is False
    assert verified["breaks"][0]["seq"] == 3


def test_determine_is_stateless_and_explains_in_the_language_asked() -> None:
    analyst = create_user(Role.ANALYST)
    _, key = ApiToken.objects.issue(analyst)
    entries = AuditEntry.objects.count()
    case_file = {
        "version": "1",
        "reference": "what-if-1",
        "applicant": {"date_of_birth": "2003-01-10", "nationalities": ["AF"]},
        "applications": [{"id": "fr-1", "state": "FR", "lodged_on": "2019-03-04"}],
    }
    response = Client().post(
        f"{A}/determine?lang=fr&as_of=2019-03-10",
        case_file,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {key}",
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["reference"], body["as_of"]) == ("what-if-1", "2019-03-10")
    assert body["regime"] == "dublin3"
    assert body["regime_reason"]["text"]
    assert not Case.objects.exists()
    assert AuditEntry.objects.count() == entries
    case_file["applications"][0]["lodged_on"] = "2019-02-30"
    response = post(_client(analyst), "/determine", case_file)
    assert response.status_code == 422
    assert response.json()["errors"][0]["path"] == "applications[0].lodged_on"
    # A check across facts, as the command makes it: a reply to an unknown request.
    case_file["applications"][0]["lodged_on"] = "2019-03-04"
    case_file["replies"] = [{"request": "nope", "received_on": "2019-03-05", "outcome": "accept"}]
    response = post(_client(analyst), "/determine", case_file)
    assert response.status_code == 422
    assert response.json()["errors"][0]["path"].startswith("replies[0]")


def test_administrators_manage_users_teams_and_tokens() -> None:
    admin = _client(create_user(Role.ADMINISTRATOR))
    team = post(admin, "/teams", {"name": "Dublin unit Dunkerque", "kind": "dublin_unit"}).json()
    assert (
        post(admin, "/teams", {"name": "Dublin unit Dunkerque", "kind": "ngo"}).status_code == 422
    )
    weak = {"username": "david", "password": "david", "role": "caseworker", "team": team["id"]}
    response = post(admin, "/users", weak)
    assert (response.status_code, response.json()["errors"][0]["path"]) == (422, "password")
    assert "david" not in str(response.json()["errors"][0]["value"])
    strong = {**weak, "password": "correct horse battery staple"}
    created = post(admin, "/users", strong)
    assert created.status_code == 201
    user = created.json()
    assert (user["role"], user["team"]) == ("caseworker", "Dublin unit Dunkerque")
    assert post(admin, "/users", strong).json()["errors"][0]["path"] == "username"
    bad_role = post(admin, "/users", {**strong, "username": "x", "role": "king"})
    assert (bad_role.status_code, bad_role.json()["errors"][0]["path"]) == (422, "role")
    token = post(admin, f"/users/{user['id']}/tokens", {"name": "scanner"}).json()
    assert token["key"].startswith(token["prefix"])
    assert token["key"] not in str(list(AuditEntry.objects.values_list("detail", flat=True)))
    me = Client().get(f"{A}/cases", HTTP_AUTHORIZATION=f"Bearer {token['key']}")
    assert me.status_code == 200
    assert post(admin, "/users/999999/tokens", {}).status_code == 404
    listed = admin.get(f"{A}/users").json()
    assert {"david"} <= {u["username"] for u in listed}
    assert AuditEntry.objects.filter(action="admin").count() == 3
