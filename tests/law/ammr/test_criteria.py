"""Tests for the AMMR criteria (Regulation (EU) 2024/1351): routing (Arts 36-38, 41), cessation
(Art 37), security (Art 16(4)), the criteria of Arts 25-33 in their order, the default
(Art 16(2)), dependency (Art 34), discretion (Art 35(1)), impossibility of transfer (Art 16(3)),
and three differences from Dublin III on the same facts.

Each test names the article it checks (shared/law/ammr.md sections 3-5, 10). FR determines
unless a test says otherwise; the first application is registered on 1 July 2026. The time
limits are replaced by an empty report (they have their own tests), except where a test
says it uses them.
"""

from __future__ import annotations

import re
import string
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cordiale.law.ammr import deadlines as ammr_deadlines
from cordiale.law.ammr import determine_ammr
from cordiale.law.ammr import engine as ammr_engine
from cordiale.law.casefile import facts_from_data
from cordiale.law.dublin3 import determine_dublin3
from cordiale.law.explain.messages_ammr import MESSAGES
from cordiale.law.facts import Application, CaseFacts
from cordiale.law.outcome import (
    DeadlineReport,
    Determination,
    LegalBasis,
    Message,
    Regime,
    Shift,
    Status,
    Track,
)
from cordiale.law.settings import DEFAULT_SETTINGS, EngineSettings

REGISTERED = "2026-07-01"
AS_OF = date(2026, 7, 15)
REASON = Message("regime.ammr.after_cutover", {"date": REGISTERED, "cutover": "2026-06-12"})
AMMR_SRC = Path(__file__).parents[3] / "src" / "cordiale" / "law" / "ammr"


# --- builders ---------------------------------------------------------------------------------


def case(**overrides: Any) -> dict[str, Any]:
    """An adult Sudanese applicant whose only application is registered in France."""
    data: dict[str, Any] = {
        "version": "1",
        "reference": "AMMR-1",
        "determining_state": "FR",
        "applicant": {"date_of_birth": "1995-01-01", "nationalities": ["SD"]},
        "applications": [
            {"id": "fr-1", "state": "FR", "lodged_on": REGISTERED, "registered_on": REGISTERED}
        ],
    }
    data.update(overrides)
    return data


def minor(**extra: Any) -> dict[str, Any]:
    """An unaccompanied Afghan minor (16 at the registration)."""
    return {"date_of_birth": "2010-03-01", "unaccompanied": True, "nationalities": ["AF"], **extra}


def facts(**overrides: Any) -> CaseFacts:
    return facts_from_data(case(**overrides), today=date(2100, 1, 1))


def run(
    as_of: date = AS_OF, settings: EngineSettings = DEFAULT_SETTINGS, **overrides: Any
) -> Determination:
    return determine_ammr(facts(**overrides), as_of=as_of, settings=settings, regime_reason=REASON)


def answer(question: str, value: str) -> dict[str, str]:
    return {"question": question, "value": value}


def question_ids(result: Determination) -> set[str]:
    return {q.id for q in result.questions}


def blocking(result: Determination) -> set[str]:
    return {q.id for q in result.questions if q.blocking}


def cited(result: Determination) -> tuple[str, str | None, str | None]:
    assert result.basis is not None
    return result.basis.article, result.basis.paragraph, result.basis.point


def keys(result: Determination) -> list[str]:
    return [step.message.key for step in result.trace]


def member(id: str, relation: str, state: str, status: str, **fields: Any) -> dict[str, Any]:
    return {"id": id, "relation": relation, "state": state, "status": status, **fields}


def consenting(**fields: Any) -> dict[str, Any]:
    return {"consent_applicant": True, "consent_member": True, **fields}


