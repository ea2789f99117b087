"""Render determinations in French or English: as text for people, as JSON-ready data."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from cordiale.law.explain.catalogue import CATALOGUE, VOCABULARY
from cordiale.law.outcome import (
    CriterionResult,
    Deadline,
    Determination,
    LegalBasis,
    Message,
    Question,
    Screening,
    ServiceTarget,
    Step,
    UkFranceReport,
    Warning,
    is_regulation,
)
from cordiale.law.states import state_name


class Language(StrEnum):
    EN = "en"
    FR = "fr"


# Parameters that name a fact of the case file by the id the caseworker gave it (a family
# member "child", a request "tc-1", a document's path): shown as written, never translated
# even when the id happens to be a word of the vocabulary.
_IDENTIFIERS = frozenset({"member", "members", "request", "doc"})


def render(message: Message, lang: Language = Language.EN) -> str:
    """The text of one message; an unknown key is shown as-is rather than failing."""
    texts = CATALOGUE.get(message.key)
    if texts is None:
        return message.key
    template = texts[1] if lang is Language.FR else texts[0]
    index = 1 if lang is Language.FR else 0
    params = {
        name: VOCABULARY[value][index]
        if value in VOCABULARY and name not in _IDENTIFIERS
        else value
        for name, value in message.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def cite(basis: LegalBasis | None, lang: Language = Language.EN) -> str:
    """'Art. 8(1), Reg. 604/2013' / 'art. 8, § 1, règl. 604/2013'."""
    if basis is None:
        return ""
    if lang is Language.EN:
        return basis.cite()
    # A named instrument (UK-France) is cited without "règl.", an article that is not a
    # number (s. 67, ch. II) as written.
    text = f"art. {basis.article}" if basis.article[:1].isdigit() else basis.article
    if basis.paragraph:
        text += f", § {basis.paragraph}"
    if basis.subparagraph:
        text += f", al. {basis.subparagraph}"
    if basis.point:
        text += f", point {basis.point})"
    if not is_regulation(basis.instrument):
        return f"{text}, {basis.instrument}"
    return f"{text}, règl. {basis.instrument}"


_LABELS: dict[str, tuple[str, str]] = {
    "case": ("Case", "Dossier"),
    "as_of": ("as of", "au"),
    "regime": ("Rules applied", "Règles appliquées"),
    "status": ("Status", "Statut"),
    "responsible": ("Responsible State", "État membre responsable"),
    "proposed": ("Proposed, subject to the open questions", "Proposé, sous réserve des questions"),
    "none": ("none yet", "aucun pour l'instant"),
    "track": ("Procedure", "Procédure"),
    "trace": ("How the rules apply, in order", "Application des règles, dans l'ordre"),
    "questions": ("Questions for a caseworker", "Questions pour un agent"),
    "deadlines": ("Time limits", "Délais"),
    "warnings": ("Warnings", "Avertissements"),
    "due": ("due", "échéance"),
    "other_reading": ("other reading", "autre lecture"),
    "acts": ("acts", "agit"),
    "calendar": ("calendar", "calendrier"),
    "done": ("done on", "fait le"),
    "if_missed": ("if missed", "à défaut"),
    "options": ("answers", "réponses"),
    "non_blocking": ("does not block the proposal", "ne bloque pas la proposition"),
    "facts": ("facts", "faits"),
    "dublin3": ("Dublin III (Regulation 604/2013)", "Dublin III (règlement 604/2013)"),
    "ammr": ("AMMR (Regulation 2024/1351)", "RGAM (règlement 2024/1351)"),
    "take_charge": ("take charge", "prise en charge"),
    "take_back": ("take back", "reprise en charge"),
    "none_track": ("no request: the determining State is responsible", "pas de requête"),
    "determined": ("determined", "déterminé"),
    "needs_decision": ("needs a decision", "décision requise"),
    "insufficient_facts": ("insufficient facts", "faits insuffisants"),
    "applies": ("applies", "s'applique"),
    "not_applicable": ("does not apply", "ne s'applique pas"),
    "pending": ("waiting", "en attente"),
    "info": ("note", "note"),
    "open": ("open", "en cours"),
    "met": ("met", "respecté"),
    "missed": ("missed", "dépassé"),
    "unverified": ("rules relying on unverified text", "règles reposant sur un texte non vérifié"),
    "service_targets": (
        "Service-level targets (not legal time limits)",
        "Objectifs de service (pas des délais légaux)",
    ),
    "not_started": ("not started", "pas commencé"),
    "request": ("request", "requête"),
    "uk_france": ("UK-France", "France - Royaume-Uni"),
    "eligible": ("eligible", "éligible"),
    "not_eligible": ("not eligible", "non éligible"),
    "not_met": ("not met", "non rempli"),
    "question": ("question", "question"),
    "not_checked": ("not checked", "non vérifié"),
    "priority": ("priority", "prioritaire"),
    "criterion_met": ("met", "rempli"),
}


_PERIOD_UNITS_FR = {
    "day": "jour",
    "days": "jours",
    "working day": "jour ouvrable",
    "working days": "jours ouvrables",
    "week": "semaine",
    "weeks": "semaines",
    "month": "mois",
    "months": "mois",
    "year": "an",
    "years": "ans",
}


def period_text(period: str, lang: Language) -> str:
    """'3 months' in the reader's language ('3 mois')."""
    if lang is Language.EN:
        return period
    number, _, unit = period.partition(" ")
    return f"{number} {_PERIOD_UNITS_FR.get(unit, unit)}"


