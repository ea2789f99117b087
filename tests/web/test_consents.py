"""The applicant's consents to legal-aid organisations on the case page: listed, recorded
(an NGO team, a date not in the future), withdrawn; an NGO's advisers see the client exactly
while the consent is in force (their client list and the case page)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from cordiale.audit.models import AuditEntry
from cordiale.casework.models import Consent
from tests.web.conftest import REFERENCE, TODAY, World

pytestmark = pytest.mark.django_db
C = f"/cases/{REFERENCE}"


def _summary_links(page: str) -> list[tuple[str, str]]:
    body = page.split('govuk-error-summary__list"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', body)


def _consent(team_id: int, day: object = TODAY) -> dict[str, str]:
    from datetime import date

    assert isinstance(day, date)
    return {
        "consent-team": str(team_id),
        "consent-given_on_0": str(day.day),
        "consent-given_on_1": str(day.month),
        "consent-given_on_2": str(day.year),
    }


def test_the_case_page_lists_the_consents_and_offers_the_ngo_teams(world: World) -> None:
    page = world.client("caseworker").get(f"{C}/").content.decode()
    assert 'id="consents"' in page
    assert "Consent to legal-aid organisations" in page
    section = page.split('id="consents"', 1)[1]
    assert "Legal aid NGO" in section
    assert "In force" in section
    assert f'action="{C}/consents/{Consent.objects.get(case=world.case).pk}/withdraw/"' in section
    # Only the teams of the NGO kind can be chosen.
    select = section.split('id="id_consent-team"', 1)[1].split("</select>", 1)[0]
    assert "Other NGO" in select
    assert "Dublin unit" not in select
    assert "UK liaison" not in select
    assert 'id="id_consent-given_on_0"' in section


def test_only_caseworkers_and_supervisors_see_and_record_consents(world: World) -> None:
    assert 'id="consents"' not in world.client("adviser").get(f"{C}/").content.decode()
    response = world.client("adviser").post(f"{C}/consents/", _consent(world.other_ngo.pk))
    assert response.status_code == 403
    assert 'id="consents"' in world.client("supervisor").get(f"{C}/").content.decode()


def test_a_recorded_consent_opens_the_case_to_the_ngos_advisers(world: World) -> None:
    adviser = world.client("other_adviser")
    assert REFERENCE not in adviser.get("/").content.decode()
    assert adviser.get(f"{C}/").status_code == 404
    response = world.client("caseworker").post(
        f"{C}/consents/", _consent(world.other_ngo.pk, TODAY - timedelta(days=3)), follow=True
    )
    assert response.redirect_chain == [(f"{C}/", 302)]
    page = response.content.decode()
    assert "The consent to Other NGO is recorded: its advisers can now see this case." in page
    consent = Consent.objects.get(case=world.case, team=world.other_ngo)
    assert consent.given_on == TODAY - timedelta(days=3)
    assert consent.recorded_by == world.users["caseworker"]
    assert AuditEntry.objects.filter(object_type="case", object_id=REFERENCE).exists()
    clients = adviser.get("/").content.decode()
    assert REFERENCE in clients
    given = TODAY - timedelta(days=3)
    assert f"{given.day} {given.strftime('%B')} {given.year}" in clients  # the consent's date
    assert adviser.get(f"{C}/").status_code == 200


def test_a_consent_date_in_the_future_is_refused_and_named(world: World) -> None:
    response = world.client("caseworker").post(
        f"{C}/consents/", _consent(world.other_ngo.pk, TODAY + timedelta(days=1))
    )
    assert response.status_code == 400
    assert (
        "#id_consent-given_on_0",
        "The date the consent was given cannot be in the future",
    ) in _summary_links(response.content.decode())
    assert not Consent.objects.filter(team=world.other_ngo).exists()


def test_the_organisation_must_be_an_ngo_and_be_chosen(world: World) -> None:
    client = world.client("caseworker")
    missing = client.post(f"{C}/consents/", _consent(world.other_ngo.pk) | {"consent-team": ""})
    assert missing.status_code == 400
    assert ("#id_consent-team", "Choose the legal-aid organisation") in _summary_links(
        missing.content.decode()
    )
    not_ngo = client.post(f"{C}/consents/", _consent(world.calais.pk))
    assert not_ngo.status_code == 400
    assert "#id_consent-team" in not_ngo.content.decode()
    assert Consent.objects.filter(case=world.case).count() == 1


def test_a_second_consent_to_the_same_organisation_is_refused(world: World) -> None:
    response = world.client("caseworker").post(f"{C}/consents/", _consent(world.ngo.pk))
    assert response.status_code == 409
    assert (
        "#id_consent-team",
        "This organisation already has the applicant&#x27;s consent",
    ) in _summary_links(response.content.decode())
    assert Consent.objects.filter(case=world.case, team=world.ngo).count() == 1


def test_a_withdrawn_consent_takes_the_case_away_from_the_advisers(world: World) -> None:
    consent = Consent.objects.get(case=world.case, team=world.ngo)
    adviser = world.client("adviser")
    assert REFERENCE in adviser.get("/").content.decode()
    client = world.client("caseworker")
    response = client.post(f"{C}/consents/{consent.pk}/withdraw/", follow=True)
    assert response.redirect_chain == [(f"{C}/", 302)]
    page = response.content.decode()
    assert "The consent is withdrawn" in page
    consent.refresh_from_db()
    assert consent.withdrawn_on == TODAY
    # Still listed, with its date of withdrawal, and no button any more.
    section = page.split('id="consents"', 1)[1]
    assert "Legal aid NGO" in section
    assert f"/consents/{consent.pk}/withdraw/" not in section
    # The adviser's client list and the case itself.
    clients = adviser.get("/").content.decode()
    assert REFERENCE not in clients
    assert "No client has given consent yet." in clients
    assert adviser.get(f"{C}/").status_code == 404
    # Withdrawing again: a clear refusal in the error summary.
    again = client.post(f"{C}/consents/{consent.pk}/withdraw/")
    assert again.status_code == 409
    assert ("#consents", "This consent was already withdrawn.") in _summary_links(
        again.content.decode()
    )


def test_a_consent_of_another_case_cannot_be_withdrawn_from_this_one(world: World) -> None:
    other = Consent.objects.create(case=world.other_case, team=world.ngo, given_on=TODAY)
    response = world.client("caseworker").post(f"{C}/consents/{other.pk}/withdraw/")
    assert response.status_code == 404
    assert "This consent is not one of this case&#x27;s." in response.content.decode()
    other.refresh_from_db()
    assert other.withdrawn_on is None


def test_the_consent_section_is_in_french(world: World) -> None:
    client = world.client("caseworker", language="fr")
    page = client.get(f"{C}/").content.decode()
    assert "Consentement aux organisations d'aide juridique" in page
    assert "En vigueur" in page
    response = client.post(f"{C}/consents/", _consent(world.other_ngo.pk, TODAY + timedelta(5)))
    assert "La date du consentement ne peut pas être dans le futur" in response.content.decode()
