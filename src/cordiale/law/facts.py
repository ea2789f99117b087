"""The facts of one case, as the rules need them: the case-file format (version 1).

Every fact can carry its provenance: where it comes from and which kind of evidence supports
it, following the two lists of Annex II of Regulation 1560/2003 as replaced by 118/2014
(List A: proof; List B: circumstantial evidence; Dublin III Art 22(2)-(3)).

The models check the shape of each fact (types, ISO 3166-1 alpha-2 codes, enumerations).
Checks across facts (a reply before its request, an application before the first entry...)
live in `cordiale.law.validation`, which the loaders in `cordiale.law.casefile` run.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from cordiale.law.explain.messages_validation import MESSAGES as FIELD_ERRORS
from cordiale.law.states import EU_ALIASES, is_state_code

CASE_FILE_VERSION = "1"


def _normalise_state_code(value: object) -> object:
    if isinstance(value, str):
        return value.strip().upper()
    return value


# Names for the error on an EU abbreviation (states.EU_ALIASES): 'EL' -> Greece, 'UK' -> GB.
_ALIAS_COUNTRIES = {"GR": "Greece", "GB": "the United Kingdom"}


def _field_error(key: str, **params: str) -> PydanticCustomError:
    """An error with an engine message key (`field_error.<code>`): its English template
    comes from the catalogue, so the French one says the same (`FieldError.code`)."""
    return PydanticCustomError(key, FIELD_ERRORS[f"field_error.{key}"][0], params)


def _check_state_code(code: str) -> str:
    if code in EU_ALIASES:
        iso = EU_ALIASES[code]
        country = _ALIAS_COUNTRIES.get(iso, iso)
        raise _field_error("state_code_alias", code=code, country=country, iso=iso)
    if not is_state_code(code):
        raise _field_error("state_code")
    return code


StateCode = Annotated[
    str,
    BeforeValidator(_normalise_state_code),
    AfterValidator(_check_state_code),
    Field(description="ISO 3166-1 alpha-2 code (Greece is GR, the United Kingdom GB)"),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


# --- provenance ----------------------------------------------------------------------------


class EvidenceCategory(StrEnum):
    """Art 22(3) and Annex II of IR 1560/2003: proof (List A) or circumstantial (List B)."""

    PROOF = "proof"
    CIRCUMSTANTIAL = "circumstantial"
    STATEMENT = "statement"  # the applicant's own statement, not yet corroborated


class Provenance(_Model):
    """Where a fact comes from and what supports it."""

    source: str | None = Field(None, description="e.g. 'Eurodac', 'interview 2026-03-02'")
    evidence: EvidenceCategory | None = None
    annex_item: str | None = Field(
        None, description="Annex II item, e.g. 'A.I.7' (List A, Part I, item 7)"
    )
    document: str | None = Field(None, description="reference of the evidence document")
    recorded_by: str | None = None
    recorded_at: datetime | None = None


class _Fact(_Model):
    id: str | None = Field(None, description="stable identifier of this fact in the case")
    provenance: Provenance | None = None


# --- the applicant -------------------------------------------------------------------------


class MaritalStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    PARTNERSHIP = "partnership"
    DIVORCED = "divorced"
    WIDOWED = "widowed"
    UNKNOWN = "unknown"


class AssessedAge(_Model):
    """An age assessment where the date of birth is unknown or disputed (Art 2(i); H6)."""

    assessed_on: date
    age_years: int = Field(ge=0, le=120)
    uncertainty_years: int = Field(0, ge=0, le=10, description="plus or minus")
    by: str | None = None


class Applicant(_Fact):
    date_of_birth: date | None = None
    assessed_age: AssessedAge | None = None
    sex: Literal["female", "male", "other", "unknown"] = "unknown"
    nationalities: list[StateCode] = Field(default_factory=list)
    stateless: bool = False
    marital_status: MaritalStatus = MaritalStatus.UNKNOWN
    unaccompanied: bool | None = Field(
        None,
        description="arrived without, and not effectively taken into the care of, the adult "
        "responsible for him or her (Art 2(j)); null if not known",
    )


# --- applications --------------------------------------------------------------------------


class ApplicationPlace(StrEnum):
    TERRITORY = "territory"
    BORDER = "border"
    AIRPORT_TRANSIT_AREA = "airport_transit_area"  # Art 15
    JUXTAPOSED_CONTROL = "juxtaposed_control"  # UK control zone in France (Le Touquet)


class ControlZone(StrEnum):
    """UK control zones in France (juxtaposed controls): a claim made there is France's to
    examine (Le Touquet Treaty 2003, Art 9, article UNVERIFIED; Sangatte Protocol 1991 for the
    tunnel; Additional Protocol 2000 for Eurostar stations; uk_france.md 1.2)."""

    CALAIS_PORT = "calais_port"  # Le Touquet 2003
    DUNKIRK_PORT = "dunkirk_port"  # Le Touquet 2003
    BOULOGNE_PORT = "boulogne_port"  # Le Touquet 2003 (designated, reported not operating)
    COQUELLES_TUNNEL = "coquelles_tunnel"  # Sangatte Protocol 1991 (Eurotunnel terminal)
    EUROSTAR_PARIS_NORD = "eurostar_paris_nord"  # Additional Protocol 2000
    EUROSTAR_LILLE = "eurostar_lille"  # Additional Protocol 2000
    EUROSTAR_CALAIS_FRETHUN = "eurostar_calais_frethun"  # Additional Protocol 2000
    OTHER_FR = "other_fr"  # another UK control point on French territory


class WithdrawalStage(StrEnum):
    """When an application was withdrawn: decides Art 20(5) against Art 18(1)(c)."""

    DETERMINATION = "determination"  # during the Dublin procedure (Art 20(5))
    EXAMINATION = "examination"  # during the examination on the substance (Art 18(1)(c))


class DecisionKind(StrEnum):
    REJECTED = "rejected"
    GRANTED_REFUGEE = "granted_refugee"
    GRANTED_SUBSIDIARY = "granted_subsidiary"
    INADMISSIBLE = "inadmissible"
    DISCONTINUED = "discontinued"


class ApplicationDecision(_Model):
    kind: DecisionKind
    on: date
    on_substance: bool = True
    final: bool = Field(False, description="no further remedy (Art 2(c), 18(1)(d))")


class Application(_Fact):
    id: str = Field(description="identifier referred to by other facts")
    state: StateCode = Field(description="the State where the application was lodged")
    made_on: date | None = Field(None, description="date the wish to apply was expressed")
    lodged_on: date = Field(
        description="form or official report reached the competent authority (Art 20(2))"
    )
    registered_on: date | None = Field(None, description="registration (AMMR Art 84)")
    place: ApplicationPlace = ApplicationPlace.TERRITORY
    present_in: StateCode | None = Field(
        None,
        description="State on whose territory the applicant was when the application was "
        "handed to this State's authorities, if different (Art 20(4))",
    )
    border_procedure: bool = Field(False, description="examined in a border procedure")
    control_zone: ControlZone | None = Field(
        None,
        description="made at this UK control zone in France (juxtaposed controls): the claim "
        "is France's to examine, so an application recorded with state GB is treated as "
        "lodged in FR (Le Touquet Treaty 2003 Art 9, UNVERIFIED article)",
    )
    withdrawn_on: date | None = None
    withdrawal: Literal["explicit", "tacit"] | None = None
    withdrawal_stage: WithdrawalStage | None = None
    decisions: list[ApplicationDecision] = Field(default_factory=list)


# --- movements -----------------------------------------------------------------------------


class EntryMode(StrEnum):
    IRREGULAR = "irregular"  # Art 13(1)
    VISA = "visa"
    VISA_WAIVED = "visa_waived"  # Art 14
    AIRPORT_TRANSIT = "airport_transit"
    TOLERATED_HUMANITARIAN = "tolerated_humanitarian"  # not a visa (C-646/16 Jafari)
    SEARCH_AND_RESCUE = "search_and_rescue"  # disembarkation (AMMR Art 33(2))
    UNKNOWN = "unknown"


class Entry(_Fact):
    """An entry into a State's territory."""

    state: StateCode
    on: date
    mode: EntryMode
    from_third_country: bool = Field(
        True, description="crossed the border coming from a third country (Art 13(1))"
    )
    from_state: StateCode | None = None


