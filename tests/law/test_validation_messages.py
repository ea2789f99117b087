"""The cross-field checks (`cordiale.law.validation`) carry an engine message key, so the
French UI can word them: every code is in the catalogue in both languages, its parameters fill
both templates, and the English is the same text `expected` has always given."""

from __future__ import annotations

import ast
import string
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cordiale.law.casefile import facts_from_data
from cordiale.law.errors import CaseFileError, FieldError
from cordiale.law.explain.catalogue import CATALOGUE
from cordiale.law.explain.messages_validation import MESSAGES
from cordiale.law.explain.render import Language, render
from cordiale.law.outcome import Message
from tests.law.builders import case_data

TODAY = date(2026, 11, 26)
VALIDATION = Path(__file__).parents[2] / "src" / "cordiale" / "law" / "validation.py"

FAMILY = {"relation": "sibling", "state": "GB", "status": "legally_resident"}
REQUEST = {"kind": "take_charge", "from_state": "FR", "to_state": "IT", "sent_on": "2025-11-10"}
VISA = {"kind": "visa", "issuing_state": "ES", "visa_type": "short_stay"}
APP = {"id": "fr-1", "state": "FR", "lodged_on": "2025-10-02"}

# name -> (changes to a valid case file, [(path, English `expected`, code)]): one invalid
# case file per check, with the English exactly as it was before the checks had codes.
CASES: dict[str, tuple[dict[str, Any], list[tuple[str, str, str]]]] = {
    "date of birth in the future": (
        {"applicant": {"date_of_birth": "2030-01-01"}},
        [("applicant.date_of_birth", "a date not in the future", "future_date")],
    ),
    "application lodged before birth": (
        {"applicant": {"date_of_birth": "2025-11-01"}},
        [
            (
                "applications[0].lodged_on",
                "a date after the applicant's date of birth (2025-11-01)",
                "lodged_before_birth",
            )
        ],
    ),
    "age assessed in the future": (
        {"applicant": {"assessed_age": {"assessed_on": "2027-01-01", "age_years": 16}}},
        [("applicant.assessed_age.assessed_on", "a date not in the future", "future_date")],
    ),
    "stateless with a nationality": (
        {"applicant": {"nationalities": ["SY"], "stateless": True}},
        [
            (
                "applicant.stateless",
                "false when nationalities are given (a stateless person has no nationality)",
                "stateless_with_nationality",
            )
        ],
    ),
    "made after lodged": (
        {"applications": [{**APP, "made_on": "2025-10-05"}]},
        [
            (
                "applications[0].made_on",
                "a date on or before lodged_on (2025-10-02): an application is made before it "
                "is lodged (Art 20(2))",
                "made_after_lodged",
            )
        ],
    ),
    "application before the first entry": (
        {"entries": [{"state": "IT", "on": "2025-11-01", "mode": "irregular"}]},
        [
            (
                "applications[0].lodged_on",
                "a date on or after the applicant's first entry (2025-11-01)",
                "before_first_entry",
            )
        ],
    ),
    "application made before the first entry": (
        {
            "applications": [{**APP, "made_on": "2025-09-01"}],
            "entries": [{"state": "IT", "on": "2025-09-15", "mode": "irregular"}],
        },
        [
            (
                "applications[0].made_on",
                "a date on or after the applicant's first entry (2025-09-15)",
                "before_first_entry",
            )
        ],
    ),
    "withdrawn before lodged": (
        {"applications": [{**APP, "withdrawn_on": "2025-10-01"}]},
        [
            (
                "applications[0].withdrawn_on",
                "a date on or after lodged_on (2025-10-02)",
                "before_lodged_on",
            )
        ],
    ),
    "decided before lodged": (
        {
            "applications": [
                {**APP, "decisions": [{"kind": "rejected", "on": "2025-09-01"}]},
            ]
        },
        [
            (
                "applications[0].decisions[0].on",
                "a date on or after lodged_on (2025-10-02)",
                "before_lodged_on",
            )
        ],
    ),
    "two applications with one id": (
        {"applications": [APP, {**APP, "lodged_on": "2025-10-03"}]},
        [
            ("applications[0].id", "a unique id within applications", "duplicate_application"),
            ("applications[1].id", "a unique id within applications", "duplicate_application"),
        ],
    ),
    "two relations for one family member": (
        {"family": [{"id": "amir", **FAMILY}, {"id": "amir", **FAMILY, "relation": "parent"}]},
        [
            (
                f"family[{i}].id",
                "one entry per family member: a person has one relation to the applicant",
                "duplicate_family_member",
            )
            for i in (0, 1)
        ],
    ),
    "two requests with one id": (
        {"requests": [{"id": "r1", **REQUEST}, {"id": "r1", **REQUEST}]},
        [
            ("requests[0].id", "a unique id within requests", "duplicate_request"),
            ("requests[1].id", "a unique id within requests", "duplicate_request"),
        ],
    ),
    "two answers to one question": (
        {"answers": [{"question": "H1", "value": True}, {"question": "H1", "value": False}]},
        [
            ("answers[0].question", "one answer per question", "duplicate_answer"),
            ("answers[1].question", "one answer per question", "duplicate_answer"),
        ],
    ),
    "dependency on an unknown family member": (
        {
            "family": [{"id": "b1", **FAMILY}, {"id": "a2", **FAMILY}],
            "dependencies": [{"family_member": "x", "dependent": "applicant", "ground": "old_age"}],
        },
        [
            (
                "dependencies[0].family_member",
                "the id of a family member (a2, b1)",
                "unknown_family_member",
            )
        ],
    ),
    "dependency without any family member": (
        {"dependencies": [{"family_member": "x", "dependent": "applicant", "ground": "old_age"}]},
        [
            (
                "dependencies[0].family_member",
                "the id of a family member (none recorded)",
                "no_family_member_recorded",
            )
        ],
    ),
    "stay ending before it starts": (
        {"stays": [{"state": "IT", "start": "2025-01-10", "end": "2025-01-01"}]},
        [("stays[0].end", "a date on or after 2025-01-10", "end_before_start")],
    ),
    "return before leaving": (
        {"absences": [{"left_on": "2025-03-10", "returned_on": "2025-03-01"}]},
        [("absences[0].returned_on", "a date on or after 2025-03-10", "end_before_start")],
    ),
    "detention ending before it starts": (
        {"detentions": [{"state": "FR", "start": "2025-10-10", "end": "2025-10-01"}]},
        [("detentions[0].end", "a date on or after 2025-10-10", "end_before_start")],
    ),
    "imprisonment ending before it starts": (
        {"imprisonments": [{"state": "FR", "start": "2025-10-10", "end": "2025-10-01"}]},
        [("imprisonments[0].end", "a date on or after 2025-10-10", "end_before_start")],
    ),
    "absconding ending before it starts": (
        {"abscondings": [{"on": "2025-10-10", "ended_on": "2025-10-01"}]},
        [("abscondings[0].ended_on", "a date on or after 2025-10-10", "end_before_start")],
    ),
    "document valid until before valid from": (
        {"documents": [{**VISA, "valid_from": "2025-02-01", "valid_until": "2025-01-01"}]},
        [
            (
                "documents[0].valid_until",
                "a date on or after valid_from (2025-02-01)",
                "valid_until_before_valid_from",
            )
        ],
    ),
    "visa without its type": (
        {
            "documents": [
                {**VISA, "visa_type": None, "valid_from": "2025-01-01", "valid_until": "2025-02-01"}
            ]
        },
        [
            (
                "documents[0].visa_type",
                "long_stay, short_stay or airport_transit",
                "visa_type_missing",
            )
        ],
    ),
    "request received before sent": (
        {"requests": [{"id": "r1", **REQUEST, "received_on": "2025-11-01"}]},
        [
            (
                "requests[0].received_on",
                "a date on or after sent_on (2025-11-10)",
                "received_before_sent",
            )
        ],
    ),
    "request to its own State": (
        {"requests": [{"id": "r1", **REQUEST, "to_state": "FR"}]},
        [("requests[0].to_state", "a State other than from_state", "request_to_own_state")],
    ),
    "re-examination of an unknown request": (
        {"requests": [{"id": "r1", **REQUEST, "re_examination_of": "r0"}]},
        [("requests[0].re_examination_of", "the id of a recorded request", "unknown_request")],
    ),
    "reply to an unknown request": (
        {
            "requests": [{"id": "r2", **REQUEST}, {"id": "r1", **REQUEST}],
            "replies": [{"request": "nope", "received_on": "2025-11-20", "outcome": "accept"}],
        },
        [
            (
                "replies[0].request",
                "the id of a recorded request (r1, r2)",
                "unknown_request_listed",
            )
        ],
    ),
    "reply without any request": (
        {"replies": [{"request": "nope", "received_on": "2025-11-01", "outcome": "accept"}]},
        [
            (
                "replies[0].request",
                "the id of a recorded request (none recorded)",
                "no_request_recorded",
            )
        ],
    ),
    "reply received before the request was sent": (
        {
            "requests": [{"id": "r1", **REQUEST}],
            "replies": [{"request": "r1", "received_on": "2025-11-01", "outcome": "accept"}],
        },
        [
            (
                "replies[0].received_on",
                "a date on or after the request r1 was sent (2025-11-10): a reply cannot come "
                "before its request",
                "reply_before_request",
            )
        ],
    ),
    "reply sent before the request was received": (
        {
            "requests": [{"id": "r1", **REQUEST, "received_on": "2025-11-12"}],
            "replies": [
                {
                    "request": "r1",
                    "sent_on": "2025-11-11",
                    "received_on": "2025-11-13",
                    "outcome": "accept",
                }
            ],
        },
        [
            (
                "replies[0].sent_on",
                "a date on or after the request r1 was received (2025-11-12)",
                "reply_before_receipt",
            )
        ],
    ),
    "appeal decided before lodged": (
        {"appeals": [{"lodged_on": "2025-11-10", "final_decision_on": "2025-11-01"}]},
        [
            (
                "appeals[0].final_decision_on",
                "a date on or after lodged_on (2025-11-10)",
                "appeal_decided_before_lodged",
            )
        ],
    ),
    "local authority assessment of an unknown relative": (
        {
            "family": [{"id": "b1", **FAMILY}],
            "local_authority_assessments": [
                {"family_member": "x", "concluded_on": "2025-11-01"},
            ],
        },
        [
            (
                "local_authority_assessments[0].family_member",
                "the id of a family member (b1)",
                "unknown_family_member",
            )
        ],
    ),
    "local authority assessment without any family member": (
        {"local_authority_assessments": [{"family_member": "x", "concluded_on": "2025-11-01"}]},
        [
            (
                "local_authority_assessments[0].family_member",
                "the id of a family member (none recorded)",
                "no_family_member_recorded",
            )
        ],
    ),
    "control zone application outside France and the UK": (
        {"applications": [{**APP, "state": "BE", "control_zone": "calais_port"}]},
        [
            (
                "applications[0].state",
                "FR or GB for an application made at a UK control zone in France",
                "control_zone_state",
            )
        ],
    ),
    "readmission request the wrong way": (
        {"requests": [{"id": "r1", **REQUEST, "kind": "readmission"}]},
        [
            (
                "requests[0].from_state",
                "a readmission request goes from GB to FR (UK-France Agreement 2025)",
                "readmission_direction",
            )
        ],
    ),
    "exceptional reply outside readmission": (
        {
            "requests": [{"id": "r1", **REQUEST}],
            "replies": [
                {
                    "request": "r1",
                    "received_on": "2025-11-20",
                    "outcome": "accept",
                    "exceptional": True,
                }
            ],
        },
        [
            (
                "replies[0].exceptional",
                "false: only a reply to a readmission request can invoke an exceptional case",
                "exceptional_outside_readmission",
            )
        ],
    ),
    "UK claim before the arrival": (
        {
            "uk_arrival": {
                "on": "2025-09-10",
                "mode": "small_boat",
                "protection_claim_on": "2025-09-01",
            }
        },
        [
            (
                "uk_arrival.protection_claim_on",
                "a date on or after the arrival in the UK (2025-09-10)",
                "claim_before_uk_arrival",
            )
        ],
    ),
}


