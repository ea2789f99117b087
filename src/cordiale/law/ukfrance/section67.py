"""Section 67 of the Immigration Act 2016 ("Dubs"): historic rule sets, evaluated on request.

Shared/law/uk_france.md 4. s.67 (Royal Assent 12 May 2016) required the relocation of a
number of unaccompanied refugee children from Europe (480, completed July 2020). There was no
application: the sending State referred children judged eligible against UK criteria. Two
rule sets, each a `Screening`:

* Phase A, Calais camp clearance (Home Office guidance v2.0, 8 November 2016; uk_france.md
  4.2): priority group (aged 12 or under; referred as at high risk of sexual exploitation;
  aged 15 or under and Sudanese or Syrian; or the accompanying sibling of such a child), best
  interests, resident in the Calais camp on or before 24 October 2016, arrived in Europe
  before 20 March 2016, and not qualifying by another route (e.g. Dublin III Art 8).
* Phase B, referrals from France, Greece and Italy 2017-2020 (policy statement; 4.3): an
  unaccompanied child, arrived in Europe before 20 March 2016, transfer in the best interests.

Judgements (best interests, risk of sexual exploitation) are questions ("S67:..."), never
guesses. Ages are judged on `historic.assessed_on` (default 24 October 2016, the start of
the clearance) for phase A, and on `historic.referred_on` (else `assessed_on`) for phase B.
"""

from __future__ import annotations

from datetime import date

from cordiale.law.facts import CaseFacts, Historic
from cordiale.law.outcome import (
    CriterionStatus,
    Determination,
    LegalBasis,
    Message,
    Screening,
    Status,
)
from cordiale.law.ukfrance.common import (
    IA_2016,
    S67_GUIDANCE,
    S67_POLICY,
    age_range,
    answer_of,
    basis,
    is_no,
    is_yes,
    msg,
)
from cordiale.law.ukfrance.screening import MET, NOT_MET, QUESTION, ScreeningBuilder

__all__ = ["PHASE_A", "PHASE_B", "evaluate_section67"]

PHASE_A = "s67_calais_clearance"
PHASE_B = "s67_referral"
CAMP_CUTOFF = date(2016, 10, 24)  # resident in the camp on or before (guidance v2.0)
EUROPE_CUTOFF = date(2016, 3, 20)  # arrived in Europe before (guidance v2.0; policy 2017)
CLEARANCE_START = date(2016, 10, 24)  # default date on which phase A ages are judged
# Nationalities with a UK grant rate of at least 75% (July 2015 - June 2016): Sudan, Syria.
PRIORITY_NATIONALITIES = frozenset({"SD", "SY"})

S67: LegalBasis = basis("s. 67", instrument=IA_2016)
GUIDANCE: LegalBasis = basis("s. 67", instrument=S67_GUIDANCE)
POLICY: LegalBasis = basis("s. 67", instrument=S67_POLICY)
UNVERIFIED_AGE_ASSESSMENT = "S67 guidance 2016: age-assessment rule (full wording)"

_Q = "S67:"


def evaluate_section67(facts: CaseFacts, dublin: Determination) -> tuple[Screening, ...]:
    """Both phases of section 67 for the case, when `historic.section67` asks for it."""
    historic = facts.historic
    if historic is None or not historic.section67:
        return ()
    return (_phase_a(facts, historic, dublin), _phase_b(facts, historic))


# --- phase A: Calais camp clearance (guidance v2.0, 8 November 2016) ------------------------


def _phase_a(facts: CaseFacts, historic: Historic, dublin: Determination) -> Screening:
    screen = ScreeningBuilder(facts, "s67")
    on = historic.assessed_on or CLEARANCE_START
    if _unaccompanied_child(screen, facts, on, GUIDANCE) is not NOT_MET:
        _priority_group(screen, facts, historic, on)
    _best_interests(screen, GUIDANCE)
    _camp_resident(screen, historic)
    _arrival_in_europe(screen, facts, GUIDANCE)
    _no_other_route(screen, facts, dublin)
    _age_assessment_note(screen, facts)
    return screen.build(PHASE_A, S67)


