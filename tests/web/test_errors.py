"""Refusals of the engine and of the casework services in the user's language
(web/errors.py, views/common.add_errors): the field named by its label, the pydantic error
types worded, the engine's own messages from its catalogue, the English original kept as a
technical detail where there is no translation; nothing written."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from typing import Any

import pytest
from django.utils import translation

from cordiale.casework.errors import Forbidden, IllegalStep, InvalidFacts, NotFound
from cordiale.casework.facts_store import case_file_data
from cordiale.casework.models import FactVersion
from cordiale.law.errors import FieldError
from cordiale.web import labels
from cordiale.web.errors import field_message, options, refusal_message
from tests.web.conftest import LODGED, REFERENCE, TODAY, World

C = f"/cases/{REFERENCE}"


def _summary(page: str) -> list[tuple[str, str]]:
    body = page.split('govuk-error-summary__list"', 1)[1].split("</ul>", 1)[0]
    return [(h, html.unescape(t)) for h, t in re.findall(r'<a href="([^"]+)">([^<]+)</a>', body)]


def _details(page: str) -> str:
    if "govuk-details__text" not in page:
        return ""
    return html.unescape(page.split("govuk-details__text", 1)[1].split("</details>", 1)[0])


def _unchanged(world: World, before: dict[str, Any], versions: int) -> None:
    case = world.refresh()
    assert case_file_data(case) == before
    assert FactVersion.objects.filter(fact__case=case).count() == versions


# --- the words -----------------------------------------------------------------------------


def test_a_case_file_path_in_words() -> None:
    with translation.override("fr"):
        assert labels.path_label("entries[2].on") == "Entrées, élément 3 › Date"
        assert labels.path_label("applicant.date_of_birth") == "Demandeur › Date de naissance"
        assert labels.path_label("stays[0].unknown_field") == "Séjours, élément 1 › unknown_field"
    with translation.override("en"):
        assert labels.path_label("applications[0].lodged_on") == "Applications, item 1 › Lodged on"


@pytest.mark.parametrize(
    ("code", "params", "french"),
    [
        ("missing", {}, "ce champ est obligatoire"),
        ("date_parsing", {}, "saisissez une date réelle au format année-mois-jour"),
        ("date_from_datetime_parsing", {"error": "input is too short"}, "saisissez une date"),
        ("int_parsing", {}, "saisissez un nombre entier"),
        ("string_too_short", {"min_length": "2"}, "saisissez au moins 2 caractères"),
        ("extra_forbidden", {}, "ce champ n'existe pas dans le format du dossier"),
        (
            "literal_error",
            {"expected": "'female', 'male', 'other' or 'unknown'"},
            "saisissez l'une de ces valeurs : female (Féminin), male (Masculin)",
        ),
        ("state_code", {}, "un code de pays ISO 3166-1 alpha-2, par exemple FR, GB ou IT"),
        (
            "state_code_alias",
            {"code": "UK", "country": "the United Kingdom", "iso": "GB"},
            "« UK » est le code de l'UE pour le Royaume-Uni ; utilisez le code ISO 3166-1 « GB »",
        ),
        # A cross-field check of cordiale.law.validation.
        ("future_date", {}, "une date qui n'est pas dans le futur"),
        (
            "reply_before_request",
            {"request": "tc-1", "sent_on": "2026-03-02"},
            "une date égale ou postérieure à l'envoi de la requête tc-1 (2026-03-02) : une "
            "réponse ne peut pas précéder la requête à laquelle elle répond",
        ),
    ],
)
def test_the_common_refusals_of_the_engine_are_worded_in_french(
    code: str, params: dict[str, str], french: str
) -> None:
    error = FieldError("applicant.sex", "x", "english", code=code, params=params)
    with translation.override("fr"):
        assert french in (field_message(error, "sex") or "")


def test_a_refusal_without_translation_has_no_message() -> None:
    """A value_error without a key, an error without a code: the caller keeps the English."""
    with translation.override("fr"):
        assert field_message(FieldError("x", 1, "a plain check", code="value_error"), "x") is None
        assert field_message(FieldError("x", 1, "a check without a code"), "x") is None


def test_enumeration_values_keep_their_code_and_numbers() -> None:
    with translation.override("en"):
        assert options("category", {"expected": "1, 2, 3 or 'sar'"}).startswith(
            "1 (Category 1: applicant for protection), 2 ("
        )
        assert options("unlabelled", {"expected": "'a' or 'b'"}) == "a, b"


def test_a_refusal_naming_no_field_by_its_class() -> None:
    with translation.override("fr"):
        assert refusal_message(IllegalStep("cannot do X")) == (
            "Ce n'est pas possible à ce stade du dossier.",
            "cannot do X",
        )
        assert refusal_message(NotFound("no task 3"))[1] == "no task 3"
        assert refusal_message(Forbidden("no"))[0] == "Votre rôle ne le permet pas."
        assert refusal_message(InvalidFacts("bad"))[0].startswith("La modification est refusée")
        # The page's own words for a refusal it expects win, in every language.
        assert refusal_message(IllegalStep("x"), {IllegalStep: "Déjà fait."}) == (
            "Déjà fait.",
            None,
        )
    with translation.override("en"):
        assert refusal_message(IllegalStep("cannot do X")) == ("cannot do X", None)


# --- the pages -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_invalid_fact_in_yaml_is_refused_in_french_naming_each_field(world: World) -> None:
    case = world.refresh()
    before = case_file_data(case)
    versions = FactVersion.objects.filter(fact__case=case).count()
    response = world.client("caseworker", language="fr").post(
        f"{C}/facts/yaml/",
        {
            "kind": "entries",
            "text": "id: e-bad\nstate: UK\non: 2025-02-30\nmode: walking\ncolour: blue\n",
            "reason": "test",
            "expected_version": str(case.version),
        },
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "Il y a un problème" in page
    links = _summary(page)
    # Each error links to the YAML box, names the field in French and as written.
    assert all(href == "#id_text" for href, _text in links)
    texts = [text for _href, text in links]
    assert (
        "État (state) : « UK » est le code de l'UE pour le Royaume-Uni ; utilisez le code "
        "ISO 3166-1 « GB » (saisi : UK)"
    ) in texts
    assert (
        "Date (on) : saisissez une date réelle au format année-mois-jour, par exemple "
        "2026-03-27 (saisi : 2025-02-30)"
    ) in texts
    assert any(
        t.startswith(
            "Comment (mode) : saisissez l'une de ces valeurs : irregular "
            "(Franchissement irrégulier), visa ("
        )
        for t in texts
    )
    assert any(t.startswith("colour (colour) : ce champ n'existe pas") for t in texts)
    assert not any("expected" in t for t in texts)  # no English in the messages...
    details = _details(page)
    assert "Détail technique (en anglais)" in page  # ...which is kept as the technical detail
    assert "entries[" in details
    assert "expected 'UK' is the EU's code for the United Kingdom" in details
    assert 'lang="en"' in page
    _unchanged(world, before, versions)


@pytest.mark.django_db
def test_the_same_refusal_in_english_comes_from_the_engines_catalogue(world: World) -> None:
    case = world.refresh()
    response = world.client("caseworker", language="en").post(
        f"{C}/facts/yaml/",
        {
            "kind": "entries",
            "text": "state: EL\non: 2025-01-01\nmode: irregular\n",
            "reason": "test",
            "expected_version": str(case.version),
        },
    )
    assert response.status_code == 422
    assert (
        "#id_text",
        "State (state): 'EL' is the EU's code for Greece; use the ISO 3166-1 code 'GR' (given: EL)",
    ) in _summary(response.content.decode())


@pytest.mark.django_db
def test_a_cross_field_refusal_is_worded_in_french_on_its_box(world: World) -> None:
    """The engine's cross-field checks carry a message key: the French page names the box
    and says what is expected in French, from the engine's catalogue; nothing is left in
    English, so there is no technical detail."""
    case = world.refresh()
    before = case_file_data(case)
    versions = FactVersion.objects.filter(fact__case=case).count()
    start, end = TODAY - timedelta(days=10), TODAY - timedelta(days=20)
    response = world.client("caseworker", language="fr").post(
        f"{C}/facts/stays/new/",
        {
            "state": "IT",
            "start_0": str(start.day),
            "start_1": str(start.month),
            "start_2": str(start.year),
            "end_0": str(end.day),
            "end_1": str(end.month),
            "end_2": str(end.year),
            "reason": "interview",
            "expected_version": str(case.version),
        },
    )
    assert response.status_code == 422
    page = response.content.decode()
    ((href, text),) = _summary(page)
    assert href == "#id_end_0"  # the box of the field
    assert text == (
        f"Fin : une date égale ou postérieure au début de la période ({start.isoformat()}) "
        f"(saisi : {end.isoformat()})"
    )
    assert "Détail technique" not in page
    assert "govuk-form-group--error" in page
    _unchanged(world, before, versions)


@pytest.mark.django_db
def test_an_application_made_after_it_was_lodged_is_refused_in_french(world: World) -> None:
    """made_on after lodged_on (Art 20(2)): the French sentence from the catalogue, on the
    box of made_on, named by its French label; in English the engine's own words."""
    case = world.refresh()
    before = case_file_data(case)
    versions = FactVersion.objects.filter(fact__case=case).count()
    made, lodged = TODAY - timedelta(days=3), TODAY - timedelta(days=8)
    post = {
        "id": "it-1",
        "state": "IT",
        **{f"made_on_{i}": str(part) for i, part in enumerate((made.day, made.month, made.year))},
        **{
            f"lodged_on_{i}": str(part)
            for i, part in enumerate((lodged.day, lodged.month, lodged.year))
        },
        "place": "territory",
        "reason": "Eurodac",
        "expected_version": str(case.version),
    }
    response = world.client("caseworker", language="fr").post(f"{C}/facts/applications/new/", post)
    assert response.status_code == 422
    page = response.content.decode()
    ((href, text),) = _summary(page)
    assert href == "#id_made_on_0"
    assert text == (
        "Souhait de demander l'asile exprimé le : une date antérieure ou égale à la date "
        f"d'introduction ({lodged.isoformat()}) : une demande est présentée avant d'être "
        f"introduite (art. 20, § 2) (saisi : {made.isoformat()})"
    )
    assert "expected a date" not in page
    assert "Détail technique" not in page
    _unchanged(world, before, versions)

    english = world.client("caseworker", language="en").post(f"{C}/facts/applications/new/", post)
    ((_href, text),) = _summary(english.content.decode())
    assert text.endswith(
        f"a date on or before lodged_on ({lodged.isoformat()}): an application is made "
        f"before it is lodged (Art 20(2)) (given: {made.isoformat()})"
    )