def errors_of(data: dict[str, Any]) -> list[FieldError]:
    with pytest.raises(CaseFileError) as caught:
        facts_from_data(data, today=TODAY)
    return caught.value.errors


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _codes_in_source() -> set[str]:
    """The codes validation.py gives `_error`: the literals it passes, and the strings it
    names a catalogue message by elsewhere (a table of codes)."""
    tree = ast.parse(VALIDATION.read_text(encoding="utf-8"))
    codes: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_error":
            code = node.args[2]
            if isinstance(code, ast.Constant) and isinstance(code.value, str):
                codes.add(code.value)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and f"field_error.{node.value}" in MESSAGES
        ):
            codes.add(node.value)
    return codes


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_check_keeps_its_english_and_has_a_code(name: str) -> None:
    changes, expected = CASES[name]
    errors = errors_of(case_data(**changes))
    assert [(e.path, e.expected, e.code) for e in errors] == expected


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_check_renders_in_both_languages_from_its_params(name: str) -> None:
    changes, _expected = CASES[name]
    for error in errors_of(case_data(**changes)):
        key = f"field_error.{error.code}"
        assert key in MESSAGES, key
        assert key in CATALOGUE, key
        english, french = MESSAGES[key]
        assert english.strip(), key
        assert french.strip(), key
        assert english != french, key
        assert all(isinstance(value, str) for value in error.params.values()), error.params
        for template in (english, french):
            assert placeholders(template) <= set(error.params), (key, error.params)
        # The English is the template filled in: text and code cannot drift apart.
        assert english.format(**error.params) == error.expected
        assert render(Message(key, dict(error.params)), Language.EN) == error.expected
        rendered = render(Message(key, dict(error.params)), Language.FR)
        assert "{" not in rendered, rendered
        assert rendered != error.expected, rendered
        for value in error.params.values():
            assert value in rendered  # dates and ids are shown as given