def label(key: str, lang: Language) -> str:
    texts = _LABELS[key]
    return texts[1] if lang is Language.FR else texts[0]


def _state(code: str | None, lang: Language = Language.EN) -> str:
    return f"{state_name(code, lang.value)} ({code})" if code else ""


def _colon(lang: Language) -> str:
    """French typography puts a space before the colon."""
    return " :" if lang is Language.FR else ":"


def _option(option: str, lang: Language) -> str:
    if lang is Language.FR:
        return {"yes": "oui", "no": "non"}.get(option, option)
    return option


def deadline_name(deadline_id: str, lang: Language) -> str:
    """The name of a deadline id in the reader's language."""
    texts = CATALOGUE.get(f"deadline_name.{deadline_id}")
    if texts is None:
        return deadline_id
    return texts[1] if lang is Language.FR else texts[0]


def render_determination(determination: Determination, lang: Language = Language.EN) -> str:
    """A plain-text explanation for a caseworker or an adviser."""
    d = determination
    c = _colon(lang)
    lines = [
        f"{label('case', lang)} {d.reference} — {label('as_of', lang)} {d.as_of.isoformat()}",
        f"{label('regime', lang)}{c} {label(d.regime.value, lang)}. "
        f"{render(d.regime_reason, lang)}",
        f"{label('status', lang)}{c} {label(d.status.value, lang)}",
    ]
    if d.responsible_state and d.status.value == "determined":
        lines.append(
            f"{label('responsible', lang)}{c} {_state(d.responsible_state, lang)} — "
            f"{cite(d.basis, lang)}"
        )
    elif d.proposed_state:
        lines.append(
            f"{label('proposed', lang)}{c} {_state(d.proposed_state, lang)} — {cite(d.basis, lang)}"
        )
    else:
        lines.append(f"{label('responsible', lang)}{c} {label('none', lang)}")
    if d.responsible_state or d.proposed_state:
        track = "none_track" if d.track.value == "none" else d.track.value
        lines.append(f"{label('track', lang)}{c} {label(track, lang)}")
    if d.trace:
        lines += ["", f"{label('trace', lang)}{c}"]
        lines += [_step_line(n, step, lang) for n, step in enumerate(d.trace, 1)]
    if d.questions:
        lines += ["", f"{label('questions', lang)}{c}"]
        lines += [_question_line(q, lang) for q in d.questions]
    if d.deadlines:
        lines += ["", f"{label('deadlines', lang)}{c}"]
        lines += [_deadline_line(dl, lang) for dl in d.deadlines]
    if d.service_targets:
        lines += ["", f"{label('service_targets', lang)}{c}"]
        lines += [_target_line(t, lang) for t in d.service_targets]
    if d.uk_france is not None:
        lines += _uk_france_lines(d.uk_france, lang)
    if d.warnings:
        lines += ["", f"{label('warnings', lang)}{c}"]
        lines += [_warning_line(w, lang) for w in d.warnings]
    if d.unverified:
        lines += ["", f"{label('unverified', lang)}{c} {', '.join(d.unverified)}"]
    return "\n".join(lines)


