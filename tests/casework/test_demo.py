"""The demo data (issue: casework, "Running it"): every stage, every role, both regimes, the
seed case as the engine determines it, real history and audit, and a loader that does nothing
when cases exist."""

from __future__ import annotations

import time
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from cordiale.accounts.models import Role, User
from cordiale.audit.services import verify
from cordiale.casework import demo
from cordiale.casework.facts_store import FactChange, item_key
from cordiale.casework.lifecycle import STEPS
from cordiale.casework.models import Case, Consent, Decision, FactVersion, Person, Stage, Task
from cordiale.law.casefile import facts_from_data


def _stages_and_regimes() -> Counter[tuple[str, str]]:
    return Counter(Case.objects.values_list("stage", "regime"))


@pytest.mark.django_db
def test_every_stage_every_role_both_regimes_and_real_history() -> None:
    result = demo.load_demo(cases=40)
    assert result is not None
    assert result.cases == 40 == Case.objects.count()
    pairs = _stages_and_regimes()
    for stage in Stage.values:
        assert result.stages[stage] >= 2, stage
        assert pairs[(stage, "dublin3")] >= 1, f"{stage}: no Dublin III case"
        assert pairs[(stage, "ammr")] >= 1, f"{stage}: no AMMR case"

    # Users of every role, an adviser for each NGO; passwords shown once, stored hashed.
    assert {u.role for u in result.users} == set(Role.values)
    advisers = User.objects.filter(role=Role.ADVISER).values_list("team__name", flat=True)
    assert set(advisers) == {demo.NGO_A, demo.NGO_B}
    for shown in result.users:
        assert shown.password
        stored = User.objects.get(username=shown.username)
        assert stored.password != shown.password
        assert stored.check_password(shown.password)
    assert User.objects.get(role=Role.ADMINISTRATOR).is_staff
    assert not User.objects.get(role=Role.CASEWORKER, team__name=demo.CALAIS).is_staff

    # Built through the services: fact versions, decisions, answers, consents, tasks, audit.
    assert FactVersion.objects.filter(reason="registration").count() == 39
    assert Decision.objects.exists()
    assert FactVersion.objects.filter(fact__kind="answers").exists()
    assert set(Consent.objects.values_list("team__name", flat=True)) == {demo.NGO_A, demo.NGO_B}
    assert Case.objects.filter(referred_to_uk=True).exists()  # the UK liaison has cases
    assert list(verify()) == []

    # Names in their original script with a Latin transliteration and aliases.
    scripts = set(Person.objects.values_list("script", flat=True))
    assert {"Arab", "Ethi"} <= scripts
    person = Person.objects.filter(script="Ethi").first()
    assert person is not None
    assert person.name_original != person.name_latin
    assert person.name_latin.isascii()
    assert Person.objects.exclude(aliases=[]).exists()


@pytest.mark.django_db
def test_the_seed_case_is_determined_as_the_engine_says() -> None:
    """The 25-year-old Sudanese applicant: irregular entry into Italy (Eurodac category 2) on
    10 September 2024, application in France on 2 October 2025. Italy's responsibility under
    Art 13(1) ended twelve months after the crossing, before the application; he had lived
    in France for more than five months, so France is responsible under Art 13(2)."""
    demo.load_demo(cases=13)
    case = Case.objects.get(reference=demo.SEED_REFERENCE)
    assert (case.team.name, case.stage) == (demo.CALAIS, Stage.DETERMINATION)
    assert (case.regime, case.status) == ("dublin3", "determined")
    assert (case.responsible_state, case.basis) == ("FR", "Art. 13(2), Reg. 604/2013")
    assert case.applicant_nationality == "SD"
    trace = {step["rule"]: step for step in case.determination["trace"]}
    art13_1 = trace["dublin3.art13.1"]
    assert (art13_1["outcome"], art13_1["message"]["key"]) == ("not_applicable", "art13.1.expired")
    assert (
        art13_1["message"]["params"] | {"state": "IT", "end": "2025-09-10"}
        == (art13_1["message"]["params"])
    )
    assert trace["dublin3.art13.2"]["outcome"] == "applies"
    applicant = Person.objects.get(case=case, kind=Person.Kind.APPLICANT)
    assert applicant.script == "Arab"
    assert applicant.name_latin == "Osman Eltayeb Mohamed"
    born = applicant.date_of_birth
    assert born is not None
    assert 2025 - born.year - ((born.month, born.day) > (10, 2)) == 25  # on lodging