class Stay(_Fact):
    """A period of living in a State (Art 13(2))."""

    state: StateCode
    start: date
    end: date | None = Field(None, description="null while the stay goes on")
    continuous: bool | None = Field(None, description="null if not established (H10)")


class AbsenceReason(StrEnum):
    VOLUNTARY = "voluntary"
    RETURN_DECISION = "return_decision"  # left in compliance with a return decision (19(3))
    REMOVAL = "removal"  # removal order carried out (19(3))


class Absence(_Fact):
    """Time spent outside the territory of the Dublin States (Arts 12(4), 19(2)-(3), 20(5))."""

    left_on: date
    returned_on: date | None = None
    left_from: StateCode | None = None
    reason: AbsenceReason = AbsenceReason.VOLUNTARY
    order_issued_by: StateCode | None = Field(
        None, description="State that issued the return decision or removal order (19(3))"
    )


# --- documents -----------------------------------------------------------------------------


class DocumentKind(StrEnum):
    RESIDENCE_DOCUMENT = "residence_document"  # Art 2(l)
    VISA = "visa"  # Art 2(m)


class VisaType(StrEnum):
    LONG_STAY = "long_stay"
    SHORT_STAY = "short_stay"
    AIRPORT_TRANSIT = "airport_transit"


class IssuedDuring(StrEnum):
    """Permits excluded from 'residence document' by Art 2(l)."""

    DETERMINATION = "determination"
    ASYLUM_EXAMINATION = "asylum_examination"
    PERMIT_APPLICATION = "permit_application"


