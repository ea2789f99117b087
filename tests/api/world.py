"""One small world for API tests: a Dublin unit in Calais with a caseworker and a supervisor,
the UK liaison, two NGOs (one with the applicant's consent), an analyst, an auditor and an
administrator, and one case of an unaccompanied child with a brother in the UK (Dublin III
Art 8(1), 2019) for which a take charge request was sent to the UK."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.test import Client

from cordiale.accounts.models import Role, Team, User
from cordiale.casework import evidence
from cordiale.casework.facts_store import FactChange
from cordiale.casework.models import Case, Consent, Decision, Evidence, Task
from cordiale.casework.services import decide, record_step, update_facts
from tests.builders import create_registered_case, create_team, create_user

REFERENCE = "FR-2026-0001"
PDF = b"%PDF-1.4 synthetic DNA test result\n"
OTHER_PDF = b"%PDF-1.4 synthetic medical certificate\n"
REQUEST = {
    "id": "tc-1",
    "kind": "take_charge",
    "from_state": "FR",
    "to_state": "GB",
    "basis": "8(1)",
    "sent_on": "2019-03-20",
    "received_on": "2019-03-20",
}
REPLY = {"request": "tc-1", "received_on": "2019-04-10", "outcome": "accept"}
# The roles of the matrix: an adviser with and without the applicant's consent.
ROLES = (
    "caseworker",
    "supervisor",
    "uk_liaison",
    "adviser",
    "adviser_no_consent",
    "analyst",
    "auditor",
    "administrator",
    "anonymous",
)


@dataclass
class World:
    calais: Team
    uk: Team
    ngo: Team
    other_ngo: Team
    users: dict[str, User]
    case: Case
    gb_evidence: Evidence  # carried by the request form to the UK
    private_evidence: Evidence  # not carried by any request form
    consent: Consent
    decision: Decision
    task: Task

    @property
    def ref(self) -> str:
        return self.case.reference

    def client(self, role: str) -> Client:
        client = Client()
        if role != "anonymous":
            client.force_login(self.users[role])
        return client

    def question(self) -> dict[str, Any]:
        """The engine's best-interests question (Art 8(1) and 6)."""
        questions = (self.case.determination or {}).get("questions", [])
        return next(q for q in questions if q["id"].startswith("H1"))


def build_world() -> World:
    calais = create_team("Dublin unit Calais", Team.Kind.DUBLIN_UNIT)
    uk = create_team("UK liaison Calais", Team.Kind.UK_LIAISON)
    ngo = create_team("Legal aid NGO", Team.Kind.NGO)
    other_ngo = create_team("Other NGO", Team.Kind.NGO)
    users = {
        "caseworker": create_user(Role.CASEWORKER, calais, "claire"),
        "supervisor": create_user(Role.SUPERVISOR, calais, "sophie"),
        "uk_liaison": create_user(Role.UK_LIAISON, uk, "ursula"),
        "adviser": create_user(Role.ADVISER, ngo, "amir"),
        "adviser_no_consent": create_user(Role.ADVISER, other_ngo, "anna"),
        "analyst": create_user(Role.ANALYST, name="alan"),
        "auditor": create_user(Role.AUDITOR, name="aude"),
        "administrator": create_user(Role.ADMINISTRATOR, name="adam"),
    }
    worker = users["caseworker"]
    case = create_registered_case(
        worker,
        REFERENCE,
        applicant={"date_of_birth": "2003-01-10", "nationalities": ["AF"], "unaccompanied": True},
        people=[
            {"kind": "applicant", "name_latin": "Ahmad Karimi", "name_original": "احمد کریمی"},
            {"kind": "family_member", "fact_key": "b1", "name_latin": "Bashir Karimi"},
            {"kind": "family_member", "fact_key": "u1", "name_latin": "Uncle Rahim Karimi"},
        ],
    )
    gb_evidence = evidence.store(
        case, [PDF], filename="dna.pdf", content_type="application/pdf", category="proof"
    )
    private_evidence = evidence.store(
        case, [OTHER_PDF], filename="medical.pdf", content_type="application/pdf"
    )
    case = update_facts(
        worker,
        case.reference,
        [
            FactChange("applications", {"state": "FR", "lodged_on": "2019-03-04"}, key="fr-1"),
            FactChange(
                "family",
                {"id": "b1", "relation": "sibling", "state": "GB", "status": "legally_resident"},
                reason="interview",
                evidence_category="proof",
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
    case = record_step(worker, case.reference, "start_determination", expected_version=case.version)
    case = record_step(
        worker, case.reference, "send_request", REQUEST, expected_version=case.version
    )
    consent = Consent.objects.create(case=case, team=ngo, given_on=date(2019, 3, 5))
    decision = decide(
        worker,
        case.reference,
        summary="take charge request to GB on Art 8(1)",
        decided_state=case.proposed_state or "GB",
        reason="brother in the UK",
        expected_version=case.version,
    )
    task = Task.objects.create(case=case, team=calais, title="Check the reply", due=date.today())
    case.refresh_from_db()
    return World(
        calais=calais,
        uk=uk,
        ngo=ngo,
        other_ngo=other_ngo,
        users=users,
        case=case,
        gb_evidence=gb_evidence,
        private_evidence=private_evidence,
        consent=consent,
        decision=decision,
        task=task,
    )
