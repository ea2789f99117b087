"""What the engine answers: a `Determination`, explained step by step.

The output is structured data first (message keys with parameters); French and English text
is rendered from it by `cordiale.law.explain`. Plain dataclasses keep the engine fast;
pydantic's `TypeAdapter` still gives their JSON Schema to the API. They keep a `__dict__`
(no `slots`): orjson encodes such instances about three times faster than slotted ones, which
is a tenth of the time of a record in `cordiale determine --batch`, for no measurable cost to
the engine.

The records built many times per case (steps, deadlines, questions, warnings, shifts, the
determination) are not `frozen`: a frozen dataclass sets each field through
`object.__setattr__`, which made their construction about a sixth of the engine's time. They
are treated as values all the same: nothing changes one after the run that made it (use
`dataclasses.replace`). Citations and messages, which are cached and shared between runs,
stay frozen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

INSTRUMENTS: dict[str, str] = {
    "604/2013": "Regulation (EU) No 604/2013 (Dublin III)",
    "1560/2003": "Regulation (EC) No 1560/2003 (implementing rules, as amended by 118/2014)",
    "1182/71": "Regulation (EEC, Euratom) No 1182/71 (periods, dates and time limits)",
    "2024/1351": "Regulation (EU) 2024/1351 (AMMR)",
    # UK-France arrangements (shared/law/uk_france.md); cited without "Reg." (see `cite`).
    "Sangatte 1991": "Sangatte Protocol of 25 November 1991 (Channel Tunnel frontier controls)",
    "AP 2000": "Additional Protocol of 29 May 2000 to the Sangatte Protocol (Eurostar stations)",
    "Le Touquet 2003": "Le Touquet Treaty of 4 February 2003 (juxtaposed controls in sea ports)",
    "Sandhurst 2018": "Sandhurst Treaty of 18 January 2018 (coordinated management of the "
    "shared border), targets as stated in the UK answer HL4954 of 29 January 2018",
    "UK-FR 2025": "UK-France Agreement on the Prevention of Dangerous Journeys (signed 29-30 July "
    "2025; French Decree 2025-798); its admissions leg is run under the Immigration Rules, "
    "Appendix UK/European Applicant Transfer Scheme",
    "IA 2016": "Immigration Act 2016 (UK)",
    "S67 guidance 2016": "Home Office guidance on the implementation of section 67 of the "
    "Immigration Act 2016 in France, v2.0 (8 November 2016): Calais camp clearance",
    "S67 policy 2017": "Home Office policy statement on section 67 of the Immigration Act 2016: "
    "referrals from France, Greece and Italy (2017-2020)",
}


def is_regulation(instrument: str) -> bool:
    """EU regulations are numbered ("604/2013"); the bilateral instruments are named."""
    return instrument[:1].isdigit()


class Regime(StrEnum):
    DUBLIN3 = "dublin3"
    AMMR = "ammr"


class Status(StrEnum):
    DETERMINED = "determined"
    NEEDS_DECISION = "needs_decision"
    INSUFFICIENT_FACTS = "insufficient_facts"


class Track(StrEnum):
    """Which procedure the case follows (Arts 18, 20(5), 21-25)."""

    TAKE_CHARGE = "take_charge"
    TAKE_BACK = "take_back"
    NONE = "none"  # the determining State itself is responsible, no request needed


class StepOutcome(StrEnum):
    APPLIES = "applies"
    NOT_APPLICABLE = "not_applicable"
    PENDING = "pending"  # waits for an answer or a missing fact
    INFO = "info"


class DeadlineStatus(StrEnum):
    OPEN = "open"
    MET = "met"
    MISSED = "missed"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class LegalBasis:
    """A precise citation: instrument, article, paragraph, subparagraph, point."""

    article: str
    paragraph: str | None = None
    point: str | None = None
    subparagraph: str | None = None
    instrument: str = "604/2013"

    def cite(self) -> str:
        """Short form, e.g. 'Art. 21(1), 3rd subpara., Reg. 604/2013'; a named instrument
        without "Reg." ('Art. 4(1), UK-FR 2025'), and an article that is not a number as
        written ('s. 67, IA 2016')."""
        text = f"Art. {self.article}" if self.article[:1].isdigit() else self.article
        if self.paragraph:
            text += f"({self.paragraph})"
        if self.point:
            text += f"({self.point})"
        if self.subparagraph:
            text += f", subpara. {self.subparagraph}"
        if not is_regulation(self.instrument):
            return f"{text}, {self.instrument}"
        return f"{text}, Reg. {self.instrument}"


@dataclass(frozen=True)
class Message:
    """A message key of `cordiale.law.explain.catalogue` with its parameters."""

    key: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class Step:
    """One rule examined, in order, with the facts it used and why it did or did not apply."""

    rule: str  # stable id, e.g. "dublin3.art8.1"
    basis: LegalBasis
    outcome: StepOutcome
    message: Message
    states: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()  # case-file paths of the facts used


@dataclass
class Question:
    """A point only a person can decide; answered in the case file under `answers`."""

    id: str  # stable, e.g. "H1:art8.1:GB"
    kind: str  # the spec's decision point, H1 to H13, or "fact"
    basis: LegalBasis
    message: Message
    options: tuple[str, ...] = ("yes", "no")
    blocking: bool = True  # the determination cannot be completed without the answer
    facts: tuple[str, ...] = ()


@dataclass
class Warning:
    code: str
    message: Message
    basis: LegalBasis | None = None


@dataclass
class Deadline:
    """One statutory time limit, with what happens when it is missed."""

    id: str  # stable: take_charge_request, take_charge_reply, ..., transfer
    basis: LegalBasis
    start_event: Message
    start: date
    due: date
    state_to_act: str | None
    calendar: str | None
    rule: str  # computation rule: dublin3_art42 | r1182 | ammr_art75
    status: DeadlineStatus
    consequence: Message
    period: str  # e.g. "3 months"
    alternative: date | None = None  # the other reading where the law is unsettled
    alternative_note: Message | None = None
    done_on: date | None = None
    request: str | None = None  # id of the request it belongs to, if any
    unverified: bool = False


@dataclass
class Shift:
    """A change of responsibility caused by an acceptance or a missed time limit."""

    state: str  # ISO code of the State that becomes (or stays) responsible
    on: date  # from when
    basis: LegalBasis
    message: Message
    deadline: str | None  # id of the deadline that caused it (None for an explicit acceptance)


@dataclass
class DeadlineReport:
    """What a regime's time-limit engine returns to its determination."""

    deadlines: list[Deadline]
    shifts: list[Shift]  # in date order; the last one wins
    warnings: list[Warning]
    questions: list[Question]
    # Unverified provisions the computation relied on (Reg 1182/71 Arts 2(2), 3(3), 3(5)).
    unverified: list[str] = field(default_factory=list)


