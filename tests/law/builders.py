"""Plain builders of case files for tests: a valid minimal case, changed by keyword."""

from __future__ import annotations

import copy
from typing import Any

BASE: dict[str, Any] = {
    "version": "1",
    "reference": "TEST-1",
    "determining_state": "FR",
    "applicant": {"date_of_birth": "1995-01-01", "nationalities": ["SD"]},
    "applications": [{"id": "fr-1", "state": "FR", "lodged_on": "2025-10-02"}],
}


def case_data(**overrides: Any) -> dict[str, Any]:
    """A valid case file as data; top-level keys replaced by `overrides`."""
    data = copy.deepcopy(BASE)
    data.update(copy.deepcopy(overrides))
    return data