@pytest.fixture(autouse=True)
def no_time_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The criteria alone: the time limits return nothing."""

    def empty(*_: object, **__: object) -> DeadlineReport:
        return DeadlineReport([], [], [], [])

    monkeypatch.setattr(ammr_engine, "compute_deadlines", empty)


def with_shifts(monkeypatch: pytest.MonkeyPatch, *shifts: Shift) -> None:
    def report(*_: object, **__: object) -> DeadlineReport:
        return DeadlineReport([], list(shifts), [], [])

    monkeypatch.setattr(ammr_engine, "compute_deadlines", report)


# --- the result itself ------------------------------------------------------------------------


def test_result_is_an_ammr_determination_citing_regulation_2024_1351() -> None:
    """Every legal basis of the criteria cites Regulation (EU) 2024/1351."""
    result = run(entries=[{"state": "IT", "on": "2026-05-01", "mode": "irregular"}])
    assert result.regime is Regime.AMMR
    assert result.regime_reason == REASON
    assert result.first_lodged_on == date(2026, 7, 1)
    bases = [s.basis for s in result.trace] + [q.basis for q in result.questions]
    assert bases
    assert {b.instrument for b in bases} == {"2024/1351"}


def test_art24_1_criteria_are_examined_in_the_order_of_chapter_ii() -> None:
    """Art 24(1): security, Art 25, then Arts 26-33, 33(2) before 33(1) ("notwithstanding").
    Art 25 first states the date on which minority is judged (Art 24(2))."""
    result = run(entries=[{"state": "IT", "on": "2026-05-01", "mode": "irregular"}])
    rules = [s.rule for s in result.trace]
    assert rules[:13] == [
        "ammr.route",
        "ammr.art16.4",
        "ammr.art24.2",
        "ammr.art25",
        "ammr.art26",
        "ammr.art27",
        "ammr.art28",
        "ammr.art29",
        "ammr.art30",
        "ammr.art31",
        "ammr.art32",
        "ammr.art33.2",
        "ammr.art33.1",
    ]


# --- Art 24(2): the freeze date is the first registration -------------------------------------


def test_art24_2_the_first_registration_not_the_lodging_fixes_the_situation() -> None:
    """Art 24(2): the 20 months of Art 33(1) end on 1 July 2026; lodged on 25 June but registered
    on 2 July, the application comes too late."""
    result = run(
        applications=[
            {"id": "fr-1", "state": "FR", "lodged_on": "2026-06-25", "registered_on": "2026-07-02"}
        ],
        entries=[{"state": "IT", "on": "2024-11-01", "mode": "irregular"}],
    )
    assert result.first_lodged_on == date(2026, 7, 2)
    assert "ammr.art33.1.expired" in keys(result)
    assert (result.responsible_state, cited(result)) == ("FR", ("16", "2", None))


def test_art24_2_without_a_registration_date_the_lodging_stands_in() -> None:
    result = run(applications=[{"id": "fr-1", "state": "FR", "lodged_on": "2026-06-25"}])
    assert result.first_lodged_on == date(2026, 6, 25)


def test_art24_2_a_family_member_who_arrived_after_the_registration_does_not_count() -> None:
    """Art 24(2): the situation when the application was first registered."""
    result = run(
        family=[
            member(
                "wife",
                "spouse",
                "DE",
                "beneficiary_international_protection",
                present_since="2026-08-01",
                family_formed="in_country_of_origin",
                **consenting(),
            )
        ]
    )
    assert "ammr.family.arrived_after_t0" in keys(result)
    assert result.responsible_state == "FR"


# --- Art 16(4): security ----------------------------------------------------------------------


def test_art16_4_a_security_threat_found_by_another_state_makes_it_responsible() -> None:
    """Art 16(4): the State that carried out the check is responsible; no take charge request
    (a take back notification once it records its responsibility, Arts 38(3)(c), 36(1)(b))."""
    result = run(
        entries=[{"state": "GR", "on": "2026-05-01", "mode": "irregular"}],
        security_findings=[{"state": "IT", "on": "2026-05-20"}],
    )
    assert (result.responsible_state, cited(result)) == ("IT", ("16", "4", None))
    assert result.track is Track.TAKE_BACK
    assert "ammr.art16.4.take_back" in keys(result)
    assert "ammr.art33.1" not in {s.rule for s in result.trace}


def test_art16_4_a_threat_found_by_the_determining_state_keeps_the_case_there() -> None:
    result = run(
        documents=[
            {
                "kind": "visa",
                "visa_type": "short_stay",
                "issuing_state": "ES",
                "valid_from": "2026-06-01",
                "valid_until": "2026-08-30",
            }
        ],
        security_findings=[{"state": "FR", "on": "2026-07-03"}],
    )
    assert (result.responsible_state, result.track) == ("FR", Track.NONE)
    assert cited(result) == ("16", "4", None)


def test_art16_4_comes_before_art25_for_an_unaccompanied_minor() -> None:
    """Art 16(4) pre-empts the hierarchy, Art 25 included (ammr.md 4.0)."""
    result = run(
        applicant=minor(),
        family=[member("brother", "sibling", "DE", "legally_resident")],
        security_findings=[{"state": "FR", "on": "2026-07-03"}],
    )
    assert (result.responsible_state, cited(result)) == ("FR", ("16", "4", None))
    assert "ammr.art25" not in {s.rule for s in result.trace}


def test_art16_4_a_check_that_found_no_threat_changes_nothing() -> None:
    result = run(
        entries=[{"state": "IT", "on": "2026-05-01", "mode": "irregular"}],
        security_findings=[{"state": "FR", "on": "2026-07-03", "threat": False}],
    )
    assert "ammr.art16.4.none" in keys(result)
    assert result.responsible_state == "IT"


def test_art16_4_with_findings_by_two_states_the_first_check_decides_and_a_warning_says_so() -> (
    None
):
    result = run(
        security_findings=[{"state": "FR", "on": "2026-07-03"}, {"state": "IT", "on": "2026-05-03"}]
    )
    assert result.responsible_state == "IT"
    assert "security.several_states" in {w.code for w in result.warnings}


# --- Art 25: unaccompanied minors -------------------------------------------------------------


def test_art25_2_sibling_legally_present_applies_with_the_best_interests_presumed() -> None:
    """Art 25(2): "unless it is demonstrated" that it is not in the child's best interests: the
    question is listed but does not block (presumption in favour)."""
    result = run(applicant=minor(), family=[member("brother", "sibling", "DE", "legally_resident")])
    assert result.status is Status.DETERMINED
    assert (result.responsible_state, cited(result)) == ("DE", ("25", "2", None))
    assert result.track is Track.TAKE_CHARGE
    question = next(q for q in result.questions if q.id == "H1:art25.2:DE")
    assert not question.blocking


def test_art25_2_shown_not_in_the_best_interests_goes_on_to_25_5() -> None:
    """Art 25(2): a caseworker shows it is not in the child's best interests; no relative, so
    25(5): the State of first registration, if in the child's best interests."""
    result = run(
        applicant=minor(),
        family=[member("brother", "sibling", "DE", "legally_resident")],
        answers=[answer("H1:art25.2:DE", "no"), answer("H1:art25.5:FR", "yes")],
    )
    assert "ammr.art25.shown_not_best_interests" in keys(result)
    assert (result.responsible_state, cited(result)) == ("FR", ("25", "5", None))


def test_art25_2_a_parent_of_an_unmarried_minor_is_a_family_member() -> None:
    """Art 2(8)(c): the father or mother of an unmarried minor applicant."""
    result = run(applicant=minor(), family=[member("mother", "parent", "BE", "legally_resident")])
    assert result.responsible_state == "BE"


def test_art25_2_married_minor_whose_spouse_is_not_legally_present_joins_a_parent() -> None:
    """Art 25(2), 2nd sentence: a married minor whose spouse is not legally present: the State
    where the father, mother, responsible adult or sibling is legally present."""
    result = run(
        applicant=minor(marital_status="married"),
        family=[
            member("husband", "spouse", "IT", "irregular", family_formed="in_country_of_origin"),
            member("father", "parent", "BE", "legally_resident"),
        ],
    )
    assert "ammr.art25.2.married_minor" in keys(result)
    assert (result.responsible_state, cited(result)) == ("BE", ("25", "2", None))


def test_art25_2_applicant_status_of_the_sibling_is_asked_h7() -> None:
    """'Legally present' is undefined: a pending applicant is for a person (H7), blocking."""
    result = run(applicant=minor(), family=[member("brother", "sibling", "DE", "applicant")])
    assert "H7:brother" in blocking(result)
    assert result.status is Status.NEEDS_DECISION
    assert result.responsible_state is None


def test_art25_3_relative_who_can_take_care_h2_blocks_until_answered() -> None:
    """Art 25(3): the individual examination of the relative's capacity (H2) blocks."""
    aunt = member("aunt", "aunt_uncle", "NL", "legally_resident", adult=True)
    open_case = run(applicant=minor(), family=[aunt])
    assert "H2:aunt" in blocking(open_case)
    assert open_case.status is Status.NEEDS_DECISION
    decided = run(applicant=minor(), family=[aunt], answers=[answer("H2:aunt", "yes")])
    assert (decided.responsible_state, cited(decided)) == ("NL", ("25", "3", None))
    presumption = next(q for q in decided.questions if q.id == "H1:art25.3:NL")
    assert not presumption.blocking


def test_art25_3_a_relative_who_cannot_take_care_leads_to_25_5() -> None:
    result = run(
        applicant=minor(),
        family=[member("aunt", "aunt_uncle", "NL", "legally_resident", adult=True)],
        answers=[answer("H2:aunt", "no"), answer("H1:art25.5:FR", "yes")],
    )
    assert "ammr.art25.3.cannot_take_care" in keys(result)
    assert cited(result) == ("25", "5", None)


def test_art25_4_family_in_several_states_the_best_interests_choose() -> None:
    """Art 25(4): a blocking choice among the States; the answer designates."""
    family = [
        member("brother", "sibling", "DE", "legally_resident"),
        member("sister", "sibling", "NL", "legally_resident"),
    ]
    open_case = run(applicant=minor(), family=family)
    question = next(q for q in open_case.questions if q.id == "H1:art25.2:choose")
    assert question.blocking
    assert question.options == ("DE", "NL")
    chosen = run(applicant=minor(), family=family, answers=[answer("H1:art25.2:choose", "NL")])
    assert (chosen.responsible_state, cited(chosen)) == ("NL", ("25", "4", None))


