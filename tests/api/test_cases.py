"""Cases through the API: register, open, change facts (409 and 422 leave data untouched),
history, the case as it stood, questions and answers, the procedure, import and export."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
import yaml
from django.test import Client
from django.utils import timezone

from cordiale.audit.models import AuditEntry
from cordiale.casework.models import Case, FactVersion
from tests.api.world import REFERENCE, World, build_world
from tests.builders import APPLICANT, create_team, create_user

pytestmark = pytest.mark.django_db

A = "/api/v1"
TODAY = date.today()


def post(client: Client, path: str, body: Any) -> Any:
    return client.post(A + path, body, content_type="application/json")


@pytest.fixture
def world() -> World:
    return build_world()


def test_register_an_applicant_with_names_in_both_scripts() -> None:
    user = create_user()
    client = Client()
    client.force_login(user)
    response = post(
        client,
        "/cases",
        {
            "reference": "FR-2026-0100",
            "applicant": {"date_of_birth": "1999-04-01", "sex": "male", "nationalities": ["SD"]},
            "people": [
                {
                    "name_latin": "Mohamed Osman",
                    "name_original": "محمد عثمان",
                    "script": "Arab",
                    "aliases": ["Mohammed Othman"],
                }
            ],
        },
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["reference"], body["version"], body["stage"]) == ("FR-2026-0100", 2, "intake")
    assert body["people"][0]["name_original"] == "محمد عثمان"
    assert body["people"][0]["aliases"] == ["Mohammed Othman"]
    assert body["summary"]["status"] == "insufficient_facts"
    listed = client.get(f"{A}/cases", {"q": "osman"}).json()
    assert [c["reference"] for c in listed["items"]] == ["FR-2026-0100"]
    assert listed["items"][0]["applicant_name"] == "Mohamed Osman"
    assert client.get(f"{A}/cases", {"stage": "closed"}).json()["count"] == 0


def test_invalid_input_is_422_naming_the_field_and_writes_nothing() -> None:
    client = Client()
    client.force_login(create_user())
    response = post(
        client,
        "/cases",
        {"reference": "FR-2026-0101", "applicant": {"sex": "robot", "nationalities": ["UK"]}},
    )
    assert response.status_code == 422
    errors = {e["path"]: e for e in response.json()["errors"]}
    assert errors["applicant.sex"]["value"] == "robot"
    assert "GB" in errors["applicant.nationalities[0]"]["expected"]
    # A code a client can word in its own language, with its parameters.
    assert errors["applicant.sex"]["code"] == "literal_error"
    assert errors["applicant.nationalities[0]"]["code"] == "state_code_alias"
    assert errors["applicant.nationalities[0]"]["params"]["iso"] == "GB"
    assert not Case.objects.exists()
    # Query parameters and unknown stages too.
    response = client.get(f"{A}/cases", {"limit": 0})
    assert response.status_code == 422
    assert response.json()["errors"][0]["path"] == "limit"
    response = client.get(f"{A}/cases", {"stage": "limbo"})
    assert (response.status_code, response.json()["errors"][0]["path"]) == (422, "stage")
    # A body that is not JSON: a clear 400, never a traceback.
    response = client.post(f"{A}/cases", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["detail"]


def test_opening_a_case_shows_the_determination_in_the_language_asked_and_is_audited(
    world: World,
) -> None:
    client = world.client("caseworker")
    body = client.get(f"{A}/cases/{world.ref}", {"lang": "fr"}).json()
    assert body["view"] == "full"
    assert body["version"] == world.case.version
    assert body["summary"]["proposed_state"] == "GB"
    assert body["determination"]["basis"]["citation"].startswith("art")
    assert {p["name_latin"] for p in body["people"]} >= {"Ahmad Karimi", "Bashir Karimi"}
    assert [t["title"] for t in body["tasks"]] == ["Check the reply"]
    assert any(d["deadline_id"] == "take_charge_reply" for d in body["deadlines"])
    english = client.get(f"{A}/cases/{world.ref}", {"lang": "en"}).json()
    assert english["determination"]["basis"]["citation"].startswith("Art")
    reads = AuditEntry.objects.filter(action="read", object_id=world.ref, actor="claire")
    assert reads.count() == 2


def _change(version: int, **change: Any) -> dict[str, Any]:
    return {"version": version, "changes": [{"reason": "interview", **change}]}


def test_changing_facts_reruns_the_engine_and_keeps_every_version(world: World) -> None:
    client = world.client("caseworker")
    version = world.case.version
    response = post(
        client,
        f"/cases/{world.ref}/facts",
        _change(
            version,
            kind="family",
            key="b1",
            data={"relation": "sibling", "state": "GB", "status": "legally_resident"},
            source="DNA test",
            evidence_category="proof",
            evidence_id=world.gb_evidence.pk,
        ),
    )
    assert response.status_code == 200, response.json()
    assert response.json()["version"] == version + 1
    history = client.get(f"{A}/cases/{world.ref}/facts/family/b1/history").json()
    assert [v["number"] for v in history] == [1, 2]
    assert history[1]["source"] == "DNA test"
    assert history[1]["evidence_id"] == world.gb_evidence.pk
    assert history[1]["recorded_by"] == "claire"
    facts = client.get(f"{A}/cases/{world.ref}/facts").json()
    b1 = next(m for m in facts["family"] if m["id"] == "b1")
    assert b1["provenance"]["document"] == f"evidence:{world.gb_evidence.pk}"
    missing = client.get(f"{A}/cases/{world.ref}/facts/family/zz/history")
    assert missing.status_code == 404


def test_a_stale_version_is_a_409_conflict_and_leaves_the_data_unchanged(world: World) -> None:
    first, second = world.client("caseworker"), world.client("supervisor")
    version = world.case.version
    before = FactVersion.objects.count()
    ok = post(
        first, f"/cases/{world.ref}/facts", _change(version, kind="family", key="u1", data=None)
    )
    assert ok.status_code == 200
    after_first = FactVersion.objects.count()
    assert after_first == before + 1
    stale = post(
        second,
        f"/cases/{world.ref}/facts",
        _change(
            version,
            kind="entries",
            data={"id": "e1", "state": "IT", "on": "2019-01-10", "mode": "irregular"},
        ),
    )
    assert stale.status_code == 409
    body = stale.json()
    assert "changed by someone else" in body["detail"]
    assert body["errors"][0]["path"] == "version"
    case = Case.objects.get(reference=world.ref)
    assert case.version == version + 1
    assert FactVersion.objects.count() == after_first
    facts = first.get(f"{A}/cases/{world.ref}/facts").json()
    assert "entries" not in facts


def test_facts_the_engine_would_refuse_are_422_with_paths_and_nothing_is_written(
    world: World,
) -> None:
    client = world.client("caseworker")
    version = world.case.version
    before = FactVersion.objects.count()
    response = post(
        client,
        f"/cases/{world.ref}/facts",
        _change(version, kind="entries", data={"id": "e1", "state": "XX", "on": "2019-02-30"}),
    )
    assert response.status_code == 422
    paths = {e["path"] for e in response.json()["errors"]}
    assert any(p.startswith("entries[0].") for p in paths), paths
    response = post(
        client,
        f"/cases/{world.ref}/facts",
        {"version": version, "changes": [{"kind": "family", "key": "u1", "data": None}]},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["path"] == "changes[0].reason"
    response = post(client, f"/cases/{world.ref}/facts", {"changes": []})
    assert {e["path"] for e in response.json()["errors"]} == {"version", "changes"}
    response = client.get(f"{A}/cases/{world.ref}/determination", {"lang": "de"})
    assert (response.status_code, response.json()["errors"][0]["path"]) == (422, "lang")
    response = post(
        client,
        f"/cases/{world.ref}/facts",
        _change(version, kind="family", key="u1", data=None, evidence_id=999_999),
    )
    assert (response.status_code, response.json()["errors"][0]["path"]) == (
        422,
        "changes[0].evidence_id",
    )
    long_id = {"id": "e" * 61, "state": "IT", "on": "2019-01-10", "mode": "irregular"}
    response = post(
        client, f"/cases/{world.ref}/facts", _change(version, kind="entries", data=long_id)
    )
    assert (response.status_code, response.json()["errors"][0]["path"]) == (
        422,
        "changes[0].data.id",
    )
    response = post(client, f"/cases/{world.ref}/facts", _change(version, kind="nonsense", data={}))
    assert (response.status_code, response.json()["errors"][0]["path"]) == (422, "changes[0].kind")
    assert FactVersion.objects.count() == before
    assert Case.objects.get(reference=world.ref).version == version


def test_questions_and_answers(world: World) -> None:
    client = world.client("caseworker")
    questions = client.get(f"{A}/cases/{world.ref}/questions", {"lang": "fr"}).json()
    question = next(q for q in questions["questions"] if q["id"].startswith("H1"))
    assert question["message"]["text"]
    answer = {
        "version": questions["version"],
        "question": question["id"],
        "value": "maybe",
        "reason": "assessment",
    }
    refused = post(client, f"/cases/{world.ref}/answers", answer)
    assert (refused.status_code, refused.json()["errors"][0]["path"]) == (422, "value")
    answer["value"] = question["options"][0]
    response = post(client, f"/cases/{world.ref}/answers", answer)
    assert response.status_code == 200
    asked = [q["id"] for q in response.json()["determination"]["questions"]]
    assert question["id"] not in asked


def test_the_case_as_it_stood_before_a_change(world: World) -> None:
    client = world.client("caseworker")
    moment = timezone.now()
    post(
        client,
        f"/cases/{world.ref}/facts",
        _change(world.case.version, kind="family", key="b1", data=None),
    )
    now = client.get(f"{A}/cases/{world.ref}/facts").json()
    assert [m["id"] for m in now["family"]] == ["u1"]
    then = client.get(f"{A}/cases/{world.ref}/as-of", {"at": moment.isoformat()}).json()
    assert [m["id"] for m in then["facts"]["family"]] == ["b1", "u1"]
    assert then["determination"]["proposed_state"] == "GB"
    before = client.get(f"{A}/cases/{world.ref}/as-of", {"at": "2000-01-01T00:00:00"})
    assert before.status_code == 404
    assert "did not exist" in before.json()["detail"]


def test_steps_follow_the_lifecycle_and_an_illegal_step_is_a_clear_409(world: World) -> None:
    client = world.client("caseworker")
    version = world.case.version
    response = post(
        client,
        f"/cases/{world.ref}/steps",
        {
            "version": version,
            "step": "record_transfer",
            "data": {"to_state": "GB", "carried_out_on": "2019-05-02"},
        },
    )
    assert response.status_code == 409
    assert "request_sent" in response.json()["detail"]
    assert "record_reply" in response.json()["detail"]
    assert Case.objects.get(reference=world.ref).version == version
    reply = {"request": "tc-1", "received_on": "2019-04-10", "outcome": "accept"}
    response = post(
        client,
        f"/cases/{world.ref}/steps",
        {"version": version, "step": "record_reply", "data": reply},
    )
    assert (response.status_code, response.json()["stage"]) == (200, "accepted")


def test_the_draft_request_form_is_prefilled(world: World) -> None:
    form = world.client("caseworker").get(f"{A}/cases/{world.ref}/request-form").json()
    assert form["requested_state"] == "GB"
    assert [m["id"] for m in form["family_in_requested_state"]] == ["b1"]
    assert [e["id"] for e in form["evidence"]] == [world.gb_evidence.pk]
    bad = world.client("caseworker").get(f"{A}/cases/{world.ref}/request-form?to_state=UK")
    assert (bad.status_code, bad.json()["errors"][0]["path"]) == (422, "to_state")


def test_decisions_need_a_reason_to_override_and_replay(world: World) -> None:
    client = world.client("supervisor")
    # The engine proposes GB, and France is responsible again (Art 29(2)): DE is an override.
    assert world.case.responsible_state == "FR"
    body = {"version": world.case.version, "summary": "send to DE", "decided_state": "DE"}
    refused = post(client, f"/cases/{world.ref}/decisions", body)
    assert (refused.status_code, refused.json()["errors"][0]["path"]) == (422, "reason")
    body["reason"] = "the uncle's care is in the child's best interests"
    response = post(client, f"/cases/{world.ref}/decisions", body)
    assert response.status_code == 201
    decision = response.json()
    assert (decision["override"], decision["decided_by"]) == (True, "sophie")
    listed = client.get(f"{A}/cases/{world.ref}/decisions").json()
    assert [d["id"] for d in listed] == [world.decision.pk, decision["id"]]
    replay = client.get(f"{A}/decisions/{decision['id']}/replay").json()
    assert replay["same"] is True


def test_export_json_and_yaml_and_import_round_trip(world: World) -> None:
    client = world.client("caseworker")
    exported = client.get(f"{A}/cases/{world.ref}/export").json()
    assert exported["reference"] == world.ref
    text = client.get(f"{A}/cases/{world.ref}/export", {"format": "yaml"})
    assert text["Content-Type"].startswith("application/yaml")
    assert yaml.safe_load(text.content)["reference"] == world.ref
    exported["reference"] = "FR-2026-COPY"
    response = post(client, "/cases/import", exported)
    assert response.status_code == 201, response.json()
    assert response.json()["summary"]["proposed_state"] == "GB"
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"export", "import"} <= actions
    # The case file's notes travel too, and change like any fact (a new version).
    exported["notes"] = "Invented note: brother's address checked by phone."
    exported["reference"] = "FR-2026-NOTES"
    assert post(client, "/cases/import", exported).status_code == 201
    copy = client.get(f"{A}/cases/FR-2026-NOTES/export").json()
    assert copy["notes"] == exported["notes"]
    changed = post(
        client,
        "/cases/FR-2026-NOTES/facts",
        {
            "version": client.get(f"{A}/cases/FR-2026-NOTES").json()["version"],
            "changes": [
                {"kind": "notes", "data": {"text": "Address confirmed."}, "reason": "call"}
            ],
        },
    )
    assert changed.status_code == 200, changed.json()
    assert client.get(f"{A}/cases/FR-2026-NOTES/export").json()["notes"] == "Address confirmed."
    del exported["notes"]
    exported["reference"] = "has spaces"
    bad = post(client, "/cases/import", exported)
    assert (bad.status_code, bad.json()["errors"][0]["path"]) == (422, "reference")
    exported["reference"] = "FR-2026-COPY2"
    exported["applicant"]["sex"] = "robot"
    bad = post(client, "/cases/import", exported)
    assert (bad.status_code, bad.json()["errors"][0]["path"]) == (422, "applicant.sex")
    assert not Case.objects.filter(reference="FR-2026-COPY2").exists()


def test_the_uk_liaison_sees_only_the_request_forms(world: World) -> None:
    # An answer recorded by the Dublin unit is no business of the UK liaison.
    question = world.question()
    post(
        world.client("caseworker"),
        f"/cases/{world.ref}/answers",
        {
            "version": world.case.version,
            "question": question["id"],
            "value": question["options"][0],
            "reason": "social worker's assessment",
        },
    )
    client = world.client("uk_liaison")
    response = client.get(f"{A}/cases/{world.ref}")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"view", "reference", "version", "requests"}
    assert body["view"] == "uk_liaison"
    form_keys = {
        "reference",
        "requesting_state",
        "requested_state",
        "request",
        "replies",
        "applicant",
        "family_in_requested_state",
        "facts_about_requested_state",
        "evidence",
    }
    (form,) = body["requests"]
    assert set(form) <= form_keys
    assert [m["id"] for m in form["family_in_requested_state"]] == ["b1"]
    text = json.dumps(body, ensure_ascii=False)
    for hidden in ("u1", "Rahim", "DE", "answers", question["id"], "social worker", "medical"):
        assert hidden not in text, hidden
    listed = client.get(f"{A}/cases").json()["items"]
    assert listed == [{"reference": world.ref, "version": body["version"]}]
    # Evidence: the document the form carries, not the other one.
    assert client.get(f"{A}/evidence/{world.gb_evidence.pk}").status_code == 200
    assert client.get(f"{A}/evidence/{world.private_evidence.pk}").status_code == 403
    # The reply comes back in the same view.
    reply = {"request": "tc-1", "received_on": "2019-04-10", "outcome": "accept"}
    response = post(
        client,
        f"/cases/{world.ref}/steps",
        {"version": body["version"], "step": "record_reply", "data": reply},
    )
    assert response.status_code == 200
    assert set(response.json()) == {"view", "reference", "version", "requests"}
    assert response.json()["requests"][0]["replies"][0]["outcome"] == "accept"
    closing = post(
        client, f"/cases/{world.ref}/steps", {"version": body["version"] + 1, "step": "close"}
    )
    assert closing.status_code == 403


def test_a_case_not_referred_to_the_uk_is_not_found_for_the_uk_liaison(world: World) -> None:
    other = create_user(team=world.calais, name="colette")
    client = Client()
    client.force_login(other)
    post(
        client,
        "/cases",
        {"reference": "FR-2026-0200", "applicant": {"nationalities": ["SD"]}},
    )
    liaison = world.client("uk_liaison")
    assert liaison.get(f"{A}/cases/FR-2026-0200").status_code == 404
    assert "FR-2026-0200" not in liaison.get(f"{A}/cases").content.decode()


def test_an_adviser_cannot_open_another_ngos_client_even_by_url(world: World) -> None:
    client = world.client("adviser_no_consent")
    for path in (
        f"/cases/{world.ref}",
        f"/cases/{world.ref}/facts",
        f"/cases/{world.ref}/export",
        f"/cases/{world.ref}/determination",
        f"/evidence/{world.gb_evidence.pk}",
        f"/decisions/{world.decision.pk}/replay",
    ):
        response = client.get(A + path)
        assert response.status_code == 404, path
        assert "Karimi" not in response.content.decode()
    assert client.get(f"{A}/cases").json()["items"] == []
    refusals = AuditEntry.objects.filter(action="refused", actor="anna")
    assert refusals.count() == 6
    # The consented adviser reads, and loses access when the consent is withdrawn.
    adviser = world.client("adviser")
    assert adviser.get(f"{A}/cases/{world.ref}").status_code == 200
    withdrawn = world.client("caseworker").post(
        f"{A}/cases/{world.ref}/consents/{world.consent.pk}/withdraw"
    )
    assert withdrawn.json()["withdrawn_on"] == TODAY.isoformat()
    assert adviser.get(f"{A}/cases/{world.ref}").status_code == 404


def test_consent_is_given_to_an_ngo_only(world: World) -> None:
    client = world.client("caseworker")
    refused = post(
        client,
        f"/cases/{world.ref}/consents",
        {"team": world.calais.pk, "given_on": TODAY.isoformat()},
    )
    assert (refused.status_code, refused.json()["errors"][0]["path"]) == (422, "team")
    given = post(
        client,
        f"/cases/{world.ref}/consents",
        {"team": world.other_ngo.pk, "given_on": TODAY.isoformat()},
    )
    assert given.status_code == 201
    assert world.client("adviser_no_consent").get(f"{A}/cases/{world.ref}").status_code == 200


def test_consent_cannot_be_dated_in_the_future(world: World) -> None:
    # Recorded once given: a future date would open the file to the NGO too early.
    client = world.client("caseworker")
    tomorrow = timezone.localdate() + timedelta(days=1)
    refused = post(
        client,
        f"/cases/{world.ref}/consents",
        {"team": world.other_ngo.pk, "given_on": tomorrow.isoformat()},
    )
    assert (refused.status_code, refused.json()["errors"][0]["path"]) == (422, "given_on")
    assert world.client("adviser_no_consent").get(f"{A}/cases/{world.ref}").status_code == 404


def test_another_dublin_units_case_is_not_found(world: World) -> None:
    lille = create_user(team=create_team("Dublin unit Lille"), name="louis")
    client = Client()
    client.force_login(lille)
    assert client.get(f"{A}/cases/{REFERENCE}").status_code == 404
    response = post(
        client,
        f"/cases/{REFERENCE}/facts",
        _change(world.case.version, kind="family", key="u1", data=None),
    )
    assert response.status_code == 404
    assert Case.objects.get(reference=REFERENCE).version == world.case.version


def test_evidence_upload_and_download_are_checked_and_audited(world: World) -> None:
    client = world.client("caseworker")
    content = b"%PDF-1.4 local-authority assessment\n"
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("../../assessment.pdf", content, content_type="application/pdf")
    response = client.post(
        f"{A}/cases/{world.ref}/evidence", {"file": upload, "category": "circumstantial"}
    )
    assert response.status_code == 201, response.json()
    stored = response.json()
    assert (stored["filename"], stored["size"]) == ("assessment.pdf", len(content))
    download = client.get(f"{A}/evidence/{stored['id']}")
    assert download.content == content
    assert download["Content-Type"] == "application/pdf"
    assert AuditEntry.objects.filter(
        action="read", object_type="evidence", object_id=str(stored["id"])
    ).exists()
    exe = SimpleUploadedFile("x.exe", b"MZ", content_type="application/x-msdownload")
    refused = client.post(f"{A}/cases/{world.ref}/evidence", {"file": exe})
    assert (refused.status_code, refused.json()["errors"][0]["path"]) == (422, "file")
    missing = client.post(f"{A}/cases/{world.ref}/evidence", {"category": "proof"})
    assert (missing.status_code, missing.json()["errors"][0]["path"]) == (422, "file")


def test_the_list_is_paginated(world: World) -> None:
    client = world.client("caseworker")
    for n in range(3):
        post(
            client,
            "/cases",
            {"reference": f"FR-2026-03{n:02}", "applicant": {"nationalities": ["SD"]}},
        )
    page = client.get(f"{A}/cases", {"limit": 2}).json()
    assert (page["count"], len(page["items"]), page["more"]) == (4, 2, True)
    rest = client.get(f"{A}/cases", {"limit": 2, "offset": 2}).json()
    assert (len(rest["items"]), rest["more"]) == (2, False)
    seen = {c["reference"] for c in page["items"] + rest["items"]}
    assert len(seen) == 4


def test_due_dates_move_with_the_facts() -> None:
    """A case with current dates: the Eurodac hit starts the one month of AMMR Art 39(1)."""
    user = create_user()
    client = Client()
    client.force_login(user)
    post(client, "/cases", {"reference": "FR-2026-0400", "applicant": APPLICANT})
    applied = (TODAY - timedelta(days=7)).isoformat()
    entered = (TODAY - timedelta(days=365)).isoformat()
    hit = (TODAY - timedelta(days=6)).isoformat()
    response = post(
        client,
        "/cases/FR-2026-0400/facts",
        {
            "version": 2,
            "changes": [
                {
                    "kind": "applications",
                    "key": "fr-1",
                    "data": {"state": "FR", "lodged_on": applied, "registered_on": applied},
                    "reason": "registration",
                },
                {
                    "kind": "entries",
                    "data": {"id": "e1", "state": "IT", "on": entered, "mode": "irregular"},
                    "reason": "interview",
                },
                {
                    "kind": "eurodac_hits",
                    "data": {
                        "id": "h1",
                        "category": 2,
                        "state": "IT",
                        "taken_on": entered,
                        "received_on": hit,
                    },
                    "reason": "Eurodac",
                    "source": "Eurodac",
                },
            ],
        },
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["summary"]["regime"], body["summary"]["proposed_state"]) == ("ammr", "IT")
    request = next(d for d in body["deadlines"] if d["deadline_id"] == "take_charge_request")
    assert (request["status"], request["overdue"]) == ("open", False)
    assert [t["deadline_key"] for t in body["tasks"]] == ["take_charge_request"]
