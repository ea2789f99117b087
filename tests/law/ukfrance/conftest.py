"""Builders shared by the UK-France tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from cordiale.law.casefile import facts_from_data
from cordiale.law.facts import CaseFacts
from tests.law.builders import case_data

FAR_FUTURE = date(2100, 1, 1)


def facts(**overrides: Any) -> CaseFacts:
    """A validated case file: the minimal case of `tests.law.builders`, changed by keyword."""
    return facts_from_data(case_data(**overrides), today=FAR_FUTURE)


UAM = {
    "date_of_birth": "2003-05-05",
    "nationalities": ["ER"],
    "marital_status": "single",
    "unaccompanied": True,
}
BROTHER_IN_GB = {
    "id": "brother",
    "relation": "sibling",
    "state": "GB",
    "status": "beneficiary_international_protection",
    "adult": True,
    "family_formed": "in_country_of_origin",
    "consent_applicant": True,
    "consent_member": True,
}
