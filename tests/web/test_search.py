"""Search by name whatever the spelling, by reference, date of birth and nationality, in the
cases the user may see only."""

from __future__ import annotations

import pytest

from cordiale.casework.models import NameKey
from cordiale.web.search import fold, score, skeleton
from tests.web.conftest import BORN, REFERENCE, World


def test_names_are_folded_to_plain_latin_letters() -> None:
    assert fold("Ğül Şahin") == "gul sahin"
    assert fold("  AL-Tayeb ") == "al tayeb"
    assert fold("عثمان")  # any script gives Latin letters


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Muhammad", "Mohamed"),
        ("Mohammed", "Mohamed"),
        ("Othman", "Osman"),
        ("Osmna Mohamed", "Osman Eltayeb Mohamed"),  # a typing error
        ("Youssef", "Yusuf"),
        ("Abdelrahman", "Abd al-Rahman"),
    ],
)
def test_transliteration_variants_and_typos_match(query: str, name: str) -> None:
    assert score(query, [name]) >= 0.78, (skeleton(query.lower()), skeleton(name.lower()))


def test_different_names_do_not_match() -> None:
    assert score("Tesfaye", ["Osman Eltayeb Mohamed"]) < 0.78
    assert score("Karimi", ["Kamara"]) < 0.78


@pytest.mark.django_db
def test_search_finds_a_case_by_a_variant_of_the_name(world: World) -> None:
    client = world.client("caseworker")
    for query in ("Othman Mohammed", "osman", "Al-Tayeb", REFERENCE.lower()):
        page = client.get("/search/", {"q": query}).content.decode()
        assert REFERENCE in page, query
    by_birth = client.get(
        "/search/",
        {"date_of_birth_0": BORN[8:], "date_of_birth_1": BORN[5:7], "date_of_birth_2": BORN[:4]},
    ).content.decode()
    assert REFERENCE in by_birth
    assert REFERENCE in client.get("/search/", {"nationality": "AF"}).content.decode()
    assert REFERENCE not in client.get("/search/", {"nationality": "SD"}).content.decode()


@pytest.mark.django_db
def test_search_shows_only_the_cases_the_user_may_see(world: World) -> None:
    assert (
        REFERENCE
        not in world.client("other_caseworker").get("/search/", {"q": "Osman"}).content.decode()
    )
    assert REFERENCE in world.client("adviser").get("/search/", {"q": "Osman"}).content.decode()


@pytest.mark.django_db
def test_an_empty_search_says_what_to_enter(world: World) -> None:
    response = world.client("caseworker").get("/search/", {"q": ""})
    assert response.status_code == 400
    assert "Enter a name, a reference, a date of birth or a nationality" in (
        response.content.decode()
    )


@pytest.mark.django_db
def test_a_name_is_found_through_its_stored_search_keys(world: World) -> None:
    """A name search looks the query's keys up in the index (`NameKey`): a person without
    keys is not found by name, and keys one typing error away find a misspelt name."""
    client = world.client("caseworker")
    assert REFERENCE in client.get("/search/", {"q": "Eltayyeb"}).content.decode()  # a typo
    assert REFERENCE in client.get("/search/", {"q": "Mohammad Osmann"}).content.decode()
    NameKey.objects.filter(person__case__reference=REFERENCE).delete()
    assert REFERENCE not in client.get("/search/", {"q": "Osman"}).content.decode()
    assert REFERENCE in client.get("/search/", {"q": REFERENCE}).content.decode()  # by reference


@pytest.mark.django_db
def test_a_name_with_a_nationality_or_a_date_of_birth_is_searched_in_those_cases(
    world: World,
) -> None:
    client = world.client("caseworker")
    assert REFERENCE in client.get("/search/", {"q": "Osman", "nationality": "AF"}).content.decode()
    assert REFERENCE not in (
        client.get("/search/", {"q": "Osman", "nationality": "SD"}).content.decode()
    )
    born = {"date_of_birth_0": BORN[8:], "date_of_birth_1": BORN[5:7], "date_of_birth_2": BORN[:4]}
    assert REFERENCE in client.get("/search/", {"q": "Othman", **born}).content.decode()
    other_day = {**born, "date_of_birth_2": str(int(BORN[:4]) - 1)}
    assert REFERENCE not in client.get("/search/", {"q": "Othman", **other_day}).content.decode()