def _step_line(n: int, step: Step, lang: Language) -> str:
    c = _colon(lang)
    facts = f" [{label('facts', lang)}{c} {', '.join(step.facts)}]" if step.facts else ""
    return (
        f"  {n:>2}. {cite(step.basis, lang)} — {label(step.outcome.value, lang)}{c} "
        f"{render(step.message, lang)}{facts}"
    )


def _question_line(question: Question, lang: Language) -> str:
    extra = "" if question.blocking else f" ({label('non_blocking', lang)})"
    options = " / ".join(_option(option, lang) for option in question.options)
    return (
        f"  - [{question.id}] {render(question.message, lang)} ({cite(question.basis, lang)} ; "
        f"{label('options', lang)}{_colon(lang)} {options}){extra}"
        if lang is Language.FR
        else f"  - [{question.id}] {render(question.message, lang)} ({cite(question.basis, lang)}; "
        f"{label('options', lang)}: {options}){extra}"
    )


def _deadline_line(deadline: Deadline, lang: Language) -> str:
    c = _colon(lang)
    sep = " ;" if lang is Language.FR else ";"
    name = f"{deadline_name(deadline.id, lang)} [{deadline.id}]"
    if deadline.status.value == "not_applicable":
        head = f"  - {name}{c} {label('not_applicable', lang)} ({cite(deadline.basis, lang)})"
    else:
        head = (
            f"  - {name}{c} {label('due', lang)} {deadline.due.isoformat()} "
            f"({period_text(deadline.period, lang)}, {cite(deadline.basis, lang)}) — "
            f"{label(deadline.status.value, lang)}"
        )
    parts = [head]
    if deadline.alternative is not None:
        note = f"{c} {render(deadline.alternative_note, lang)}" if deadline.alternative_note else ""
        parts.append(
            f"      {label('other_reading', lang)} {deadline.alternative.isoformat()}{note}"
        )
    if deadline.state_to_act:
        parts.append(
            f"      {label('acts', lang)}{c} {_state(deadline.state_to_act, lang)}{sep} "
            f"{label('calendar', lang)}{c} {deadline.calendar or '-'}"
        )
    if deadline.done_on is not None:
        parts.append(f"      {label('done', lang)} {deadline.done_on.isoformat()}")
    parts.append(f"      {label('if_missed', lang)}{c} {render(deadline.consequence, lang)}")
    return "\n".join(parts)


def _named(prefix: str, item_id: str, lang: Language) -> str:
    texts = CATALOGUE.get(f"{prefix}.{item_id}")
    if texts is None:
        return item_id
    return texts[1] if lang is Language.FR else texts[0]


def _target_line(target: ServiceTarget, lang: Language) -> str:
    """A Sandhurst target: like a time limit, but never with an "if missed" effect."""
    c = _colon(lang)
    sep = " ;" if lang is Language.FR else ";"
    name = f"{_named('service_target_name', target.id, lang)} [{target.id}]"
    if target.due is None:
        state = "not_started" if target.message.key.endswith(".not_started") else "not_applicable"
        head = (
            f"  - {name}{c} {label(state, lang)} "
            f"({period_text(target.period, lang)}, {cite(target.basis, lang)})"
        )
    else:
        head = (
            f"  - {name}{c} {label('due', lang)} {target.due.isoformat()} "
            f"({period_text(target.period, lang)}, {cite(target.basis, lang)}) — "
            f"{label(target.status.value, lang)}"
        )
    parts = [head, f"      {render(target.message, lang)}"]
    if target.request:
        parts.append(f"      {label('request', lang)}{c} {target.request}")
    if target.state_to_act and target.due is not None:
        parts.append(
            f"      {label('acts', lang)}{c} {_state(target.state_to_act, lang)}{sep} "
            f"{label('calendar', lang)}{c} {target.calendar or '-'}"
        )
    if target.done_on is not None:
        parts.append(f"      {label('done', lang)} {target.done_on.isoformat()}")
    parts.append(f"      {render(target.note, lang)}")
    return "\n".join(parts)


