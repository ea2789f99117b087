"""Compiled querysets give what the queryset itself gives, with new parameters each run."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cordiale.accounts.models import Role, Team
from cordiale.casework.models import Case, NameKey, Task
from cordiale.site.compiled import CompiledQuery
from tests.builders import create_registered_case, create_team, create_user

pytestmark = pytest.mark.django_db

OPEN_TASKS: CompiledQuery[Task] = CompiledQuery(
    lambda case_id, status: (
        Task.objects.filter(case_id=case_id, status=status)
        .select_related("team", "assigned_to")
        .order_by("due", "pk")
    ),
    case_id=int,
    status=str,
)


def _two_cases() -> tuple[Case, Case]:
    user = create_user(team=create_team())
    first = create_registered_case(user, "FR-2026-0001")
    second = create_registered_case(user, "FR-2026-0002")
    today = date.today()
    Task.objects.create(case=first, team=user.team, title="b", due=today + timedelta(days=2))
    Task.objects.create(
        case=first, team=user.team, title="a", due=today, assigned_to=user, status="open"
    )
    Task.objects.create(case=first, team=user.team, title="done", due=today, status="done")
    Task.objects.create(case=second, team=user.team, title="c", due=None)
    return first, second


def _fields(task: Task) -> tuple[object, ...]:
    return (
        task.pk,
        task.case_id,
        task.title,
        task.due,
        task.status,
        task.closed_at,
        task.team.name,
        task.assigned_to.username if task.assigned_to else None,
    )


def test_same_objects_as_the_queryset_for_each_parameter_value() -> None:
    first, second = _two_cases()
    for case in (first, second, first):
        for status in ("open", "done"):
            expected = list(
                Task.objects.filter(case=case, status=status)
                .select_related("team", "assigned_to")
                .order_by("due", "pk")
            )
            got = OPEN_TASKS.all(case_id=case.pk, status=status)
            assert [_fields(t) for t in got] == [_fields(t) for t in expected]
            assert all(isinstance(t, Task) for t in got)
    # Dates come back as dates (the backend's converters ran), the open task of `first`
    # without an assignee has None for its related user, and nothing more is queried.
    tasks = OPEN_TASKS.all(case_id=first.pk, status="open")
    assert [t.title for t in tasks] == ["a", "b"]
    with CaptureQueriesContext(connection) as queries:
        assert isinstance(tasks[0].due, date)
        assert tasks[0].assigned_to is not None
        assert tasks[1].assigned_to is None
        assert tasks[0].team.name == "Dublin unit Calais"
    assert len(queries) == 0
    # Loaded objects save like any other.
    tasks[1].title = "renamed"
    tasks[1].save(update_fields=("title",))
    assert Task.objects.get(pk=tasks[1].pk).title == "renamed"


def test_compiled_once_per_connection_then_only_executed() -> None:
    first, _ = _two_cases()
    OPEN_TASKS.all(case_id=first.pk, status="open")
    with CaptureQueriesContext(connection) as queries:
        OPEN_TASKS.all(case_id=first.pk, status="done")
        OPEN_TASKS.all(case_id=first.pk, status="open")
    assert len(queries) == 2
    assert queries[0]["sql"].replace("done", "open") == queries[1]["sql"]


def test_first_is_none_when_nothing_matches() -> None:
    first, _ = _two_cases()
    one = CompiledQuery(
        lambda reference: Case.objects.filter(reference=reference).order_by("pk")[:1],
        reference=str,
    )
    found = one.first(reference=first.reference)
    assert found is not None
    assert found.pk == first.pk
    assert one.first(reference="FR-2026-9999") is None


@pytest.mark.django_db(transaction=True)
def test_each_thread_compiles_on_its_own_connection() -> None:
    first, _ = _two_cases()
    results: list[object] = []

    def run() -> None:
        try:
            results.append([t.title for t in OPEN_TASKS.all(case_id=first.pk, status="open")])
        except Exception as exc:  # pragma: no cover - reported by the assertion below
            results.append(exc)
        finally:
            connection.close()  # this thread's own connection

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert results == [["a", "b"]]


def test_wrong_parameters_are_refused() -> None:
    with pytest.raises(TypeError, match="expected the parameters"):
        OPEN_TASKS.all(case_id=1)
    with pytest.raises(TypeError, match="expected the parameters"):
        OPEN_TASKS.all(case_id=1, status="open", team_id=2)


def test_a_parameter_the_sql_rewrites_is_refused() -> None:
    """`icontains` wraps the value in %...%: it cannot be swapped in later."""
    query = CompiledQuery(lambda part: Case.objects.filter(reference__icontains=part), part=str)
    with pytest.raises(ImproperlyConfigured, match="not plain SQL parameters"):
        query.all(part="0001")


def test_values_and_annotations_are_refused() -> None:
    query = CompiledQuery(lambda pk: Case.objects.filter(pk=pk).values("reference"), pk=int)
    with pytest.raises(ImproperlyConfigured, match="model instances"):
        query.all(pk=1)


def test_scoping_through_compiled_queries_still_hides_other_teams_cases() -> None:
    """The compiled case lookup keeps the scoping (DESIGN.md, "Least data")."""
    from cordiale.casework.errors import NotFound
    from cordiale.casework.scoping import get_case

    mine = create_user(team=create_team())
    other = create_user(team=create_team("Dublin unit Lille"), name="lille")
    case = create_registered_case(mine, "FR-2026-0001")
    assert get_case(mine, case.reference).pk == case.pk
    with pytest.raises(NotFound):
        get_case(other, case.reference)
    liaison = create_user(
        Role.UK_LIAISON, team=create_team("UK", kind=Team.Kind.UK_LIAISON), name="uk"
    )
    with pytest.raises(NotFound):
        get_case(liaison, case.reference)
    Case.objects.filter(pk=case.pk).update(referred_to_uk=True)
    assert get_case(liaison, case.reference).pk == case.pk


def test_a_placeholder_the_column_cannot_hold_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Django decides a lookup out of a column's range without SQL (PostgreSQL's smallint
    here; SQLite's integers hold 64 bits): the compiled query says so instead of keeping SQL
    that ignores the parameter."""
    monkeypatch.setattr(connection.ops, "integer_field_range", lambda internal_type: (0, 32767))
    query = CompiledQuery(lambda weight: NameKey.objects.filter(weight=weight), weight=int)
    with pytest.raises(ImproperlyConfigured, match="placeholders decided its result"):
        query.all(weight=1)