class Document(_Fact):
    """A residence document or a visa (Art 12)."""

    kind: DocumentKind
    visa_type: VisaType | None = None
    issuing_state: StateCode
    issued_on_behalf_of: StateCode | None = Field(
        None, description="visa issued under a representation arrangement (Art 12(2))"
    )
    valid_from: date
    valid_until: date
    enabled_entry: bool | None = Field(None, description="actually enabled entry (Art 12(4))")
    issued_on_false_identity: bool = Field(
        False, description="issued on a false or assumed identity or forged papers (12(5))"
    )
    fraud_after_issue: bool = Field(
        False, description="the issuing State establishes the fraud came after issue (12(5))"
    )
    issued_during: IssuedDuring | None = None


class Diploma(_Fact):
    """A diploma or qualification (AMMR Art 30; no criterion under Dublin III)."""

    issuing_state: StateCode
    issued_on: date
    study_months: int = Field(ge=0)
    recognised_establishment: bool = True
    isced_level: int = Field(ge=0, le=8)
    distance_learning: bool = False


# --- databases -----------------------------------------------------------------------------


class EurodacHit(_Fact):
    """A Eurodac hit. Reg 603/2013: category 1 applicant (Art 9), 2 irregular crossing
    (Art 14), 3 illegal stay (Art 17); Reg 2024/1358 adds "sar", disembarkation after a search
    and rescue operation (Art 24)."""

    category: Literal[1, 2, 3, "sar"]
    state: StateCode = Field(description="State of origin of the fingerprints")
    taken_on: date | None = None
    received_on: date = Field(description="the requesting State received the hit")


class VisHit(_Fact):
    state: StateCode
    received_on: date


# --- family --------------------------------------------------------------------------------


class Relation(StrEnum):
    """Who the family member is to the applicant: `child` is the applicant's child, `parent`
    the applicant's father or mother (Art 2(g)-(h), Arts 8, 16)."""

    SPOUSE = "spouse"
    UNMARRIED_PARTNER = "unmarried_partner"
    CHILD = "child"
    PARENT = "parent"
    RESPONSIBLE_ADULT = "responsible_adult"
    SIBLING = "sibling"
    AUNT_UNCLE = "aunt_uncle"
    GRANDPARENT = "grandparent"


