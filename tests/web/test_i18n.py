"""French and English: the language switch, dates in the user's language, and a catalogue
that translates every string of the web UI (the test fails on a missing translation)."""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

import cordiale.web
from tests.web.conftest import REFERENCE, World

WEB = Path(cordiale.web.__file__).parent
PO = WEB / "locale" / "fr" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")


def _entries(text: str) -> dict[tuple[str, str], list[str]]:
    """(msgctxt, msgid) -> msgstr(s) of a .po file (the format makemessages writes)."""
    out: dict[tuple[str, str], list[str]] = {}
    for block in text.split("\n\n"):
        fields: dict[str, list[str]] = {}
        current = None
        for line in block.splitlines():
            if line.startswith("#"):
                continue
            match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) "(.*)"$', line)
            if match:
                current = match.group(1)
                fields[current] = [match.group(2)]
            elif line.startswith('"') and current:
                fields[current].append(line[1:-1])
        if "msgid" not in fields:
            continue
        msgid = "".join(fields["msgid"])
        if not msgid:
            continue  # the header
        key = ("".join(fields.get("msgctxt", [])), msgid)
        out[key] = ["".join(v) for k, v in sorted(fields.items()) if k.startswith("msgstr")]
    return out


def test_every_string_of_the_french_catalogue_is_translated() -> None:
    text = PO.read_text(encoding="utf-8")
    assert "#, fuzzy" not in text
    untranslated = [key for key, values in _entries(text).items() if not all(values)]
    assert untranslated == []


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs gettext's xgettext")
def test_every_string_of_the_templates_and_code_is_in_the_catalogue(tmp_path: Path) -> None:
    """makemessages over a copy of the app: any msgid it finds must be in the committed .po."""
    copy = tmp_path / "web"
    shutil.copytree(WEB, copy, ignore=shutil.ignore_patterns("static", "__pycache__", "*.mo"))
    (copy / "locale" / "fr" / "LC_MESSAGES" / "django.po").unlink()
    import os

    here = os.getcwd()
    os.chdir(copy)
    try:
        call_command("makemessages", locale=["fr"], no_location=True, verbosity=0)
    finally:
        os.chdir(here)
    found = _entries((copy / "locale" / "fr" / "LC_MESSAGES" / "django.po").read_text("utf-8"))
    committed = _entries(PO.read_text(encoding="utf-8"))
    missing = sorted(set(found) - set(committed))
    assert missing == [], "run makemessages in src/cordiale/web and translate: " + str(missing)


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="needs gettext's msgfmt")
def test_the_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(fresh), str(PO)], check=True)
    with fresh.open("rb") as a, MO.open("rb") as b:
        assert gettext.GNUTranslations(a)._catalog == gettext.GNUTranslations(b)._catalog  # type: ignore[attr-defined]


@pytest.mark.django_db
def test_the_language_switch_gives_french_pages_and_is_remembered(world: World) -> None:
    client = world.client("caseworker")
    assert "My work" in client.get("/").content.decode()
    response = client.get("/language/fr/?next=/cases/" + REFERENCE + "/")
    assert response.status_code == 302
    assert response["Location"] == f"/cases/{REFERENCE}/"
    page = client.get(f"/cases/{REFERENCE}/").content.decode()
    assert '<html lang="fr"' in page
    assert "La proposition du moteur" in page
    assert "Mon travail" in page
    assert "Délais" in page
    world.users["caseworker"].refresh_from_db()
    assert world.users["caseworker"].language == "fr"
    # Dates in the user's language.
    assert re.search(
        r"\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
        r"novembre|décembre) \d{4}",
        page,
    )
    # Back to English.
    client.get("/language/en/?next=/")
    assert "My work" in client.get("/").content.decode()


@pytest.mark.django_db
def test_the_switch_refuses_to_send_the_user_to_another_site(world: World) -> None:
    response = world.client("caseworker").get("/language/fr/?next=https://example.org/")
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_the_engines_explanation_is_in_the_users_language(world: World) -> None:
    page = world.client("caseworker", language="fr").get(f"/cases/{REFERENCE}/").content.decode()
    assert "règl." in page  # citations as a French reader writes them
    english = world.client("caseworker", language="en").get(f"/cases/{REFERENCE}/")
    assert "Reg." in english.content.decode()


@pytest.mark.django_db
def test_the_web_catalogue_wins_over_djangos_own(world: World) -> None:
    """'Change' is 'Modification' in the admin's catalogue; the pages say 'Modifier'."""
    page = world.client("caseworker", language="fr").get(f"/cases/{REFERENCE}/facts/")
    assert ">Modifier<" in page.content.decode()


@pytest.mark.django_db
def test_form_errors_are_in_french_too(world: World) -> None:
    client = world.client("caseworker", language="fr")
    response = client.post(f"/cases/{REFERENCE}/facts/entries/new/", {"expected_version": "1"})
    page = response.content.decode()
    assert "Il y a un problème" in page
    assert "Indiquez pourquoi ce fait est enregistré ou modifié" in page
