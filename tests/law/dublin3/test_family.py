"""Tests for cordiale.law.dublin3.family: who is "legally present" (Art 8), "legally resident"
(Art 16) and "allowed to reside as a beneficiary of international protection" (Art 9)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from cordiale.law import determine
from cordiale.law.casefile import facts_from_data
from cordiale.law.outcome import Determination, Status
from tests.law.builders import case_data

AS_OF = date(2025, 10, 20)


def run(**overrides: Any) -> Determination:
    return determine(facts_from_data(case_data(**overrides), today=date(2100, 1, 1)), as_of=AS_OF)


def minor_with_sibling(status: str, **extra: Any) -> Determination:
    return run(
        applicant={"date_of_birth": "2009-01-01", "unaccompanied": True, "nationalities": ["AF"]},
        family=[{"id": "sibling", "relation": "sibling", "state": "BE", "status": status}],
        answers=[{"question": "H1:art8.1:BE", "value": "yes"}],
        **extra,
    )


@pytest.mark.parametrize("status", ["long_term_resident", "naturalised_former_beneficiary"])
def test_long_term_residents_and_naturalised_persons_are_legally_present(status: str) -> None:
    """Art 8(1): a long-term resident holds a residence permit; a naturalised former
    beneficiary is a citizen of Belgium. Both are legally present there: no H7."""
    result = minor_with_sibling(status)
    assert "H7:sibling" not in {q.id for q in result.questions}
    assert (result.status, result.responsible_state) == (Status.DETERMINED, "BE")
    assert result.basis is not None
    assert (result.basis.article, result.basis.paragraph) == ("8", "1")


def test_an_unknown_status_is_still_for_a_person_to_decide() -> None:
    result = minor_with_sibling("unknown")
    assert "H7:sibling" in {q.id for q in result.questions}


def spouse(status: str) -> Determination:
    return run(
        applicant={
            "date_of_birth": "1990-01-01",
            "nationalities": ["SY"],
            "marital_status": "married",
        },
        entries=[{"state": "IT", "on": "2025-09-01", "mode": "irregular"}],
        family=[
            {
                "id": "wife",
                "relation": "spouse",
                "state": "DE",
                "status": status,
                "family_formed": "in_country_of_origin",
                "consent_applicant": True,
                "consent_member": True,
            }
        ],
    )


@pytest.mark.parametrize("status", ["long_term_resident", "naturalised_former_beneficiary"])
def test_art9_counts_beneficiaries_only(status: str) -> None:
    """Art 9: "allowed to reside as a beneficiary of international protection". A naturalised
    former beneficiary no longer is one (Art 2(f)), nor is a long-term resident: Art 9 does
    not apply and irregular entry into Italy does (Art 13(1)). Only the AMMR extends the
    criterion to them (AMMR Art 26(1)-(2))."""
    result = spouse(status)
    assert result.responsible_state == "IT"
    assert ("dublin3.art9", "art9.none") in {(s.rule, s.message.key) for s in result.trace}


def test_art9_applies_to_a_beneficiary() -> None:
    assert spouse("beneficiary_international_protection").responsible_state == "DE"


def test_a_long_term_resident_parent_is_legally_resident_for_art16() -> None:
    """Art 16(1): a pregnant applicant dependent on her mother, a long-term resident in Germany:
    only the dependency itself (H3) is left to a person, not the legal residence (H7)."""
    result = run(
        applicant={"date_of_birth": "1999-01-01", "nationalities": ["SY"]},
        entries=[{"state": "IT", "on": "2025-09-01", "mode": "irregular"}],
        family=[
            {"id": "mother", "relation": "parent", "state": "DE", "status": "long_term_resident"}
        ],
        dependencies=[
            {
                "family_member": "mother",
                "dependent": "applicant",
                "ground": "pregnancy",
                "consent_in_writing": True,
            }
        ],
    )
    ids = {q.id for q in result.questions}
    assert "H3:mother" in ids
    assert "H7:mother" not in ids


def late_wife_evidence(requests: list[dict[str, Any]], replies: list[dict[str, Any]]) -> Any:
    """The wife applying in Belgium (Art 10) whose evidence came on 24 Feb 2025, after the
    first lodging in France (6 Jan 2025): Art 7(3) decides whether it still counts."""
    return run(
        applicant={"date_of_birth": "1989-12-12", "nationalities": ["SD"]},
        applications=[{"id": "fr-1", "state": "FR", "lodged_on": "2025-01-06"}],
        family=[
            {
                "id": "wife",
                "relation": "spouse",
                "state": "BE",
                "status": "applicant",
                "first_decision_on_substance": False,
                "family_formed": "in_country_of_origin",
                "consent_applicant": True,
                "consent_member": True,
                "evidence_produced_on": "2025-02-24",
            }
        ],
        requests=requests,
        replies=replies,
    )


def test_late_family_evidence_is_barred_only_by_another_states_acceptance() -> None:
    """Art 7(3): 'before another Member State accepts the request to take charge or take
    back'. France's own acceptance of an information request does not bar the evidence;
    Italy's acceptance of France's take charge request does."""
    own = late_wife_evidence(
        [
            {
                "id": "info-1",
                "kind": "information",
                "from_state": "IT",
                "to_state": "FR",
                "sent_on": "2025-01-20",
                "received_on": "2025-01-20",
            }
        ],
        [{"request": "info-1", "received_on": "2025-02-14", "outcome": "accept"}],
    )
    assert ("dublin3.art10", "applies") in {(s.rule, s.outcome.value) for s in own.trace}
    italy = late_wife_evidence(
        [
            {
                "id": "tcr-1",
                "kind": "take_charge",
                "from_state": "FR",
                "to_state": "IT",
                "sent_on": "2025-01-20",
                "received_on": "2025-01-20",
            }
        ],
        [{"request": "tcr-1", "received_on": "2025-02-14", "outcome": "accept"}],
    )
    assert ("dublin3.art10", "not_applicable") in {(s.rule, s.outcome.value) for s in italy.trace}