class FamilyStatus(StrEnum):
    """The family member's status in the State where he or she is."""

    BENEFICIARY_INTERNATIONAL_PROTECTION = "beneficiary_international_protection"  # Art 9
    APPLICANT = "applicant"  # Art 10
    LEGALLY_RESIDENT = "legally_resident"
    LEGALLY_PRESENT = "legally_present"
    CITIZEN = "citizen"
    LONG_TERM_RESIDENT = "long_term_resident"  # Directive 2003/109 or national (AMMR 26(1))
    NATURALISED_FORMER_BENEFICIARY = "naturalised_former_beneficiary"  # AMMR Art 26(1)
    IRREGULAR = "irregular"
    UNKNOWN = "unknown"


class FamilyFormed(StrEnum):
    IN_COUNTRY_OF_ORIGIN = "in_country_of_origin"
    IN_TRANSIT = "in_transit"  # before arrival in the EU, after leaving the country of origin
    AFTER_ARRIVAL = "after_arrival"
    UNKNOWN = "unknown"


class FamilyMember(_Fact):
    id: str = Field(description="identifier referred to by other facts")
    relation: Relation
    state: StateCode = Field(description="State where the family member is present")
    status: FamilyStatus
    present_since: date | None = None
    adult: bool | None = Field(None, description="needed for aunts, uncles, grandparents")
    married: bool | None = Field(None, description="for a child: 2(g) counts unmarried minors")
    minor: bool | None = None
    first_decision_on_substance: bool | None = Field(
        None, description="for an applicant: a first decision on the substance exists (Art 10)"
    )
    family_formed: FamilyFormed = FamilyFormed.UNKNOWN
    consent_applicant: bool = Field(False, description="the applicant's wish in writing")
    consent_member: bool = Field(False, description="the family member's wish in writing")
    evidence_produced_on: date | None = Field(
        None, description="date the evidence of this family link was produced (Art 7(3))"
    )


class DependencyGround(StrEnum):
    PREGNANCY = "pregnancy"
    NEWBORN = "newborn"
    SERIOUS_ILLNESS = "serious_illness"
    SEVERE_DISABILITY = "severe_disability"
    SEVERE_TRAUMA = "severe_trauma"  # AMMR Art 34 only
    OLD_AGE = "old_age"


class Dependency(_Fact):
    """Dependency between the applicant and a child, sibling or parent (Art 16)."""

    family_member: str = Field(description="id of the family member")
    dependent: Literal["applicant", "family_member"]
    ground: DependencyGround
    consent_in_writing: bool = False
    applicant_unable_to_travel: bool | None = Field(None, description="Art 16(2)")


# --- liberty -------------------------------------------------------------------------------


class Detention(_Fact):
    """Detention for the purpose of transfer (Art 28)."""

    start: date
    end: date | None = None
    state: StateCode


class Imprisonment(_Fact):
    """Imprisonment that prevents the transfer (Art 29(2))."""

    start: date
    end: date | None = None
    state: StateCode
    notified_to_responsible_state_on: date | None = Field(
        None, description="IR 1560/2003 Art 9(2): notice before the 6 months end"
    )


class Absconding(_Fact):
    """The person deliberately evades the authorities (Art 29(2); C-163/17 Jawo)."""

    on: date
    ended_on: date | None = None
    notified_to_responsible_state_on: date | None = Field(
        None, description="IR 1560/2003 Art 9(2): notice before the 6 months end"
    )


# --- the procedure between States ----------------------------------------------------------


class RequestKind(StrEnum):
    TAKE_CHARGE = "take_charge"  # Art 21
    TAKE_BACK = "take_back"  # Arts 23-24
    TAKE_BACK_NOTIFICATION = "take_back_notification"  # AMMR Art 41
    HUMANITARIAN = "humanitarian"  # Art 17(2)
    RE_EXAMINATION = "re_examination"  # IR Art 5(2)
    INFORMATION = "information"  # Art 34
    # UK-France Agreement 2025 ("one in, one out"), chapter II: from GB to FR; not a Dublin
    # request (uk_france.md 6.2.1).
    READMISSION = "readmission"