_CRITERION_LABEL = {"met": "criterion_met"}


def _screening_lines(screening: Screening, lang: Language) -> list[str]:
    c = _colon(lang)
    head = (
        f"  {_named('screening_name', screening.id, lang)} [{screening.id}] — "
        f"{label(screening.outcome.value, lang)} ({cite(screening.basis, lang)})"
    )
    if screening.priority:
        head += f" — {label('priority', lang)}"
    lines = [head]
    lines += [_criterion_line(criterion, lang) for criterion in screening.criteria]
    lines += [f"    * {render(reason, lang)}" for reason in screening.priority_reasons]
    if screening.questions:
        lines.append(f"    {label('questions', lang)}{c}")
        lines += [f"  {_question_line(q, lang)}" for q in screening.questions]
    lines += [f"    ! {render(w.message, lang)}" for w in screening.warnings]
    if screening.unverified:
        lines.append(f"    {label('unverified', lang)}{c} {', '.join(screening.unverified)}")
    return lines


def _criterion_line(criterion: CriterionResult, lang: Language) -> str:
    c = _colon(lang)
    status = label(_CRITERION_LABEL.get(criterion.status.value, criterion.status.value), lang)
    return (
        f"    - [{criterion.id}] {status}{c} {render(criterion.message, lang)} "
        f"({cite(criterion.basis, lang)})"
    )


def _uk_france_lines(report: UkFranceReport, lang: Language) -> list[str]:
    lines = ["", f"{label('uk_france', lang)}{_colon(lang)}"]
    if report.admission is not None:
        lines += _screening_lines(report.admission, lang)
    for screening in report.section67:
        lines += _screening_lines(screening, lang)
    return lines


def _warning_line(warning: Warning, lang: Language) -> str:
    where = f" ({cite(warning.basis, lang)})" if warning.basis else ""
    return f"  - {render(warning.message, lang)}{where}"


# --- JSON ---------------------------------------------------------------------------------


@cache
def _basis_dict(basis: LegalBasis, lang: Language, texts: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "instrument": basis.instrument,
        "article": basis.article,
        "paragraph": basis.paragraph,
        "subparagraph": basis.subparagraph,
        "point": basis.point,
    }
    if texts:
        data["citation"] = cite(basis, lang)
    return data


def _basis(basis: LegalBasis | None, lang: Language, texts: bool = True) -> dict[str, Any] | None:
    # Cached per citation: the dictionaries are only read by the JSON encoder.
    return None if basis is None else dict(_basis_dict(basis, lang, texts))


def _message(message: Message | None, lang: Language, texts: bool = True) -> dict[str, Any] | None:
    if message is None:
        return None
    if not texts:
        return {"key": message.key, "params": message.params}
    return {"key": message.key, "params": message.params, "text": render(message, lang)}


def _date(day: date | None) -> str | None:
    return day.isoformat() if day else None


