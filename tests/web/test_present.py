"""How the pages name the facts behind a step of the engine's reasoning."""

from __future__ import annotations

from cordiale.web.present import fact_reference

DATA = {
    "applicant": {"date_of_birth": "2000-05-14"},
    "entries": [
        {"id": "entry-it", "state": "IT", "on": "2024-09-10", "mode": "irregular"},
        {
            "id": "entry-fr",
            "state": "FR",
            "on": "2024-11-25",
            "mode": "irregular",
            "provenance": {"source": "applicant's statement", "evidence": "statement"},
        },
    ],
}


def test_a_fact_named_by_its_position_is_the_item_of_the_case_file() -> None:
    (first,) = fact_reference("entries[0]", DATA)
    assert (first["kind"], first["key"]) == ("entries", "entry-it")
    (second,) = fact_reference("entries[1].state", DATA)
    assert second["key"] == "entry-fr"
    assert second["source"] == "applicant's statement"


def test_a_position_past_the_end_is_named_as_the_engine_gave_it() -> None:
    (missing,) = fact_reference("entries[5]", DATA)
    assert missing["text"] == "entries[5]"


def test_a_field_of_the_applicant_and_a_whole_kind() -> None:
    (born,) = fact_reference("applicant.date_of_birth", DATA)
    assert born["key"] == "applicant"
    assert [f["key"] for f in fact_reference("entries", DATA)] == ["entry-it", "entry-fr"]