def test_art25_5_no_family_first_registration_state_if_in_the_best_interests() -> None:
    """Art 25(5): positive consistency with the child's best interests is required: blocking."""
    open_case = run(applicant=minor())
    assert "H1:art25.5:FR" in blocking(open_case)
    decided = run(applicant=minor(), answers=[answer("H1:art25.5:FR", "yes")])
    assert (decided.responsible_state, decided.track) == ("FR", Track.NONE)
    assert cited(decided) == ("25", "5", None)


def test_art25_1_only_art25_applies_to_an_unaccompanied_minor() -> None:
    """Art 25(1): a valid visa or an irregular entry does not designate a State for a minor."""
    result = run(
        applicant=minor(),
        entries=[{"state": "IT", "on": "2026-05-01", "mode": "irregular"}],
        answers=[answer("H1:art25.5:FR", "yes")],
    )
    assert "ammr.art25.only" in keys(result)
    assert not {"ammr.art29", "ammr.art33.1"} & {s.rule for s in result.trace}
    assert result.responsible_state == "FR"


def test_art25_5_with_an_earlier_application_a_minor_is_not_taken_back() -> None:
    """Arts 25(1), 25(5) (C-648/11 MA reasoning): no take back notification; 25(5) designates
    the State of first registration, Italy, if that is in the child's best interests."""
    earlier = [
        {"id": "it-1", "state": "IT", "lodged_on": "2026-06-20", "registered_on": "2026-06-20"},
        {"id": "fr-1", "state": "FR", "lodged_on": REGISTERED, "registered_on": REGISTERED},
    ]
    result = run(applicant=minor(), applications=earlier)
    assert "ammr.route.uam_no_take_back" in keys(result)
    assert "H1:art25.5:IT" in blocking(result)
    decided = run(applicant=minor(), applications=earlier, answers=[answer("H1:art25.5:IT", "yes")])
    assert (decided.responsible_state, decided.track) == ("IT", Track.TAKE_CHARGE)


def test_art25_5_not_in_the_best_interests_the_state_where_the_minor_is_keeps_the_case() -> None:
    """Arts 25(5) and 37(1): a State that considers a transfer contrary to the child's best
    interests becomes responsible."""
    result = run(
        applicant=minor(),
        applications=[
            {"id": "it-1", "state": "IT", "lodged_on": "2026-06-20", "registered_on": "2026-06-20"},
            {"id": "fr-1", "state": "FR", "lodged_on": REGISTERED, "registered_on": REGISTERED},
        ],
        answers=[answer("H1:art25.5:IT", "no")],
    )
    assert (result.responsible_state, cited(result)) == ("FR", ("37", "1", None))


def test_art2_10_minority_is_judged_at_the_first_registration_and_flagged() -> None:
    """Art 2(10) fixes no date; the engine uses the first registration (Art 24(2)) and lists the
    reading among the unverified points. 18 on 1 August 2026, a minor on 1 July."""
    result = run(
        as_of=date(2026, 9, 1),
        applicant=minor(date_of_birth="2008-08-01"),
        answers=[answer("H1:art25.5:FR", "yes")],
    )
    assert cited(result) == ("25", "5", None)
    assert any("Art 2(10)" in item for item in result.unverified)


def test_art2_10_unknown_age_of_a_possibly_unaccompanied_applicant_is_asked_h6() -> None:
    result = run(applicant={"nationalities": ["AF"], "unaccompanied": True})
    assert "H6:minor" in blocking(result)
    adult = run(
        applicant={"nationalities": ["AF"], "unaccompanied": True},
        answers=[answer("H6:minor", "no")],
    )
    assert adult.status is Status.DETERMINED


def test_art2_11_a_minor_of_unknown_company_is_asked_h6() -> None:
    result = run(applicant={"date_of_birth": "2010-03-01", "nationalities": ["AF"]})
    assert "H6:unaccompanied" in blocking(result)


# --- Art 26: family members legally residing --------------------------------------------------


def test_art26_1_spouse_beneficiary_of_international_protection() -> None:
    result = run(
        family=[
            member(
                "wife",
                "spouse",
                "DE",
                "beneficiary_international_protection",
                family_formed="in_country_of_origin",
                **consenting(),
            )
        ]
    )
    assert (result.responsible_state, cited(result)) == ("DE", ("26", "1", None))


def test_art26_1_long_term_resident_counts_unlike_dublin3_art9() -> None:
    """Art 26(1): a long-term residence permit (Directive 2003/109 or national)."""
    result = run(
        family=[
            member(
                "wife",
                "spouse",
                "SE",
                "long_term_resident",
                family_formed="in_country_of_origin",
                **consenting(),
            )
        ]
    )
    assert (result.responsible_state, cited(result)) == ("SE", ("26", "1", None))


def test_art26_2_former_beneficiary_naturalised_in_that_state() -> None:
    result = run(
        family=[
            member(
                "wife",
                "spouse",
                "NL",
                "naturalised_former_beneficiary",
                family_formed="in_transit",
                **consenting(),
            )
        ]
    )
    assert (result.responsible_state, cited(result)) == ("NL", ("26", "2", None))


def test_art26_3_a_child_born_after_the_family_member_arrived_counts() -> None:
    """Art 26(3): paragraphs 1 and 2 also cover children born after the member's arrival."""
    result = run(
        family=[
            member(
                "son",
                "child",
                "DE",
                "beneficiary_international_protection",
                minor=True,
                family_formed="after_arrival",
                **consenting(),
            )
        ]
    )
    assert (result.responsible_state, cited(result)) == ("DE", ("26", "1", None))


def test_art26_requires_the_written_desire_of_the_persons_concerned() -> None:
    result = run(
        family=[
            member(
                "wife",
                "spouse",
                "DE",
                "beneficiary_international_protection",
                family_formed="in_country_of_origin",
                consent_applicant=True,
            )
        ]
    )
    assert "ammr.family.no_written_consent" in keys(result)
    assert result.responsible_state == "FR"


def test_art2_8_a_spouse_married_after_arrival_is_not_a_family_member() -> None:
    result = run(
        family=[
            member(
                "wife",
                "spouse",
                "DE",
                "beneficiary_international_protection",
                family_formed="after_arrival",
                **consenting(),
            )
        ]
    )
    assert "ammr.family.not_family_member" in keys(result)
    assert result.responsible_state == "FR"


def test_art2_8_unknown_formation_of_a_marriage_is_asked_h12() -> None:
    result = run(
        family=[
            member("wife", "spouse", "DE", "beneficiary_international_protection", **consenting())
        ]
    )
    assert "H12:arrival:wife" in blocking(result)
    decided = run(
        family=[
            member("wife", "spouse", "DE", "beneficiary_international_protection", **consenting())
        ],
        answers=[answer("H12:arrival:wife", "yes")],
    )
    assert decided.responsible_state == "DE"


def test_art2_8_a_an_unmarried_partner_is_asked_h12() -> None:
    result = run(
        family=[
            member(
                "partner",
                "unmarried_partner",
                "DE",
                "beneficiary_international_protection",
                family_formed="in_transit",
                **consenting(),
            )
        ]
    )
    assert "H12:partner:partner" in blocking(result)


