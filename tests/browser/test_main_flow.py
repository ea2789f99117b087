"""The joint team's main flow, end to end, through the real forms: a French caseworker
registers an unaccompanied 16-year-old whose brother is legally in the UK; the engine
proposes the UK under Art 8(1) and asks about the child's best interests; the caseworker
answers and sends the take charge request; the UK liaison signs in, sees only what the
request carries and accepts it; the transfer time limit appears on the case; the transfer
is recorded.

The United Kingdom applied Dublin III until the end of 2020 and the engine decides on the
day it runs, so the server's calendar is set to spring 2020 (`clock`) and moved on as the
weeks of the procedure pass."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest

from cordiale.accounts.models import Role, Team
from cordiale.casework.facts_store import case_file_data
from cordiale.casework.models import Case
from tests.browser.conftest import UI, Clock
from tests.builders import create_team, create_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REFERENCE = "CAL-2020-0300"
NAME = "Yonas Tesfay Gebremedhin"  # invented
BORN = date(2004, 1, 15)  # 16 when he applied
LODGED = date(2020, 3, 2)


def _register(ui: UI) -> None:
    ui.follow(ui.link("Register an applicant", within="nav"))
    ui.page.fill("#id_reference", REFERENCE)
    ui.page.fill("#id_name_latin", NAME)
    ui.fill_date("date_of_birth", BORN)
    ui.choose("sex", "male")
    ui.page.fill("#id_nationalities", "ER")
    ui.choose("unaccompanied", "yes")
    ui.follow(ui.button("Register"))
    assert ui.path == f"/cases/{REFERENCE}/"
    assert "The applicant is registered." in ui.text()


def _add_fact(ui: UI, kind_heading: str, fill: Callable[[], None], reason: str) -> None:
    ui.follow(ui.link(re.compile(f"^Add to {kind_heading}", re.IGNORECASE), within="main"))
    fill()
    ui.page.fill("#id_reason", reason)
    ui.follow(ui.button("Save"))
    assert "The facts are saved and the proposal is updated." in ui.text()


def _record_facts(ui: UI) -> None:
    ui.follow(ui.link("Facts", within="main nav"))

    def application() -> None:
        ui.choose("state", "FR")
        ui.fill_date("lodged_on", LODGED)
        ui.page.fill("#id_source", "GUDA Lille registration")

    def brother() -> None:
        ui.page.fill("#id_id", "brother")
        ui.choose("relation", "sibling")
        ui.choose("state", "GB")
        ui.choose("status", "legally_resident")

    def uncle() -> None:
        ui.page.fill("#id_id", "uncle")
        ui.choose("relation", "aunt_uncle")
        ui.choose("state", "DE")
        ui.choose("status", "legally_resident")

    _add_fact(ui, "applications", application, "Application lodged at the GUDA")
    _add_fact(ui, "family", brother, "Interview with the child: his brother lives in Leeds")
    _add_fact(ui, "family", uncle, "Interview with the child: an uncle in Hamburg")


def test_the_joint_teams_main_flow(open_ui: Callable[..., UI], clock: Clock) -> None:
    calais = create_team("Dublin unit Calais", Team.Kind.DUBLIN_UNIT)
    uk = create_team("UK liaison joint team", Team.Kind.UK_LIAISON)
    create_user(Role.CASEWORKER, calais, "claire")
    create_user(Role.UK_LIAISON, uk, "ursula")

    # 16 March 2020: the caseworker registers the child and records what he said.
    clock.today = date(2020, 3, 16)
    fr = open_ui("caseworker")
    fr.sign_in("claire")
    _register(fr)
    _record_facts(fr)

    # The engine proposes the UK under Art 8(1), subject to the child's best interests.
    fr.follow(fr.link("Overview", within="main nav"))
    proposal = fr.text("main")
    assert re.search(r"Proposed State, subject to the open questions\s+United Kingdom", proposal)
    assert "Art. 8(1), Reg. 604/2013" in proposal
    question = fr.page.locator("#questions ~ div").first
    assert "best interests" in question.inner_text()
    assert "brother" in question.inner_text()
    fr.screenshot("flow-question")

    # The caseworker answers, with the reason; the proposal is then the UK's responsibility.
    fr.choose("q1-value", "yes")
    fr.page.fill("#id_q1-reason", "Best-interests assessment of 16 March 2020 with the child")
    fr.follow(fr.button(re.compile("^Record the answer")))
    assert "Your answer is recorded and the proposal is updated." in fr.text()
    assert re.search(r"Responsible State\s+United Kingdom", fr.text())
    questions = fr.page.locator("#questions ~ div").all_inner_texts()
    assert questions  # the sovereignty clause and systemic flaws, which block nothing
    assert not any("best interests" in q for q in questions), questions

    # 20 March: the take charge request, pre-filled, previewed as its standard form, sent.
    clock.today = date(2020, 3, 20)
    fr.follow(fr.link("Compose a request to another State", within="main"))
    assert fr.page.input_value("#id_to_state") == "GB"
    assert fr.page.input_value("#id_basis") == "8(1)"
    assert fr.page.is_checked("input[name=kind][value=take_charge]")
    fr.page.fill("#id_request_id", "tc-1")
    fr.follow(fr.button("Preview the request"))
    preview = fr.text()
    assert "Check the request before you send it" in preview
    assert "Take charge request" in preview
    fr.screenshot("flow-request-preview")
    fr.follow(fr.button("Send the request"))
    assert "The request is recorded as sent." in fr.text()
    assert Case.objects.get(reference=REFERENCE).stage == "request_sent"

    # 6 April: the UK liaison signs in and finds the request in the incoming queue.
    clock.today = date(2020, 4, 6)
    gb = open_ui("UK liaison")
    gb.sign_in("ursula")
    gb.follow(gb.link("Incoming requests", within="nav"))
    assert REFERENCE in gb.text()
    gb.follow(gb.link(REFERENCE, within="main"))
    carried = gb.text()
    # Only what the request carries: the applicant, the brother in the UK; nothing else.
    assert "tc-1" in carried
    assert NAME in carried
    assert "Brother or sister" in carried
    assert "Germany" not in carried  # the uncle in Germany is not the UK's business
    assert "GUDA" not in carried  # nor the French application's record
    assert "The engine's proposal" not in carried
    assert gb.page.locator("main nav").get_by_role("link", name="Facts").count() == 0
    gb.goto(f"/cases/{REFERENCE}/facts/", status=403)
    gb.goto(f"/cases/{REFERENCE}/history/", status=403)
    gb.goto(f"/cases/{REFERENCE}/")  # the overview sends the UK liaison to the requests
    assert gb.path == f"/cases/{REFERENCE}/requests/"

    gb.follow(gb.link("Reply to this request", within="main"))
    gb.choose("outcome", "accept")
    gb.page.fill("#id_basis", "8(1)")
    gb.follow(gb.button("Record the reply"))
    assert gb.path == "/requests/incoming/"
    assert "The reply is recorded." in gb.text()
    assert REFERENCE not in gb.text("table")

    # The caseworker sees the acceptance and the transfer time limit: 6 months (Art 29(1)).
    fr.follow(fr.link("Overview", within="main nav"))
    case_text = fr.text()
    assert re.search(r"Stage: Accepted", case_text)
    limits = fr.page.locator(".cordiale-timeline").inner_text()
    transfer = re.search(r"Transfer \(request tc-1\)\s+Open\s+Due 6 October 2020", limits)
    assert transfer, limits
    assert "Art. 29(1), Reg. 604/2013" in limits
    fr.screenshot("flow-accepted")

    # 15 June: the transfer is carried out and recorded.
    clock.today = date(2020, 6, 15)
    fr.follow(fr.link("Record the transfer", within="main"))
    assert fr.page.input_value("#id_to_state") == "GB"
    fr.choose("mode", "escorted")
    fr.follow(fr.button("Record the transfer"))
    assert "The transfer is recorded." in fr.text()
    assert re.search(r"Stage: Transferred", fr.text())
    limits = fr.page.locator(".cordiale-timeline").inner_text()
    assert re.search(
        r"Transfer \(request tc-1\)\s+Met\s+Due 6 October 2020 · done on 15 June 2020", limits
    ), limits
    case = Case.objects.get(reference=REFERENCE)
    assert case.stage == "transferred"
    assert case_file_data(case)["transfers"][0]["carried_out_on"] == "2020-06-15"