def test_every_check_of_validation_goes_through_a_catalogue_code() -> None:
    source = VALIDATION.read_text(encoding="utf-8")
    assert source.count("FieldError(") == 1  # only inside `_error`
    codes = _codes_in_source()
    assert len(codes) >= 20, codes
    assert sorted(c for c in codes if f"field_error.{c}" not in MESSAGES) == []
    exercised = {code for _changes, expected in CASES.values() for _p, _e, code in expected}
    assert sorted(codes - exercised) == []  # every check has its invalid case file above


def test_the_french_words_of_some_checks() -> None:
    def french(name: str) -> list[str]:
        changes, _expected = CASES[name]
        return [
            render(Message(f"field_error.{e.code}", dict(e.params)), Language.FR)
            for e in errors_of(case_data(**changes))
        ]

    assert french("date of birth in the future") == ["une date qui n'est pas dans le futur"]
    (made,) = french("made after lodged")
    assert made.startswith("une date antérieure ou égale à la date d'introduction (2025-10-02)")
    assert made.endswith("(art. 20, § 2)")
    assert french("reply without any request") == [
        "l'identifiant d'une requête enregistrée (aucune n'est enregistrée)"
    ]
    assert french("stay ending before it starts") == [
        "une date égale ou postérieure au début de la période (2025-01-10)"
    ]
