"""Demo data: teams, users of every role and about 200 invented cases in every stage.

Everything here is invented: the names are combinations of common given and family names,
the dates and routes are drawn with a fixed random seed, and the organisations do not exist.
Cases are built through the services (`cordiale.casework.services`), as a caseworker would
build them, so their fact history, audit trail, determinations, deadlines and tasks are real.

Dates: the Dublin III cases are of 2019-2020 (when the United Kingdom still applied Dublin
III); the AMMR cases were registered after the cut-over of 12 June 2026, relative to today,
so the queues hold overdue and due-soon deadlines whatever the day the demo is loaded.
The seed case of the joint team is `examples/01-calais-sudanese-adult.yaml`.
"""

from __future__ import annotations

import os
import random
import secrets
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from cordiale.accounts.models import Role, Team, User
from cordiale.casework.actions import give_consent, withdraw_consent
from cordiale.casework.determination import refresh
from cordiale.casework.errors import CaseworkError
from cordiale.casework.facts_store import FactChange, case_facts
from cordiale.casework.models import Case, Person, Stage
from cordiale.casework.services import (
    answer_question,
    create_case,
    decide,
    import_case,
    record_step,
    update_facts,
)
from cordiale.files import load_case_file
from cordiale.law.casefile import dump_case_file

SEED = 20260612
CASES = 200  # the seed case included
SEED_REFERENCE = "CAL-2025-0001"
AMMR_CUTOVER = date(2026, 6, 12)

CALAIS = "Dublin unit Calais"
COQUELLES = "Dublin unit Coquelles"
UK_LIAISON = "UK liaison joint team"
NGO_A = "Aide Juridique du Littoral (invented NGO)"
NGO_B = "Passage Legal Advice (invented NGO)"

# name, kind, State
TEAMS: tuple[tuple[str, str, str], ...] = (
    (CALAIS, Team.Kind.DUBLIN_UNIT, "FR"),
    (COQUELLES, Team.Kind.DUBLIN_UNIT, "FR"),
    (UK_LIAISON, Team.Kind.UK_LIAISON, "GB"),
    (NGO_A, Team.Kind.NGO, "FR"),
    (NGO_B, Team.Kind.NGO, "FR"),
    ("Statistics and analysis", Team.Kind.ANALYSIS, "FR"),
    ("Audit and data protection", Team.Kind.AUDIT, "FR"),
    ("Administration", Team.Kind.ADMINISTRATION, "FR"),
)

# username, role, team, first name, last name (all invented)
USERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("caseworker-calais", Role.CASEWORKER, CALAIS, "Camille", "Delattre"),
    ("caseworker-coquelles", Role.CASEWORKER, COQUELLES, "Yanis", "Vandamme"),
    ("supervisor-calais", Role.SUPERVISOR, CALAIS, "Hélène", "Caron"),
    ("supervisor-coquelles", Role.SUPERVISOR, COQUELLES, "Marc", "Lefebvre"),
    ("uk-liaison", Role.UK_LIAISON, UK_LIAISON, "Priya", "Hollings"),
    ("adviser-littoral", Role.ADVISER, NGO_A, "Inès", "Boulanger"),
    ("adviser-passage", Role.ADVISER, NGO_B, "Tom", "Whitcombe"),
    ("analyst", Role.ANALYST, "Statistics and analysis", "Louise", "Marchal"),
    ("auditor", Role.AUDITOR, "Audit and data protection", "Nadia", "Ferrand"),
    ("admin", Role.ADMINISTRATOR, "Administration", "Olivier", "Dumont"),
)

# How many cases in each stage (the seed case is one more, in `determination`).
STAGE_COUNTS: dict[str, int] = {
    Stage.INTAKE: 16,
    Stage.DETERMINATION: 24,
    Stage.REQUEST_SENT: 24,
    Stage.REQUEST_RECEIVED: 14,
    Stage.ACCEPTED: 16,
    Stage.REFUSED: 12,
    Stage.RE_EXAMINATION: 10,
    Stage.TRANSFER_DECIDED: 14,
    Stage.APPEAL: 12,
    Stage.TRANSFERRED: 22,
    Stage.EXAMINED_HERE: 18,
    Stage.CLOSED: 17,
}
_TERMINAL = frozenset({Stage.TRANSFERRED, Stage.EXAMINED_HERE, Stage.CLOSED})

# --- invented names -------------------------------------------------------------------------
# Each part: the original spelling and its Latin transliterations (the first is the usual
# one, the others are variants found in other States' records: they make the aliases).

NamePart = tuple[str, tuple[str, ...]]


@dataclass(frozen=True)
class NameBook:
    script: str  # ISO 15924
    male: tuple[NamePart, ...]
    female: tuple[NamePart, ...]
    family: tuple[NamePart, ...]


