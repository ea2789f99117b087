"""Each role sees only what it may, in a real browser on the demo data: an NGO adviser cannot
open another NGO's client even by typing its address (the page is "not found", as for a case
that does not exist, so references cannot be probed); the analyst, the auditor and the
administrator cannot open a case at all; each lands on its own page."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from cordiale.casework import demo
from cordiale.casework.models import Consent, Person
from tests.browser.conftest import PASSWORD, UI

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CASE_PAGES = ("", "facts/", "requests/", "history/")


def _client_of(ngo: str, other: str) -> tuple[str, str]:
    """A case whose applicant consented to `ngo` and not to `other`; the applicant's name."""
    mine = set(
        Consent.objects.filter(team__name=ngo, withdrawn_on__isnull=True).values_list(
            "case__reference", flat=True
        )
    )
    theirs = set(
        Consent.objects.filter(team__name=other, withdrawn_on__isnull=True).values_list(
            "case__reference", flat=True
        )
    )
    reference = sorted(mine - theirs)[0]
    name = Person.objects.filter(case__reference=reference, kind="applicant").first()
    assert name is not None
    return reference, name.name_latin


def test_each_role_sees_only_what_it_may(open_ui: Callable[..., UI]) -> None:
    demo.load_demo(cases=13, password=lambda: PASSWORD)
    littoral, littoral_name = _client_of(demo.NGO_A, demo.NGO_B)
    passage, passage_name = _client_of(demo.NGO_B, demo.NGO_A)

    # The adviser of NGO A: their client in full, read-only.
    a = open_ui("adviser of NGO A")
    a.sign_in("adviser-littoral")
    assert a.page.locator("h1").inner_text() == "My clients"
    assert littoral in a.text()
    assert passage not in a.text()
    a.follow(a.link(littoral, within="main"))
    assert littoral_name in a.text()
    assert a.page.get_by_role("button", name=re.compile("^Record the answer")).count() == 0
    a.goto(f"/cases/{littoral}/facts/entries/new/", status=403)
    a.goto(f"/cases/{littoral}/decide/", status=403)
    # NGO B's client, typed into the address bar: not found, nothing of it shown.
    a.goto(f"/cases/{passage}/", status=404)
    assert "Page not found" in a.text()
    assert passage_name not in a.page.content()
    a.screenshot("not-found-other-ngo")
    for page in CASE_PAGES:
        status, body = a.fetch(f"/cases/{passage}/{page}")
        assert status == 404, page
        assert passage_name not in body

    # And the other way round.
    b = open_ui("adviser of NGO B")
    b.sign_in("adviser-passage")
    assert passage in b.text()
    assert littoral not in b.text()
    for page in CASE_PAGES:
        assert b.fetch(f"/cases/{passage}/{page}")[0] == 200, page
        status, body = b.fetch(f"/cases/{littoral}/{page}")
        assert status == 404, page
        assert littoral_name not in body
    b.goto(f"/search/?q={littoral}")
    assert littoral not in b.text("table")

    # A caseworker of another unit does not see the Calais seed case either.
    coquelles = open_ui("caseworker of Coquelles")
    coquelles.sign_in("caseworker-coquelles")
    assert coquelles.fetch(f"/cases/{demo.SEED_REFERENCE}/")[0] == 404

    # The UK liaison sees only cases with a request to or from the UK.
    uk = open_ui("UK liaison")
    uk.sign_in("uk-liaison")
    assert uk.fetch(f"/cases/{demo.SEED_REFERENCE}/requests/")[0] == 404

    # No case content for the analyst, the auditor, the administrator; each has a home.
    for username, home in (
        ("analyst", "/statistics/"),
        ("auditor", "/audit/"),
        ("admin", "/administration/users/"),
    ):
        ui = open_ui(username)
        ui.sign_in(username)
        assert ui.path == home
        ui.goto(f"/cases/{demo.SEED_REFERENCE}/", status=403)
        assert "You cannot do this" in ui.text()
        assert ui.page.locator("nav").get_by_role("link", name="Search").count() == 0
        for page in (*CASE_PAGES, "facts/entries/new/", "decide/"):
            status, body = ui.fetch(f"/cases/{demo.SEED_REFERENCE}/{page}")
            assert status == 403, page
            assert "Osman" not in body
        assert ui.fetch("/search/?q=Osman")[0] == 403
