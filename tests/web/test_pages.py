"""Each page renders for the roles it serves and refuses the others; scoping comes from the
casework services (a case outside the user's scope is 'not found', even by URL)."""

from __future__ import annotations

import pytest

from tests.web.conftest import OTHER_REFERENCE, REFERENCE, World

pytestmark = pytest.mark.django_db

ROLES = (
    "caseworker",
    "supervisor",
    "uk_liaison",
    "adviser",
    "other_adviser",
    "analyst",
    "auditor",
    "administrator",
)
C = f"/cases/{REFERENCE}"

# url -> expected status for each role (302: sent elsewhere, e.g. the UK liaison's view).
MATRIX: dict[str, dict[str, int]] = {
    f"{C}/": {
        "caseworker": 200,
        "supervisor": 200,
        "uk_liaison": 302,
        "adviser": 200,
        "other_adviser": 404,
        "analyst": 403,
        "auditor": 403,
        "administrator": 403,
    },
    f"{C}/facts/": {
        "caseworker": 200,
        "supervisor": 200,
        "uk_liaison": 403,
        "adviser": 200,
        "other_adviser": 404,
        "analyst": 403,
        "auditor": 403,
        "administrator": 403,
    },
    f"{C}/history/": {
        "caseworker": 200,
        "supervisor": 200,
        "uk_liaison": 403,
        "adviser": 200,
        "other_adviser": 404,
        "analyst": 403,
        "auditor": 403,
        "administrator": 403,
    },
    f"{C}/requests/": {
        "caseworker": 200,
        "supervisor": 200,
        "uk_liaison": 200,
        "adviser": 200,
        "other_adviser": 404,
        "analyst": 403,
        "auditor": 403,
        "administrator": 403,
    },
    f"{C}/facts/entries/new/": {
        "caseworker": 200,
        "supervisor": 200,
        "uk_liaison": 403,
        "adviser": 403,
        "other_adviser": 403,
        "analyst": 403,
        "auditor": 403,
        "administrator": 403,
    },
    f"{C}/decide/": {
        "caseworker": 200,
        "supervisor": 200,
        "uk_liaison": 403,
        "adviser": 403,
        "other_adviser": 403,
        "analyst": 403,
        "auditor": 403,
        "administrator": 403,
    },
    f"{C}/requests/tc-1/reply/": {
        "caseworker": 200,
        "supervisor": 200,
        "uk_liaison": 200,
        "adviser": 403,
        "other_adviser": 403,
        "analyst": 403,
        "auditor": 403,
        "administrator": 403,
    },
    "/": {
        "caseworker": 200,
        "supervisor": 200,
        "uk_liaison": 200,
        "adviser": 200,
        "other_adviser": 200,
        "analyst": 302,
        "auditor": 302,
        "administrator": 302,
    },
    "/search/": {
        "caseworker": 200,
        "supervisor": 200,
        "uk_liaison": 403,
        "adviser": 200,
        "other_adviser": 200,
        "analyst": 403,
        "auditor": 403,
        "administrator": 403,
    },
    "/requests/incoming/": {
        "caseworker": 200,
        "supervisor": 200,
        "uk_liaison": 200,
        "adviser": 403,
        "other_adviser": 403,
        "analyst": 403,
        "auditor": 403,
        "administrator": 403,
    },
    "/dashboard/": {
        "caseworker": 403,
        "supervisor": 200,
        "uk_liaison": 403,
        "adviser": 403,
        "other_adviser": 403,
        "analyst": 403,
        "auditor": 403,
        "administrator": 403,
    },
    "/statistics/": {
        "caseworker": 403,
        "supervisor": 200,
        "uk_liaison": 403,
        "adviser": 403,
        "other_adviser": 403,
        "analyst": 200,
        "auditor": 403,
        "administrator": 403,
    },
    "/audit/": {
        "caseworker": 403,
        "supervisor": 403,
        "uk_liaison": 403,
        "adviser": 403,
        "other_adviser": 403,
        "analyst": 403,
        "auditor": 200,
        "administrator": 403,
    },
    "/administration/users/": {
        "caseworker": 403,
        "supervisor": 403,
        "uk_liaison": 403,
        "adviser": 403,
        "other_adviser": 403,
        "analyst": 403,
        "auditor": 403,
        "administrator": 200,
    },
    "/administration/teams/new/": {
        "caseworker": 403,
        "supervisor": 403,
        "uk_liaison": 403,
        "adviser": 403,
        "other_adviser": 403,
        "analyst": 403,
        "auditor": 403,
        "administrator": 200,
    },
}


