"""Web UI tests (Django test client). People are signed in with `force_login` (a
password-only session), so the second factor is switched off here except in the tests of
signing in (tests/web/test_sign_in.py), which switch it on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from django.test import Client
from pytest_django.fixtures import Settings

from cordiale.accounts.models import Role, Team, User
from cordiale.casework import evidence
from cordiale.casework.facts_store import FactChange
from cordiale.casework.models import Case, Consent, Evidence
from cordiale.casework.services import record_step, update_facts
from tests.builders import create_registered_case, create_team, create_user

REFERENCE = "CAL-2026-0100"
OTHER_REFERENCE = "COQ-2026-0200"
TODAY = date.today()
LODGED = (TODAY - timedelta(days=10)).isoformat()
BORN = date(TODAY.year - 16, 1, 15).isoformat()  # 16 years old
REQUEST = {
    "id": "tc-1",
    "kind": "take_charge",
    "from_state": "FR",
    "to_state": "GB",
    "basis": "8(1)",
    "sent_on": (TODAY - timedelta(days=5)).isoformat(),
    "received_on": (TODAY - timedelta(days=5)).isoformat(),
}


@pytest.fixture(autouse=True)
def _no_second_factor(settings: Settings) -> None:
    settings.CORDIALE_REQUIRE_2FA = False


@dataclass
class World:
    calais: Team
    coquelles: Team
    uk: Team
    ngo: Team
    other_ngo: Team
    users: dict[str, User]
    case: Case  # Calais: an unaccompanied child with a brother in the UK, request sent to GB
    other_case: Case  # Coquelles: an adult; nobody's consent
    gb_evidence: Evidence
    private_evidence: Evidence

    def client(self, role: str, language: str | None = None) -> Client:
        client = Client()
        if role != "anonymous":
            client.force_login(self.users[role])
        if language:
            client.cookies["django_language"] = language
        return client

    def refresh(self) -> Case:
        self.case.refresh_from_db()
        return self.case


def build_world() -> World:
    calais = create_team("Dublin unit Calais", Team.Kind.DUBLIN_UNIT)
    coquelles = create_team("Dublin unit Coquelles", Team.Kind.DUBLIN_UNIT)
    uk = create_team("UK liaison joint team", Team.Kind.UK_LIAISON)
    ngo = create_team("Legal aid NGO", Team.Kind.NGO)
    other_ngo = create_team("Other NGO", Team.Kind.NGO)
    users = {
        "caseworker": create_user(Role.CASEWORKER, calais, "claire"),
        "other_caseworker": create_user(Role.CASEWORKER, coquelles, "yanis"),
        "supervisor": create_user(Role.SUPERVISOR, calais, "sophie"),
        "uk_liaison": create_user(Role.UK_LIAISON, uk, "ursula"),
        "adviser": create_user(Role.ADVISER, ngo, "amir"),
        "other_adviser": create_user(Role.ADVISER, other_ngo, "anna"),
        "analyst": create_user(Role.ANALYST, name="alan"),
        "auditor": create_user(Role.AUDITOR, name="aude"),
        "administrator": create_user(Role.ADMINISTRATOR, name="adam"),
    }
    worker = users["caseworker"]
    case = create_registered_case(
        worker,
        REFERENCE,
        applicant={"date_of_birth": BORN, "nationalities": ["AF"], "unaccompanied": True},
        people=[
            {
                "kind": "applicant",
                "name_latin": "Osman Eltayeb Mohamed",
                "name_original": "عثمان الطيب محمد",
                "aliases": ["Othman Al-Tayeb"],
                "date_of_birth": date.fromisoformat(BORN),
            },
            {"kind": "family_member", "fact_key": "b1", "name_latin": "Bashir Mohamed"},
            {"kind": "family_member", "fact_key": "u1", "name_latin": "Rahim Uncleson"},
        ],
    )
    gb_evidence = evidence.store(
        case, [b"%PDF-1.4 dna\n"], filename="dna.pdf", content_type="application/pdf"
    )
    private_evidence = evidence.store(
        case, [b"%PDF-1.4 medical\n"], filename="medical.pdf", content_type="application/pdf"
    )
    case = update_facts(
        worker,
        REFERENCE,
        [
            FactChange("applications", {"state": "FR", "lodged_on": LODGED}, key="fr-1"),
            FactChange(
                "family",
                {"id": "b1", "relation": "sibling", "state": "GB", "status": "legally_resident"},
                reason="interview",
                evidence=gb_evidence,
            ),
            FactChange(
                "family",
                {"id": "u1", "relation": "aunt_uncle", "state": "DE", "status": "legally_resident"},
                reason="interview",
                evidence=private_evidence,
            ),
        ],
        expected_version=case.version,
    )
    case = record_step(worker, REFERENCE, "start_determination", expected_version=case.version)
    case = record_step(worker, REFERENCE, "send_request", REQUEST, expected_version=case.version)
    Consent.objects.create(case=case, team=ngo, given_on=TODAY)
    other_case = create_registered_case(
        users["other_caseworker"],
        OTHER_REFERENCE,
        people=[{"kind": "applicant", "name_latin": "Amna Darwish"}],
    )
    return World(
        calais=calais,
        coquelles=coquelles,
        uk=uk,
        ngo=ngo,
        other_ngo=other_ngo,
        users=users,
        case=case,
        other_case=other_case,
        gb_evidence=gb_evidence,
        private_evidence=private_evidence,
    )


@pytest.fixture
def world(db: None) -> World:
    return build_world()