class Request(_Fact):
    id: str = Field(description="identifier referred to by replies")
    kind: RequestKind
    from_state: StateCode
    to_state: StateCode
    basis: str | None = Field(None, description="article relied on, e.g. '8(1)'")
    sent_on: date
    received_on: date | None = Field(None, description="DubliNet acknowledgement (IR 15(3))")
    urgent: bool = Field(False, description="urgent reply requested (Art 21(2))")
    urgent_reply_by: date | None = None
    eurodac_based: bool = Field(False, description="rests on a Eurodac hit (Art 25(1))")
    detention: bool = Field(False, description="the person is detained (Art 28(3))")
    re_examination_of: str | None = Field(None, description="id of the refused request")


class ReplyOutcome(StrEnum):
    ACCEPT = "accept"
    REFUSE = "refuse"
    POSTPONE = "postpone"  # urgent case postponed (Art 22(6))
    REQUEST_INFORMATION = "request_information"
    INFORMATION = "information"  # the answer to an information request (Art 34)


class Reply(_Fact):
    request: str = Field(description="id of the request answered")
    sent_on: date | None = None
    received_on: date
    outcome: ReplyOutcome
    basis: str | None = None
    reasons: str | None = None
    exceptional: bool = Field(
        False,
        description="readmission (UK-France 2025): France invoked an exceptional case, so it "
        "has 28 days rather than 14 to reply",
    )


class SecurityFinding(_Fact):
    """A security check that found reasonable grounds to consider the applicant a danger to
    internal security (AMMR Art 16(4); Screening Regulation 2024/1356 Art 15)."""

    state: StateCode = Field(description="the State that carried out the check")
    on: date
    threat: bool = True


class TransferDecision(_Fact):
    """The decision to transfer, notified to the applicant (Art 26)."""

    notified_on: date
    to_state: StateCode | None = None


class Appeal(_Fact):
    """An appeal or review against the transfer decision (Art 27)."""

    lodged_on: date
    suspensive: bool = Field(False, description="suspends the transfer under Art 27(3)")
    ex_officio_suspension: bool = Field(
        False, description="suspension under Art 27(4) for other reasons (C-245/21)"
    )
    final_decision_on: date | None = None
    outcome: Literal["upheld", "dismissed"] | None = Field(
        None, description="upheld: the transfer decision is annulled"
    )


class Transfer(_Fact):
    carried_out_on: date
    to_state: StateCode
    mode: Literal["own_initiative", "supervised", "escorted"] | None = None


# --- UK-France arrangements (cordiale.law.ukfrance; shared/law/uk_france.md) -------------


class LocalAuthorityAssessment(_Fact):
    """The assessment by a UK local authority of a relative who is to receive a child (the
    'viability assessment', uk_france.md 5.3 step 4). Its conclusion starts the Sandhurst
    service-level target for the UK decision (HL4954: 10 working days)."""

    state: StateCode = Field("GB", description="State of the local authority")
    family_member: str | None = Field(None, description="id of the relative assessed")
    concluded_on: date = Field(description="the assessment was concluded (signed off)")
    outcome: Literal["suitable", "not_suitable"] | None = None


class ArrivalMode(StrEnum):
    SMALL_BOAT = "small_boat"  # UK-France 2025 Art 3: dangerous small-boat crossing
    OTHER = "other"


class UkArrival(_Fact):
    """An arrival in the United Kingdom from France: the returns leg of the UK-France
    Agreement of 2025 ("one in, one out", Arts 3-4; uk_france.md 6.2.1)."""

    on: date = Field(description="date of arrival in the UK")
    mode: ArrivalMode
    from_state: StateCode = Field("FR", description="State the crossing started from")
    protection_claim_on: date | None = Field(
        None, description="a protection (asylum) claim made in the UK"
    )
    claim_withdrawn: bool = Field(False, description="the UK protection claim was withdrawn")
    claim_inadmissible: bool = Field(
        False, description="the UK protection claim was declared inadmissible"
    )