def determination_to_dict(
    d: Determination, lang: Language = Language.EN, *, texts: bool = True
) -> dict[str, Any]:
    """The JSON form of a determination (keys documented in docs/determination.md). With
    `texts=False` messages carry their keys and parameters only (batch runs: smaller output)."""
    return {
        "reference": d.reference,
        "as_of": d.as_of.isoformat(),
        "regime": d.regime.value,
        "regime_reason": _message(d.regime_reason, lang, texts),
        "status": d.status.value,
        "track": d.track.value,
        "responsible_state": d.responsible_state,
        "proposed_state": d.proposed_state,
        "basis": _basis(d.basis, lang, texts),
        "first_lodged_on": _date(d.first_lodged_on),
        "trace": [
            {
                "rule": s.rule,
                "basis": _basis(s.basis, lang, texts),
                "outcome": s.outcome.value,
                "states": list(s.states),
                "facts": list(s.facts),
                "message": _message(s.message, lang, texts),
            }
            for s in d.trace
        ],
        "questions": [
            {
                "id": q.id,
                "kind": q.kind,
                "basis": _basis(q.basis, lang, texts),
                "options": list(q.options),
                "blocking": q.blocking,
                "facts": list(q.facts),
                "message": _message(q.message, lang, texts),
            }
            for q in d.questions
        ],
        "deadlines": [
            {
                "id": dl.id,
                "request": dl.request,
                "status": dl.status.value,
                "start": dl.start.isoformat(),
                "start_event": _message(dl.start_event, lang, texts),
                "period": period_text(dl.period, lang) if texts else dl.period,
                "due": dl.due.isoformat(),
                "alternative": _date(dl.alternative),
                "alternative_note": _message(dl.alternative_note, lang, texts),
                "state_to_act": dl.state_to_act,
                "calendar": dl.calendar,
                "rule": dl.rule,
                "basis": _basis(dl.basis, lang, texts),
                "done_on": _date(dl.done_on),
                "consequence": _message(dl.consequence, lang, texts),
                "unverified": dl.unverified,
            }
            for dl in d.deadlines
        ],
        "warnings": [
            {
                "code": w.code,
                "basis": _basis(w.basis, lang, texts),
                "message": _message(w.message, lang, texts),
            }
            for w in d.warnings
        ],
        "unverified": list(d.unverified),
        "engine_version": d.engine_version,
        "service_targets": [_target_dict(t, lang, texts) for t in d.service_targets],
        "uk_france": _report_dict(d.uk_france, lang, texts),
    }


def _question_dict(q: Question, lang: Language, texts: bool) -> dict[str, Any]:
    return {
        "id": q.id,
        "kind": q.kind,
        "basis": _basis(q.basis, lang, texts),
        "options": list(q.options),
        "blocking": q.blocking,
        "facts": list(q.facts),
        "message": _message(q.message, lang, texts),
    }


def _target_dict(t: ServiceTarget, lang: Language, texts: bool) -> dict[str, Any]:
    """A service-level target: the keys of the dataclass (batch records encode it natively)."""
    return {
        "id": t.id,
        "basis": _basis(t.basis, lang, texts),
        "start": _date(t.start),
        "due": _date(t.due),
        "state_to_act": t.state_to_act,
        "calendar": t.calendar,
        "status": t.status.value,
        "message": _message(t.message, lang, texts),
        "period": period_text(t.period, lang) if texts else t.period,
        "done_on": _date(t.done_on),
        "request": t.request,
        "note": _message(t.note, lang, texts),
    }


def _screening_dict(s: Screening, lang: Language, texts: bool) -> dict[str, Any]:
    return {
        "id": s.id,
        "basis": _basis(s.basis, lang, texts),
        "outcome": s.outcome.value,
        "criteria": [
            {
                "id": r.id,
                "basis": _basis(r.basis, lang, texts),
                "status": r.status.value,
                "message": _message(r.message, lang, texts),
                "facts": list(r.facts),
                "question": r.question,
                "unverified": r.unverified,
            }
            for r in s.criteria
        ],
        "questions": [_question_dict(q, lang, texts) for q in s.questions],
        "priority": s.priority,
        "priority_reasons": [_message(m, lang, texts) for m in s.priority_reasons],
        "warnings": [
            {
                "code": w.code,
                "message": _message(w.message, lang, texts),
                "basis": _basis(w.basis, lang, texts),
            }
            for w in s.warnings
        ],
        "unverified": list(s.unverified),
    }


def _report_dict(
    report: UkFranceReport | None, lang: Language, texts: bool
) -> dict[str, Any] | None:
    if report is None:
        return None
    return {
        "admission": (
            None if report.admission is None else _screening_dict(report.admission, lang, texts)
        ),
        "section67": [_screening_dict(s, lang, texts) for s in report.section67],
    }
