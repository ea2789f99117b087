"""Invented Dublin III case files for benchmarks and load tests (case-file format version 1).

All data is synthetic. The mix follows the Calais caseload described by the joint team:
irregular entries through Italy, Greece, Spain, Bulgaria or Croatia with Eurodac category 2
hits (Art 13(1), inside or outside the 12 months); earlier applications in Germany, Austria,
Belgium or the Netherlands with Eurodac category 1 hits (take back); visas (Art 12);
unaccompanied minors with a sibling, parent or uncle elsewhere (Art 8(1)-(2), some with the
H1/H2 answers recorded); family members who are beneficiaries (Art 9); stays (Art 13(2));
cases decided by the default rule (Art 3(2)); some cases determined by another State that
sends a request to France; and about 3% of applications registered after the AMMR cut-over
(12 June 2026). Each case carries its procedure: requests sent and received, replies (accept,
refuse or none), transfer decisions, appeals, abscondings, detentions and transfers.

Dates are consistent: birth < first entry <= applications (made <= lodged) < requests <=
replies < transfer decisions < appeals and transfers; no event after `LAST_EVENT`.

`generate_cases(n, seed)` yields JSON-compatible dicts, `generate_lines(n, seed, bad_every=k)`
yields JSON Lines (every k-th line made invalid), `write_jsonl(path, n, seed, bad_every=k)`
streams them to disk. Same seed, same output.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import orjson

DEFAULT_SEED = 2026
AMMR_CUTOVER = date(2026, 6, 12)
FIRST_APPLICATION = date(2019, 1, 2)
LAST_DUBLIN3_APPLICATION = date(2026, 6, 5)  # "early June 2026", before the cut-over
FIRST_AMMR_APPLICATION = date(2026, 6, 15)
LAST_AMMR_APPLICATION = date(2026, 10, 30)
LAST_EVENT = date(2026, 11, 25)  # the day before the benchmark's as_of (2026-11-26)

BAD_KINDS = ("unknown_state", "reply_before_request", "invalid_json")

_FIRST_APP = FIRST_APPLICATION.toordinal()
_LAST_D3_APP = LAST_DUBLIN3_APPLICATION.toordinal()
_FIRST_AMMR = FIRST_AMMR_APPLICATION.toordinal()
_LAST_AMMR = LAST_AMMR_APPLICATION.toordinal()
_LAST = LAST_EVENT.toordinal()
_UK_LAST = date(2020, 12, 31).toordinal()
_YEAR = 365

# (profile, weight in %): the share of each kind of case in the generated stream.
PROFILES: tuple[tuple[str, float], ...] = (
    ("irregular_entry", 37.0),  # Eurodac category 2, Art 13(1)
    ("take_back", 23.0),  # earlier application elsewhere, Eurodac category 1
    ("visa", 8.0),  # Art 12
    ("unaccompanied_minor", 8.0),  # Art 8
    ("family_beneficiary", 4.0),  # Arts 9-10
    ("stay", 5.0),  # Art 13(2)
    ("no_trace", 6.0),  # Art 3(2) default, a few Art 14 and Art 15
    ("received_request", 6.0),  # another State determines, asks France
    ("ammr", 3.0),  # registered after the cut-over
)

_NATIONALITIES = (
    ("SD", 20),
    ("AF", 17),
    ("ER", 12),
    ("SY", 8),
    ("IR", 7),
    ("IQ", 7),
    ("ET", 5),
    ("SO", 4),
    ("VN", 4),
    ("EG", 3),
    ("PK", 3),
    ("KW", 2),
    ("TD", 2),
    ("LY", 2),
    ("YE", 2),
    ("GN", 2),
)
_ENTRY_STATES = (("IT", 35), ("GR", 25), ("ES", 15), ("BG", 13), ("HR", 12))
_TAKE_BACK_STATES = (("DE", 40), ("BE", 20), ("AT", 15), ("NL", 15), ("CH", 5), ("SE", 5))
_VISA_STATES = (
    ("ES", 18),
    ("IT", 18),
    ("DE", 14),
    ("GR", 8),
    ("PL", 8),
    ("NL", 8),
    ("HU", 6),
    ("FR", 10),
    ("CZ", 5),
    ("PT", 5),
)
_FAMILY_STATES = (
    ("GB", 35),
    ("DE", 18),
    ("BE", 10),
    ("NL", 10),
    ("SE", 8),
    ("IT", 5),
    ("CH", 5),
    ("AT", 5),
    ("IE", 4),
)
_OTHER_DETERMINING = (("BE", 40), ("DE", 30), ("NL", 15), ("CH", 10), ("LU", 5))


def _table(pairs: tuple[tuple[str, float], ...]) -> tuple[list[str], list[float]]:
    values = [value for value, _ in pairs]
    cumulative: list[float] = []
    total = 0.0
    for _, weight in pairs:
        total += weight
        cumulative.append(total)
    return values, cumulative


_PROFILE_TABLE = _table(PROFILES)
_NATIONALITY_TABLE = _table(_NATIONALITIES)
_ENTRY_TABLE = _table(_ENTRY_STATES)
_TAKE_BACK_TABLE = _table(_TAKE_BACK_STATES)
_VISA_TABLE = _table(_VISA_STATES)
_FAMILY_TABLE = _table(_FAMILY_STATES)
_OTHER_TABLE = _table(_OTHER_DETERMINING)


def _iso(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


class _Case:
    """Builds one case file; every date is a day ordinal until it is written out."""

    def __init__(self, rng: random.Random, index: int) -> None:
        self.rng = rng
        self.index = index
        self.data: dict[str, Any] = {"version": "1"}
        self.request_count = 0
        self.first_entry: int | None = None  # no application is made before it

    # --- random helpers -------------------------------------------------------------------

    def pick(self, table: tuple[list[str], list[float]]) -> str:
        values, cumulative = table
        return self.rng.choices(values, cum_weights=cumulative)[0]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def days(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    # --- parts ----------------------------------------------------------------------------

    def start(self, lodged: int, determining: str = "FR") -> None:
        year = date.fromordinal(lodged).year
        prefix = "CAL" if determining == "FR" else determining
        self.data["reference"] = f"{prefix}-{year}-{self.index:07d}"
        self.data["determining_state"] = determining

    def applicant(self, lodged: int, *, minor: bool = False, married: bool | None = None) -> None:
        rng = self.rng
        if minor:
            age_days = self.days(14 * _YEAR + 30, 17 * _YEAR + 300)
        else:
            age_days = self.days(18 * _YEAR + 30, 52 * _YEAR)
        person: dict[str, Any] = {}
        if minor and self.chance(0.15):
            # Date of birth unknown: an age assessment, sometimes straddling 18 (H6).
            person["assessed_age"] = {
                "assessed_on": _iso(lodged + self.days(0, 10)),
                "age_years": age_days // _YEAR,
                "uncertainty_years": rng.choice((0, 1, 1, 2)),
                "by": "departmental council, child welfare service",
            }
        else:
            person["date_of_birth"] = _iso(lodged - age_days)
        person["sex"] = "male" if self.chance(0.82) else "female"
        nationality = self.pick(_NATIONALITY_TABLE)
        if nationality == "KW" and self.chance(0.7):
            person["stateless"] = True  # Bidoon
        else:
            person["nationalities"] = [nationality]
        if married is None:
            married = not minor and self.chance(0.3)
        person["marital_status"] = "married" if married else "single"
        if minor:
            person["unaccompanied"] = True if self.chance(0.9) else None
        elif self.chance(0.5):
            person["unaccompanied"] = False
        self.data["applicant"] = person

    def application(
        self,
        app_id: str,
        state: str,
        lodged: int,
        *,
        registered: bool = False,
        place: str | None = None,
    ) -> dict[str, Any]:
        app: dict[str, Any] = {"id": app_id, "state": state}
        if self.chance(0.6):
            made = lodged - self.days(0, 12)
            if self.first_entry is None or made >= self.first_entry:
                app["made_on"] = _iso(made)
        app["lodged_on"] = _iso(lodged)
        if registered:
            app["registered_on"] = _iso(lodged)
        if place is not None:
            app["place"] = place
        if state == "FR" and self.chance(0.5):
            app["provenance"] = {"source": "GUDA Lille registration", "evidence": "proof"}
        self.data.setdefault("applications", []).append(app)
        return app

    def entry(
        self,
        state: str,
        on: int,
        mode: str,
        *,
        from_state: str | None = None,
        statement: bool = True,
    ) -> None:
        if self.first_entry is None or on < self.first_entry:
            self.first_entry = on
        entry: dict[str, Any] = {"state": state, "on": _iso(on), "mode": mode}
        if from_state is not None:
            entry["from_third_country"] = False
            entry["from_state"] = from_state
        if statement and self.chance(0.4):
            entry["provenance"] = {"source": "applicant's statement", "evidence": "statement"}
        self.data.setdefault("entries", []).append(entry)

    def eurodac(self, category: int, state: str, taken: int, received: int) -> None:
        hit: dict[str, Any] = {"category": category, "state": state}
        if self.chance(0.8):
            hit["taken_on"] = _iso(taken)
        hit["received_on"] = _iso(received)
        if self.chance(0.3):
            hit["provenance"] = {
                "source": f"Eurodac category {category}",
                "evidence": "proof",
                "annex_item": "A.I.7",
            }
        self.data.setdefault("eurodac_hits", []).append(hit)

    def stay(self, state: str, start: int, end: int | None, continuous: bool | None) -> None:
        stay: dict[str, Any] = {"state": state, "start": _iso(start)}
        if end is not None:
            stay["end"] = _iso(end)
        if continuous is not None:
            stay["continuous"] = continuous
        self.data.setdefault("stays", []).append(stay)

    def journey_to_france(self, first_entry: int, lodged: int, via: str) -> None:
        """An irregular onward journey to Calais, entered between first entry and lodging."""
        span = lodged - first_entry
        if self.first_entry is not None and span >= 4 and self.chance(0.7):
            fr_entry = first_entry + self.days(1, max(1, span - 3))
            self.entry("FR", fr_entry, "irregular", from_state=via)
            if self.chance(0.35):
                self.stay("FR", fr_entry, None, True if self.chance(0.8) else None)

    # --- the procedure between States -----------------------------------------------------

    def procedure(
        self,
        kind: str,
        from_state: str,
        to_state: str,
        basis: str,
        after: int,
        *,
        eurodac_based: bool = False,
    ) -> None:
        """Request, reply, transfer decision, appeal, absconding, detention, transfer."""
        if from_state == to_state:
            return
        late = self.chance(0.05)
        sent = after + (self.days(95, 140) if late else self.days(4, 80))
        if sent > _LAST:
            return
        self.request_count += 1
        req_id = f"req-{self.request_count}"
        received = sent + (0 if self.chance(0.9) else 1)
        request: dict[str, Any] = {
            "id": req_id,
            "kind": kind,
            "from_state": from_state,
            "to_state": to_state,
            "basis": basis,
            "sent_on": _iso(sent),
            "received_on": _iso(received),
        }
        if eurodac_based:
            request["eurodac_based"] = True
        if kind == "take_charge" and self.chance(0.03):
            request["urgent"] = True
        self.data.setdefault("requests", []).append(request)

        roll = self.rng.random()
        accepted_on: int | None
        if roll < 0.52:
            reply_on = received + self.days(3, 55)
            if reply_on > _LAST:
                return
            self.reply(req_id, reply_on, "accept", basis)
            accepted_on = reply_on
        elif roll < 0.66:
            reply_on = received + self.days(5, 60)
            if reply_on > _LAST:
                return
            self.reply(req_id, reply_on, "refuse", basis)
            if self.chance(0.35):
                self.re_examination(req_id, from_state, to_state, reply_on)
            return
        else:
            # No reply: tacit acceptance when the reply period ends (Arts 22(7), 25(2)).
            period = 14 if (kind == "take_back" and eurodac_based) else 61
            accepted_on = received + period + 1
        if accepted_on > _LAST or not self.chance(0.8):
            return
        self.after_acceptance(to_state, accepted_on)

    def reply(self, req_id: str, on: int, outcome: str, basis: str) -> None:
        reply: dict[str, Any] = {"request": req_id, "received_on": _iso(on), "outcome": outcome}
        if self.chance(0.5):
            reply["sent_on"] = _iso(on)
        if outcome == "accept":
            if basis:
                reply["basis"] = basis
        else:
            reply["reasons"] = "no evidence of the alleged entry"
        self.data.setdefault("replies", []).append(reply)

    def re_examination(self, refused: str, from_state: str, to_state: str, refused_on: int) -> None:
        sent = refused_on + self.days(2, 25)
        if sent > _LAST:
            return
        self.request_count += 1
        req_id = f"req-{self.request_count}"
        self.data["requests"].append(
            {
                "id": req_id,
                "kind": "re_examination",
                "from_state": from_state,
                "to_state": to_state,
                "sent_on": _iso(sent),
                "received_on": _iso(sent),
                "re_examination_of": refused,
            }
        )
        reply_on = sent + self.days(3, 20)
        if reply_on <= _LAST and self.chance(0.7):
            self.reply(req_id, reply_on, "accept" if self.chance(0.3) else "refuse", "")

    def after_acceptance(self, to_state: str, accepted_on: int) -> None:
        data = self.data
        notified = accepted_on + self.days(5, 45)
        if notified > _LAST:
            return
        data["transfer_decisions"] = [{"notified_on": _iso(notified), "to_state": to_state}]
        blocked_until = notified
        upheld = False
        if self.chance(0.35):
            lodged = notified + self.days(1, 15)
            if lodged <= _LAST:
                appeal: dict[str, Any] = {"lodged_on": _iso(lodged)}
                if self.chance(0.6):
                    appeal["suspensive"] = True
                decided = lodged + self.days(15, 150)
                if decided <= _LAST and self.chance(0.75):
                    appeal["final_decision_on"] = _iso(decided)
                    upheld = self.chance(0.15)
                    appeal["outcome"] = "upheld" if upheld else "dismissed"
                    blocked_until = decided
                data["appeals"] = [appeal]
        if upheld:
            return
        if self.chance(0.15):
            on = blocked_until + self.days(3, 120)
            if on <= _LAST:
                absconding: dict[str, Any] = {"on": _iso(on)}
                notice = on + self.days(1, 40)
                if notice <= _LAST and self.chance(0.7):
                    absconding["notified_to_responsible_state_on"] = _iso(notice)
                ended = on + self.days(20, 200)
                if ended <= _LAST and self.chance(0.3):
                    absconding["ended_on"] = _iso(ended)
                data["abscondings"] = [absconding]
                return
        if self.chance(0.05):
            start = blocked_until + self.days(1, 30)
            if start <= _LAST:
                detention: dict[str, Any] = {
                    "start": _iso(start),
                    "state": data["determining_state"],
                }
                end = start + self.days(2, 40)
                if end <= _LAST:
                    detention["end"] = _iso(end)
                data["detentions"] = [detention]
        if self.chance(0.4):
            done = blocked_until + self.days(7, 170)
            if done <= _LAST:
                mode = self.rng.choice(("own_initiative", "supervised", "supervised", "escorted"))
                data["transfers"] = [
                    {"carried_out_on": _iso(done), "to_state": to_state, "mode": mode}
                ]


# --- the profiles ---------------------------------------------------------------------------


def _dublin3_lodging(case: _Case) -> int:
    return case.days(_FIRST_APP, _LAST_D3_APP)


def _irregular_entry(case: _Case) -> None:
    lodged = _dublin3_lodging(case)
    case.start(lodged)
    case.applicant(lodged)
    state = case.pick(_ENTRY_TABLE)
    within = case.chance(0.4)
    first_entry = lodged - (case.days(20, 330) if within else case.days(380, 1400))
    if state in ("IT", "GR", "ES") and case.chance(0.35):
        mode = "search_and_rescue"
    else:
        mode = "irregular" if case.chance(0.95) else "tolerated_humanitarian"
    case.entry(state, first_entry, mode)
    if case.chance(0.4):
        left = first_entry + case.days(10, max(11, (lodged - first_entry) // 2))
        case.stay(state, first_entry, left, True if case.chance(0.7) else None)
    case.journey_to_france(first_entry, lodged, "IT" if state in ("IT", "ES") else state)
    case.application("fr-1", "FR", lodged)
    hit_received = lodged + case.days(0, 4)
    if case.chance(0.85):
        case.eurodac(2, state, first_entry, hit_received)
    if within or case.chance(0.2):
        case.procedure(
            "take_charge", "FR", state, "13(1)", hit_received, eurodac_based=case.chance(0.8)
        )


def _take_back(case: _Case) -> None:
    lodged = _dublin3_lodging(case)
    case.start(lodged)
    case.applicant(lodged)
    state = case.pick(_TAKE_BACK_TABLE)
    earlier = lodged - case.days(40, 900)
    first_entry = earlier - case.days(5, 400)
    if case.chance(0.5):
        via = case.pick(_ENTRY_TABLE)
        case.entry(via, first_entry, "irregular")
        if case.chance(0.3):
            case.eurodac(2, via, first_entry, lodged + case.days(0, 4))
    app = case.application(f"{state.lower()}-1", state, earlier)
    roll = case.rng.random()
    basis = "18(1)(b)"
    if roll < 0.3:
        decided = earlier + case.days(60, 400)
        if decided < lodged:
            app["decisions"] = [
                {"kind": "rejected", "on": _iso(decided), "final": case.chance(0.5)}
            ]
            basis = "18(1)(d)"
    elif roll < 0.4:
        withdrawn = earlier + case.days(5, max(6, (lodged - earlier) // 2))
        app["withdrawn_on"] = _iso(withdrawn)
        app["withdrawal"] = "explicit" if case.chance(0.5) else "tacit"
        stage = case.rng.choice(("determination", "examination", None))
        if stage is not None:
            app["withdrawal_stage"] = stage
        basis = "20(5)" if stage == "determination" else "18(1)(c)"
    elif roll < 0.43:
        granted = earlier + case.days(60, 300)
        if granted < lodged:
            app["decisions"] = [{"kind": "granted_subsidiary", "on": _iso(granted), "final": True}]
    case.journey_to_france(earlier, lodged, state)
    case.application("fr-1", "FR", lodged)
    hit_received = lodged + case.days(0, 4)
    case.eurodac(1, state, earlier, hit_received)
    case.procedure("take_back", "FR", state, basis, hit_received, eurodac_based=True)


def _visa(case: _Case) -> None:
    lodged = _dublin3_lodging(case)
    case.start(lodged)
    case.applicant(lodged)
    state = case.pick(_VISA_TABLE)
    roll = case.rng.random()
    residence = case.chance(0.12)
    if roll < 0.5:  # valid at the first lodging (12(1)-(2))
        valid_from = lodged - case.days(10, 80)
        valid_until = lodged + case.days(1, 300 if residence else 60)
    elif roll < 0.8:  # expired less than 6 months before (12(4))
        valid_until = lodged - case.days(1, 170)
        valid_from = valid_until - case.days(15, 90)
    else:  # expired longer ago
        valid_until = lodged - case.days(200, 900)
        valid_from = valid_until - case.days(15, 90)
    entered = case.days(valid_from, min(valid_until, lodged))
    case.entry(state, entered, "visa", statement=False)
    document: dict[str, Any] = {"issuing_state": state}
    if residence:
        document["kind"] = "residence_document"
    else:
        document["kind"] = "visa"
        document["visa_type"] = "short_stay" if case.chance(0.85) else "long_stay"
        if state == "HU" and case.chance(0.5):
            document["issued_on_behalf_of"] = "AT"
    document["valid_from"] = _iso(valid_from)
    document["valid_until"] = _iso(valid_until)
    document["enabled_entry"] = True
    if case.chance(0.5):
        document["provenance"] = {"source": "VIS hit", "evidence": "proof", "annex_item": "A.I.5"}
    case.data["documents"] = [document]
    if not residence and case.chance(0.6):
        case.data["vis_hits"] = [{"state": state, "received_on": _iso(lodged + case.days(0, 6))}]
    case.application("fr-1", "FR", lodged)
    responsible = document.get("issued_on_behalf_of", state)
    basis = "12(4)" if roll >= 0.5 else ("12(1)" if residence else "12(2)")
    case.procedure("take_charge", "FR", responsible, basis, lodged)


def _unaccompanied_minor(case: _Case) -> None:
    lodged = _dublin3_lodging(case)
    case.start(lodged)
    case.applicant(lodged, minor=True, married=False)
    first_entry = lodged - case.days(15, 300)
    via = case.pick(_ENTRY_TABLE)
    case.entry(via, first_entry, "irregular")
    case.journey_to_france(first_entry, lodged, via)
    case.application("fr-1", "FR", lodged)
    if case.chance(0.5):
        case.eurodac(2, via, first_entry, lodged + case.days(0, 4))
    if case.chance(0.12):
        return  # no family anywhere: Art 8(4)
    members = 2 if case.chance(0.1) else 1
    family: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    chosen: tuple[str, str] | None = None
    for number in range(1, members + 1):
        roll = case.rng.random()
        relation = "sibling" if roll < 0.5 else "parent" if roll < 0.68 else "aunt_uncle"
        state = case.pick(_FAMILY_TABLE)
        member_id = f"{relation}-{number}"
        status_roll = case.rng.random()
        status = (
            "beneficiary_international_protection"
            if status_roll < 0.5
            else "applicant"
            if status_roll < 0.68
            else "legally_resident"
            if status_roll < 0.84
            else "unknown"
            if status_roll < 0.95
            else "irregular"
        )
        member: dict[str, Any] = {
            "id": member_id,
            "relation": relation,
            "state": state,
            "status": status,
            "family_formed": "in_country_of_origin",
            "consent_applicant": case.chance(0.9),
            "consent_member": case.chance(0.85),
        }
        if relation == "aunt_uncle":
            member["adult"] = True
        if case.chance(0.3):
            member["present_since"] = _iso(lodged - case.days(200, 2000))
        if case.chance(0.4):
            member["provenance"] = {
                "source": "DNA test" if case.chance(0.2) else "civil status documents",
                "evidence": "proof",
                "annex_item": "A.I.1",
            }
        family.append(member)
        if members == 1 and case.chance(0.55):
            at = _iso(lodged + case.days(3, 25))
            article = "art8.2" if relation == "aunt_uncle" else "art8.1"
            yes = case.chance(0.85)
            if relation == "aunt_uncle":
                answers.append(
                    {
                        "question": f"H2:{member_id}",
                        "value": "yes" if yes else "no",
                        "answered_by": "caseworker-fr-07",
                        "answered_on": at,
                    }
                )
            answers.append(
                {
                    "question": f"H1:{article}:{state}",
                    "value": "yes" if yes else "no",
                    "answered_by": "caseworker-fr-07",
                    "answered_on": at,
                    "reason": "best-interests assessment with the child's representative",
                }
            )
            if yes and status in ("beneficiary_international_protection", "legally_resident"):
                chosen = (state, "8(2)" if relation == "aunt_uncle" else "8(1)")
    case.data["family"] = family
    if answers:
        case.data["answers"] = answers
    if chosen is not None and (chosen[0] != "GB" or lodged <= _UK_LAST - 30):
        case.procedure("take_charge", "FR", chosen[0], chosen[1], lodged)


def _family_beneficiary(case: _Case) -> None:
    lodged = _dublin3_lodging(case)
    case.start(lodged)
    relation = "spouse" if case.chance(0.7) else "child"
    case.applicant(lodged, married=relation == "spouse")
    first_entry = lodged - case.days(15, 500)
    via = case.pick(_ENTRY_TABLE)
    case.entry(via, first_entry, "irregular")
    case.journey_to_france(first_entry, lodged, via)
    case.application("fr-1", "FR", lodged)
    if case.chance(0.6):
        case.eurodac(2, via, first_entry, lodged + case.days(0, 4))
    state = case.pick(_FAMILY_TABLE)
    beneficiary = case.chance(0.75)
    member: dict[str, Any] = {
        "id": "member-1",
        "relation": relation,
        "state": state,
        "status": "beneficiary_international_protection" if beneficiary else "applicant",
        "family_formed": "in_country_of_origin" if case.chance(0.8) else "in_transit",
        "consent_applicant": case.chance(0.9),
        "consent_member": case.chance(0.85),
    }
    if relation == "child":
        member["minor"] = True
        member["married"] = False
    if not beneficiary:
        member["first_decision_on_substance"] = case.chance(0.3)
    case.data["family"] = [member]
    consents = member["consent_applicant"] and member["consent_member"]
    if consents and (state != "GB" or lodged <= _UK_LAST - 30):
        case.procedure("take_charge", "FR", state, "9" if beneficiary else "10", lodged)


def _stay(case: _Case) -> None:
    lodged = _dublin3_lodging(case)
    case.start(lodged)
    case.applicant(lodged)
    state = case.pick(_ENTRY_TABLE) if case.chance(0.6) else case.pick(_TAKE_BACK_TABLE)
    start = lodged - case.days(250, 1500)
    end = start + case.days(100, max(101, lodged - start - 20))
    if case.chance(0.5):
        case.entry(state, start, "unknown")
    case.stay(state, start, end, True if case.chance(0.6) else None if case.chance(0.6) else False)
    if case.chance(0.5):
        case.stay("FR", end + case.days(1, 15), None, True)
    case.application("fr-1", "FR", lodged)
    case.procedure("take_charge", "FR", state, "13(2)", lodged)


def _no_trace(case: _Case) -> None:
    lodged = _dublin3_lodging(case)
    case.start(lodged)
    case.applicant(lodged)
    roll = case.rng.random()
    if roll < 0.05:
        case.application("fr-1", "FR", lodged, place="airport_transit_area")  # Art 15
        return
    if roll < 0.25:
        # Visa-waived entry (Art 14): nationals of a State on Annex II of Reg 2018/1806.
        case.data["applicant"]["nationalities"] = [case.rng.choice(("AL", "GE", "CO", "VE"))]
        case.data["applicant"].pop("stateless", None)
        state = case.rng.choice(("ES", "IT", "DE", "FR"))
        entered = lodged - case.days(5, 80)
        case.entry(state, entered, "visa_waived", statement=False)
        case.application("fr-1", "FR", lodged)
        case.procedure("take_charge", "FR", state, "14(1)", lodged)
        return
    if roll < 0.6:
        case.entry("FR", lodged - case.days(1, 200), "unknown")
    case.application("fr-1", "FR", lodged)


def _received_request(case: _Case) -> None:
    """Another State determines responsibility and asks France (take back or take charge)."""
    determining = case.pick(_OTHER_TABLE)
    lodged = _dublin3_lodging(case)
    case.start(lodged, determining)
    case.applicant(lodged)
    earlier = lodged - case.days(30, 700)
    first_entry = earlier - case.days(3, 300)
    if case.chance(0.6):
        case.entry("FR", first_entry, "unknown" if case.chance(0.5) else "irregular")
    case.application("fr-1", "FR", earlier)
    case.application(f"{determining.lower()}-1", determining, lodged)
    hit_received = lodged + case.days(0, 4)
    case.eurodac(1, "FR", earlier, hit_received)
    case.procedure("take_back", determining, "FR", "18(1)(b)", hit_received, eurodac_based=True)


def _ammr(case: _Case) -> None:
    lodged = case.days(_FIRST_AMMR, _LAST_AMMR)
    case.start(lodged)
    case.applicant(lodged)
    if case.chance(0.6):
        state = case.pick(_ENTRY_TABLE)
        first_entry = lodged - case.days(20, 400)
        case.entry(state, first_entry, "irregular")
        case.eurodac(2, state, first_entry, lodged + case.days(0, 4))
    case.application("fr-1", "FR", lodged, registered=True)


_BUILDERS = {
    "irregular_entry": _irregular_entry,
    "take_back": _take_back,
    "visa": _visa,
    "unaccompanied_minor": _unaccompanied_minor,
    "family_beneficiary": _family_beneficiary,
    "stay": _stay,
    "no_trace": _no_trace,
    "received_request": _received_request,
    "ammr": _ammr,
}


# --- public API -----------------------------------------------------------------------------


def generate_profiled(n: int, seed: int = DEFAULT_SEED) -> Iterator[tuple[str, dict[str, Any]]]:
    """(profile name, case file) for `n` invented cases; deterministic for a given seed."""
    rng = random.Random(seed)
    for index in range(1, n + 1):
        case = _Case(rng, index)
        profile = case.pick(_PROFILE_TABLE)
        _BUILDERS[profile](case)
        yield profile, case.data


def generate_cases(n: int, seed: int = DEFAULT_SEED) -> Iterator[dict[str, Any]]:
    """`n` invented, valid case files (JSON-compatible dicts); same seed, same cases."""
    for _, data in generate_profiled(n, seed):
        yield data


def corrupt(data: dict[str, Any], kind: str) -> bytes:
    """One JSON Lines record made invalid in the way `kind` names (see BAD_KINDS)."""
    if kind == "unknown_state":
        bad = dict(data)
        bad["applications"] = [
            *data["applications"][:-1],
            {**data["applications"][-1], "state": "ZZ"},
        ]
        return orjson.dumps(bad)
    if kind == "reply_before_request":
        bad = dict(data)
        sent = date.fromisoformat(data["applications"][-1]["lodged_on"]).toordinal() + 20
        bad["requests"] = [
            *data.get("requests", []),
            {
                "id": "req-bad",
                "kind": "take_charge",
                "from_state": "FR",
                "to_state": "IT",
                "sent_on": _iso(sent),
            },
        ]
        bad["replies"] = [
            *data.get("replies", []),
            {"request": "req-bad", "received_on": _iso(sent - 10), "outcome": "accept"},
        ]
        return orjson.dumps(bad)
    if kind == "invalid_json":
        line = orjson.dumps(data)
        return line[: len(line) // 2]
    raise ValueError(f"unknown kind of bad record {kind!r} (one of {', '.join(BAD_KINDS)})")


def generate_lines(n: int, seed: int = DEFAULT_SEED, *, bad_every: int = 0) -> Iterator[bytes]:
    """JSON Lines records (without the newline). With `bad_every` = k > 0, every k-th record
    (lines k, 2k, ...) is invalid, cycling through BAD_KINDS; the others are unchanged."""
    bad_count = 0
    for number, data in enumerate(generate_cases(n, seed), 1):
        if bad_every > 0 and number % bad_every == 0:
            yield corrupt(data, BAD_KINDS[bad_count % len(BAD_KINDS)])
            bad_count += 1
        else:
            yield orjson.dumps(data)


def write_jsonl(path: str | Path, n: int, seed: int = DEFAULT_SEED, *, bad_every: int = 0) -> int:
    """Stream `n` records to `path` as JSON Lines; returns the number of bytes written."""
    written = 0
    batch: list[bytes] = []
    with Path(path).open("wb") as out:
        for line in generate_lines(n, seed, bad_every=bad_every):
            batch.append(line)
            if len(batch) == 2000:
                chunk = b"\n".join(batch) + b"\n"
                out.write(chunk)
                written += len(chunk)
                batch.clear()
        if batch:
            chunk = b"\n".join(batch) + b"\n"
            out.write(chunk)
            written += len(chunk)
    return written


def expected_bad(n: int, bad_every: int) -> int:
    """How many invalid records `generate_lines(n, bad_every=...)` makes."""
    return n // bad_every if bad_every > 0 else 0