ARABIC = NameBook(
    "Arab",
    male=(
        ("محمد", ("Mohamed", "Muhammad", "Mohammed")),
        ("أحمد", ("Ahmed", "Ahmad")),
        ("عمر", ("Omar", "Umar")),
        ("عثمان", ("Osman", "Othman", "Uthman")),
        ("إبراهيم", ("Ibrahim", "Ebrahim")),
        ("يوسف", ("Yousif", "Youssef", "Yusuf")),
        ("آدم", ("Adam", "Adem")),
        ("موسى", ("Musa", "Moussa")),
        ("خالد", ("Khalid", "Khaled")),
        ("إدريس", ("Idris", "Idriss")),
        ("صالح", ("Salih", "Saleh")),
        ("مصطفى", ("Mustafa", "Moustafa")),
    ),
    female=(
        ("فاطمة", ("Fatima", "Fatma")),
        ("آمنة", ("Amna", "Amina")),
        ("مريم", ("Mariam", "Maryam")),
        ("حليمة", ("Halima", "Halimah")),
        ("زينب", ("Zainab", "Zeinab")),
        ("هبة", ("Hiba", "Heba")),
        ("نور", ("Nour", "Noor")),
    ),
    family=(
        ("الطيب", ("Eltayeb", "Al-Tayeb", "Altaib")),
        ("عبد الرحمن", ("Abdelrahman", "Abdulrahman")),
        ("النور", ("Elnour", "Al-Nour")),
        ("حامد", ("Hamid", "Hamed")),
        ("بشير", ("Bashir", "Basheer")),
        ("عيسى", ("Issa", "Eisa")),
        ("الأمين", ("Elamin", "Al-Amin")),
        ("الخطيب", ("Al-Khatib", "Alkhateeb")),
        ("درويش", ("Darwish", "Darwich")),
        ("منصور", ("Mansour", "Mansur")),
    ),
)

PASHTO_DARI = NameBook(
    "Arab",
    male=(
        ("احمد", ("Ahmad", "Ahmed")),
        ("محمود", ("Mahmood", "Mahmud")),
        ("نجیب", ("Najib", "Najeeb")),
        ("ذبیح‌الله", ("Zabihullah", "Zabiullah")),
        ("شفیق", ("Shafiq", "Shafik")),
        ("فرید", ("Farid", "Fareed")),
        ("رحمت‌الله", ("Rahmatullah", "Rahmatulla")),
        ("جمیل", ("Jamil", "Jameel")),
        ("نوید", ("Navid", "Naweed")),
    ),
    female=(
        ("مریم", ("Maryam", "Mariam")),
        ("زهرا", ("Zahra", "Zahraa")),
        ("فریبا", ("Fariba", "Fareeba")),
        ("شبنم", ("Shabnam", "Shabnum")),
    ),
    family=(
        ("احمدزی", ("Ahmadzai", "Ahmadzay")),
        ("کاکړ", ("Kakar", "Kakkar")),
        ("صافي", ("Safi", "Saafi")),
        ("هاشمي", ("Hashimi", "Hashemi")),
        ("رحیمي", ("Rahimi", "Raheemi")),
        ("نوري", ("Noori", "Nouri")),
        ("سلطاني", ("Sultani", "Soltani")),
        ("حیدري", ("Haidari", "Hayderi")),
    ),
)

TIGRINYA = NameBook(
    "Ethi",
    male=(
        ("ዳዊት", ("Dawit", "Dawitt")),
        ("ሚካኤል", ("Mikael", "Michael")),
        ("ተስፋይ", ("Tesfay", "Tesfai")),
        ("ኣማኑኤል", ("Amanuel", "Emanuel")),
        ("ሳሙኤል", ("Samuel", "Samiel")),
        ("ዮናስ", ("Yonas", "Jonas")),
        ("ብርሃነ", ("Berhane", "Birhane")),
        ("ሃብተ", ("Habte", "Habtay")),
    ),
    female=(
        ("ሳባ", ("Saba", "Sabba")),
        ("ሉላ", ("Lula", "Loula")),
        ("ሰላም", ("Selam", "Salam")),
        ("ሔዋን", ("Hewan", "Hiwan")),
        ("ፍሬወይኒ", ("Freweyni", "Frewoini")),
    ),
    family=(
        ("ገብረሂወት", ("Gebrehiwet", "Ghebrehiwet")),
        ("ተኽለ", ("Tekle", "Tecle")),
        ("ሃይለ", ("Haile", "Hayle")),
        ("ወልደሚካኤል", ("Woldemikael", "Weldemichael")),
        ("ክፍለ", ("Kifle", "Kiflay")),
        ("ዘርኡ", ("Zeru", "Zere")),
        ("መሓሪ", ("Mehari", "Mihari")),
        ("ኪዳነ", ("Kidane", "Kidana")),
        ("ሃብተማርያም", ("Habtemariam", "Habtemaryam")),
    ),
)

KURDISH_SORANI = NameBook(
    "Arab",
    male=(
        ("ئازاد", ("Azad", "Asad")),
        ("هێمن", ("Hemin", "Hemn")),
        ("کاروان", ("Karwan", "Karwaan")),
        ("ڕێبوار", ("Rebwar", "Rebuar")),
        ("شوان", ("Shwan", "Shuan")),
    ),
    female=(
        ("ژیان", ("Zhiyan", "Jiyan")),
        ("ڤیان", ("Vian", "Viyan")),
        ("شیلان", ("Shilan", "Shilaan")),
    ),
    family=(
        ("ئەحمەد", ("Ahmed", "Ahmad")),
        ("مەحمود", ("Mahmud", "Mahmood")),
        ("کەریم", ("Karim", "Kareem")),
        ("عەبدوڵڵا", ("Abdulla", "Abdullah")),
        ("ڕەشید", ("Rashid", "Rasheed")),
    ),
)

KURDISH_KURMANJI = NameBook(
    "Latn",
    male=(
        ("Rojhat", ("Rojhat", "Rozhat")),
        ("Welat", ("Welat", "Walat")),
        ("Dilovan", ("Dilovan", "Delovan")),
        ("Baran", ("Baran", "Barran")),
    ),
    female=(
        ("Rojîn", ("Rojin", "Rozhin")),
        ("Berfîn", ("Berfin", "Barfin")),
        ("Hêvî", ("Hevi", "Hivi")),
    ),
    family=(
        ("Xelîl", ("Khalil", "Xelil")),
        ("Şêxo", ("Shekho", "Sexo")),
        ("Hesen", ("Hasan", "Hesen")),
        ("Îbrahîm", ("Ibrahim", "Ebrahim")),
    ),
)

