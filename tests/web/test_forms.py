"""Forms: errors in the GOV.UK error-summary pattern naming the field, a conflicting edit
explained with the user's input kept, answers, decisions, requests and replies."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cordiale.casework.facts_store import FactChange, case_file_data
from cordiale.casework.models import Decision, Evidence, Person
from cordiale.casework.services import update_facts
from tests.builders import create_registered_case
from tests.web.conftest import REFERENCE, TODAY, World

pytestmark = pytest.mark.django_db
C = f"/cases/{REFERENCE}"


def _date(prefix: str, day: date) -> dict[str, str]:
    """A date as the three boxes of the GOV.UK date input."""
    return {
        f"{prefix}_0": str(day.day),
        f"{prefix}_1": str(day.month),
        f"{prefix}_2": str(day.year),
    }


def _summary_links(page: str) -> list[tuple[str, str]]:
    body = page.split('govuk-error-summary__list"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', body)


def test_a_new_entry_is_recorded_with_its_evidence_and_its_category(world: World) -> None:
    client = world.client("caseworker")
    case = world.refresh()
    response = client.post(
        f"{C}/facts/entries/new/",
        {
            "id": "e-it",
            "state": "IT",
            **_date("on", TODAY - timedelta(days=200)),
            "mode": "irregular",
            "from_third_country": "yes",
            "reason": "Eurodac hit and interview",
            "source": "Eurodac",
            "evidence": "proof",
            "annex_item": "A.I.7",
            "expected_version": str(case.version),
            "evidence_file": SimpleUploadedFile("hit.pdf", b"%PDF-1.4 hit", "application/pdf"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = next(e for e in case_file_data(world.refresh())["entries"] if e["id"] == "e-it")
    assert entry["state"] == "IT"
    assert entry["provenance"]["source"] == "Eurodac"
    assert entry["provenance"]["evidence"] == "proof"
    assert entry["provenance"]["annex_item"] == "A.I.7"
    evidence = Evidence.objects.get(pk=int(entry["provenance"]["document"].split(":")[1]))
    assert (evidence.filename, evidence.category) == ("hit.pdf", "proof")


def test_form_errors_are_summarised_at_the_top_and_name_each_field(world: World) -> None:
    case = world.refresh()
    response = world.client("caseworker").post(
        f"{C}/facts/entries/new/",
        {"state": "IT", "on_0": "31", "on_1": "2", "on_2": "2025"}
        | {"expected_version": str(case.version)},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page
    links = _summary_links(page)
    assert ("#id_on_0", "Enter a real date, for example 27 3 2026") in links
    assert ("#id_reason", "Say why this is recorded or changed") in links
    assert ("#id_mode_0", "How: choose one") in links  # the field is named
    hrefs = [href for href, _text in links]
    assert hrefs.index("#id_on_0") < hrefs.index("#id_reason")  # in the order of the page
    assert '<select class="govuk-select" id="id_state" name="state">' in page
    assert 'id="id_on_0"' in page  # the link's target exists
    assert "govuk-form-group--error" in page
    assert 'value="31"' in page  # what was typed is kept


def test_an_engine_refusal_names_the_field_path_and_stores_nothing(world: World) -> None:
    case = world.refresh()
    before = case_file_data(case)
    response = world.client("caseworker").post(
        f"{C}/facts/yaml/",
        {
            "kind": "entries",
            "text": "id: e-bad\nstate: UK\non: 2025-01-01\nmode: irregular\n",
            "reason": "typo test",
            "expected_version": str(case.version),
        },
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "There is a problem" in page
    assert "entries[" in page
    assert ".state" in page
    assert "ISO 3166-1 code &#x27;GB&#x27;" in page or "GB" in page
    assert case_file_data(world.refresh()) == before


def test_a_conflicting_edit_is_explained_and_the_input_is_kept(world: World) -> None:
    client = world.client("caseworker")
    stale = world.refresh().version
    form = client.get(f"{C}/facts/family/b1/")
    opened_at = re.search(r'name="opened_at" value="([^"]+)"', form.content.decode())
    assert opened_at is not None
    # Meanwhile a colleague changes the case.
    update_facts(
        world.users["supervisor"],
        REFERENCE,
        [FactChange("entries", {"state": "IT", "on": "2025-01-01", "mode": "irregular"})],
        expected_version=stale,
    )
    mine = {
        "relation": "sibling",
        "state": "GB",
        "status": "citizen",
        "reason": "British passport seen at the interview",
        "source": "UK passport copy",
        "expected_version": str(stale),
        "opened_at": opened_at.group(1),
    }
    response = client.post(f"{C}/facts/family/b1/", mine)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Someone else changed this case" in page
    assert f"you had version {stale}" in page
    assert "sophie" in page  # who changed what meanwhile
    assert "British passport seen at the interview" in page
    assert 'value="UK passport copy"' in page
    assert 'value="citizen" selected' in page
    family = next(m for m in case_file_data(world.refresh())["family"] if m["id"] == "b1")
    assert family["status"] == "legally_resident"  # nothing saved
    # Saving again (the form now carries the current version) applies the change.
    current = re.search(r'name="expected_version" value="(\d+)"', page)
    assert current is not None
    assert int(current.group(1)) == world.refresh().version
    again = client.post(f"{C}/facts/family/b1/", mine | {"expected_version": current.group(1)})
    assert again.status_code == 302
    family = next(m for m in case_file_data(world.refresh())["family"] if m["id"] == "b1")
    assert family["status"] == "citizen"


def test_a_fact_is_withdrawn_with_a_reason_and_its_history_is_kept(world: World) -> None:
    client = world.client("caseworker")
    case = world.refresh()
    response = client.post(
        f"{C}/facts/family/u1/withdraw/",
        {"reason": "not the applicant's uncle", "expected_version": str(case.version)},
    )
    assert response.status_code == 302
    assert all(m["id"] != "u1" for m in case_file_data(world.refresh())["family"])
    history = client.get(f"{C}/facts/family/u1/history/").content.decode()
    assert "not the applicant&#x27;s uncle" in history or "not the applicant's uncle" in history
    assert "withdrawn" in history


def test_notes_are_written_changed_removed_with_reasons_and_a_history(world: World) -> None:
    client = world.client("caseworker")
    facts_page = client.get(f"{C}/facts/").content.decode()
    assert "Write notes" in facts_page
    assert f'href="{C}/notes/"' in facts_page
    refused = client.post(
        f"{C}/notes/", {"text": "Met at the day centre.", "expected_version": "1"}
    )
    assert refused.status_code == 400  # no reason: nothing saved
    assert "Say why this is recorded or changed" in refused.content.decode()
    assert "notes" not in case_file_data(world.refresh())
    for text, reason in (
        ("Met at the day centre.\nSpeaks Tigrinya.", "first meeting"),
        ("Speaks Tigrinya and some English.", "second meeting"),
    ):
        saved = client.post(
            f"{C}/notes/",
            {"text": text, "reason": reason, "expected_version": str(world.refresh().version)},
        )
        assert saved.status_code == 302
        assert case_file_data(world.refresh())["notes"] == text
    page = client.get(f"{C}/facts/").content.decode()
    assert "Speaks Tigrinya and some English." in page
    assert "Change the notes" in page
    removed = client.post(
        f"{C}/notes/",
        {
            "text": "",
            "reason": "moved to the interview record",
            "expected_version": str(world.refresh().version),
        },
    )
    assert removed.status_code == 302
    assert "notes" not in case_file_data(world.refresh())
    history = client.get(f"{C}/facts/notes/notes/history/").content.decode()
    for seen in (
        "first meeting",
        "second meeting",
        "moved to the interview record",
        "Speaks Tigrinya",
    ):
        assert seen in history


def test_notes_are_not_for_readers_who_may_not_edit(world: World) -> None:
    """An adviser reads the case of a consenting client but changes nothing."""
    adviser = world.client("adviser")
    assert adviser.get(f"{C}/notes/").status_code == 403
    posted = adviser.post(
        f"{C}/notes/",
        {"text": "x", "reason": "y", "expected_version": str(world.refresh().version)},
    )
    assert posted.status_code == 403
    assert "notes" not in case_file_data(world.refresh())


def test_an_answer_needs_a_reason_and_feeds_the_engine(world: World) -> None:
    case = world.refresh()
    questions = (case.determination or {}).get("questions", [])
    assert questions, "the engine asks about the child's best interests"
    question = questions[0]
    client = world.client("caseworker")
    post = {
        "prefix": "q1",
        "q1-question": question["id"],
        "q1-value": question["options"][0],
        "q1-expected_version": str(case.version),
    }
    response = client.post(f"{C}/answer/", post)
    assert response.status_code == 400
    page = response.content.decode()
    assert ("#id_q1-reason", "Give the reason for this answer") in _summary_links(page)
    response = client.post(f"{C}/answer/", post | {"q1-reason": "interview with the child"})
    assert response.status_code == 302
    answers = case_file_data(world.refresh()).get("answers", [])
    assert any(a["question"] == question["id"] for a in answers)


def test_an_override_needs_a_reason(world: World) -> None:
    case = world.refresh()
    client = world.client("supervisor")
    post = {
        "choice": "override",
        "state": "DE",
        "summary": "examine in Germany",
        "expected_version": str(case.version),
    }
    response = client.post(f"{C}/decide/", post)
    assert response.status_code == 422
    links = _summary_links(response.content.decode())
    assert ("#id_reason", "Reason: give the reason why you depart from the engine's proposal") in [
        (h, t.replace("&#x27;", "'")) for h, t in links
    ]
    response = client.post(f"{C}/decide/", post | {"reason": "the uncle is the better carer"})
    assert response.status_code == 302
    decision = Decision.objects.get(case=world.case)
    assert (decision.decided_state, decision.override) == ("DE", True)


def test_a_request_is_composed_previewed_as_the_standard_form_and_sent(world: World) -> None:
    client = world.client("caseworker")
    case = create_registered_case(
        world.users["caseworker"],
        "CAL-2026-0101",
        people=[{"kind": "applicant", "name_latin": "Said Ali"}],
    )
    case = update_facts(
        world.users["caseworker"],
        case.reference,
        [
            FactChange("applications", {"state": "FR", "lodged_on": TODAY.isoformat()}),
            FactChange(
                "family",
                {"id": "b1", "relation": "sibling", "state": "GB", "status": "citizen"},
            ),
        ],
        expected_version=case.version,
    )
    Person.objects.create(
        case=case, kind="family_member", fact_key="b1", name_latin="Bashir Mohamed"
    )
    C = "/cases/CAL-2026-0101"
    page = client.get(f"{C}/requests/new/").content.decode()
    assert "Compose a request" in page
    post = {
        "to_state": "GB",
        "kind": "take_charge",
        "basis": "8(1)",
        **_date("sent_on", TODAY),
        "request_id": "tc-2",
        "expected_version": str(case.version),
    }
    preview = client.post(f"{C}/requests/new/", post | {"action": "preview"})
    assert preview.status_code == 200
    text = preview.content.decode()
    assert "Check the request before you send it" in text
    assert "Bashir Mohamed" in text  # the family member in the requested State
    sent = client.post(f"{C}/requests/new/", post | {"action": "send"})
    assert sent.status_code == 302
    case.refresh_from_db()
    assert any(r["id"] == "tc-2" for r in case_file_data(case)["requests"])
    assert case.stage == "request_sent"
    # Sending again at this stage is an illegal step, explained on the page.
    again = client.post(f"{C}/requests/new/", post | {"action": "send", "request_id": "tc-3"})
    assert again.status_code == 409
    assert "possible steps now" in again.content.decode()


def test_the_uk_liaison_replies_from_the_incoming_queue(world: World) -> None:
    client = world.client("uk_liaison")
    queue = client.get("/requests/incoming/").content.decode()
    assert REFERENCE in queue
    assert "tc-1" in queue
    case = world.refresh()
    refused = client.post(
        f"{C}/requests/tc-1/reply/",
        {"outcome": "refuse", **_date("received_on", TODAY), "expected_version": case.version},
    )
    assert refused.status_code == 400
    assert ("#id_reasons", "Give the reasons for this reply") in _summary_links(
        refused.content.decode()
    )
    accepted = client.post(
        f"{C}/requests/tc-1/reply/",
        {
            "outcome": "accept",
            "basis": "8(1)",
            **_date("received_on", TODAY),
            "expected_version": case.version,
        },
    )
    assert accepted.status_code == 302
    assert world.refresh().stage == "accepted"
    assert "tc-1" not in client.get("/requests/incoming/").content.decode()


def test_the_transfer_is_recorded(world: World) -> None:
    client = world.client("uk_liaison")
    case = world.refresh()
    client.post(
        f"{C}/requests/tc-1/reply/",
        {"outcome": "accept", **_date("received_on", TODAY), "expected_version": case.version},
    )
    case = world.refresh()
    response = world.client("caseworker").post(
        f"{C}/transfer/",
        {
            **_date("carried_out_on", TODAY),
            "to_state": "GB",
            "mode": "escorted",
            "expected_version": case.version,
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert world.refresh().stage == "transferred"


def test_an_illegal_step_is_refused_with_the_possible_steps(world: World) -> None:
    case = world.refresh()
    response = world.client("caseworker").post(
        f"{C}/step/", {"step": "lodge_appeal", "expected_version": case.version}
    )
    assert response.status_code == 400  # not a step possible at this stage
    assert "There is a problem" in response.content.decode()


def test_registering_an_applicant_opens_the_new_case(world: World) -> None:
    client = world.client("caseworker")
    response = client.post(
        "/cases/new/",
        {
            "reference": "CAL-2026-0999",
            "name_latin": "Yonas Tesfaye",
            "sex": "male",
            "nationalities": "er",
            **_date("date_of_birth", TODAY.replace(year=TODAY.year - 30)),
            "unaccompanied": "no",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/cases/CAL-2026-0999/"
    page = client.get("/cases/CAL-2026-0999/").content.decode()
    assert "Yonas Tesfaye" in page
    taken = client.post(
        "/cases/new/", {"reference": "CAL-2026-0999", "name_latin": "X", "sex": "male"}
    )
    assert taken.status_code == 422
    assert ("#id_reference", "Case reference: use a reference that no other case has") in (
        [(h, t.split(" (given")[0]) for h, t in _summary_links(taken.content.decode())]
    )


def test_an_administrator_creates_a_user_and_sees_the_password_once(world: World) -> None:
    client = world.client("administrator")
    response = client.post(
        "/administration/users/new/",
        {
            "username": "new-caseworker",
            "role": "caseworker",
            "team": str(world.calais.pk),
            "language": "fr",
        },
    )
    assert response.status_code == 200
    assert 'id="first-password"' in response.content.decode()
    assert "new-caseworker" in client.get("/administration/users/").content.decode()


def test_an_answer_given_on_a_stale_page_is_kept_and_explained(world: World) -> None:
    case = world.refresh()
    question = (case.determination or {})["questions"][0]
    update_facts(
        world.users["supervisor"],
        REFERENCE,
        [FactChange("entries", {"state": "IT", "on": "2025-01-01", "mode": "irregular"})],
        expected_version=case.version,
    )
    post = {
        "prefix": "q1",
        "q1-question": question["id"],
        "q1-value": question["options"][0],
        "q1-reason": "the child wants to join the brother",
        "q1-expected_version": str(case.version),
    }
    response = world.client("caseworker").post(f"{C}/answer/", post)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Someone else changed this case" in page
    assert "the child wants to join the brother" in page
    assert f'name="q1-expected_version" value="{world.refresh().version}"' in page
