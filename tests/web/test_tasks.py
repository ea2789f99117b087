"""Working on tasks from My work and from the case page (web/views/tasks.py): assign to a
member of the team, take, unassign, mark done; refusals in the error summary naming the
field; the "assigned to me" filter; the services' scoping and audit."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from cordiale.audit.models import AuditEntry
from cordiale.casework.models import Task
from tests.web.conftest import REFERENCE, World

pytestmark = pytest.mark.django_db
C = f"/cases/{REFERENCE}"


def _task(world: World) -> Task:
    """The open task of the Calais team on the case."""
    return Task.objects.get(case=world.case, team=world.calais, status=Task.Status.OPEN)


def _summary_links(page: str) -> list[tuple[str, str]]:
    body = page.split('govuk-error-summary__list"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', body)


def _post(
    world: World, task: Task, action: str, assignee: str = "", **extra: str
) -> dict[str, str]:
    return {
        "task": str(task.pk),
        f"task-{task.pk}-action": action,
        f"task-{task.pk}-assignee": assignee,
        **extra,
    }


def test_my_work_offers_the_actions_on_the_teams_tasks(world: World) -> None:
    task = _task(world)
    page = world.client("caseworker").get("/").content.decode()
    assert f'id="task-{task.pk}"' in page
    assert "csrfmiddlewaretoken" in page
    assert f'for="id_task-{task.pk}-assignee">Assign to<' in page  # a label for each select
    assert f'name="task-{task.pk}-action" value="assign_me"' in page
    assert f'name="task-{task.pk}-action" value="done"' in page
    # The members of the team, the user first; nobody of another team.
    assert "claire (you)" in page
    assert "sophie" in page
    assert "yanis" not in page


def test_a_caseworker_takes_a_task_and_gives_it_to_a_colleague_then_to_nobody(
    world: World,
) -> None:
    client = world.client("caseworker")
    task = _task(world)
    response = client.post("/?stage=request_sent", _post(world, task, "assign_me"), follow=True)
    assert response.redirect_chain == [("/?stage=request_sent", 302)]  # the filters are kept
    assert "The task is assigned to you." in response.content.decode()
    task.refresh_from_db()
    assert task.assigned_to == world.users["caseworker"]
    supervisor = world.users["supervisor"]
    response = client.post("/", _post(world, task, "assign", str(supervisor.pk)), follow=True)
    assert "The task is assigned to sophie." in response.content.decode()
    task.refresh_from_db()
    assert task.assigned_to == supervisor
    response = client.post("/", _post(world, task, "assign", ""), follow=True)
    assert "The task is no longer assigned to anyone." in response.content.decode()
    task.refresh_from_db()
    assert task.assigned_to is None
    # Written to the audit log by the services.
    assert AuditEntry.objects.filter(object_type="task", object_id=str(task.pk)).count() == 3


def test_a_task_cannot_go_to_someone_outside_the_team(world: World) -> None:
    task = _task(world)
    outsider = world.users["other_caseworker"]
    response = world.client("caseworker").post("/", _post(world, task, "assign", str(outsider.pk)))
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page
    assert (
        f"#id_task-{task.pk}-assignee",
        "Assign to: choose an active member of your team, or nobody",
    ) in _summary_links(page)
    assert "govuk-select--error" in page
    task.refresh_from_db()
    assert task.assigned_to is None


def test_a_deactivated_member_is_refused_by_the_service_and_named_on_the_field(
    world: World,
) -> None:
    """The page lists the members when it is shown; one deactivated since then is refused."""
    task = _task(world)
    supervisor = world.users["supervisor"]
    client = world.client("caseworker")
    supervisor.is_active = False
    supervisor.save()
    response = client.post("/", _post(world, task, "assign", str(supervisor.pk)))
    assert response.status_code == 400  # no longer a choice of the form
    task.refresh_from_db()
    assert task.assigned_to is None


def test_a_task_is_marked_done_once_and_a_second_time_is_explained(world: World) -> None:
    client = world.client("caseworker")
    task = _task(world)
    response = client.post("/", _post(world, task, "done"), follow=True)
    assert "The task is marked as done." in response.content.decode()
    task.refresh_from_db()
    assert task.status == Task.Status.DONE
    assert task.closed_at is not None
    # The same form posted again (e.g. from another tab): a clear refusal, no stack trace.
    again = client.post("/", _post(world, task, "done"))
    assert again.status_code == 409
    links = _summary_links(again.content.decode())
    assert (
        f"#task-{task.pk}",
        "This task is already closed: there is nothing more to do on it.",
    ) in links


def test_another_teams_task_is_refused_with_a_clear_message(world: World) -> None:
    task = _task(world)
    response = world.client("other_caseworker").post("/", _post(world, task, "assign_me"))
    assert response.status_code == 404
    page = response.content.decode()
    assert "This task is not one of your team&#x27;s tasks, or no longer exists." in page
    task.refresh_from_db()
    assert task.assigned_to is None


def test_advisers_and_other_roles_cannot_work_on_tasks(world: World) -> None:
    task = _task(world)
    for role in ("adviser", "analyst"):
        response = world.client(role).post("/", _post(world, task, "assign_me"))
        assert response.status_code == 403, role
    task.refresh_from_db()
    assert task.assigned_to is None


def test_the_action_needs_the_csrf_token(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["caseworker"])
    task = _task(world)
    assert client.post("/", _post(world, task, "assign_me")).status_code == 403
    page = client.get("/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None
    response = client.post("/", _post(world, task, "assign_me", csrfmiddlewaretoken=token.group(1)))
    assert response.status_code == 302


def test_my_work_filters_the_tasks_assigned_to_me(world: World) -> None:
    client = world.client("caseworker")
    task = _task(world)
    assert f'id="task-{task.pk}"' not in client.get("/?assigned=me").content.decode()
    assert f'id="task-{task.pk}"' in client.get("/?assigned=nobody").content.decode()
    client.post("/", _post(world, task, "assign_me"))
    mine = client.get("/?assigned=me").content.decode()
    assert f'id="task-{task.pk}"' in mine
    assert '<option value="me" selected>' in mine
    assert f'id="task-{task.pk}"' not in client.get("/?assigned=nobody").content.decode()
    # Someone else's: not "mine".
    other = world.client("supervisor").get("/?assigned=me").content.decode()
    assert f'id="task-{task.pk}"' not in other


def test_the_case_page_shows_its_tasks_with_the_same_actions(world: World) -> None:
    task = _task(world)
    client = world.client("caseworker")
    page = client.get(f"{C}/").content.decode()
    assert 'id="tasks"' in page
    assert f'action="{C}/tasks/"' in page
    assert f'name="task-{task.pk}-action" value="done"' in page
    response = client.post(f"{C}/tasks/", _post(world, task, "assign_me"), follow=True)
    assert response.redirect_chain == [(f"{C}/", 302)]
    assert "The task is assigned to you." in response.content.decode()
    task.refresh_from_db()
    assert task.assigned_to == world.users["caseworker"]
    refused = client.post(f"{C}/tasks/", _post(world, task, "assign", "999999"))
    assert refused.status_code == 400
    assert f"#id_task-{task.pk}-assignee" in refused.content.decode()


def test_a_task_of_another_case_is_refused_from_the_case_page(world: World) -> None:
    from tests.builders import create_registered_case

    other = create_registered_case(
        world.users["caseworker"],
        "CAL-2026-0555",
        people=[{"kind": "applicant", "name_latin": "Said Ali"}],
    )
    stray = Task.objects.create(case=other, team=world.calais, title="Check the file")
    response = world.client("caseworker").post(f"{C}/tasks/", _post(world, stray, "done"))
    assert response.status_code == 404
    assert "This task is not one of this case&#x27;s tasks." in response.content.decode()
    stray.refresh_from_db()
    assert stray.status == Task.Status.OPEN


def test_an_adviser_sees_the_cases_tasks_without_the_actions(world: World) -> None:
    page = world.client("adviser").get(f"{C}/").content.decode()
    assert 'id="tasks"' in page
    assert "-action" not in page
    assert world.client("adviser").post(f"{C}/tasks/", {}).status_code == 403


def test_task_actions_and_refusals_are_in_french(world: World) -> None:
    client = world.client("caseworker", language="fr")
    task = _task(world)
    page = client.get("/").content.decode()
    assert "Me l'attribuer" in page
    assert "Marquer comme faite" in page
    done = client.post("/", _post(world, task, "done"), follow=True)
    assert "La tâche est marquée comme faite." in done.content.decode()
    again = client.post("/", _post(world, task, "done")).content.decode()
    assert "Il y a un problème" in again
    assert "Cette tâche est déjà close : il n&#x27;y a plus rien à faire." in again