PERSIAN = NameBook(
    "Arab",
    male=(
        ("علی", ("Ali", "Aly")),
        ("رضا", ("Reza", "Rezza")),
        ("امیر", ("Amir", "Ameer")),
        ("مهدی", ("Mehdi", "Mahdi")),
    ),
    female=(
        ("سارا", ("Sara", "Sarah")),
        ("نگار", ("Negar", "Nigar")),
        ("مینا", ("Mina", "Meena")),
    ),
    family=(
        ("حسینی", ("Hosseini", "Husseini")),
        ("کریمی", ("Karimi", "Kareemi")),
        ("رضایی", ("Rezaei", "Rezaie")),
        ("جعفری", ("Jafari", "Jaafari")),
        ("موسوی", ("Mousavi", "Moosavi")),
    ),
)

SOMALI = NameBook(
    "Latn",
    male=(
        ("Maxamed", ("Mohamed", "Mohammed")),
        ("Cabdi", ("Abdi", "Abdy")),
        ("Faarax", ("Farah", "Faarah")),
        ("Xasan", ("Hassan", "Hasan")),
    ),
    female=(
        ("Xaliimo", ("Halimo", "Haliimo")),
        ("Faadumo", ("Fadumo", "Faduma")),
        ("Hodan", ("Hodan", "Hodaan")),
    ),
    family=(
        ("Warsame", ("Warsame", "Warsama")),
        ("Jaamac", ("Jama", "Jaama")),
        ("Cismaan", ("Osman", "Ismaan")),
        ("Xuseen", ("Hussein", "Hussen")),
    ),
)

# Nationality and the name books of its people (weights for the draw).
ORIGINS: tuple[tuple[str, tuple[NameBook, ...], int], ...] = (
    ("SD", (ARABIC,), 24),
    ("AF", (PASHTO_DARI,), 22),
    ("ER", (TIGRINYA,), 18),
    ("IQ", (KURDISH_SORANI, ARABIC), 12),
    ("SY", (ARABIC, KURDISH_KURMANJI), 10),
    ("IR", (PERSIAN, KURDISH_SORANI), 7),
    ("SO", (SOMALI,), 7),
)


@dataclass(frozen=True)
class Name:
    original: str
    script: str
    latin: str
    aliases: tuple[str, ...]


def invent_name(rng: random.Random, book: NameBook, sex: str, family: NamePart) -> Name:
    given = rng.choice(book.male if sex == "male" else book.female)
    father = rng.choice([p for p in book.male if p != given])
    # Three parts (given name, father's name, family name), or two in a Latin-script name.
    three = book.script != "Latn" or rng.random() < 0.5
    parts = (given, father, family) if three else (given, family)
    original = " ".join(p[0] for p in parts)
    latin = " ".join(p[1][0] for p in parts)
    aliases: list[str] = []
    variant = " ".join(rng.choice(p[1]) for p in parts)
    if variant != latin:
        aliases.append(variant)
    short = f"{given[1][-1]} {family[1][-1]}"
    if short not in (latin, *aliases):
        aliases.append(short)
    return Name(original, book.script, latin, tuple(aliases))


# --- the plan of one case ---------------------------------------------------------------------


@dataclass
class PlanStep:
    """A step of the case's life: a lifecycle step, or `decide` / `answer` / `consent`."""

    name: str
    data: dict[str, Any] | None = None
    by: str = ""  # username; default: the case's caseworker


@dataclass
class CasePlan:
    reference: str
    team: str
    stage: str
    regime: str  # "dublin3" or "ammr" (by the dates; the engine decides)
    applicant: dict[str, Any]
    people: list[dict[str, Any]]
    facts: list[FactChange]
    steps: list[PlanStep] = field(default_factory=list)
    determining_state: str = "FR"
    # The day of the last step: an AMMR case still open is left as the engine saw it that
    # day (its deadlines as they stood), so the queues hold overdue and due-soon work.
    last_event: date | None = None


def _iso(day: date) -> str:
    return day.isoformat()


_IRREGULAR_STATES = ("IT", "IT", "IT", "GR", "GR", "ES", "BG", "HR", "MT")
_TAKE_BACK_STATES = ("DE", "DE", "BE", "NL", "AT", "SE", "CH")
_VISA_STATES = ("ES", "IT", "DE", "PL", "GR")
_FAMILY_STATES_D3 = ("GB", "GB", "GB", "DE", "SE", "BE")
_FAMILY_STATES_AMMR = ("DE", "SE", "BE", "NL")


