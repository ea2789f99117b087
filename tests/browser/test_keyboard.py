"""The keyboard alone: signing in through the real second factor (a TOTP code computed as an
authenticator app would), the error summary, a fact form with its select, date boxes and
radios; the focus always moves in the order of the page and is always visible."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from pytest_django.fixtures import Settings

from cordiale.accounts.models import Role
from cordiale.casework.facts_store import case_file_data
from cordiale.casework.models import Case
from tests.browser.conftest import PASSWORD, UI, totp_code
from tests.builders import create_registered_case, create_team, create_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
REFERENCE = "CAL-2026-0400"


def test_signing_in_with_the_keyboard_alone_through_the_second_factor(
    open_ui: Callable[..., UI], settings: Settings
) -> None:
    settings.CORDIALE_REQUIRE_2FA = True
    user = create_user(Role.CASEWORKER, create_team(), "claire")
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    ui = open_ui("caseworker")
    keys = ui.page.keyboard
    ui.goto("/sign-in/")

    # The first Tab reaches the skip link, which takes the focus to the main content.
    ui.tab("text:Skip to main content")
    keys.press("Enter")
    assert ui.focused()["id"] == "main-content"
    ui.tab("id_username")
    keys.type("claire")
    ui.tab("id_password")
    keys.type(PASSWORD)
    with ui.page.expect_navigation():
        keys.press("Enter")
    assert ui.path == "/sign-in/code/"
    ui.check()

    # The address keeps the skip link's #main-content: the next Tab starts from there.
    ui.tab("id_code")
    # No code: the error summary takes the focus; its link takes it to the box.
    with ui.page.expect_navigation():
        keys.press("Enter")
    ui.check()
    assert "govuk-error-summary" in ui.page.evaluate("() => document.activeElement.className")
    ui.tab("text:Enter the security code")
    keys.press("Enter")
    assert ui.focused()["id"] == "id_code"

    keys.type(totp_code(device))
    with ui.page.expect_navigation():
        keys.press("Enter")
    ui.check()
    assert ui.path == "/"
    assert ui.page.locator("h1").inner_text() == "My work"

    # Signing out is a button in the navigation, reached and pressed with the keyboard.
    ui.tab_to("Sign out")
    with ui.page.expect_navigation():
        keys.press("Enter")
    assert ui.path == "/sign-in/?signed_out=1"
    assert "You have signed out." in ui.text()


def test_a_fact_form_with_the_keyboard_alone(open_ui: Callable[..., UI]) -> None:
    worker = create_user(Role.CASEWORKER, create_team(), "claire")
    create_registered_case(worker, REFERENCE)
    ui = open_ui("caseworker")
    keys = ui.page.keyboard
    ui.sign_in("claire")
    ui.goto(f"/cases/{REFERENCE}/facts/")
    ui.tab_to("Add to entries")
    with ui.page.expect_navigation():
        keys.press("Enter")
    ui.check()
    assert ui.page.locator("h1").inner_text() == "Add an entry"

    ui.tab("text:Skip to main content")
    keys.press("Enter")
    ui.tab("id_id")
    keys.type("entry-it")
    ui.tab("id_state")
    keys.type("Italy")  # a closed select picks the option whose name is typed
    assert ui.page.input_value("#id_state") == "IT"
    ui.tab("id_on_0")
    keys.type("10")
    ui.tab("id_on_1")
    keys.type("9")
    ui.tab("id_on_2")
    keys.type("2024")
    # A group of radios is one stop: Tab reaches it, the arrow keys choose.
    ui.tab("id_mode_0")
    keys.press("Space")
    ui.tab("id_from_third_country_0", key="Tab")
    keys.press("Space")
    assert ui.page.is_checked("#id_mode_0")  # irregular crossing
    assert ui.page.is_checked("#id_from_third_country_0")  # yes
    ui.tab("id_from_state")
    ui.tab("id_reason")
    keys.type("Eurodac hit, category 2")
    ui.tab("id_source")
    keys.type("Eurodac")
    ui.tab("id_evidence")
    keys.type("Proof")
    ui.tab("id_annex_item")
    ui.tab("id_evidence_file")
    ui.tab("text:Save")
    with ui.page.expect_navigation():
        keys.press("Enter")
    ui.check()
    assert "The facts are saved and the proposal is updated." in ui.text()

    (entry,) = case_file_data(Case.objects.get(reference=REFERENCE))["entries"]
    assert entry["id"] == "entry-it"
    assert (entry["state"], entry["on"], entry["mode"]) == ("IT", "2024-09-10", "irregular")
    assert entry["from_third_country"] is True
    assert entry["provenance"]["evidence"] == "proof"
