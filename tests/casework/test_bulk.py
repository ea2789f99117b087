"""The bulk loader stores what `import_case` would, with the engine's own determination."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

from cordiale.accounts.models import Role, Team
from cordiale.audit.models import AuditEntry
from cordiale.audit.services import verify
from cordiale.casework.bulk import BulkLoadError, Loaded, load_cases
from cordiale.casework.facts_store import case_facts, case_file_data
from cordiale.casework.models import (
    Case,
    DeadlineRecord,
    Fact,
    FactVersion,
    Person,
    Stage,
    Task,
)
from cordiale.casework.services import import_case
from cordiale.law.engine import determine
from cordiale.law.explain.render import determination_to_dict
from tests.builders import create_team, create_user
from tests.synthetic import SYNTHETIC

pytestmark = pytest.mark.django_db

N = 30


def _cases(n: int = N, seed: int = 7) -> list[dict[str, Any]]:
    return list(SYNTHETIC.generate_cases(n, seed))


@pytest.fixture
def world() -> dict[str, Any]:
    team = create_team()
    uk = create_team("UK liaison", Team.Kind.UK_LIAISON)
    user = create_user(Role.CASEWORKER, team=team, name="loader")
    return {"team": team, "uk": uk, "user": user}


def test_loads_valid_cases_whose_determination_is_the_engines(world: dict[str, Any]) -> None:
    files = _cases()
    day = date.today()
    seen: list[int] = []
    loaded = load_cases(
        files,
        team=world["team"],
        user=world["user"],
        as_of=day,
        batch_size=8,
        progress=lambda total: seen.append(total.cases),
    )
    assert seen == [8, 16, 24, 30]
    assert (loaded.cases, Case.objects.count()) == (N, N)
    assert loaded.facts == Fact.objects.count() == FactVersion.objects.count() == loaded.versions
    assert loaded.deadlines == DeadlineRecord.objects.count() > 0
    assert loaded.tasks == Task.objects.count()
    assert loaded.people == Person.objects.count()
    assert {c.reference for c in Case.objects.all()} == {f["reference"] for f in files}
    assert set(Case.objects.values_list("stage", flat=True)) <= set(Stage.values)
    for case in Case.objects.select_related("team"):
        # The stored facts are valid for the engine, and a fresh run on them gives what the
        # loader stored, deadlines included.
        facts = case_facts(case)
        fresh = determine(facts, as_of=day)
        assert case.determination == determination_to_dict(fresh, texts=False), case.reference
        assert case.status == fresh.status.value
        assert case.proposed_state == (fresh.proposed_state or "")
        assert case.open_questions == len(fresh.questions)
        records = {r.key: r for r in DeadlineRecord.objects.filter(case=case)}
        expected = {(f"{d.id}@{d.request}" if d.request else d.id): d for d in fresh.deadlines}
        assert set(records) == set(expected), case.reference
        for key, record in records.items():
            deadline = expected[key]
            assert (record.start, record.due, record.status) == (
                deadline.start,
                deadline.due,
                deadline.status.value,
            )
        # One open task per open deadline, for the team that must act.
        tasks = {t.deadline_key: t for t in Task.objects.filter(case=case)}
        open_keys = {k for k, r in records.items() if r.status == "open"}
        assert set(tasks) == open_keys, case.reference
        for key, task in tasks.items():
            assert (task.status, task.due) == ("open", records[key].due)
            acting = records[key].state_to_act
            assert task.team == (world["uk"] if acting == "GB" else world["team"])


def test_rows_are_those_import_case_writes(world: dict[str, Any]) -> None:
    files = _cases(12, seed=11)
    load_cases(files, team=world["team"], user=world["user"], batch_size=5)
    for data in files:
        twin = import_case(world["user"], {**data, "reference": data["reference"] + "-i"})
        bulk = Case.objects.get(reference=data["reference"])
        for field in ("regime", "status", "track", "responsible_state", "proposed_state"):
            assert getattr(bulk, field) == getattr(twin, field), (data["reference"], field)
        for field in ("basis", "open_questions", "referred_to_uk", "version"):
            assert getattr(bulk, field) == getattr(twin, field), (data["reference"], field)
        assert bulk.applicant_nationality == twin.applicant_nationality
        assert bulk.unaccompanied_minor == twin.unaccompanied_minor
        assert _without_reference(bulk.determination) == _without_reference(twin.determination)
        assert _facts(bulk) == _facts(twin)
        assert _deadlines(bulk) == _deadlines(twin)
        assert _tasks(bulk) == _tasks(twin)


def test_notes_are_loaded_as_import_case_records_them(world: dict[str, Any]) -> None:
    data = {**_cases(1, seed=12)[0], "notes": "Met at the Calais day centre (invented)."}
    load_cases([data], team=world["team"], user=world["user"], batch_size=5)
    twin = import_case(world["user"], {**data, "reference": data["reference"] + "-i"})
    bulk = Case.objects.get(reference=data["reference"])
    assert _facts(bulk) == _facts(twin)
    assert case_file_data(bulk)["notes"] == data["notes"]


def _without_reference(determination: Any) -> Any:
    return {k: v for k, v in determination.items() if k != "reference"}


def _facts(case: Case) -> list[tuple[str, str, int, int, Any]]:
    return sorted(
        FactVersion.objects.filter(fact__case=case).values_list(
            "fact__kind", "fact__key", "fact__position", "number", "data"
        )
    )


def _deadlines(case: Case) -> list[tuple[Any, ...]]:
    return sorted(
        DeadlineRecord.objects.filter(case=case).values_list(
            "key", "deadline_id", "request", "start", "due", "status", "state_to_act", "basis"
        )
    )


def _tasks(case: Case) -> list[tuple[Any, ...]]:
    return sorted(
        Task.objects.filter(case=case).values_list("deadline_key", "team_id", "title", "due")
    )


def test_people_and_one_audit_entry_per_batch(world: dict[str, Any]) -> None:
    files = _cases(10, seed=3)
    load_cases(files, team=world["team"], user=world["user"], batch_size=4, source="test")
    for data in files:
        people = Counter(
            Person.objects.filter(case__reference=data["reference"]).values_list("kind", flat=True)
        )
        assert people == Counter(
            {"applicant": 1, "family_member": len(data.get("family", []))}
            if data.get("family")
            else {"applicant": 1}
        )
    entries = list(AuditEntry.objects.filter(object_type="cases"))
    assert [e.detail["count"] for e in entries] == [4, 4, 2]
    assert sorted(r for e in entries for r in e.detail["references"]) == sorted(
        f["reference"] for f in files
    )
    assert {e.actor for e in entries} == {"loader"}
    assert list(verify()) == []


def test_an_invalid_case_file_names_the_case_and_its_batch_is_not_written(
    world: dict[str, Any],
) -> None:
    files = _cases(6, seed=5)
    files[4] = {**files[4], "applications": [{**files[4]["applications"][0], "state": "ZZ"}]}
    with pytest.raises(BulkLoadError, match=files[4]["reference"]):
        load_cases(files, team=world["team"], user=world["user"], batch_size=3)
    # The first batch was written in its own transaction; the failing one is not.
    assert sorted(Case.objects.values_list("reference", flat=True)) == sorted(
        f["reference"] for f in files[:3]
    )


def test_workers_are_refused_inside_a_transaction(world: dict[str, Any]) -> None:
    # Each test runs in a transaction: forked workers could not see its rows.
    with pytest.raises(BulkLoadError, match="inside a transaction"):
        load_cases(_cases(2), team=world["team"], user=world["user"], workers=2)
    assert not Case.objects.exists()


def test_loaded_adds_counts() -> None:
    total = Loaded(cases=1, facts=2)
    total.add(Loaded(cases=2, tasks=1, seconds=5.0))
    assert (total.cases, total.facts, total.tasks, total.seconds) == (3, 2, 1, 0.0)