def test_art26_family_in_two_states_is_a_choice() -> None:
    family = [
        member(
            "wife",
            "spouse",
            "DE",
            "beneficiary_international_protection",
            family_formed="in_country_of_origin",
            **consenting(),
        ),
        member(
            "son",
            "child",
            "SE",
            "long_term_resident",
            minor=True,
            **consenting(),
        ),
    ]
    open_case = run(family=family)
    assert "choice:art26" in blocking(open_case)
    chosen = run(family=family, answers=[answer("choice:art26", "SE")])
    assert chosen.responsible_state == "SE"


# --- Art 27: family members who are applicants ------------------------------------------------


def test_art27_family_member_applicant_without_a_first_decision() -> None:
    result = run(
        family=[
            member(
                "husband",
                "spouse",
                "BE",
                "applicant",
                family_formed="in_country_of_origin",
                first_decision_on_substance=False,
                **consenting(),
            )
        ]
    )
    assert (result.responsible_state, cited(result)) == ("BE", ("27", None, None))


def test_art27_unclear_first_decision_is_asked_h8() -> None:
    result = run(
        family=[
            member(
                "husband",
                "spouse",
                "BE",
                "applicant",
                family_formed="in_country_of_origin",
                **consenting(),
            )
        ]
    )
    assert "H8:husband" in blocking(result)


def test_art27_a_first_decision_on_the_substance_ends_the_criterion() -> None:
    result = run(
        family=[
            member(
                "husband",
                "spouse",
                "BE",
                "applicant",
                family_formed="in_country_of_origin",
                first_decision_on_substance=True,
                **consenting(),
            )
        ]
    )
    assert "ammr.art27.already_decided" in keys(result)
    assert result.responsible_state == "FR"


# --- Art 28: family procedure -----------------------------------------------------------------


def test_art28_family_procedure_asks_then_applies_the_state_given() -> None:
    """Art 28: family members applying together, whom the criteria would separate."""
    family = [
        member(
            "brother",
            "sibling",
            "FR",
            "applicant",
            minor=True,
            married=False,
            first_decision_on_substance=False,
        )
    ]
    open_case = run(family=family)
    assert "art28:group" in blocking(open_case)
    decided = run(
        family=family,
        answers=[answer("art28:group", "separated"), answer("art28:state", "IT")],
    )
    assert (decided.responsible_state, cited(decided)) == ("IT", ("28", None, None))
    not_separated = run(family=family, answers=[answer("art28:group", "not_separated")])
    assert "ammr.art28.not_separated" in keys(not_separated)
    assert not_separated.responsible_state == "FR"


# --- Art 29: residence documents and visas ----------------------------------------------------


def doc(kind: str, state: str, start: str, end: str, **fields: Any) -> dict[str, Any]:
    return {"kind": kind, "issuing_state": state, "valid_from": start, "valid_until": end, **fields}


def visa(
    state: str, start: str, end: str, visa_type: str = "short_stay", **fields: Any
) -> dict[str, Any]:
    return doc("visa", state, start, end, visa_type=visa_type, **fields)


def test_art29_1_valid_residence_document() -> None:
    result = run(documents=[doc("residence_document", "PT", "2025-01-01", "2027-01-01")])
    assert (result.responsible_state, cited(result)) == ("PT", ("29", "1", None))


def test_art29_2_visa_issued_on_behalf_of_another_state() -> None:
    """Art 29(2): a visa issued under a representation arrangement binds the represented State."""
    result = run(documents=[visa("AT", "2026-06-01", "2026-08-01", issued_on_behalf_of="SI")])
    assert (result.responsible_state, cited(result)) == ("SI", ("29", "2", None))
    assert "ammr.art29.applies_represented" in keys(result)


def test_art29_3_a_residence_documents_of_two_states_longest_right_of_residence() -> None:
    result = run(
        documents=[
            doc("residence_document", "PT", "2026-01-01", "2027-01-01"),
            doc("residence_document", "ES", "2025-01-01", "2027-06-01"),
        ]
    )
    assert (result.responsible_state, cited(result)) == ("ES", ("29", "3", "a"))


def test_art29_3_c_visas_of_different_types_longest_validity() -> None:
    result = run(
        documents=[
            visa("IT", "2026-06-01", "2026-08-01"),
            visa("DE", "2026-01-01", "2026-12-31", visa_type="long_stay"),
        ]
    )
    assert (result.responsible_state, cited(result)) == ("DE", ("29", "3", "c"))


@pytest.mark.parametrize(
    ("document", "applies"),
    [
        (doc("residence_document", "PT", "2021-01-01", "2023-07-02"), True),  # < 3 years
        (doc("residence_document", "PT", "2021-01-01", "2023-07-01"), False),  # 3 years
        (visa("PT", "2025-01-01", "2025-01-02"), True),  # < 18 months
        (visa("PT", "2024-12-01", "2025-01-01"), False),  # 18 months
    ],
)
def test_art29_4_expired_document_windows_three_years_and_eighteen_months(
    document: dict[str, Any], applies: bool
) -> None:
    """Art 29(4): expired less than 3 years (residence document) or 18 months (visa) before the
    registration (1 July 2026)."""
    result = run(documents=[document])
    assert (result.responsible_state == "PT") is applies
    if applies:
        assert cited(result) == ("29", "4", None)
    else:
        assert "ammr.art29.expired_too_long" in keys(result)


def test_art29_4_leaving_the_territory_does_not_matter_unlike_dublin3_art12_4() -> None:
    result = run(
        documents=[visa("PT", "2025-06-01", "2025-07-01", enabled_entry=True)],
        absences=[{"left_on": "2025-06-20", "returned_on": "2026-03-01"}],
    )
    assert (result.responsible_state, cited(result)) == ("PT", ("29", "4", None))


def test_art29_5_a_document_obtained_on_a_false_identity_still_counts() -> None:
    result = run(documents=[visa("IT", "2026-06-01", "2026-08-01", issued_on_false_identity=True)])
    assert result.responsible_state == "IT"
    assert "ammr.art29.false_identity_still_counts" in keys(result)


def test_art29_5_fraud_after_issue_shown_by_the_issuing_state_excludes_it() -> None:
    result = run(documents=[visa("IT", "2026-06-01", "2026-08-01", fraud_after_issue=True)])
    assert "ammr.art29.fraud_after_issue" in keys(result)
    assert result.responsible_state == "FR"


def test_art2_13_a_permit_issued_during_an_examination_is_no_residence_document() -> None:
    result = run(
        documents=[
            doc(
                "residence_document",
                "DE",
                "2026-01-01",
                "2026-12-01",
                issued_during="asylum_examination",
            )
        ]
    )
    assert "ammr.art29.excluded_permit" in keys(result)
    assert result.responsible_state == "FR"


# --- Art 30: diplomas or qualifications -------------------------------------------------------


