"""The engine's stored proposal and the facts, shaped for the pages, in the user's language.

The determination is stored lean (message keys, no texts); `with_texts` renders its messages
and citations in French or English. Dates become `date` objects so the templates format them
in the user's locale."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils import timezone
from django.utils.translation import get_language

from cordiale.law.explain.render import Language, deadline_name
from cordiale.law.explain.stored import with_texts
from cordiale.law.states import state_name
from cordiale.web import labels

TAG_COLOURS = {
    "applies": "govuk-tag--green",
    "not_applicable": "govuk-tag--grey",
    "pending": "govuk-tag--yellow",
    "info": "govuk-tag--blue",
    "open": "govuk-tag--blue",
    "met": "govuk-tag--green",
    "missed": "govuk-tag--red",
    "overdue": "govuk-tag--red",
    "not_started": "govuk-tag--grey",
    "not_applicable_deadline": "govuk-tag--grey",
    "determined": "govuk-tag--green",
    "needs_decision": "govuk-tag--yellow",
    "insufficient_facts": "govuk-tag--grey",
}


def language() -> Language:
    return Language.FR if (get_language() or "en").startswith("fr") else Language.EN


def lang_code() -> str:
    return language().value


def state_label(code: str | None) -> str:
    if not code:
        return ""
    return f"{state_name(code, lang_code())} ({code})"


def as_date(text: Any) -> date | None:
    if isinstance(text, date):
        return text
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _text(message: dict[str, Any] | None) -> str:
    return str((message or {}).get("text") or "")


def _citation(basis: dict[str, Any] | None) -> str:
    return str((basis or {}).get("citation") or "")


# --- facts ---------------------------------------------------------------------------------

_SUMMARY_FIELDS: dict[str, tuple[str, ...]] = {
    "applications": ("state", "lodged_on", "place"),
    "entries": ("state", "on", "mode"),
    "stays": ("state", "start", "end"),
    "absences": ("left_on", "returned_on", "reason"),
    "documents": ("kind", "visa_type", "issuing_state", "valid_from", "valid_until"),
    "diplomas": ("issuing_state", "issued_on"),
    "eurodac_hits": ("category", "state", "received_on"),
    "vis_hits": ("state", "received_on"),
    "family": ("relation", "state", "status"),
    "dependencies": ("family_member", "dependent", "ground"),
    "detentions": ("state", "start", "end"),
    "imprisonments": ("state", "start", "end"),
    "abscondings": ("on", "ended_on"),
    "security_findings": ("state", "on"),
    "requests": ("kind", "from_state", "to_state", "basis", "sent_on"),
    "replies": ("request", "outcome", "received_on"),
    "transfer_decisions": ("notified_on", "to_state"),
    "appeals": ("lodged_on", "suspensive", "outcome"),
    "transfers": ("carried_out_on", "to_state", "mode"),
    "answers": ("question", "value"),
    "local_authority_assessments": ("family_member", "concluded_on", "outcome"),
}


def value_text(name: str, value: Any) -> str:
    """One value of a fact as a person reads it."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(labels.ANSWER_OPTIONS["yes" if value else "no"])
    if isinstance(value, list):
        return ", ".join(value_text(name, v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_text(k, v)}" for k, v in value.items())
    text = str(value)
    if len(text) == 2 and text.isupper() and name.endswith(("state", "_of", "in")):
        return state_label(text)
    if name in {"state", "to_state", "from_state", "issuing_state", "present_in", "nationalities"}:
        return state_label(text)
    day = as_date(text) if len(text) == 10 and text[4] == "-" else None
    if day is not None:
        from django.utils.formats import date_format

        return date_format(day, "j F Y")
    table = labels.CHOICES.get(name)
    if table is not None:
        return labels.label(table, text)
    if name == "outcome":
        return labels.label(labels.REPLY_OUTCOMES, text)
    if name == "kind" and text in labels.REQUEST_KINDS:
        return labels.label(labels.REQUEST_KINDS, text)
    return text


def summary(kind: str, item: dict[str, Any]) -> str:
    """A one-line summary of a fact: its main fields."""
    names = _SUMMARY_FIELDS.get(kind) or tuple(k for k in item if k not in {"id", "provenance"})
    parts = [value_text(n, item.get(n)) for n in names if item.get(n) not in (None, "")]
    return " · ".join(p for p in parts if p)


def rows(kind: str, item: dict[str, Any]) -> list[tuple[str, str]]:
    """Every field of a fact as (label, value) rows for a summary list."""
    out: list[tuple[str, str]] = []
    for name, value in item.items():
        if name in {"provenance"} or value in (None, "", []):
            continue
        out.append((labels.label(labels.FIELDS, name), value_text(name, value)))
    return out


# 'entries[0]' or 'family[0].state': the engine names an item of a list by its position.
_POSITION = re.compile(r"^(?P<kind>\w+)\[(?P<index>\d+)\](?:\.\w+)?$")


def fact_reference(ref: str, data: dict[str, Any]) -> list[dict[str, Any]]:
    """The facts a step of the trace names: 'applications' (every application),
    'family:brother' (one), 'entries[0]' and 'family[0].state' (one, by its position in the
    case file the engine read), 'applicant.date_of_birth' (one field of the applicant)."""
    position = _POSITION.match(ref)
    if position:
        kind, index = position["kind"], int(position["index"])
        items = data.get(kind)
        if isinstance(items, list) and index < len(items) and isinstance(items[index], dict):
            return [_fact(kind, items[index])]
        return [{"kind": kind, "key": "", "label": labels.label(labels.KINDS, kind), "text": ref}]
    if ":" in ref:
        kind, _, key = ref.partition(":")
        items = [i for i in data.get(kind) or [] if isinstance(i, dict) and i.get("id") == key]
        return [_fact(kind, i) for i in items] or [{"kind": kind, "key": key, "text": ref}]
    if "." in ref:
        kind, _, name = ref.partition(".")
        holder = data.get(kind)
        if isinstance(holder, dict):
            value = holder.get(name)
            return [
                {
                    "kind": kind,
                    "key": kind,
                    "label": labels.label(labels.FIELDS, name),
                    "text": value_text(name, value) or "—",
                }
            ]
        return [{"kind": kind, "key": "", "text": ref}]
    value = data.get(ref)
    if isinstance(value, list):
        return [_fact(ref, i) for i in value if isinstance(i, dict)]
    if isinstance(value, dict):
        return [_fact(ref, value)]
    return [{"kind": ref, "key": "", "label": labels.label(labels.KINDS, ref), "text": "—"}]


def _fact(kind: str, item: dict[str, Any]) -> dict[str, Any]:
    provenance = item.get("provenance") or {}
    return {
        "kind": kind,
        "key": item.get("id") or kind,
        "label": labels.label(labels.KINDS, kind),
        "text": summary(kind, item),
        "source": provenance.get("source") or "",
        "evidence": labels.label(labels.EVIDENCE, provenance.get("evidence")),
        "document": provenance.get("document") or "",
    }


# --- the proposal ---------------------------------------------------------------------------


@dataclass
class Proposal:
    regime: str
    regime_reason: str
    status: str
    status_label: str
    track: str
    responsible: str
    proposed: str
    basis: str
    as_of: date | None
    first_lodged_on: date | None
    steps: list[dict[str, Any]] = field(default_factory=list)
    questions: list[dict[str, Any]] = field(default_factory=list)
    deadlines: list[dict[str, Any]] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)