class Planner:
    """Draws the demo cases (deterministic for a seed and a day)."""

    def __init__(self, today: date, seed: int = SEED) -> None:
        self.today = today
        self.rng = random.Random(seed)  # noqa: S311 - invented data, not secrets
        self.numbers: Counter[str] = Counter()

    # -- references and people ---------------------------------------------------------------

    def reference(self, team: str, year: int) -> str:
        prefix = "CAL" if team == CALAIS else "COQ"
        key = f"{prefix}-{year}"
        self.numbers[key] += 1
        # From 1001: the bundled examples (CAL-2019-0107...) can be imported beside them.
        return f"{key}-{self.numbers[key] + 1000:04d}"

    def applicant(
        self, lodged: date, *, minor: bool = False, sex: str | None = None
    ) -> tuple[dict[str, Any], list[dict[str, Any]], str, NameBook, NamePart]:
        rng = self.rng
        nationality, books, _ = rng.choices(ORIGINS, weights=[o[2] for o in ORIGINS])[0]
        book = rng.choice(books)
        sex = sex or ("male" if rng.random() < 0.8 else "female")
        age = rng.randint(15, 17) if minor else rng.randint(19, 46)
        born = lodged - timedelta(days=age * 365 + rng.randint(20, 330))
        family_name = rng.choice(book.family)
        name = invent_name(rng, book, sex, family_name)
        married = not minor and rng.random() < 0.3
        applicant: dict[str, Any] = {
            "date_of_birth": _iso(born),
            "sex": sex,
            "nationalities": [nationality],
            "marital_status": "married" if married else "single",
            "unaccompanied": minor,
        }
        person = {
            "kind": Person.Kind.APPLICANT,
            "name_original": name.original,
            "script": name.script,
            "name_latin": name.latin,
            "aliases": list(name.aliases),
            "date_of_birth": born,
        }
        return applicant, [person], nationality, book, family_name

    def relative(
        self, book: NameBook, family_name: NamePart, key: str, sex: str, born: date
    ) -> dict[str, Any]:
        name = invent_name(self.rng, book, sex, family_name)
        return {
            "kind": Person.Kind.FAMILY_MEMBER,
            "fact_key": key,
            "name_original": name.original,
            "script": name.script,
            "name_latin": name.latin,
            "aliases": list(name.aliases[:1]),
            "date_of_birth": born,
        }

    # -- the plan ----------------------------------------------------------------------------

    def plans(self, stage_counts: dict[str, int]) -> list[CasePlan]:
        out: list[CasePlan] = []
        for stage, count in stage_counts.items():
            for n in range(count):
                out.append(self.plan(stage, self._regime(stage, n)))
        return out

    def _regime(self, stage: str, n: int) -> str:
        # Both regimes in every stage; recent AMMR cases dominate the active stages (open
        # deadlines), Dublin III cases of 2019-2020 the finished ones.
        if n < 2:
            return ("dublin3", "ammr")[n]
        share = 0.6 if stage in _TERMINAL else 0.25
        return "dublin3" if self.rng.random() < share else "ammr"

    def plan(self, stage: str, regime: str) -> CasePlan:
        rng = self.rng
        team = CALAIS if rng.random() < 0.7 else COQUELLES
        if stage == Stage.REQUEST_RECEIVED or (
            stage == Stage.EXAMINED_HERE and rng.random() < 0.35
        ):
            return self._incoming(stage, regime, team)
        if stage == Stage.EXAMINED_HERE:
            # Under the AMMR a recent case still has its request period running, so a
            # decision to examine it here departs from the engine's proposal (with reasons).
            sovereignty = 0.5 if regime == "ammr" else 0.3
            kind = "sovereignty" if rng.random() < sovereignty else "no_criterion"
        elif stage in (Stage.INTAKE, Stage.DETERMINATION, Stage.CLOSED):
            kind = rng.choice(("irregular", "irregular", "take_back", "visa", "no_criterion"))
        else:
            kinds = ["irregular"] * 4 + ["take_back"] * 3 + ["visa"] * 2 + ["family"] * 2
            if regime == "dublin3":
                kinds += ["uam_uk"] * 3
            else:
                kinds += ["uam"]
            kind = rng.choice(kinds)
        return self._outgoing(stage, regime, team, kind)

    def _lodged(self, regime: str, span: int) -> date:
        """The date of the application: 2019-2020 for Dublin III, after the cut-over for the
        AMMR, with `span` days of procedure after it that end a few days before today."""
        rng = self.rng
        if regime == "dublin3":
            return date(2019, 1, 14) + timedelta(days=rng.randint(0, 480))
        latest = self.today - timedelta(days=span + rng.randint(1, 30))
        earliest = AMMR_CUTOVER + timedelta(days=3)
        return max(latest, earliest)

    def _outgoing(self, stage: str, regime: str, team: str, kind: str) -> CasePlan:
        rng = self.rng
        ammr = regime == "ammr"
        # The gaps of the procedure, drawn first so the AMMR timeline ends before today.
        gap_hit = rng.randint(1, 4)
        gap_send = rng.randint(4, 20) if ammr else rng.randint(8, 45)
        gap_reply = rng.randint(5, 12) if ammr else rng.randint(10, 40)
        gap_decision = rng.randint(2, 10)
        gap_appeal = rng.randint(2, 7)
        gap_transfer = rng.randint(10, 50)
        gap_judgment = rng.randint(10, 20)
        appealed = stage == Stage.TRANSFER_DECIDED and rng.random() < 0.3
        to_reply = gap_hit + gap_send + gap_reply
        to_judge = gap_appeal + gap_judgment if appealed else 0
        spans: dict[str, int] = {
            Stage.INTAKE: 0,
            Stage.DETERMINATION: gap_hit,
            Stage.CLOSED: gap_hit,
            Stage.EXAMINED_HERE: gap_hit + 10,
            Stage.REQUEST_SENT: gap_hit + gap_send,
            Stage.ACCEPTED: to_reply,
            Stage.REFUSED: to_reply,
            Stage.RE_EXAMINATION: to_reply + 6,
            Stage.TRANSFER_DECIDED: to_reply + gap_decision + to_judge,
            Stage.APPEAL: to_reply + gap_decision + gap_appeal,
            Stage.TRANSFERRED: to_reply + gap_transfer,
        }
        span = spans[stage]
        if kind == "uam_uk":
            lodged = date(2019, 1, 14) + timedelta(days=rng.randint(0, 420))
        else:
            lodged = self._lodged(regime, span)
        minor = kind in ("uam", "uam_uk")
        applicant, people, _, book, family_name = self.applicant(lodged, minor=minor)
        reference = self.reference(team, lodged.year)
        application = {"state": "FR", "lodged_on": _iso(lodged), "registered_on": _iso(lodged)}
        application["made_on"] = _iso(lodged - timedelta(days=rng.randint(0, 5)))
        facts = [
            FactChange(
                "applications",
                application | {"provenance": {"source": "GUDA registration", "evidence": "proof"}},
                key="fr-1",
                reason="registration at the GUDA",
            )
        ]
        hit_on = lodged + timedelta(days=gap_hit)
        target, basis, request_kind, eurodac = "FR", "", "take_charge", False
        if kind == "irregular":
            target = rng.choice(_IRREGULAR_STATES)
            window = 560 if ammr else 330  # Art 33(1): 20 months; Art 13(1): 12 months
            entered = lodged - timedelta(days=rng.randint(40, window))
            facts += [
                FactChange(
                    "entries",
                    {
                        "state": target,
                        "on": _iso(entered),
                        "mode": "irregular",
                        "provenance": {"source": "Eurodac category 2", "evidence": "proof"},
                    },
                    key="entry-1",
                ),
                FactChange(
                    "eurodac_hits",
                    {
                        "category": 2,
                        "state": target,
                        "taken_on": _iso(entered),
                        "received_on": _iso(hit_on),
                    },
                    key="hit-1",
                ),
            ]
            basis, eurodac = ("33(1)" if ammr else "13(1)"), True
        elif kind == "take_back":
            target = rng.choice(_TAKE_BACK_STATES)
            earlier = lodged - timedelta(days=rng.randint(60, 400))
            facts += [
                FactChange(
                    "applications",
                    {"state": target, "lodged_on": _iso(earlier), "registered_on": _iso(earlier)},
                    key=f"{target.lower()}-1",
                ),
                FactChange(
                    "eurodac_hits",
                    {"category": 1, "state": target, "received_on": _iso(hit_on)},
                    key="hit-1",
                ),
            ]
            request_kind = "take_back_notification" if ammr else "take_back"
            basis, eurodac = ("36(1)(b)" if ammr else "18(1)(b)"), True
        elif kind == "visa":
            target = rng.choice(_VISA_STATES)
            valid_from = lodged - timedelta(days=rng.randint(20, 70))
            facts += [
                FactChange(
                    "entries",
                    {"state": target, "on": _iso(valid_from + timedelta(days=3)), "mode": "visa"},
                    key="entry-1",
                ),
                FactChange(
                    "documents",
                    {
                        "kind": "visa",
                        "visa_type": "short_stay",
                        "issuing_state": target,
                        "valid_from": _iso(valid_from),
                        "valid_until": _iso(valid_from + timedelta(days=89)),
                        "enabled_entry": True,
                        "provenance": {"source": "VIS hit", "evidence": "proof"},
                    },
                    key="visa-1",
                ),
                FactChange("vis_hits", {"state": target, "received_on": _iso(hit_on)}, key="vis-1"),
            ]
            basis = "29(2)" if ammr else "12(2)"
        elif kind in ("uam", "uam_uk"):
            target = "GB" if kind == "uam_uk" else rng.choice(_FAMILY_STATES_AMMR)
            entered = lodged - timedelta(days=rng.randint(20, 120))
            sibling_born = lodged - timedelta(days=rng.randint(20 * 365, 30 * 365))
            facts += [
                FactChange(
                    "entries",
                    {
                        "state": "GR" if rng.random() < 0.5 else "IT",
                        "on": _iso(entered),
                        "mode": "irregular",
                    },
                    key="entry-1",
                ),
                FactChange(
                    "family",
                    {
                        "id": "sibling",
                        "relation": "sibling",
                        "state": target,
                        "status": "beneficiary_international_protection",
                        "family_formed": "in_country_of_origin",
                        "present_since": _iso(lodged - timedelta(days=rng.randint(400, 2000))),
                        "consent_applicant": True,
                        "consent_member": True,
                        "provenance": {
                            "source": "Home Office / BAMF confirmation",
                            "evidence": "proof",
                        },
                    },
                    key="sibling",
                ),
            ]
            people.append(self.relative(book, family_name, "sibling", "male", sibling_born))
            basis = "25(1)" if ammr else "8(1)"
        elif kind == "family":
            # The spouse is a beneficiary of international protection in another State and
            # both wish to be together: Dublin III Art 9, AMMR Art 26.
            target = rng.choice(_FAMILY_STATES_D3 if not ammr else _FAMILY_STATES_AMMR)
            applicant["marital_status"] = "married"
            spouse_sex = "female" if applicant["sex"] == "male" else "male"
            spouse_born = lodged - timedelta(days=rng.randint(20 * 365, 40 * 365))
            facts.append(
                FactChange(
                    "family",
                    {
                        "id": "spouse",
                        "relation": "spouse",
                        "state": target,
                        "status": "beneficiary_international_protection",
                        "family_formed": "in_country_of_origin",
                        "consent_applicant": True,
                        "consent_member": True,
                        "provenance": {"source": "marriage certificate", "evidence": "proof"},
                    },
                    key="spouse",
                )
            )
            people.append(
                self.relative(book, rng.choice(book.family), "spouse", spouse_sex, spouse_born)
            )
            basis = "26(1)" if ammr else "9"
        elif kind == "sovereignty":
            # A criterion designates another State, and France examines it all the same
            # (discretionary clause): a decision that departs from the proposal, with reasons.
            target = rng.choice(_IRREGULAR_STATES)
            entered = lodged - timedelta(days=rng.randint(40, 300))
            facts.append(
                FactChange(
                    "entries",
                    {"state": target, "on": _iso(entered), "mode": "irregular"},
                    key="entry-1",
                )
            )
        else:  # no criterion: entry route unknown, no documents, nothing in Eurodac
            facts.append(
                FactChange(
                    "stays",
                    {
                        "state": "FR",
                        "start": _iso(lodged - timedelta(days=rng.randint(10, 120))),
                        "continuous": True,
                    },
                    key="stay-fr",
                )
            )

        plan = CasePlan(
            reference=reference,
            team=team,
            stage=stage,
            regime=regime,
            applicant=applicant,
            people=people,
            facts=facts,
        )
        steps = plan.steps
        plan.last_event = lodged
        if stage == Stage.INTAKE:
            plan.facts = plan.facts[:1] if rng.random() < 0.5 else plan.facts
            return plan
        plan.last_event = hit_on
        steps.append(PlanStep("start_determination"))
        steps.append(PlanStep("answer"))
        if stage == Stage.DETERMINATION:
            if rng.random() < 0.4:
                steps.pop()  # questions left open for the caseworker
            return self._consents(plan, lodged)
        if stage == Stage.CLOSED:
            steps.append(PlanStep("close"))
            return self._consents(plan, lodged)
        if kind == "sovereignty":
            steps.append(
                PlanStep(
                    "decide",
                    {
                        "summary": "examine the application in France (discretionary clause)",
                        "state": "FR",
                        "reason": "Art 17(1) Reg. 604/2013 / Art 35(1) Reg. 2024/1351: serious "
                        "illness treated in Lille; a transfer would interrupt the treatment.",
                    },
                    by=_supervisor(team),
                )
            )
            steps.append(PlanStep("examine_here"))
            return self._consents(plan, lodged)
        if stage == Stage.EXAMINED_HERE:
            steps.append(
                PlanStep(
                    "decide",
                    {"summary": "examine the application in France", "state": "FR"},
                    by=_supervisor(team),
                )
            )
            steps.append(PlanStep("examine_here"))
            return self._consents(plan, lodged)

        # Outgoing request and what follows it.
        sent = hit_on + timedelta(days=gap_send)
        label = (
            "take back notification"
            if request_kind.endswith("notification")
            else (f"{request_kind.replace('_', ' ')} request")
        )
        steps.append(
            PlanStep(
                "decide",
                {"summary": f"send a {label} to {target} on Art {basis}", "state": target},
            )
        )
        request = {
            "id": "req-1",
            "kind": request_kind,
            "from_state": "FR",
            "to_state": target,
            "basis": basis,
            "sent_on": _iso(sent),
            "received_on": _iso(sent),
            "eurodac_based": eurodac,
        }
        steps.append(PlanStep("send_request", request))
        plan.last_event = sent
        if stage == Stage.REQUEST_SENT:
            return self._consents(plan, lodged)
        replied = sent + timedelta(days=gap_reply)
        plan.last_event = replied
        liaison = "uk-liaison" if target == "GB" else ""
        if stage in (Stage.REFUSED, Stage.RE_EXAMINATION):
            steps.append(
                PlanStep(
                    "record_reply",
                    {
                        "request": "req-1",
                        "received_on": _iso(replied),
                        "outcome": "refuse",
                        "reasons": rng.choice(
                            (
                                "The evidence of the family link is insufficient.",
                                "No Eurodac or VIS record of the applicant in our State.",
                                "The request was sent after the time limit.",
                            )
                        ),
                    },
                    by=liaison,
                )
            )
            if stage == Stage.RE_EXAMINATION:
                asked = replied + timedelta(days=rng.randint(3, 6))
                plan.last_event = asked
                steps.append(
                    PlanStep(
                        "request_re_examination",
                        {
                            "id": "req-2",
                            "kind": "re_examination",
                            "from_state": "FR",
                            "to_state": target,
                            "sent_on": _iso(asked),
                            "received_on": _iso(asked),
                            "re_examination_of": "req-1",
                        },
                    )
                )
            return self._consents(plan, lodged)
        steps.append(
            PlanStep(
                "record_reply",
                {
                    "request": "req-1",
                    "received_on": _iso(replied),
                    "outcome": "accept",
                    "basis": basis,
                },
                by=liaison,
            )
        )
        if stage == Stage.ACCEPTED:
            return self._consents(plan, lodged)
        if stage == Stage.TRANSFERRED:
            carried = replied + timedelta(days=gap_transfer)
            steps.append(
                PlanStep(
                    "record_transfer",
                    {
                        "to_state": target,
                        "carried_out_on": _iso(carried),
                        "mode": "escorted" if minor else rng.choice(("supervised", "escorted")),
                    },
                )
            )
            return self._consents(plan, lodged)
        notified = replied + timedelta(days=gap_decision)
        plan.last_event = notified
        steps.append(
            PlanStep(
                "notify_transfer_decision", {"notified_on": _iso(notified), "to_state": target}
            )
        )
        if stage == Stage.APPEAL or appealed:
            appeal = {
                "id": "appeal-1",
                "lodged_on": _iso(notified + timedelta(days=gap_appeal)),
                "suspensive": rng.random() < 0.6,
            }
            steps.append(PlanStep("lodge_appeal", appeal))
            plan.last_event = notified + timedelta(days=gap_appeal)
            if appealed:
                judged = notified + timedelta(days=gap_appeal + gap_judgment)
                decided = appeal | {"final_decision_on": _iso(judged), "outcome": "dismissed"}
                steps.append(PlanStep("decide_appeal", decided))
                plan.last_event = judged
        return self._consents(plan, lodged)

    def _incoming(self, stage: str, regime: str, team: str) -> CasePlan:
        """Another State asks France: the applicant applied here first, then elsewhere."""
        rng = self.rng
        ammr = regime == "ammr"
        asking = rng.choice(("DE", "BE", "NL", "GB") if not ammr else ("DE", "BE", "NL", "AT"))
        if ammr:
            received = self.today - timedelta(days=rng.randint(1, 25))
            first = max(
                AMMR_CUTOVER + timedelta(days=2), received - timedelta(days=rng.randint(30, 120))
            )
        else:
            first = date(2019, 1, 14) + timedelta(days=rng.randint(0, 400))
            received = first + timedelta(days=rng.randint(60, 200))
        there = received - timedelta(days=rng.randint(5, 25))
        applicant, people, _, _, _ = self.applicant(first)
        reference = self.reference(team, received.year)
        kind = "take_back_notification" if ammr else "take_back"
        facts = [
            FactChange(
                "applications",
                {"state": "FR", "lodged_on": _iso(first), "registered_on": _iso(first)},
                key="fr-1",
                reason="registration at the GUDA",
            ),
            FactChange(
                "applications",
                {"state": asking, "lodged_on": _iso(there), "registered_on": _iso(there)},
                key=f"{asking.lower()}-1",
                reason=f"take back request from {asking}",
            ),
        ]
        plan = CasePlan(
            reference=reference,
            team=team,
            stage=stage,
            regime=regime,
            applicant=applicant,
            people=people,
            facts=facts,
            determining_state=asking,
        )
        request = {
            "id": "in-1",
            "kind": kind,
            "from_state": asking,
            "to_state": "FR",
            "basis": "36(1)(b)" if ammr else "18(1)(b)",
            "sent_on": _iso(received),
            "received_on": _iso(received),
            "eurodac_based": True,
        }
        plan.steps.append(PlanStep("receive_request", request))
        plan.last_event = received
        if stage == Stage.EXAMINED_HERE:
            plan.steps.append(
                PlanStep(
                    "record_reply",
                    {
                        "request": "in-1",
                        "received_on": _iso(received + timedelta(days=rng.randint(3, 12))),
                        "outcome": "accept",
                    },
                )
            )
        return self._consents(plan, first)

    def _consents(self, plan: CasePlan, lodged: date) -> CasePlan:
        draw = self.rng.random()
        # Given some days after lodging, never after today (a consent is recorded once given).
        given = min(lodged + timedelta(days=self.rng.randint(0, 10)), self.today)
        if draw < 0.3:
            plan.steps.append(PlanStep("consent", {"team": NGO_A, "given_on": _iso(given)}))
        elif draw < 0.5:
            plan.steps.append(PlanStep("consent", {"team": NGO_B, "given_on": _iso(given)}))
        elif draw < 0.56:
            plan.steps.append(PlanStep("consent", {"team": NGO_A, "given_on": _iso(given)}))
            plan.steps.append(PlanStep("consent", {"team": NGO_B, "given_on": _iso(given)}))
        elif draw < 0.6:
            plan.steps.append(
                PlanStep("consent", {"team": NGO_B, "given_on": _iso(given), "withdrawn": True})
            )
        return plan