def diploma(state: str, issued: str, months: int = 24, **fields: Any) -> dict[str, Any]:
    return {
        "issuing_state": state,
        "issued_on": issued,
        "study_months": months,
        "isced_level": 3,
        **fields,
    }


def test_art30_1_a_qualifying_diploma_designates_the_issuing_state() -> None:
    result = run(
        diplomas=[diploma("BE", "2022-06-30")],
        entries=[{"state": "IT", "on": "2026-05-01", "mode": "irregular"}],
    )
    assert (result.responsible_state, cited(result)) == ("BE", ("30", "1", None))


def test_art30_comes_after_art29() -> None:
    """Art 24(1): documents (Art 29) before diplomas (Art 30)."""
    result = run(
        diplomas=[diploma("BE", "2022-06-30")],
        documents=[visa("IT", "2026-06-01", "2026-08-01")],
    )
    assert (result.responsible_state, cited(result)) == ("IT", ("29", "2", None))


@pytest.mark.parametrize(
    "fields",
    [
        {"distance_learning": True},
        {"isced_level": 1},
        {"study_months": 11},
        {"recognised_establishment": False},
    ],
)
def test_art2_15_a_diploma_that_does_not_qualify_is_set_aside(fields: dict[str, Any]) -> None:
    """Art 2(15)-(16): a recognised establishment, ISCED 2 or above, one academic year, no
    distance learning."""
    result = run(diplomas=[{**diploma("BE", "2022-06-30"), **fields}])
    assert "ammr.art30.not_qualifying" in keys(result)
    assert result.responsible_state == "FR"


def test_art30_1_a_diploma_issued_six_years_before_the_registration_is_too_old() -> None:
    result = run(diplomas=[diploma("BE", "2020-07-01")])
    assert "ammr.art30.too_old" in keys(result)
    recent = run(diplomas=[diploma("BE", "2020-07-02")])
    assert recent.responsible_state == "BE"


def test_art30_2_several_diplomas_the_longest_study_then_the_most_recent() -> None:
    longest = run(diplomas=[diploma("BE", "2024-06-30", 12), diploma("DE", "2022-06-30", 36)])
    assert (longest.responsible_state, cited(longest)) == ("DE", ("30", "2", None))
    recent = run(diplomas=[diploma("BE", "2024-06-30", 24), diploma("DE", "2022-06-30", 24)])
    assert recent.responsible_state == "BE"


def test_art30_2_equal_study_and_date_in_two_states_is_flagged() -> None:
    result = run(diplomas=[diploma("BE", "2024-06-30"), diploma("DE", "2024-06-30")])
    assert "art30.tie" in {w.code for w in result.warnings}


def test_art30_a_diploma_from_a_state_that_no_longer_applies_the_rules_designates_no_one() -> None:
    """The United Kingdom applied the Dublin rules until 31 December 2020 only."""
    result = run(diplomas=[diploma("GB", "2020-09-30")])
    assert "ammr.art30.none" in keys(result)
    assert result.responsible_state == "FR"


# --- Arts 31 and 32 ---------------------------------------------------------------------------


def test_art31_1_visa_waived_entry() -> None:
    result = run(
        applicant={"date_of_birth": "1995-01-01", "nationalities": ["CO"]},
        entries=[{"state": "FR", "on": "2026-06-01", "mode": "visa_waived"}],
    )
    assert (result.responsible_state, cited(result)) == ("FR", ("31", "1", None))


def test_art31_2_registered_in_another_state_that_also_waives_the_visa() -> None:
    entries = [{"state": "ES", "on": "2026-06-01", "mode": "visa_waived"}]
    open_case = run(entries=entries)
    assert "fact:art31.2:FR" in blocking(open_case)
    also = run(entries=entries, answers=[answer("fact:art31.2:FR", "yes")])
    assert (also.responsible_state, cited(also)) == ("FR", ("31", "2", None))
    not_also = run(entries=entries, answers=[answer("fact:art31.2:FR", "no")])
    assert (not_also.responsible_state, cited(not_also)) == ("ES", ("31", "1", None))


def test_art31_comes_before_irregular_entry_unlike_dublin3() -> None:
    """Arts 31 and 33 (ammr.md 0.4): visa-waived entry now precedes irregular entry."""
    result = run(
        entries=[
            {"state": "GR", "on": "2026-04-01", "mode": "irregular"},
            {"state": "ES", "on": "2026-06-01", "mode": "visa_waived", "from_third_country": True},
        ],
        answers=[answer("fact:art31.2:FR", "no")],
    )
    assert (result.responsible_state, cited(result)) == ("ES", ("31", "1", None))


def test_art32_application_in_an_airport_transit_area() -> None:
    result = run(
        applications=[
            {
                "id": "fr-1",
                "state": "FR",
                "lodged_on": REGISTERED,
                "registered_on": REGISTERED,
                "place": "airport_transit_area",
            }
        ]
    )
    assert (result.responsible_state, cited(result)) == ("FR", ("32", None, None))


# --- Art 33: entry ----------------------------------------------------------------------------


def test_art33_1_irregular_crossing_within_twenty_months() -> None:
    result = run(entries=[{"state": "GR", "on": "2024-11-02", "mode": "irregular"}])
    assert (result.responsible_state, cited(result)) == ("GR", ("33", "1", None))
    assert result.track is Track.TAKE_CHARGE


def test_art33_1_lapses_when_registered_more_than_twenty_months_later() -> None:
    result = run(entries=[{"state": "GR", "on": "2024-10-31", "mode": "irregular"}])
    assert "ammr.art33.1.expired" in keys(result)
    assert (result.responsible_state, cited(result)) == ("FR", ("16", "2", None))


def test_art33_1_a_eurodac_category_2_hit_is_an_irregular_crossing() -> None:
    result = run(
        eurodac_hits=[
            {"category": 2, "state": "HR", "taken_on": "2026-05-02", "received_on": "2026-07-02"}
        ]
    )
    assert "ammr.art33.1.applies" in keys(result)
    assert result.responsible_state == "HR"


def test_art33_1_several_crossings_the_first_state_entered_by_default() -> None:
    """Art 33(1) names "the first Member State entered"; a person may choose another crossing
    (H10, not blocking)."""
    entries = [
        {"state": "GR", "on": "2024-06-01", "mode": "irregular"},
        {"state": "HR", "on": "2026-05-01", "mode": "irregular"},
    ]
    result = run(entries=entries)
    question = next(q for q in result.questions if q.id == "H10:art33.1:crossing")
    assert not question.blocking
    assert "ammr.art33.1.expired" in keys(result)
    chosen = run(entries=entries, answers=[answer("H10:art33.1:crossing", "HR:2026-05-01")])
    assert chosen.responsible_state == "HR"


def test_art33_1_after_a_departure_from_the_territory_the_next_entry_counts() -> None:
    """Art 33(1): a recorded departure ends the earlier journey; the first State entered on
    return is the default reading."""
    result = run(
        entries=[
            {"state": "GR", "on": "2024-06-01", "mode": "irregular"},
            {"state": "HR", "on": "2026-05-01", "mode": "irregular"},
        ],
        absences=[{"left_on": "2024-09-01", "returned_on": "2026-05-01"}],
    )
    assert (result.responsible_state, cited(result)) == ("HR", ("33", "1", None))