class AdmissionFacts(_Fact):
    """Facts for the UK/European Applicant Transfer Scheme (admissions leg of the UK-France
    Agreement of 2025, Art 12; uk_france.md 6.2.2). Null means not known: the screening asks.
    Its presence asks the engine for the screening."""

    expression_of_interest_on: date | None = Field(
        None, description="date of the expression of interest (ages are judged on it)"
    )
    present_in_france: bool | None = Field(
        None, description="physically in France when the expression of interest was made"
    )
    family_group_with_adult_parent: bool | None = Field(
        None, description="a minor in a family group with a parent aged 18 or over"
    )
    uk_family_link: bool | None = Field(None, description="has a family link in the UK")
    previously_returned_under_treaty: bool | None = Field(
        None, description="was returned to France under the 2025 agreement"
    )
    previous_irregular_entry_to_uk: bool | None = Field(
        None, description="entered or attempted to enter the UK irregularly before"
    )
    protection_elsewhere: bool | None = Field(
        None, description="granted international protection or statelessness status elsewhere"
    )
    immigration_permission_in_france: bool | None = Field(
        None, description="holds an immigration permission (residence) in France"
    )


class Historic(_Model):
    """Historic schemes evaluated only on request (uk_france.md 4)."""

    section67: bool = Field(
        False, description="evaluate section 67 of the Immigration Act 2016 ('Dubs')"
    )
    calais_camp_resident_on: date | None = Field(
        None, description="a date the child was recorded resident in the Calais camp"
    )
    assessed_on: date | None = Field(
        None,
        description="date on which the child's age is judged for section 67 (default: "
        "24 October 2016, the start of the Calais camp clearance)",
    )
    referred_on: date | None = Field(
        None, description="date France referred the child (section 67, 2017-2020 referrals)"
    )
    sibling_of_qualifying_child: bool | None = Field(
        None, description="accompanying sibling of a child in the priority group"
    )


# --- answers to the engine's questions -----------------------------------------------------


class Answer(_Model):
    """A caseworker's answer to one of the engine's questions, kept in the case file."""

    question: str = Field(description="question id as printed by the engine, e.g. 'H1:art8.1:GB'")
    value: bool | str
    answered_by: str | None = None
    answered_on: date | None = None
    reason: str | None = None


# --- the case ------------------------------------------------------------------------------


class CaseFacts(_Model):
    """Everything the rules need about one case (case-file format version 1)."""

    version: Literal["1"] = Field(description="case-file format version")
    reference: str = Field(min_length=1, description="the case reference")
    determining_state: StateCode = Field(
        "FR", description="the State carrying out the determination"
    )
    applicant: Applicant
    applications: list[Application] = Field(default_factory=list)
    entries: list[Entry] = Field(default_factory=list)
    stays: list[Stay] = Field(default_factory=list)
    absences: list[Absence] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    diplomas: list[Diploma] = Field(default_factory=list)
    eurodac_hits: list[EurodacHit] = Field(default_factory=list)
    vis_hits: list[VisHit] = Field(default_factory=list)
    family: list[FamilyMember] = Field(default_factory=list)
    dependencies: list[Dependency] = Field(default_factory=list)
    detentions: list[Detention] = Field(default_factory=list)
    imprisonments: list[Imprisonment] = Field(default_factory=list)
    abscondings: list[Absconding] = Field(default_factory=list)
    security_findings: list[SecurityFinding] = Field(default_factory=list)
    requests: list[Request] = Field(default_factory=list)
    replies: list[Reply] = Field(default_factory=list)
    transfer_decisions: list[TransferDecision] = Field(default_factory=list)
    appeals: list[Appeal] = Field(default_factory=list)
    transfers: list[Transfer] = Field(default_factory=list)
    answers: list[Answer] = Field(default_factory=list)
    # UK-France arrangements: all optional; the engine does UK-France work only when set.
    local_authority_assessments: list[LocalAuthorityAssessment] = Field(default_factory=list)
    uk_arrival: UkArrival | None = None
    admission: AdmissionFacts | None = None
    historic: Historic | None = None
    notes: str | None = None