def _supervisor(team: str) -> str:
    return "supervisor-calais" if team == CALAIS else "supervisor-coquelles"


def _caseworker(team: str) -> str:
    return "caseworker-calais" if team == CALAIS else "caseworker-coquelles"


# --- answers a caseworker gives in the demo ---------------------------------------------------

# Question id prefix -> preferred answer and the reason written with it (invented).
_ANSWERS: tuple[tuple[str, str, str], ...] = (
    ("H1:", "yes", "Best-interests assessment with the child's representative (demo)."),
    ("H6:", "yes", "Age assessment by the departmental council (demo)."),
    ("H7:", "yes", "Residence permit seen and copied (demo)."),
    ("H10:", "yes", "Corroborated by two attestations (demo)."),
    ("H11:", "yes", "Did not report for three weeks; address unknown (demo)."),
    ("H12:", "yes", "Marriage certificate from the country of origin (demo)."),
)


def _answer_for(question: dict[str, Any]) -> tuple[str, str]:
    options = [str(o) for o in question.get("options", [])]
    for prefix, value, reason in _ANSWERS:
        if question["id"].startswith(prefix) and value in options:
            return value, reason
    preferred = next((o for o in ("no", "FR") if o in options), options[0] if options else "")
    return preferred, "Considered with the file and the interview notes (demo)."