@pytest.mark.django_db
def test_a_refusal_about_another_fact_is_named_by_its_path(world: World) -> None:
    """An entry after the application: the engine refuses the application's date, which is
    not a box of the entry's form; the page names that fact and field in French."""
    case = world.refresh()
    before = case_file_data(case)
    on = TODAY - timedelta(days=5)  # the application was lodged 10 days ago
    response = world.client("caseworker", language="fr").post(
        f"{C}/facts/entries/new/",
        {
            "id": "e-late",
            "state": "IT",
            "on_0": str(on.day),
            "on_1": str(on.month),
            "on_2": str(on.year),
            "mode": "irregular",
            "reason": "interview",
            "expected_version": str(case.version),
        },
    )
    assert response.status_code == 422
    page = response.content.decode()
    ((href, text),) = _summary(page)
    assert href == "#main-content"  # not a box of this form
    assert text == (
        "Demandes, élément 1 › Introduite le : une date égale ou postérieure à la première "
        f"entrée du demandeur ({on.isoformat()}) (saisi : {LODGED})"
    )
    assert "applications[0].lodged_on" in _details(page)  # the path, as a technical detail
    assert "govuk-form-group--error" not in page  # no box of the entry is wrong
    assert case_file_data(world.refresh()) == before


@pytest.mark.django_db
def test_yaml_reads_on_as_a_field_and_an_impossible_date_is_no_crash(world: World) -> None:
    """YAML 1.2 as in case files: `on:` was read as `True:` (and 2025-02-30 crashed)."""
    case = world.refresh()
    client = world.client("caseworker")
    response = client.post(
        f"{C}/facts/yaml/",
        {
            "kind": "entries",
            "text": "id: e-it\nstate: IT\non: 2025-01-01\nmode: irregular\n",
            "reason": "Eurodac",
            "expected_version": str(case.version),
        },
    )
    assert response.status_code == 302
    entry = next(e for e in case_file_data(world.refresh())["entries"] if e["id"] == "e-it")
    assert entry["on"] == "2025-01-01"