# --- UK-France (cordiale.law.ukfrance) -----------------------------------------------------

# Shown with every service-level target: it is never a legal time limit.
SERVICE_TARGET_NOTE = Message("service_target.note", {})


@dataclass(frozen=True)
class ServiceTarget:
    """A service-level target agreed between States (Sandhurst Treaty 2018, HL4954): NOT a
    legal time limit. Its expiry shifts no responsibility and ends no obligation, so it is
    kept apart from `Determination.deadlines`."""

    id: str  # stable: sandhurst_uk_decision, sandhurst_transfer
    basis: LegalBasis
    start: date | None  # None: the start event has not happened (status not_applicable)
    due: date | None
    state_to_act: str | None
    calendar: str | None  # holiday calendar of the State that acts (working days)
    status: DeadlineStatus
    message: Message
    period: str  # e.g. "10 working days"
    done_on: date | None = None
    request: str | None = None  # id of the request it belongs to
    note: Message = SERVICE_TARGET_NOTE


class Eligibility(StrEnum):
    """The overall answer of a screening."""

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    NEEDS_DECISION = "needs_decision"


class CriterionStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    QUESTION = "question"  # a person decides; the question is in `Screening.questions`
    NOT_CHECKED = "not_checked"  # switched off by the criteria in force


@dataclass(frozen=True)
class CriterionResult:
    """One eligibility criterion of a screening, with why it is (not) met."""

    id: str  # stable within the screening, e.g. "present_in_france"
    basis: LegalBasis
    status: CriterionStatus
    message: Message
    facts: tuple[str, ...] = ()  # case-file paths of the facts used
    question: str | None = None  # id of the question when status is "question"
    unverified: bool = False  # the criterion rests on a rule whose text is unverified


@dataclass(frozen=True)
class Screening:
    """An eligibility screening: the UK/European Applicant Transfer Scheme (admissions leg of
    the 2025 agreement) or a phase of section 67 of the Immigration Act 2016."""

    id: str  # ukeats_admission | s67_calais_clearance | s67_referral
    basis: LegalBasis
    outcome: Eligibility
    criteria: tuple[CriterionResult, ...]
    questions: tuple[Question, ...] = ()
    priority: bool | None = None  # a priority flag where the scheme has one
    priority_reasons: tuple[Message, ...] = ()
    warnings: tuple[Warning, ...] = ()
    unverified: tuple[str, ...] = ()


@dataclass(frozen=True)
class UkFranceReport:
    """The UK-France results that are not about responsibility: attached to a determination
    only when the case file asks for them (`admission`, `historic.section67`)."""

    admission: Screening | None = None
    section67: tuple[Screening, ...] = ()


@dataclass
class Determination:
    """The engine's answer for one case as of one date."""

    reference: str
    as_of: date
    regime: Regime
    regime_reason: Message
    status: Status
    track: Track
    responsible_state: str | None
    basis: LegalBasis | None
    trace: tuple[Step, ...]
    questions: tuple[Question, ...]
    deadlines: tuple[Deadline, ...]
    warnings: tuple[Warning, ...]
    first_lodged_on: date | None  # T0 of Art 7(2)
    proposed_state: str | None = None  # the criteria's answer before time-limit shifts
    unverified: tuple[str, ...] = ()
    engine_version: str = ""
    # Sandhurst service-level targets: never legal time limits (cordiale.law.ukfrance).
    service_targets: tuple[ServiceTarget, ...] = ()
    uk_france: UkFranceReport | None = None
