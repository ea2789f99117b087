"""Facts with history: nothing is overwritten, whole-file validation before any write,
optimistic locking (issue: casework, "Data and history")."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from cordiale.audit.models import AuditEntry
from cordiale.casework import services
from cordiale.casework.errors import Conflict, InvalidFacts
from cordiale.casework.facts_store import (
    LIST_KINDS,
    SINGLE_KINDS,
    FactChange,
    case_file_data,
    fact_history,
)
from cordiale.casework.models import Case, FactVersion
from cordiale.casework.services import update_facts
from tests.builders import create_registered_case, create_user

pytestmark = pytest.mark.django_db

ENTRY = {"state": "IT", "on": "2025-10-01", "mode": "irregular"}
APPLICATION = {"state": "FR", "lodged_on": "2026-10-01", "registered_on": "2026-10-01"}


def test_every_list_of_the_case_file_is_a_kind_of_fact() -> None:
    assert {"applications", "entries", "family", "requests", "replies", "answers"} <= set(
        LIST_KINDS
    )
    assert "applicant" in SINGLE_KINDS


def test_a_change_is_a_new_version_and_the_old_one_is_kept() -> None:
    user = create_user()
    case = create_registered_case(user)
    update_facts(user, case.reference, [FactChange("entries", ENTRY, key="e1")], expected_version=2)
    corrected = ENTRY | {"on": "2025-09-20"}
    update_facts(
        user,
        case.reference,
        [FactChange("entries", corrected, key="e1", reason="Eurodac date corrected")],
        expected_version=3,
    )
    history = fact_history(case, "entries", "e1")
    assert [v.number for v in history] == [1, 2]
    assert history[0].data["on"] == "2025-10-01"
    assert history[1].data["on"] == "2025-09-20"
    assert history[1].reason == "Eurodac date corrected"
    assert history[1].recorded_by == user
    assert case_file_data(case)["entries"][0]["on"] == "2025-09-20"


def test_the_case_as_it_stood_on_a_past_date() -> None:
    user = create_user()
    case = create_registered_case(user)
    update_facts(user, case.reference, [FactChange("entries", ENTRY, key="e1")], expected_version=2)
    first = FactVersion.objects.get(fact__key="e1", number=1)
    FactVersion.objects.filter(pk=first.pk).update(recorded_at=timezone.now() - timedelta(days=10))
    update_facts(
        user,
        case.reference,
        [FactChange("entries", ENTRY | {"state": "ES"}, key="e1")],
        expected_version=3,
    )
    then = case_file_data(case, timezone.now() - timedelta(days=5))
    assert then["entries"][0]["state"] == "IT"
    assert case_file_data(case)["entries"][0]["state"] == "ES"


def test_invalid_facts_name_the_field_and_write_nothing() -> None:
    user = create_user()
    case = create_registered_case(user)
    before = FactVersion.objects.count()
    with pytest.raises(InvalidFacts) as caught:
        update_facts(
            user,
            case.reference,
            [
                FactChange("applications", APPLICATION, key="a1"),
                FactChange("entries", ENTRY | {"state": "XX"}, key="e1"),
            ],
            expected_version=2,
        )
    assert any(e.path.startswith("entries[0].state") for e in caught.value.errors)
    assert FactVersion.objects.count() == before
    case.refresh_from_db()
    assert case.version == 2  # the lock's increment was rolled back too


def test_second_save_on_a_stale_version_is_refused_and_nothing_is_lost() -> None:
    user, other = create_user(name="first"), None
    case = create_registered_case(user)
    other = create_user(team=user.team, name="second")
    update_facts(user, case.reference, [FactChange("entries", ENTRY, key="e1")], expected_version=2)
    with pytest.raises(Conflict) as caught:
        update_facts(
            other,
            case.reference,
            [FactChange("entries", ENTRY | {"state": "ES"}, key="e1")],
            expected_version=2,
        )
    assert "changed by someone else" in caught.value.message
    assert caught.value.current == 3
    assert case_file_data(case)["entries"][0]["state"] == "IT"


def test_a_withdrawn_fact_leaves_the_case_file_but_keeps_its_history() -> None:
    user = create_user()
    case = create_registered_case(user)
    update_facts(user, case.reference, [FactChange("entries", ENTRY, key="e1")], expected_version=2)
    update_facts(
        user,
        case.reference,
        [FactChange("entries", None, key="e1", reason="recorded on the wrong case")],
        expected_version=3,
    )
    assert "entries" not in case_file_data(case)
    assert [v.data is None for v in fact_history(case, "entries", "e1")] == [False, True]


def test_a_save_between_reading_and_writing_is_a_conflict_and_nothing_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The engine runs before the write transaction: if someone saves the case meanwhile,
    the version has moved when the change is written, and the change is refused whole."""
    user = create_user()
    case = create_registered_case(user)
    other = create_user(team=user.team, name="second")
    compute = services.compute

    def someone_saves_meanwhile(*args: Any, **kwargs: Any) -> Any:
        result = compute(*args, **kwargs)
        monkeypatch.setattr(services, "compute", compute)  # once
        change = [FactChange("entries", ENTRY, key="e1")]
        update_facts(other, case.reference, change, expected_version=2)
        return result

    monkeypatch.setattr(services, "compute", someone_saves_meanwhile)
    versions = FactVersion.objects.count()
    with pytest.raises(Conflict) as caught:
        update_facts(
            user,
            case.reference,
            [FactChange("entries", ENTRY | {"state": "ES"}, key="e1")],
            expected_version=2,
        )
    assert caught.value.current == 3
    assert FactVersion.objects.count() == versions + 1  # the other save only
    stored = Case.objects.get(pk=case.pk)
    assert stored.version == 3
    assert case_file_data(stored)["entries"][0]["state"] == "IT"
    assert AuditEntry.objects.filter(action="change", actor=user.username).count() == 0


def test_a_stale_version_is_refused_before_the_engine_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user = create_user()
    case = create_registered_case(user)
    update_facts(user, case.reference, [FactChange("entries", ENTRY, key="e1")], expected_version=2)

    def must_not_run(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the engine ran on a stale change")

    monkeypatch.setattr(services, "compute", must_not_run)
    with pytest.raises(Conflict):
        update_facts(
            user, case.reference, [FactChange("entries", ENTRY, key="e1")], expected_version=2
        )
