"""Search keys of names: stored with each person (saved, bulk-loaded or migrated), and shared
by the spellings a search must find (issue "web UI", "Search")."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.apps import apps
from django.db import connection

from cordiale.casework.bulk import load_cases
from cordiale.casework.models import NameKey, Person
from cordiale.casework.names import EXACT, NEAR, SKELETON, name_keys, query_keys, score
from tests.builders import create_registered_case, create_team, create_user


def _shared(query: str, name: str) -> set[str]:
    return set(query_keys(query)) & set(name_keys([name]))


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Muhammad", "Mohamed"),
        ("Othman", "Osman"),
        ("Youssef", "Yusuf"),
        ("Abdelrahman", "Abd al-Rahman"),  # the whole name run together
        ("Mengisu", "Mengistu"),  # a consonant left out: one edit on the skeleton
        ("Rahini", "Rahimi"),  # a short skeleton: one edit on the name itself
        ("Ibrahin", "Ibrahim"),
    ],
)
def test_variants_and_typing_errors_share_a_key(query: str, name: str) -> None:
    assert _shared(query, name), name_keys([name])
    assert score(query, [name]) >= 0.78


def test_stored_keys_are_few_and_weighted_exact_then_skeleton() -> None:
    assert name_keys(["Osman Eltayeb"]) == {
        "t:osman": EXACT,
        "t:eltayeb": EXACT,
        "s:osmn": SKELETON,
        "s:eltb": SKELETON,
        "s:osmnltb": SKELETON,  # the whole name
    }
    assert name_keys(["", "  "]) == {}


def test_a_query_also_looks_up_every_key_one_typing_error_away() -> None:
    keys = query_keys("Osman")
    assert keys["t:osman"] == EXACT
    assert keys["s:osmn"] == SKELETON
    assert keys["s:smn"] == keys["s:osmnd"] == keys["s:osnm"] == keys["s:osmr"] == NEAR
    # A short skeleton ("md") says too little: the neighbours of the name itself instead.
    assert "t:mohammed" in query_keys("Mohamed")
    assert not any(k.startswith("s:") and len(k) <= 4 for k, w in keys.items() if w == NEAR)


def test_unrelated_names_share_no_key() -> None:
    assert not _shared("Tesfaye", "Osman Eltayeb Mohamed")


@pytest.mark.django_db
def test_a_saved_person_has_the_keys_of_all_their_names() -> None:
    user = create_user()
    case = create_registered_case(
        user,
        people=[
            {
                "kind": "applicant",
                "name_latin": "Osman Eltayeb",
                "name_original": "عثمان",
                "aliases": ["Othman Al-Tayeb"],
            }
        ],
    )
    person = Person.objects.get(case=case)
    stored = dict(NameKey.objects.filter(person=person).values_list("key", "weight"))
    assert stored == name_keys(["Osman Eltayeb", "عثمان", "Othman Al-Tayeb"])
    person.name_latin = "Yusuf Haile"
    person.aliases = []
    person.save()
    stored = dict(NameKey.objects.filter(person=person).values_list("key", "weight"))
    assert stored == name_keys(["Yusuf Haile", "عثمان"])


@pytest.mark.django_db
def test_a_bulk_load_writes_the_keys_of_every_person() -> None:
    team = create_team()
    user = create_user(team=team)
    data = {
        "version": "1",
        "reference": "BULK-1",
        "determining_state": "FR",
        "applicant": {"sex": "male", "date_of_birth": "1990-01-01"},
        "family": [
            {
                "id": "b1",
                "relation": "sibling",
                "state": "DE",
                "status": "beneficiary_international_protection",
            }
        ],
    }
    load_cases([data], team=team, user=user)
    people = Person.objects.filter(case__reference="BULK-1")
    assert people.count() == 2
    for person in people:
        stored = dict(NameKey.objects.filter(person=person).values_list("key", "weight"))
        assert stored == name_keys(person.names())
        assert stored


@pytest.mark.django_db
def test_the_migration_fills_the_keys_of_people_stored_before_it() -> None:
    case = create_registered_case(create_user())
    NameKey.objects.all().delete()
    migration: Any = importlib.import_module("cordiale.casework.migrations.0002_name_keys")

    class Editor:
        pass

    editor = Editor()
    editor.connection = connection  # type: ignore[attr-defined]
    migration.fill_name_keys(apps, editor)
    person = Person.objects.get(case=case)
    stored = dict(NameKey.objects.filter(person=person).values_list("key", "weight"))
    assert stored == name_keys(person.names())
