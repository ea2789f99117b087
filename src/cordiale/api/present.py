"""A case as each role may see it: the whole case (caseworker, supervisor, consented adviser)
or the UK liaison's view, which is nothing but the request forms (`request_form.uk_view`)."""

from __future__ import annotations

import threading
from typing import Any

from django.utils import timezone

from cordiale.accounts.models import Role
from cordiale.casework.facts_store import case_facts
from cordiale.casework.models import (
    Case,
    Consent,
    DeadlineRecord,
    Decision,
    Evidence,
    Person,
    Task,
)
from cordiale.casework.request_form import uk_view
from cordiale.law.explain.render import Language
from cordiale.law.explain.stored import with_texts
from cordiale.site.compiled import CompiledQuery


def language(user: Any, lang: Language | None) -> Language:
    """The language asked for, else the user's own."""
    if lang is not None:
        return lang
    return Language.FR if getattr(user, "language", "en") == "fr" else Language.EN


def determination(case: Case, lang: Language) -> dict[str, Any] | None:
    if case.determination is None:
        return None
    # The texts depend on the stored determination and the language only: rendered once per
    # determination (a new run has a new `determined_at`) and reused by every read.
    key = (case.pk, case.determined_at, case.facts_hash, lang)
    cached = _TEXTS.get(key)
    if cached is None:
        cached = with_texts(case.determination, lang)
        with _TEXTS_LOCK:
            if len(_TEXTS) >= _TEXTS_SIZE:
                _TEXTS.pop(next(iter(_TEXTS)))  # the oldest
            _TEXTS[key] = cached
    result: dict[str, Any] = cached
    return result


# Rendered determinations, oldest first; bounded (some MB per process). Responses only read
# them, never change them.
_TEXTS: dict[tuple[Any, ...], Any] = {}
_TEXTS_SIZE = 2000
_TEXTS_LOCK = threading.Lock()


def deadlines(case: Case) -> list[dict[str, Any]]:
    today = timezone.localdate()
    rows = _DEADLINES.all(case_id=case.pk)
    return [
        {
            "id": d.pk,
            "case": case.reference,
            "key": d.key,
            "deadline_id": d.deadline_id,
            "request": d.request,
            "start": d.start,
            "due": d.due,
            "status": d.status,
            "state_to_act": d.state_to_act,
            "basis": d.basis,
            "period": d.period,
            "calendar": d.calendar,
            "overdue": d.status == "open" and d.due < today,
        }
        for d in rows
    ]


def task(t: Task) -> dict[str, Any]:
    today = timezone.localdate()
    return {
        "id": t.pk,
        "case": t.case.reference,
        "deadline_key": t.deadline_key,
        "title": t.title,
        "due": t.due,
        "status": t.status,
        "team_id": t.team_id,
        "team": t.team.name,
        "assigned_to_id": t.assigned_to_id,
        "assigned_to": t.assigned_to.username if t.assigned_to else None,
        "overdue": t.status == Task.Status.OPEN and t.due is not None and t.due < today,
    }


def consent(c: Consent) -> dict[str, Any]:
    return {
        "id": c.pk,
        "team_id": c.team_id,
        "team": c.team.name,
        "given_on": c.given_on,
        "withdrawn_on": c.withdrawn_on,
    }


def evidence(e: Evidence) -> dict[str, Any]:
    return {
        "id": e.pk,
        "case": e.case.reference,
        "filename": e.filename,
        "content_type": e.content_type,
        "size": e.size,
        "sha256": e.sha256,
        "category": e.category,
        "description": e.description,
        "uploaded_at": e.uploaded_at,
    }


def decision(d: Decision) -> dict[str, Any]:
    return {
        "id": d.pk,
        "case": d.case.reference,
        "summary": d.summary,
        "decided_state": d.decided_state,
        "proposed_state": d.proposed_state,
        "override": d.override,
        "reason": d.reason,
        "as_of": d.as_of,
        "engine_version": d.engine_version,
        "output_hash": d.output_hash,
        "decided_by": d.decided_by.username,
        "decided_at": d.decided_at,
    }


def full_case(case: Case, lang: Language) -> dict[str, Any]:
    tasks = _OPEN_TASKS.all(case_id=case.pk)
    evidence_ = _EVIDENCE.all(case_id=case.pk)
    # Their case is this one: set it rather than join it again.
    for t in tasks:
        t.case = case
    for e in evidence_:
        e.case = case
    return {
        "view": "full",
        "reference": case.reference,
        "version": case.version,
        "stage": case.stage,
        "team": case.team.name,
        "determining_state": case.determining_state,
        "created_at": case.created_at,
        "updated_at": case.updated_at,
        "summary": {
            "regime": case.regime,
            "status": case.status,
            "track": case.track,
            "responsible_state": case.responsible_state,
            "proposed_state": case.proposed_state,
            "basis": case.basis,
            "open_questions": case.open_questions,
            "determined_at": case.determined_at,
        },
        "determination": determination(case, lang),
        "deadlines": deadlines(case),
        "tasks": [task(t) for t in tasks],
        "people": [
            {
                "id": p.pk,
                "kind": p.kind,
                "fact_key": p.fact_key,
                "name_original": p.name_original,
                "script": p.script,
                "name_latin": p.name_latin,
                "aliases": list(p.aliases or []),
                "date_of_birth": p.date_of_birth,
            }
            for p in _PEOPLE.all(case_id=case.pk)
        ],
        "consents": [consent(c) for c in _CONSENTS.all(case_id=case.pk)],
        "evidence": [evidence(e) for e in evidence_],
    }


# The parts of a case read on every opening: compiled once (`cordiale.site.compiled`).
_DEADLINES: CompiledQuery[DeadlineRecord] = CompiledQuery(
    lambda case_id: DeadlineRecord.objects.filter(case_id=case_id).order_by("due", "pk"),
    case_id=int,
)
_OPEN_TASKS: CompiledQuery[Task] = CompiledQuery(
    lambda case_id: (
        Task.objects.filter(case_id=case_id, status=Task.Status.OPEN)
        .select_related("team", "assigned_to")
        .order_by("due", "pk")
    ),
    case_id=int,
)
_PEOPLE: CompiledQuery[Person] = CompiledQuery(
    lambda case_id: Person.objects.filter(case_id=case_id).order_by("pk"), case_id=int
)
_CONSENTS: CompiledQuery[Consent] = CompiledQuery(
    lambda case_id: Consent.objects.filter(case_id=case_id).select_related("team").order_by("pk"),
    case_id=int,
)
_EVIDENCE: CompiledQuery[Evidence] = CompiledQuery(
    lambda case_id: Evidence.objects.filter(case_id=case_id).order_by("pk"), case_id=int
)


def uk_case(case: Case) -> dict[str, Any]:
    """Only the request forms of the requests to or from the UK."""
    return {
        "view": "uk_liaison",
        "reference": case.reference,
        "version": case.version,
        "requests": uk_view(case, case_facts(case))["requests"],
    }


def case_for(user: Any, case: Case, lang: Language) -> dict[str, Any]:
    if getattr(user, "role", None) == Role.UK_LIAISON:
        return uk_case(case)
    return full_case(case, lang)