def test_art33_2_disembarkation_after_search_and_rescue_within_twelve_months() -> None:
    result = run(entries=[{"state": "IT", "on": "2025-07-02", "mode": "search_and_rescue"}])
    assert (result.responsible_state, cited(result)) == ("IT", ("33", "2", None))


def test_art33_2_applies_notwithstanding_an_irregular_crossing_under_33_1() -> None:
    result = run(
        entries=[
            {"state": "GR", "on": "2026-01-10", "mode": "irregular"},
            {"state": "MT", "on": "2026-03-01", "mode": "search_and_rescue"},
        ]
    )
    assert (result.responsible_state, cited(result)) == ("MT", ("33", "2", None))


def test_art33_2_lapses_after_twelve_months_and_is_not_an_irregular_crossing_too() -> None:
    """Art 33(2): registered more than 12 months after the disembarkation; the 20 months of
    33(1) do not take over, or the 12-month end would mean nothing."""
    result = run(entries=[{"state": "IT", "on": "2025-06-30", "mode": "search_and_rescue"}])
    assert "ammr.art33.2.expired" in keys(result)
    assert "ammr.art33.1.none" in keys(result)
    assert (result.responsible_state, cited(result)) == ("FR", ("16", "2", None))


def test_art33_2_a_eurodac_sar_hit_is_a_disembarkation() -> None:
    result = run(
        eurodac_hits=[
            {
                "category": "sar",
                "state": "IT",
                "taken_on": "2026-05-02",
                "received_on": "2026-07-02",
            }
        ]
    )
    assert (result.responsible_state, cited(result)) == ("IT", ("33", "2", None))


def test_art33_lapse_on_a_weekend_is_flagged_for_art75_d() -> None:
    """Art 75(d) rolls a period ending on a Saturday, Sunday or holiday to the next working day;
    whether that reaches the Art 33 windows is unsettled: a warning when it would matter.
    12 months after 2025-06-28 end on Sunday 28 June 2026; registration on Monday 29 June."""
    result = run(
        applications=[
            {"id": "fr-1", "state": "FR", "lodged_on": "2026-06-29", "registered_on": "2026-06-29"}
        ],
        entries=[{"state": "IT", "on": "2025-06-28", "mode": "search_and_rescue"}],
    )
    assert "ammr.art33.2.expired" in keys(result)
    assert any(w.code.startswith("art33.rollover") for w in result.warnings)


# --- Art 16(2) and 16(3) ----------------------------------------------------------------------


def test_art16_2_no_criterion_the_first_state_of_registration() -> None:
    result = run()
    assert (result.responsible_state, result.track) == ("FR", Track.NONE)
    assert cited(result) == ("16", "2", None)


def test_art16_3_systemic_flaws_bar_a_state_and_the_criteria_go_on() -> None:
    """Art 16(3): H5 answered yes for Italy: the criteria continue; FR by Art 16(2)."""
    entries = [{"state": "IT", "on": "2026-05-01", "mode": "irregular"}]
    plain = run(entries=entries)
    h5 = next(q for q in plain.questions if q.id == "H5:IT")
    assert not h5.blocking
    barred = run(entries=entries, answers=[answer("H5:IT", "yes")])
    assert "ammr.art16.3.systemic_flaws" in keys(barred)
    assert (barred.responsible_state, cited(barred)) == ("FR", ("16", "2", None))


def test_art16_3_when_no_state_can_be_designated_the_determining_state() -> None:
    """Art 16(3): the take back State is barred, the criteria lead back to it (first
    registration), so the determining State becomes responsible."""
    result = run(
        applications=[
            {"id": "it-1", "state": "IT", "lodged_on": "2026-03-01", "registered_on": "2026-03-01"},
            {"id": "fr-1", "state": "FR", "lodged_on": REGISTERED, "registered_on": REGISTERED},
        ],
        answers=[answer("H5:IT", "yes")],
    )
    assert "ammr.route.take_back.systemic_flaws" in keys(result)
    assert (result.responsible_state, cited(result)) == ("FR", ("16", "3", None))


# --- Art 34: dependent persons ----------------------------------------------------------------


def dependency_case(ground: str = "severe_trauma", **dependency: Any) -> dict[str, Any]:
    return {
        "family": [member("mother", "parent", "DE", "legally_resident")],
        "dependencies": [
            {
                "family_member": "mother",
                "dependent": "applicant",
                "ground": ground,
                "consent_in_writing": True,
                **dependency,
            }
        ],
    }


def test_art34_severe_psychological_trauma_is_a_ground_unlike_dublin3_art16() -> None:
    """Art 34(1) adds severe trauma; H3 blocks until answered; then Art 34(2): the carer's
    State. Dublin III Art 16 does not know the ground."""
    open_case = run(**dependency_case())
    assert "H3:mother" in blocking(open_case)
    decided = run(**dependency_case(), answers=[answer("H3:mother", "yes")])
    assert (decided.responsible_state, cited(decided)) == ("DE", ("34", "2", None))
    diii = determine_dublin3(
        facts(**dependency_case(), answers=[answer("H3:mother", "yes")]),
        as_of=AS_OF,
        settings=DEFAULT_SETTINGS,
        regime_reason=Message("regime.dublin3.forced"),
    )
    assert diii.responsible_state == "FR"


def test_art34_2_the_applicant_unable_to_travel_stays_where_he_is() -> None:
    result = run(
        **dependency_case("serious_illness", applicant_unable_to_travel=True),
        answers=[answer("H3:mother", "yes")],
    )
    assert result.responsible_state == "FR"
    assert "ammr.art34.unable_to_travel" in keys(result)


def test_art34_a_spouse_is_outside_the_dependency_clause() -> None:
    data = dependency_case()
    data["family"] = [
        member("wife", "spouse", "DE", "legally_resident", family_formed="in_country_of_origin")
    ]
    data["dependencies"][0]["family_member"] = "wife"
    result = run(**data)
    assert "ammr.art34.relation" in keys(result)
    assert result.responsible_state == "FR"


def test_art34_ties_formed_after_arrival_do_not_count() -> None:
    data = dependency_case()
    data["family"][0]["family_formed"] = "after_arrival"
    result = run(**data)
    assert "ammr.art34.conditions" in keys(result)


# --- Art 35(1): discretion --------------------------------------------------------------------


def test_art35_1_the_determining_state_may_examine_the_application_itself() -> None:
    entries = [{"state": "IT", "on": "2026-05-01", "mode": "irregular"}]
    plain = run(entries=entries)
    assert not next(q for q in plain.questions if q.id == "H4:art35.1").blocking
    kept = run(entries=entries, answers=[answer("H4:art35.1", "yes")])
    assert (kept.responsible_state, kept.track) == ("FR", Track.NONE)
    assert cited(kept) == ("35", "1", None)


# --- routing: take back notification (Arts 36, 38(4), 41) -------------------------------------