def _unaccompanied_child(
    screen: ScreeningBuilder, facts: CaseFacts, on: date | None, citation: LegalBasis
) -> CriterionStatus:
    """s.67(1): unaccompanied refugee children; age judged on `on`."""
    applicant = facts.applicant
    paths: tuple[str, ...] = ("applicant.unaccompanied", "applicant.date_of_birth")
    if applicant.unaccompanied is False:
        return screen.add(
            "unaccompanied_child", citation, NOT_MET, msg("s67.not_unaccompanied"), paths
        )
    age = age_range(applicant, on) if on is not None else None
    if age is not None and age[0] >= 18:
        return screen.add(
            "unaccompanied_child", citation, NOT_MET, msg("s67.adult", date=on), paths
        )
    if age is not None and age[1] < 18 and applicant.unaccompanied is True:
        return screen.add(
            "unaccompanied_child", citation, MET, msg("s67.unaccompanied_child", date=on), paths
        )
    question = f"{_Q}unaccompanied_child"
    answer = answer_of(facts, question)
    if is_yes(answer):
        return screen.add(
            "unaccompanied_child",
            citation,
            MET,
            msg("s67.unaccompanied_child.answered"),
            (*paths, f"answers:{question}"),
        )
    if is_no(answer):
        return screen.add(
            "unaccompanied_child",
            citation,
            NOT_MET,
            msg("s67.not_unaccompanied"),
            (*paths, f"answers:{question}"),
        )
    message = msg("q.s67.unaccompanied_child")
    screen.ask(question, citation, message, paths)
    return screen.add("unaccompanied_child", citation, QUESTION, message, paths, question=question)


def _at_most(age: tuple[int, int] | None, years: int) -> bool | None:
    if age is None:
        return None
    if age[1] <= years:
        return True
    if age[0] > years:
        return False
    return None


def _priority_group(
    screen: ScreeningBuilder, facts: CaseFacts, historic: Historic, on: date
) -> None:
    """Guidance v2.0: aged 12 or under; OR referred as at high risk of sexual exploitation;
    OR aged 15 or under and Sudanese or Syrian; OR the accompanying sibling of such a child."""
    age = age_range(facts.applicant, on)
    nationals = sorted(set(facts.applicant.nationalities) & PRIORITY_NATIONALITIES)
    paths = ("applicant.date_of_birth", "applicant.nationalities")
    twelve = _at_most(age, 12)
    if twelve is True:
        screen.add("priority_group", GUIDANCE, MET, msg("s67.priority.age12", date=on), paths)
        return
    fifteen = _at_most(age, 15) if nationals else False
    if fifteen is True:
        screen.add(
            "priority_group",
            GUIDANCE,
            MET,
            msg("s67.priority.age15_nationality", date=on, states=", ".join(nationals)),
            paths,
        )
        return
    open_questions: list[str] = []
    if twelve is None or fifteen is None:
        # Age unknown or its margin straddles the limits: a person says.
        question = f"{_Q}priority_age"
        answer = answer_of(screen.facts, question)
        if is_yes(answer):
            screen.add(
                "priority_group",
                GUIDANCE,
                MET,
                msg("s67.priority.age_answered", date=on),
                (*paths, f"answers:{question}"),
            )
            return
        if not is_no(answer):
            screen.ask(question, GUIDANCE, msg("q.s67.priority_age", date=on), paths)
            open_questions.append(question)
    exploitation = f"{_Q}sexual_exploitation"
    answer = answer_of(screen.facts, exploitation)
    if is_yes(answer):
        screen.add(
            "priority_group",
            GUIDANCE,
            MET,
            msg("s67.priority.sexual_exploitation"),
            (f"answers:{exploitation}",),
        )
        return
    if not is_no(answer):
        screen.ask(exploitation, GUIDANCE, msg("q.s67.sexual_exploitation"))
        open_questions.append(exploitation)
    sibling = historic.sibling_of_qualifying_child
    sibling_question = f"{_Q}sibling"
    if sibling is None:
        answer = answer_of(screen.facts, sibling_question)
        sibling = True if is_yes(answer) else False if is_no(answer) else None
    if sibling is True:
        screen.add(
            "priority_group",
            GUIDANCE,
            MET,
            msg("s67.priority.sibling"),
            ("historic.sibling_of_qualifying_child",),
        )
        return
    if sibling is None:
        screen.ask(sibling_question, GUIDANCE, msg("q.s67.sibling"))
        open_questions.append(sibling_question)
    if open_questions:
        screen.add(
            "priority_group",
            GUIDANCE,
            QUESTION,
            msg("s67.priority.open", questions=", ".join(open_questions)),
            paths,
            question=open_questions[0],
        )
        return
    screen.add("priority_group", GUIDANCE, NOT_MET, msg("s67.priority.not_met", date=on), paths)


def _best_interests(screen: ScreeningBuilder, citation: LegalBasis) -> None:
    """Guidance v2.0 stage 2 / policy 2017: a Best Interest Determination."""
    screen.fact_or_answer(
        "best_interests",
        citation,
        None,
        f"{_Q}best_interests",
        msg("q.s67.best_interests"),
        met_when=True,
        met=msg("s67.best_interests.met"),
        not_met=msg("s67.best_interests.not_met"),
    )