@pytest.mark.django_db
def test_an_illegal_step_is_explained_in_french_with_the_possible_steps(world: World) -> None:
    case = world.refresh()
    response = world.client("caseworker", language="fr").post(
        f"{C}/requests/new/",
        {
            "action": "send",
            "to_state": "GB",
            "kind": "take_charge",
            "sent_on_0": str(TODAY.day),
            "sent_on_1": str(TODAY.month),
            "sent_on_2": str(TODAY.year),
            "request_id": "tc-9",
            "expected_version": str(case.version),
        },
    )
    assert response.status_code == 409
    ((_href, text),) = _summary(response.content.decode())
    assert text.startswith(
        "Cette étape n'est pas possible tant que le dossier est au stade « Requête envoyée » ; "
        "étapes possibles maintenant : "
    )
    assert "réponse" in text  # recording the reply is possible at this stage


@pytest.mark.django_db
def test_a_conflicting_edit_is_explained_in_french(world: World) -> None:
    case = world.refresh()
    stale = case.version
    world.client("caseworker").post(
        f"{C}/facts/yaml/",
        {
            "kind": "entries",
            "text": "state: IT\non: 2025-01-01\nmode: irregular\n",
            "reason": "Eurodac",
            "expected_version": str(stale),
        },
    )
    response = world.client("supervisor", language="fr").post(
        f"{C}/facts/family/u1/withdraw/",
        {"reason": "pas l'oncle", "expected_version": str(stale)},
    )
    assert response.status_code == 409
    page = html.unescape(response.content.decode())
    assert f"Le dossier {REFERENCE} a été modifié par quelqu'un d'autre" in page
    assert f"vous aviez la version {stale}" in page
    # The form now carries the current version: saving again applies the withdrawal.
    assert f'name="expected_version" value="{world.refresh().version}"' in page


@pytest.mark.django_db
def test_a_casework_refusal_of_a_known_field_is_worded_by_the_page(world: World) -> None:
    client = world.client("caseworker", language="fr")
    response = client.post(
        "/cases/new/", {"reference": REFERENCE, "name_latin": "X", "sex": "male"}
    )
    assert response.status_code == 422
    assert (
        "#id_reference",
        f"Référence du dossier : utilisez une référence qu'aucun autre dossier n'a "
        f"(saisi : {REFERENCE})",
    ) in _summary(response.content.decode())