def proposal(lean: dict[str, Any] | None, facts: dict[str, Any]) -> Proposal | None:
    if not lean:
        return None
    d = with_texts(lean, language())
    today = timezone.localdate()
    steps = [
        {
            "rule": s.get("rule"),
            "citation": _citation(s.get("basis")),
            "outcome": s.get("outcome"),
            "outcome_label": labels.label(labels.OUTCOMES, s.get("outcome")),
            "tag": TAG_COLOURS.get(str(s.get("outcome")), ""),
            "states": [state_label(c) for c in s.get("states") or []],
            "text": _text(s.get("message")),
            "facts": [f for ref in s.get("facts") or [] for f in fact_reference(ref, facts)],
        }
        for s in d.get("trace") or []
    ]
    questions = [
        {
            "id": q["id"],
            "kind": q.get("kind"),
            "citation": _citation(q.get("basis")),
            "text": _text(q.get("message")),
            "options": list(q.get("options") or []),
            "blocking": bool(q.get("blocking")),
            "facts": [f for ref in q.get("facts") or [] for f in fact_reference(ref, facts)],
        }
        for q in d.get("questions") or []
    ]
    deadlines = sorted(
        (_deadline(dl, today) for dl in d.get("deadlines") or []),
        key=lambda dl: (dl["due"] or date.max, dl["name"]),
    )
    targets = [_target(t) for t in d.get("service_targets") or []]
    return Proposal(
        regime=labels.label(labels.REGIMES, d.get("regime")),
        regime_reason=_text(d.get("regime_reason")),
        status=str(d.get("status") or ""),
        status_label=labels.label(labels.STATUSES, d.get("status")),
        track=labels.label(labels.TRACKS, d.get("track")),
        responsible=state_label(d.get("responsible_state")),
        proposed=state_label(d.get("proposed_state")),
        basis=_citation(d.get("basis")),
        as_of=as_date(d.get("as_of")),
        first_lodged_on=as_date(d.get("first_lodged_on")),
        steps=steps,
        questions=questions,
        deadlines=deadlines,
        targets=targets,
        warnings=[_text(w.get("message")) for w in d.get("warnings") or []],
        unverified=[str(u) for u in d.get("unverified") or []],
    )


