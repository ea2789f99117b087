"""The demo's seed case CAL-2025-0001: a 25-year-old Sudanese man who entered Italy
irregularly in September 2024 and applied in France in October 2025. The case page explains,
in English and then in French (the header's language link), why Italy is no longer
responsible (Art 13(1) ends 12 months after the crossing) and why France is (Art 13(2))."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from cordiale.casework import demo
from tests.browser.conftest import PASSWORD, UI

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _step(ui: UI, citation: str) -> str:
    """The text of one step of the engine's reasoning ("How the rules apply, in order")."""
    steps = ui.page.locator("#trace > li")
    found = steps.filter(
        has=ui.page.locator("strong", has_text=re.compile("^" + re.escape(citation)))
    )
    assert found.count() == 1, f"{citation}: {steps.all_inner_texts()}"
    return found.inner_text()


def test_the_seed_case_is_explained_in_english_and_in_french(
    open_ui: Callable[..., UI],
) -> None:
    demo.load_demo(cases=13, password=lambda: PASSWORD)  # the seed case and a few others
    ui = open_ui("caseworker")
    ui.sign_in("caseworker-calais")

    # Found by its reference with the search form, as a caseworker would.
    ui.follow(ui.link("Search", within="nav"))
    ui.page.fill("#id_q", demo.SEED_REFERENCE)
    ui.follow(ui.button("Search"))
    ui.follow(ui.link(demo.SEED_REFERENCE, within="main table"))
    assert ui.path == f"/cases/{demo.SEED_REFERENCE}/"

    page = ui.text()
    assert "Osman Eltayeb Mohamed" in page
    assert re.search(r"Responsible State\s+France \(FR\)\s+Art\. 13\(2\), Reg\. 604/2013", page)
    italy = _step(ui, "Art. 13(1)")
    assert "Does not apply" in italy
    assert "crossed into IT irregularly on 2024-09-10" in italy
    assert "the responsibility of IT ended 12 months later, on 2025-09-10" in italy
    assert "before the first application (2025-10-02)" in italy
    france = _step(ui, "Art. 13(2)")
    assert "Applies" in france
    assert "lived continuously for at least 5 months in FR" in france
    # The facts behind the Italian step: the entry into Italy and where it comes from.
    details = ui.page.locator("#trace > li", has_text="Art. 13(1), Reg").locator("details")
    details.locator("summary").click()
    assert "Eurodac category 2" in details.inner_text()
    ui.check()
    ui.screenshot("seed-case")

    # The same page in French, through the header's language link.
    ui.follow(ui.page.get_by_role("link", name="Français"))
    assert ui.language == "fr"
    assert ui.path == f"/cases/{demo.SEED_REFERENCE}/"
    page = ui.text()
    assert re.search(
        r"État membre responsable\s+France \(FR\)\s+art\. 13, § 2, règl\. 604/2013", page
    )
    italy = _step(ui, "art. 13, § 1")
    assert "Ne s'applique pas" in italy
    assert "entré irrégulièrement en IT le 2024-09-10" in italy
    assert "la responsabilité de IT a pris fin douze mois plus tard, le 2025-09-10" in italy
    france = _step(ui, "art. 13, § 2")
    assert "S'applique" in france
    assert "au moins cinq mois en FR" in france
    ui.screenshot("seed-case")