# --- loading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    team: str
    password: str | None  # None: the user existed already, its password is unchanged


@dataclass
class DemoResult:
    users: list[DemoUser]
    stages: dict[str, int]
    cases: int
    seconds: float


def seed_case_data() -> dict[str, Any]:
    """The seed case (examples/01-calais-sudanese-adult.yaml) as case-file data."""
    path = Path(str(resources.files("cordiale") / "examples" / "01-calais-sudanese-adult.yaml"))
    return dump_case_file(load_case_file(path))


SEED_PEOPLE = (
    {
        "kind": Person.Kind.APPLICANT,
        "name_original": "عثمان الطيب محمد",
        "script": "Arab",
        "name_latin": "Osman Eltayeb Mohamed",
        "aliases": ["Othman Al-Tayeb", "Osman Mohammed"],
        "date_of_birth": date(2000, 5, 14),
    },
)


def make_password() -> str:
    return secrets.token_urlsafe(12)


def ensure_teams_and_users(
    password: Callable[[], str] = make_password,
) -> tuple[dict[str, Team], dict[str, User], list[DemoUser]]:
    teams: dict[str, Team] = {}
    for name, kind, state in TEAMS:
        teams[name], _ = Team.objects.get_or_create(
            name=name, defaults={"kind": kind, "state": state}
        )
    users: dict[str, User] = {}
    shown: list[DemoUser] = []
    for username, role, team, first, last in USERS:
        user = User.objects.filter(username=username).first()
        clear: str | None = None
        if user is None:
            clear = password()
            user = User.objects.create_user(
                username,
                password=clear,
                role=role,
                team=teams[team],
                first_name=first,
                last_name=last,
                email=f"{username}@demo.invalid",
                # The admin site is for administrators (users and teams, no case content).
                is_staff=role == Role.ADMINISTRATOR,
            )
        users[username] = user
        shown.append(DemoUser(username, role, team, clear))
    return teams, users, shown