def two_applications(**earlier: Any) -> list[dict[str, Any]]:
    return [
        {
            "id": "it-1",
            "state": "IT",
            "lodged_on": "2026-03-01",
            "registered_on": "2026-03-01",
            **earlier,
        },
        {"id": "fr-1", "state": "FR", "lodged_on": REGISTERED, "registered_on": REGISTERED},
    ]


def test_art36_1_b_rejected_elsewhere_take_back_notification() -> None:
    result = run(
        applications=two_applications(decisions=[{"kind": "rejected", "on": "2026-05-01"}]),
        entries=[{"state": "ES", "on": "2026-02-01", "mode": "visa_waived"}],
    )
    assert (result.track, result.responsible_state) == (Track.TAKE_BACK, "IT")
    assert cited(result) == ("36", "1", "b")
    assert "ammr.art31" not in {s.rule for s in result.trace}


def test_art38_4_withdrawn_during_the_determination() -> None:
    result = run(
        applications=two_applications(
            withdrawn_on="2026-04-01", withdrawal="tacit", withdrawal_stage="determination"
        )
    )
    assert (result.responsible_state, cited(result)) == ("IT", ("38", "4", None))


def test_art38_4_a_pending_application_asks_which_basis_without_blocking() -> None:
    pending = run(applications=two_applications())
    question = next(q for q in pending.questions if q.id == "fact:art38.4:IT")
    assert not question.blocking
    assert cited(pending) == ("36", "1", "b")
    running = run(
        applications=two_applications(), answers=[answer("fact:art38.4:IT", "determining")]
    )
    assert cited(running) == ("38", "4", None)


def test_art36_1_b_a_eurodac_applicant_hit_alone_routes_to_take_back() -> None:
    result = run(eurodac_hits=[{"category": 1, "state": "AT", "received_on": "2026-07-02"}])
    assert (result.track, result.responsible_state) == (Track.TAKE_BACK, "AT")
    assert "ammr.route.take_back.hit_only" in keys(result)


def test_art2_7_protection_granted_elsewhere_is_asked() -> None:
    result = run(
        applications=two_applications(decisions=[{"kind": "granted_refugee", "on": "2026-05-01"}])
    )
    assert "beneficiary_elsewhere:IT" in blocking(result)


# --- Art 37: cessation ------------------------------------------------------------------------


def test_art37_4_nine_months_absence_makes_the_later_application_a_new_one() -> None:
    """Art 37(4): nine months outside the territory (three under Dublin III Art 19(2)); the
    criteria apply to the new application, frozen at its registration."""
    applications = [
        {"id": "it-1", "state": "IT", "lodged_on": "2025-03-01", "registered_on": "2025-03-01"},
        {"id": "fr-1", "state": "FR", "lodged_on": REGISTERED, "registered_on": REGISTERED},
    ]
    ceased = run(
        applications=applications,
        absences=[{"left_on": "2025-06-01", "returned_on": "2026-03-01"}],
    )
    assert "ammr.route.ceased.absence" in keys(ceased)
    assert ceased.track is Track.NONE
    assert ceased.first_lodged_on == date(2026, 7, 1)
    short = run(
        applications=applications,
        absences=[{"left_on": "2025-06-01", "returned_on": "2026-02-28"}],
    )
    assert (short.track, short.responsible_state) == (Track.TAKE_BACK, "IT")


def test_art37_4_a_valid_residence_document_of_the_responsible_state_keeps_it_bound() -> None:
    result = run(
        applications=[
            {"id": "it-1", "state": "IT", "lodged_on": "2025-03-01", "registered_on": "2025-03-01"},
            {"id": "fr-1", "state": "FR", "lodged_on": REGISTERED, "registered_on": REGISTERED},
        ],
        absences=[{"left_on": "2025-04-01", "returned_on": "2026-03-01"}],
        documents=[
            doc(
                "residence_document",
                "IT",
                "2025-01-01",
                "2027-01-01",
                issued_during="asylum_examination",
            )
        ],
    )
    assert "ammr.route.absence_but_document" in keys(result)
    assert result.track is Track.TAKE_BACK


def test_art37_5_removal_after_rejection_ends_the_take_back_obligation() -> None:
    result = run(
        applications=two_applications(decisions=[{"kind": "rejected", "on": "2026-04-01"}]),
        absences=[
            {
                "left_on": "2026-05-01",
                "returned_on": "2026-06-15",
                "reason": "removal",
                "order_issued_by": "IT",
            }
        ],
    )
    assert "ammr.route.ceased.removal" in keys(result)
    assert result.track is not Track.TAKE_BACK


def border_case(registered: str, **extra: Any) -> dict[str, Any]:
    return {
        "applications": [
            {
                "id": "it-1",
                "state": "IT",
                "lodged_on": "2024-11-01",
                "registered_on": "2024-11-01",
                "border_procedure": True,
                "decisions": [{"kind": "rejected", "on": "2025-01-10", "final": True}],
            },
            {"id": "fr-1", "state": "FR", "lodged_on": registered, "registered_on": registered},
        ],
        **extra,
    }


def test_art37_2_fifteen_months_after_a_final_border_procedure_decision() -> None:
    """Art 37(2): 15 months after the final rejection (10 January 2025 -> 10 April 2026)."""
    ceased = run(**border_case("2026-04-13"))
    assert "ammr.route.ceased.border_procedure" in keys(ceased)
    assert "route.border_procedure_final_date" in {w.code for w in ceased.warnings}
    within = run(as_of=date(2026, 4, 1), **border_case("2026-03-20"))
    assert (within.track, within.responsible_state) == (Track.TAKE_BACK, "IT")


def test_art37_3_a_take_back_pending_at_the_end_of_the_15_months_keeps_the_state_bound() -> None:
    notified = border_case(
        "2026-03-20",
        requests=[
            {
                "id": "N1",
                "kind": "take_back_notification",
                "from_state": "FR",
                "to_state": "IT",
                "sent_on": "2026-03-25",
            }
        ],
    )
    kept = run(as_of=date(2026, 5, 1), **notified)
    assert "ammr.route.art37_3_pending" in keys(kept)
    assert kept.responsible_state == "IT"
    lapsed = run(as_of=date(2026, 5, 1), **border_case("2026-03-20"))
    assert "ammr.route.ceased.border_procedure_lapsed" in keys(lapsed)


def test_art37_1_a_residence_document_from_another_state_moves_responsibility() -> None:
    result = run(
        applications=two_applications(decisions=[{"kind": "rejected", "on": "2026-04-01"}]),
        documents=[doc("residence_document", "DE", "2026-05-01", "2027-05-01")],
    )
    assert (result.track, result.responsible_state) == (Track.TAKE_BACK, "DE")
    assert cited(result) == ("37", "1", None)
    here = run(
        applications=two_applications(decisions=[{"kind": "rejected", "on": "2026-04-01"}]),
        documents=[doc("residence_document", "FR", "2026-05-01", "2027-05-01")],
    )
    assert (here.track, here.responsible_state) == (Track.NONE, "FR")


# --- time limits: how their shifts apply ------------------------------------------------------