@pytest.mark.parametrize("url", sorted(MATRIX))
def test_each_page_serves_its_roles_and_refuses_the_others(world: World, url: str) -> None:
    got = {role: world.client(role).get(url).status_code for role in ROLES}
    assert got == MATRIX[url]


@pytest.mark.parametrize("url", [*sorted(MATRIX), "/account/"])
def test_signed_out_visitors_are_sent_to_sign_in(world: World, url: str) -> None:
    response = world.client("anonymous").get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in/?next=")


def test_an_adviser_cannot_open_another_ngos_client_even_by_url(world: World) -> None:
    adviser = world.client("other_adviser")
    for url in (f"{C}/", f"{C}/facts/", f"{C}/requests/", f"{C}/facts/family/b1/history/"):
        response = adviser.get(url)
        assert response.status_code == 404, url
        assert b"Osman" not in response.content
    assert adviser.get(f"/evidence/{world.gb_evidence.pk}/").status_code in {403, 404}
    assert adviser.get("/search/?q=Osman").content.count(REFERENCE.encode()) == 0


def test_a_caseworker_cannot_open_another_teams_case(world: World) -> None:
    assert world.client("caseworker").get(f"/cases/{OTHER_REFERENCE}/").status_code == 404
    assert world.client("other_caseworker").get(f"{C}/").status_code == 404


def test_the_uk_liaison_sees_only_what_the_request_carries(world: World) -> None:
    client = world.client("uk_liaison")
    assert client.get(f"{C}/").url.endswith(f"{C}/requests/")
    page = client.get(f"{C}/requests/").content.decode()
    assert "tc-1" in page
    assert "Bashir Mohamed" in page  # the brother in the UK: carried by the request
    assert "Rahim Uncleson" not in page  # the uncle in Germany: not carried
    assert "medical.pdf" not in page
    assert client.get(f"/evidence/{world.private_evidence.pk}/").status_code in {403, 404}


def test_the_case_page_shows_the_proposal_its_reasons_questions_and_time_limits(
    world: World,
) -> None:
    page = world.client("caseworker").get(f"{C}/").content.decode()
    assert "Osman Eltayeb Mohamed" in page
    assert 'id="proposal"' in page
    assert 'id="trace"' in page
    assert "Facts behind this step" in page
    assert 'class="cordiale-timeline"' in page
    assert "Recent changes" in page
    questions = (world.case.determination or {}).get("questions", [])
    if questions:
        assert "Record the answer" in page
    # Read access is audited by the services.
    from cordiale.audit.models import AuditEntry

    assert AuditEntry.objects.filter(action="read", object_id=REFERENCE).exists()


def test_the_case_page_has_the_layout_of_an_accessible_service(world: World) -> None:
    page = world.client("caseworker").get(f"{C}/").content.decode()
    assert 'class="govuk-skip-link"' in page
    assert 'id="main-content"' in page
    assert page.count("<h1") == 1
    assert "govuk-frontend.min.css" in page
    assert "init.mjs" in page
    assert "govuk-header__logotype" not in page  # no GOV.UK logotype or crown
    assert "Crown copyright" not in page


def test_the_adviser_sees_the_clients_list(world: World) -> None:
    page = world.client("adviser").get("/").content.decode()
    assert REFERENCE in page
    assert OTHER_REFERENCE not in page
    assert REFERENCE not in world.client("other_adviser").get("/").content.decode()


def test_my_work_lists_the_teams_tasks_soonest_first_with_filters(world: World) -> None:
    client = world.client("caseworker")
    page = client.get("/").content.decode()
    assert "My work" in page
    assert 'id="tasks"' in page
    assert client.get("/?stage=closed").content.decode().count("govuk-table__row") == 2
    assert client.get("/?team=any&stage=request_sent&state=GB").status_code == 200


def test_evidence_is_served_after_the_permission_check(world: World) -> None:
    response = world.client("caseworker").get(f"/evidence/{world.gb_evidence.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response) == b"%PDF-1.4 dna\n"