def _camp_resident(screen: ScreeningBuilder, historic: Historic) -> None:
    """Guidance v2.0: resident in the Calais camp on or before 24 October 2016."""
    recorded = historic.calais_camp_resident_on
    path = ("historic.calais_camp_resident_on",)
    if recorded is not None and recorded <= CAMP_CUTOFF:
        screen.add(
            "calais_camp_resident",
            GUIDANCE,
            MET,
            msg("s67.camp.met", date=recorded, cutoff=CAMP_CUTOFF),
            path,
        )
        return
    # No record, or only a later one (which does not show the child was not there before):
    # a person says.
    screen.fact_or_answer(
        "calais_camp_resident",
        GUIDANCE,
        None,
        f"{_Q}calais_camp",
        msg("q.s67.calais_camp", cutoff=CAMP_CUTOFF),
        met_when=True,
        met=msg("s67.camp.answered", cutoff=CAMP_CUTOFF),
        not_met=msg("s67.camp.not_met", cutoff=CAMP_CUTOFF),
        paths=path,
    )


def _arrival_in_europe(screen: ScreeningBuilder, facts: CaseFacts, citation: LegalBasis) -> None:
    """Arrived in Europe before 20 March 2016: the earliest recorded entry."""
    first = min(facts.entries, key=lambda entry: entry.on, default=None)
    if first is None:
        screen.fact_or_answer(
            "arrival_in_europe",
            citation,
            None,
            f"{_Q}arrival_in_europe",
            msg("q.s67.arrival_in_europe", cutoff=EUROPE_CUTOFF),
            met_when=True,
            met=msg("s67.arrival.answered", cutoff=EUROPE_CUTOFF),
            not_met=msg("s67.arrival.not_met_answered", cutoff=EUROPE_CUTOFF),
            paths=("entries",),
        )
        return
    path = (f"entries[{facts.entries.index(first)}].on",)
    params = {"date": first.on, "state": first.state, "cutoff": EUROPE_CUTOFF}
    if first.on < EUROPE_CUTOFF:
        screen.add("arrival_in_europe", citation, MET, msg("s67.arrival.met", **params), path)
    else:
        screen.add(
            "arrival_in_europe", citation, NOT_MET, msg("s67.arrival.not_met", **params), path
        )


def _no_other_route(screen: ScreeningBuilder, facts: CaseFacts, dublin: Determination) -> None:
    """Guidance v2.0: only children who do not qualify by another route, e.g. Dublin III
    Art 8 (family in the UK). The Dublin III determination of the same facts answers it."""
    question = f"{_Q}other_route"
    answer = answer_of(facts, question)
    if is_yes(answer) or is_no(answer):
        # The caseworker's answer to "does the child qualify by another route?"
        qualifies = is_yes(answer)
        screen.add(
            "no_other_route",
            GUIDANCE,
            NOT_MET if qualifies else MET,
            msg("s67.other_route.answered_yes" if qualifies else "s67.other_route.answered_no"),
            (f"answers:{question}",),
        )
        return
    found = dublin.basis
    art8_uk = dublin.proposed_state == "GB" and found is not None and found.article == "8"
    if art8_uk and found is not None and dublin.status is Status.DETERMINED:
        screen.add(
            "no_other_route",
            GUIDANCE,
            NOT_MET,
            msg(
                "s67.other_route.dublin", basis=f"8({found.paragraph})" if found.paragraph else "8"
            ),
            ("family",),
        )
        return
    pending = [
        q.id
        for q in dublin.questions
        if (parts := q.id.split(":"))[-1] == "GB"
        and len(parts) >= 3
        and parts[1].startswith("art8")
    ]
    if art8_uk and not pending:
        # The UK is only a candidate while Dublin questions are open.
        pending = [q.id for q in dublin.questions if q.blocking]
    if pending:
        message = msg("q.s67.other_route", questions=", ".join(pending))
        screen.ask(question, GUIDANCE, message, ("family",))
        screen.add("no_other_route", GUIDANCE, QUESTION, message, ("family",), question=question)
        return
    screen.add("no_other_route", GUIDANCE, MET, msg("s67.other_route.none"), ("family",))


def _age_assessment_note(screen: ScreeningBuilder, facts: CaseFacts) -> None:
    if facts.applicant.date_of_birth is None and facts.applicant.assessed_age is not None:
        screen.unverified.append(UNVERIFIED_AGE_ASSESSMENT)


# --- phase B: referrals 2017-2020 (policy statement) ---------------------------------------


def _phase_b(facts: CaseFacts, historic: Historic) -> Screening:
    screen = ScreeningBuilder(facts, "s67")
    on = historic.referred_on or historic.assessed_on
    _unaccompanied_child(screen, facts, on, POLICY)
    _arrival_in_europe(screen, facts, POLICY)
    _best_interests(screen, POLICY)
    _age_assessment_note(screen, facts)
    hints: tuple[Message, ...] = (msg("s67.referral.priority_hint"),)
    return screen.build(PHASE_B, S67, priority=None, priority_reasons=hints)