@pytest.mark.django_db
def test_the_loader_does_nothing_when_cases_exist() -> None:
    assert demo.load_demo(cases=13) is not None
    before = (Case.objects.count(), User.objects.count(), FactVersion.objects.count())
    assert demo.load_demo(cases=13) is None
    assert (Case.objects.count(), User.objects.count(), FactVersion.objects.count()) == before


@pytest.mark.django_db
def test_the_full_demo_loads_fast_with_open_work_in_the_queues() -> None:
    started = time.perf_counter()
    result = demo.load_demo()
    elapsed = time.perf_counter() - started
    assert result is not None
    assert result.cases == demo.CASES == Case.objects.count()
    expected = dict(demo.STAGE_COUNTS)
    expected[Stage.DETERMINATION] += 1  # the seed case
    assert result.stages == expected
    # The demo's store is SQLite: well under a minute. (PostgreSQL over a socket, as in CI,
    # takes longer for the same thousands of small writes.)
    limit = 60 if connection.vendor == "sqlite" else 120
    assert elapsed < limit, f"loading the demo took {elapsed:.1f} s on {connection.vendor}"
    today = timezone.localdate()
    open_tasks = Task.objects.filter(status=Task.Status.OPEN)
    assert open_tasks.filter(due__lt=today).exists(), "no overdue task"
    assert open_tasks.filter(due__gte=today, due__lte=today + timedelta(days=7)).exists()
    assert open_tasks.filter(team__name=demo.COQUELLES).exists()
    assert Decision.objects.filter(override=True).exclude(reason="").exists()


# --- the plans alone (no database): valid case files whatever the day -----------------------


def _case_file(plan: demo.CasePlan) -> dict[str, Any]:
    """The case file a plan ends with, assembled as the facts store would."""
    data: dict[str, Any] = {
        "version": "1",
        "reference": plan.reference,
        "determining_state": plan.determining_state,
        "applicant": plan.applicant,
    }
    changes = list(plan.facts)
    for step in plan.steps:
        rule = STEPS.get(step.name)
        if rule is not None and rule.kind is not None and step.data is not None:
            changes.append(FactChange(rule.kind, step.data))
    for change in changes:
        assert change.data is not None
        items: list[dict[str, Any]] = data.setdefault(change.kind, [])
        key = change.key or item_key(change.kind, change.data) or f"{change.kind}-{len(items)}"
        item = dict(change.data) | {"id": key}
        items[:] = [i for i in items if i["id"] != key] + [item]
    return data


@pytest.mark.parametrize(
    "today", [date(2026, 11, 27), date(2027, 2, 28), date(2027, 12, 31), date(2029, 6, 1)]
)
def test_the_plans_are_valid_case_files_on_any_day(today: date) -> None:
    plans = demo.Planner(today).plans(demo.STAGE_COUNTS)
    assert len({p.reference for p in plans}) == len(plans)
    assert demo.SEED_REFERENCE not in {p.reference for p in plans}
    for plan in plans:
        facts_from_data(_case_file(plan), source=plan.reference, today=today)
        if plan.regime == "ammr" and plan.last_event is not None:
            assert plan.last_event < today


def test_the_plans_are_the_same_for_the_same_seed_and_day() -> None:
    day = date(2026, 11, 27)
    first = demo.Planner(day).plans(demo.STAGE_COUNTS)
    assert first == demo.Planner(day).plans(demo.STAGE_COUNTS)
    other = demo.Planner(day, seed=demo.SEED + 1).plans(demo.STAGE_COUNTS)
    assert [p.people for p in other] != [p.people for p in first]
