"""Dublin requests with the UK after 31 December 2020 are not Dublin requests."""

from __future__ import annotations

from datetime import date

from cordiale.law import determine
from cordiale.law.ukfrance.brexit import has_uk_request, set_aside
from tests.law.ukfrance.conftest import BROTHER_IN_GB, UAM, facts


def _request(sent_on: str, kind: str = "take_charge") -> dict[str, object]:
    return {
        "id": "tc-1",
        "kind": kind,
        "from_state": "FR",
        "to_state": "GB",
        "basis": "8(1)",
        "sent_on": sent_on,
    }


def test_a_2021_request_to_the_uk_is_set_aside_with_its_replies() -> None:
    case = facts(
        applications=[{"id": "fr-1", "state": "FR", "lodged_on": "2021-03-01"}],
        requests=[_request("2021-03-03")],
        replies=[{"request": "tc-1", "received_on": "2021-04-01", "outcome": "refuse"}],
    )
    kept, steps = set_aside(case)
    assert kept.requests == []
    assert kept.replies == []
    (step,) = steps
    assert step.rule == "ukfrance.not_dublin_request"
    assert step.message.params == {"request": "tc-1", "state": "GB", "date": "2021-03-03"}


def test_the_last_day_of_2020_is_still_a_dublin_request() -> None:
    case = facts(
        applications=[{"id": "fr-1", "state": "FR", "lodged_on": "2020-12-01"}],
        requests=[_request("2020-12-31")],
    )
    kept, steps = set_aside(case)
    assert kept is case
    assert steps == []


def test_no_tacit_acceptance_by_the_uk_after_brexit() -> None:
    case = facts(
        applicant=UAM,
        family=[BROTHER_IN_GB],
        applications=[{"id": "fr-1", "state": "FR", "lodged_on": "2021-03-01"}],
        requests=[_request("2021-03-03")],
    )
    result = determine(case, as_of=date(2021, 6, 14))
    assert result.proposed_state != "GB"
    assert all(d.id != "take_charge_reply" for d in result.deadlines)
    assert result.trace[0].rule == "ukfrance.not_dublin_request"


def test_a_readmission_request_is_never_set_aside() -> None:
    case = facts(
        requests=[
            {
                "id": "rd-1",
                "kind": "readmission",
                "from_state": "GB",
                "to_state": "FR",
                "sent_on": "2025-09-20",
            }
        ]
    )
    assert has_uk_request(case)
    kept, steps = set_aside(case)
    assert kept is case
    assert steps == []