def _deadline(dl: dict[str, Any], today: date) -> dict[str, Any]:
    due = as_date(dl.get("due"))
    status = str(dl.get("status") or "")
    if status == "open" and due is not None and due < today:
        status = "overdue"
    return {
        "id": dl.get("id"),
        "name": deadline_name(str(dl.get("id")), language()),
        "request": dl.get("request"),
        "status": status,
        "status_label": labels.label(labels.DEADLINE_STATUSES, status),
        "tag": TAG_COLOURS.get(status, ""),
        "start": as_date(dl.get("start")),
        "start_event": _text(dl.get("start_event")),
        "period": dl.get("period") or "",
        "due": due,
        "due_soon": status == "open" and due is not None and (due - today).days <= 7,
        "alternative": as_date(dl.get("alternative")),
        "alternative_note": _text(dl.get("alternative_note")),
        "state_to_act": state_label(dl.get("state_to_act")),
        "calendar": dl.get("calendar") or "",
        "citation": _citation(dl.get("basis")),
        "done_on": as_date(dl.get("done_on")),
        "consequence": _text(dl.get("consequence")),
        "unverified": bool(dl.get("unverified")),
    }


def _target(t: dict[str, Any]) -> dict[str, Any]:
    status = str(t.get("status") or "")
    return {
        "id": t.get("id"),
        "citation": _citation(t.get("basis")),
        "status": status,
        "status_label": labels.label(labels.DEADLINE_STATUSES, status),
        "tag": TAG_COLOURS.get(status, "govuk-tag--grey"),
        "due": as_date(t.get("due")),
        "period": t.get("period") or "",
        "calendar": t.get("calendar") or "",
        "text": _text(t.get("message")),
        "note": _text(t.get("note")),
        "state_to_act": state_label(t.get("state_to_act")),
        "done_on": as_date(t.get("done_on")),
    }


def task_title(deadline_key: str, title: str, state: str = "") -> str:
    """A task's title in the user's language: the name of its time limit (the stored title
    is the English one), with the request it concerns."""
    if not deadline_key:
        return title
    deadline_id, _, request = deadline_key.partition("@")
    name = deadline_name(deadline_id, language())
    if name == deadline_id:
        return title
    parts = [name]
    if request:
        parts.append(f"({request})")
    if state:
        parts.append(f"— {state_label(state)}")
    return " ".join(parts)
