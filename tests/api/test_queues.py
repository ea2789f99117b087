"""Queues: open deadlines (filters, scoping, a fixed number of queries however long the
queue), tasks (mine, assigned to me, assign, done) and incoming requests."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cordiale.accounts.models import Role, User
from cordiale.casework.models import Case, DeadlineRecord, Task
from cordiale.casework.services import record_step
from tests.api.world import REPLY, build_world
from tests.builders import create_registered_case, create_team, create_user

pytestmark = pytest.mark.django_db

A = "/api/v1"
TODAY = date.today()


def post(client: Client, path: str, body: Any = None) -> Any:
    return client.post(A + path, body, content_type="application/json")


def _deadline(case: Case, key: str, due: date, state: str = "FR") -> DeadlineRecord:
    return DeadlineRecord.objects.create(
        case=case,
        key=key,
        deadline_id=key.split("@")[0],
        request=key.split("@")[1] if "@" in key else "",
        start=due - timedelta(days=30),
        due=due,
        status="open",
        state_to_act=state,
        basis="Art 21(1) Reg 604/2013",
        period="P2M",
    )


def _cases(user: User, n: int, start: int = 0) -> list[Case]:
    cases = []
    for i in range(start, start + n):
        case = create_registered_case(user, f"FR-2026-{i:04}")
        _deadline(case, "take_charge_request", TODAY + timedelta(days=i % 20))
        _deadline(case, "transfer@tc-1", TODAY - timedelta(days=1 + i % 3))
        cases.append(case)
    return cases


def _client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_deadline_queue_filters_and_is_scoped() -> None:
    user = create_user()
    _cases(user, 6)
    stranger = create_user(team=create_team("Dublin unit Lille"))
    _deadline(create_registered_case(stranger, "FR-2026-LILLE"), "x", TODAY)
    client = _client(user)
    everything = client.get(f"{A}/deadlines").json()["items"]
    assert len(everything) == 12
    assert {d["case"] for d in everything} == {f"FR-2026-{i:04}" for i in range(6)}
    assert [d["due"] for d in everything] == sorted(d["due"] for d in everything)
    overdue = client.get(f"{A}/deadlines", {"overdue": "true"}).json()["items"]
    assert len(overdue) == 6
    assert all(d["overdue"] and d["due"] < TODAY.isoformat() for d in overdue)
    soon = client.get(f"{A}/deadlines", {"due_within": 2}).json()["items"]
    assert all(d["due"] <= (TODAY + timedelta(days=2)).isoformat() for d in soon)
    assert len(soon) == 6 + 3
    assert client.get(f"{A}/deadlines", {"state_to_act": "gb"}).json()["items"] == []
    page = client.get(f"{A}/deadlines", {"limit": 5}).json()
    assert (len(page["items"]), page["more"]) == (5, True)


def test_the_deadline_queue_costs_the_same_queries_for_any_length() -> None:
    user = create_user()
    client = _client(user)
    _cases(user, 3)
    client.get(f"{A}/deadlines")  # warm up (session, content types)
    with CaptureQueriesContext(connection) as few:
        assert len(client.get(f"{A}/deadlines").json()["items"]) == 6
    _cases(user, 20, start=3)
    with CaptureQueriesContext(connection) as many:
        assert len(client.get(f"{A}/deadlines", {"limit": 1000}).json()["items"]) == 46
    assert len(many) == len(few) <= 4


def test_the_uk_liaison_sees_the_deadlines_the_uk_must_meet_on_referred_cases() -> None:
    world = build_world()
    _deadline(world.case, "information_reply@tc-1", TODAY + timedelta(days=5), "GB")
    _deadline(world.case, "internal", TODAY + timedelta(days=5), "FR")
    items = world.client("uk_liaison").get(f"{A}/deadlines").json()["items"]
    assert [(d["case"], d["state_to_act"]) for d in items] == [(world.ref, "GB")]


def test_tasks_mine_assigned_to_me_assign_and_done() -> None:
    world = build_world()
    client = world.client("caseworker")
    me = world.users["caseworker"]
    tasks = client.get(f"{A}/tasks").json()["items"]
    assert [t["id"] for t in tasks] == [world.task.pk]
    assert client.get(f"{A}/tasks", {"assigned": "me"}).json()["items"] == []
    assigned = post(client, f"/tasks/{world.task.pk}/assign", {"user": me.pk})
    assert assigned.status_code == 200
    assert assigned.json()["assigned_to"] == me.username
    mine = client.get(f"{A}/tasks", {"assigned": "me"}).json()["items"]
    assert [t["id"] for t in mine] == [world.task.pk]
    outsider = world.users["uk_liaison"].pk
    refused = post(client, f"/tasks/{world.task.pk}/assign", {"user": outsider})
    assert (refused.status_code, refused.json()["errors"][0]["path"]) == (422, "user")
    assert post(client, f"/tasks/{world.task.pk}/done").json()["status"] == "done"
    assert post(client, f"/tasks/{world.task.pk}/done").status_code == 409
    assert client.get(f"{A}/tasks").json()["items"] == []
    done = client.get(f"{A}/tasks", {"status": "done"}).json()["items"]
    assert [t["id"] for t in done] == [world.task.pk]
    # The UK liaison's own tasks, not the Dublin unit's.
    Task.objects.create(case=world.case, team=world.uk, title="Reply to tc-1", due=TODAY)
    uk_tasks = world.client("uk_liaison").get(f"{A}/tasks").json()["items"]
    assert [t["title"] for t in uk_tasks] == ["Reply to tc-1"]
    # ...which the Dublin unit sees on its case with team=any.
    anywhere = client.get(f"{A}/tasks", {"team": "any"}).json()["items"]
    assert "Reply to tc-1" in [t["title"] for t in anywhere]


def test_incoming_requests_until_a_final_reply() -> None:
    world = build_world()
    liaison = world.client("uk_liaison")
    waiting = liaison.get(f"{A}/requests/incoming").json()
    assert [(r["case"], r["request"], r["to_state"]) for r in waiting] == [
        (world.ref, "tc-1", "GB")
    ]
    ask = {"request": "tc-1", "received_on": "2019-04-01", "outcome": "request_information"}
    case = record_step(
        world.users["caseworker"],
        world.ref,
        "record_reply",
        ask,
        expected_version=world.case.version,
    )
    still = liaison.get(f"{A}/requests/incoming").json()
    assert still[0]["replies"] == ["request_information"]
    record_step(
        world.users["uk_liaison"], world.ref, "record_reply", REPLY, expected_version=case.version
    )
    assert liaison.get(f"{A}/requests/incoming").json() == []
    # The Dublin unit's own queue: requests addressed to France.
    assert world.client("caseworker").get(f"{A}/requests/incoming").json() == []


def test_a_dublin_unit_sees_requests_addressed_to_its_state() -> None:
    user = create_user(Role.CASEWORKER)
    case = create_registered_case(user, "FR-2026-0600")
    incoming = {
        "id": "de-1",
        "kind": "take_back",
        "from_state": "DE",
        "to_state": "FR",
        "sent_on": "2026-01-10",
        "received_on": "2026-01-10",
    }
    case = record_step(user, case.reference, "start_determination", expected_version=case.version)
    record_step(user, case.reference, "receive_request", incoming, expected_version=case.version)
    rows = _client(user).get(f"{A}/requests/incoming").json()
    assert [(r["case"], r["request"], r["from_state"]) for r in rows] == [
        ("FR-2026-0600", "de-1", "DE")
    ]