def test_art41_1_a_late_take_back_notification_shifts_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Art 41(1): unlike Dublin III Art 23(3), the notified State stays bound."""
    with_shifts(
        monkeypatch,
        Shift(
            "FR",
            date(2026, 7, 10),
            LegalBasis("41", "1", instrument="2024/1351"),
            Message("ammr.shift.example"),
            "take_back_notification",
        ),
    )
    result = run(
        applications=two_applications(decisions=[{"kind": "rejected", "on": "2026-05-01"}])
    )
    assert result.responsible_state == "IT"
    assert "ammr.time_limits.notification_no_shift" in keys(result)


def test_art39_1_a_missed_request_shift_decides_and_an_acceptance_elsewhere_warns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Art 39(1) 3rd subpara (missed request) and Art 40(8) (acceptance) move responsibility;
    an acceptance by a State the criteria do not designate is flagged (Art 43(1))."""
    basis = LegalBasis("39", "1", subparagraph="3", instrument="2024/1351")
    with_shifts(
        monkeypatch,
        Shift("ES", date(2026, 7, 5), basis, Message("ammr.shift.example"), None),
        Shift("FR", date(2026, 7, 12), basis, Message("ammr.shift.example"), "x"),
        Shift("DE", date(2026, 8, 1), basis, Message("ammr.shift.example"), "later"),
    )
    result = run(entries=[{"state": "IT", "on": "2026-05-01", "mode": "irregular"}])
    assert result.proposed_state == "IT"
    assert (result.responsible_state, result.basis) == ("FR", basis)
    assert "acceptance_differs_from_criteria" in {w.code for w in result.warnings}


def test_the_real_time_limits_run_and_a_missed_take_charge_request_shifts_to_fr(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Art 39(1), 3rd subpara, with the time-limit module itself: two months from the
    registration, unanswered, the determining State is responsible."""
    monkeypatch.setattr(ammr_engine, "compute_deadlines", ammr_deadlines.compute_deadlines)
    entries = [{"state": "IT", "on": "2026-05-01", "mode": "irregular"}]
    early = run(entries=entries)
    assert early.responsible_state == "IT"
    assert any(d.id == "take_charge_request" for d in early.deadlines)
    late = run(as_of=date(2026, 10, 1), entries=entries)
    assert (late.responsible_state, late.proposed_state) == ("FR", "IT")


# --- Dublin III v AMMR on the same facts ------------------------------------------------------


def both(as_of: date = AS_OF, **overrides: Any) -> tuple[Determination, Determination]:
    case_facts = facts(**overrides)
    diii = determine_dublin3(
        case_facts,
        as_of=as_of,
        settings=DEFAULT_SETTINGS,
        regime_reason=Message("regime.dublin3.forced"),
    )
    ammr = determine_ammr(case_facts, as_of=as_of, settings=DEFAULT_SETTINGS, regime_reason=REASON)
    return diii, ammr


def test_diff_irregular_entry_fifteen_months_before_dublin3_13_1_lapsed_ammr_33_1_applies() -> None:
    """DIII Art 13(1): 12 months; AMMR Art 33(1): 20 months."""
    diii, ammr = both(entries=[{"state": "GR", "on": "2025-04-01", "mode": "irregular"}])
    assert "art13.1.expired" in keys(diii)
    assert diii.responsible_state == "FR"
    assert (ammr.responsible_state, cited(ammr)) == ("GR", ("33", "1", None))


def test_diff_family_formed_in_transit_dublin3_art10_not_applicable_ammr_art27_applies() -> None:
    """DIII Art 2(g): the family existed in the country of origin; AMMR Art 2(8): before
    arrival on the territory, so a family formed in transit counts."""
    diii, ammr = both(
        family=[
            member(
                "husband",
                "spouse",
                "BE",
                "applicant",
                family_formed="in_transit",
                first_decision_on_substance=False,
                **consenting(),
            )
        ]
    )
    assert "family.not_family_member" in keys(diii)
    assert diii.responsible_state == "FR"
    assert (ammr.responsible_state, cited(ammr)) == ("BE", ("27", None, None))


def test_diff_a_diploma_is_a_criterion_under_the_ammr_only() -> None:
    """AMMR Art 30 is new; Dublin III has no diploma criterion."""
    diii, ammr = both(diplomas=[diploma("BE", "2023-06-30")])
    assert diii.responsible_state == "FR"
    assert (ammr.responsible_state, cited(ammr)) == ("BE", ("30", "1", None))


# --- messages ---------------------------------------------------------------------------------


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_ammr_message_has_english_and_french_with_the_same_placeholders() -> None:
    for key, (english, french) in MESSAGES.items():
        assert key.startswith("ammr."), key
        assert english.strip(), key
        assert french.strip(), key
        assert english != french, key
        assert placeholders(english) == placeholders(french), key


def test_every_message_key_of_the_criteria_is_in_messages_ammr() -> None:
    """All literal "ammr.*" strings of the criteria modules are messages, rule ids excepted."""
    rule_id = re.compile(r"^ammr\.(art\d+(\.\d+)?|route|time_limits)$")
    used = {
        key
        for path in AMMR_SRC.glob("*.py")
        if path.name != "deadlines.py"
        for key in re.findall(r'"(ammr\.[a-z0-9_.]+)"', path.read_text(encoding="utf-8"))
    }
    assert used
    assert sorted(k for k in used if k not in MESSAGES and not rule_id.match(k)) == []


SAMPLES: list[dict[str, Any]] = [
    {"entries": [{"state": "IT", "on": "2026-05-01", "mode": "irregular"}]},
    {"applicant": minor(), "family": [member("b", "sibling", "DE", "applicant")]},
    {"applicant": minor(), "family": [member("a", "aunt_uncle", "NL", "legally_resident")]},
    {"documents": [visa("PT", "2025-01-01", "2025-01-02", issued_on_false_identity=True)]},
    {"diplomas": [diploma("BE", "2022-06-30"), diploma("DE", "2019-01-01")]},
    {"entries": [{"state": "IT", "on": "2025-06-30", "mode": "search_and_rescue"}]},
    {"applications": two_applications(), "answers": [answer("H5:IT", "yes")]},
    dependency_case(),
]


@pytest.mark.parametrize("overrides", SAMPLES)
def test_every_emitted_message_renders_in_both_languages(overrides: dict[str, Any]) -> None:
    result = run(**overrides)
    emitted = [s.message for s in result.trace] + [q.message for q in result.questions]
    emitted += [w.message for w in result.warnings]
    for message in emitted:
        if message.key.startswith("ammr."):
            for template in MESSAGES[message.key]:
                assert template.format(**message.params)


def test_current_application_is_the_latest_registered_in_the_determining_state() -> None:
    from cordiale.law.ammr.routing import current_application

    case_facts = facts(
        applications=[
            {"id": "fr-1", "state": "FR", "lodged_on": "2026-06-20", "registered_on": "2026-07-05"},
            {"id": "fr-2", "state": "FR", "lodged_on": "2026-06-25", "registered_on": "2026-06-26"},
        ]
    )
    current = current_application(case_facts)
    assert isinstance(current, Application)
    assert current.id == "fr-1"