def load_demo(
    *,
    today: date | None = None,
    seed: int = SEED,
    cases: int = CASES,
    password: Callable[[], str] = make_password,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult | None:
    """Create the demo teams, users and cases; None (and nothing done) if the database holds
    any case already."""
    import time

    if Case.objects.exists():
        return None
    started = time.perf_counter()
    day = today or timezone.localdate()
    with transaction.atomic():
        teams, users, shown = ensure_teams_and_users(password)
        seed_case = import_case(users["caseworker-calais"], seed_case_data(), source="demo")
        for person in SEED_PEOPLE:
            Person.objects.create(case=seed_case, **person)
        counts = _scaled(cases - 1)
        plans = Planner(day, seed).plans(counts)
        for n, plan in enumerate(plans, start=1):
            _build(plan, teams, users)
            if progress is not None:
                progress(n, len(plans))
    stages = Counter(Case.objects.values_list("stage", flat=True))
    return DemoResult(
        users=shown,
        stages={s: stages.get(s, 0) for s in Stage.values},
        cases=sum(stages.values()),
        seconds=time.perf_counter() - started,
    )


def _scaled(total: int) -> dict[str, int]:
    """STAGE_COUNTS scaled to `total` cases, at least one in every stage."""
    base = sum(STAGE_COUNTS.values())
    counts = {s: max(1, round(n * total / base)) for s, n in STAGE_COUNTS.items()}
    largest = max(counts, key=lambda s: counts[s])
    counts[largest] += total - sum(counts.values())
    return counts


def _build(plan: CasePlan, teams: dict[str, Team], users: dict[str, User]) -> Case:
    worker = users[_caseworker(plan.team)]
    case = create_case(
        worker,
        reference=plan.reference,
        applicant=plan.applicant,
        people=plan.people,
        team=teams[plan.team],
        determining_state=plan.determining_state,
    )
    if plan.facts:
        case = update_facts(worker, plan.reference, plan.facts, expected_version=case.version)
    for step in plan.steps:
        user = users[step.by] if step.by else worker
        try:
            case = _take(step, case, user, teams)
        except CaseworkError as exc:
            raise CaseworkError(
                f"demo case {plan.reference}, step {step.name}: {exc.message}", exc.errors
            ) from exc
    if plan.regime == "ammr" and plan.last_event is not None and case.stage not in _TERMINAL:
        # As the engine saw the case on the day of its last step: deadlines that have run
        # out since then are overdue in the queues until someone acts on the case.
        refresh(case, case_facts(case), as_of=plan.last_event)
    return case


def _take(step: PlanStep, case: Case, user: User, teams: dict[str, Team]) -> Case:
    reference = case.reference
    if step.name == "answer":
        for question in list((case.determination or {}).get("questions", [])):
            case.refresh_from_db()
            current = {q["id"] for q in (case.determination or {}).get("questions", [])}
            if question["id"] not in current:
                continue
            value, reason = _answer_for(question)
            case = answer_question(
                user, reference, question["id"], value, reason, expected_version=case.version
            )
        return case
    if step.name == "decide":
        data = step.data or {}
        case.refresh_from_db()
        proposal = case.responsible_state or case.proposed_state
        state = str(data["state"])
        reason = str(data.get("reason", ""))
        if state != proposal and not reason:
            # The engine sees the case differently today (e.g. a 2019 time limit has long
            # run out): no decision is invented against it.
            return case
        decide(
            user,
            reference,
            summary=str(data["summary"]),
            decided_state=state,
            reason=reason,
            expected_version=case.version,
        )
        case.refresh_from_db()
        return case
    if step.name == "consent":
        data = step.data or {}
        team = teams[str(data["team"])]
        consent = give_consent(
            user, reference, team_id=team.pk, given_on=date.fromisoformat(str(data["given_on"]))
        )
        if data.get("withdrawn"):
            withdraw_consent(user, reference, consent.pk)
        return case
    return record_step(user, reference, step.name, step.data, expected_version=case.version)


def write_password_file(path: Path, users: list[DemoUser], urls: list[str]) -> None:
    """The demo users and their passwords, readable by the owner only (mode 0600)."""
    lines = [
        "# cordiale demo users (invented). Change or delete these accounts before any real use.",
        *(f"#   {url}" for url in urls),
        f"# {'username':<22} {'role':<14} {'password':<18} team",
    ]
    for user in users:
        secret = user.password or "(unchanged: existed before the demo)"
        lines.append(f"{user.username:<24} {user.role:<14} {secret:<18} {user.team}")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    partial.replace(path)
