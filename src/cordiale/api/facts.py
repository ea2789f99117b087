"""Facts with their history, the engine's determination and its questions, and answers.

A change of facts is all or nothing: with a stale `version` it is refused (409, nothing
written); with facts the engine would not accept, 422 naming each field (nothing written);
otherwise every change is a new version and the engine runs again."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router

from cordiale.api import present
from cordiale.api.auth import allow, user_of
from cordiale.api.limits import check_ids
from cordiale.api.schemas import (
    AnswerIn,
    CaseOut,
    DeterminationOut,
    FactsIn,
    FactVersionOut,
    QuestionsOut,
    responses,
)
from cordiale.casework import services
from cordiale.casework.errors import InvalidFacts, NotFound
from cordiale.casework.facts_store import CHANGEABLE, FactChange, case_file_data, fact_history
from cordiale.casework.models import Case, Evidence
from cordiale.casework.scoping import CASE_EDITORS, CASE_READERS, get_case
from cordiale.law.errors import FieldError
from cordiale.law.explain.render import Language
from cordiale.law.explain.stored import with_texts

router = Router(tags=["facts and determination"])


@router.get(
    "/cases/{ref}/facts",
    response=responses(200, dict[str, Any]),
    summary="The case file as it stands, each fact with its provenance",
    auth=allow(CASE_READERS, "read case files"),
)
def facts(request: HttpRequest, ref: str) -> dict[str, Any]:
    user = user_of(request)
    case = services.read_case(user, ref, detail={"part": "facts"})
    return case_file_data(case)


@router.get(
    "/cases/{ref}/facts/{kind}/{key}/history",
    response=responses(200, list[FactVersionOut]),
    summary="Every version of one fact: who, when, why",
    auth=allow(CASE_READERS, "read case files"),
)
def history(request: HttpRequest, ref: str, kind: str, key: str) -> list[dict[str, Any]]:
    user = user_of(request)
    case = services.read_case(user, ref, detail={"part": "history", "fact": f"{kind}:{key}"})
    versions = fact_history(case, kind, key)
    if not versions:
        raise NotFound(f"case {ref} has no fact {kind}/{key}")
    return [
        {
            "number": v.number,
            "data": v.data,
            "reason": v.reason,
            "recorded_by": v.recorded_by.username if v.recorded_by else None,
            "recorded_at": v.recorded_at,
            "source": v.source,
            "evidence_category": v.evidence_category,
            "evidence_id": v.evidence_id,
        }
        for v in versions
    ]


def _changes(case: Case, payload: FactsIn) -> list[FactChange]:
    unknown = [
        FieldError(f"changes[{n}].kind", c.kind, "one of " + ", ".join(sorted(CHANGEABLE)))
        for n, c in enumerate(payload.changes)
        if c.kind not in CHANGEABLE
    ]
    if unknown:
        raise InvalidFacts("unknown kind of fact", unknown)
    check_ids(
        [(f"changes[{n}].key", c.key) for n, c in enumerate(payload.changes)]
        + [
            (f"changes[{n}].data.id", (c.data or {}).get("id"))
            for n, c in enumerate(payload.changes)
        ]
    )
    wanted = {c.evidence_id for c in payload.changes if c.evidence_id is not None}
    documents = {e.pk: e for e in Evidence.objects.filter(case=case, pk__in=wanted)}
    changes = []
    for n, change in enumerate(payload.changes):
        document = None
        if change.evidence_id is not None:
            document = documents.get(change.evidence_id)
            if document is None:
                raise InvalidFacts(
                    "no such evidence document on this case",
                    [
                        FieldError(
                            f"changes[{n}].evidence_id",
                            change.evidence_id,
                            f"the id of a document of case {case.reference}",
                        )
                    ],
                )
        changes.append(
            FactChange(
                kind=change.kind,
                data=change.data,
                key=change.key,
                reason=change.reason,
                source=change.source,
                evidence_category=change.evidence_category,
                evidence=document,
            )
        )
    return changes


@router.post(
    "/cases/{ref}/facts",
    response=responses(200, CaseOut),
    summary="Change facts (each a new version); the engine runs again",
    auth=allow(CASE_EDITORS, "change facts"),
)
def change(
    request: HttpRequest, ref: str, payload: FactsIn, lang: Language | None = None
) -> dict[str, Any]:
    user = user_of(request)
    case = get_case(user, ref)
    changes = _changes(case, payload)
    case = services.update_facts(user, ref, changes, expected_version=payload.version, case=case)
    return present.full_case(case, present.language(user, lang))


@router.get(
    "/cases/{ref}/determination",
    response=responses(200, DeterminationOut),
    summary="The engine's current determination, explained in ?lang",
    auth=allow(CASE_READERS, "read determinations"),
)
def determination(request: HttpRequest, ref: str, lang: Language | None = None) -> dict[str, Any]:
    user = user_of(request)
    case = services.read_case(user, ref, detail={"part": "determination"})
    return {
        "reference": case.reference,
        "version": case.version,
        "determined_at": case.determined_at,
        "determination": present.determination(case, present.language(user, lang)),
    }


@router.get(
    "/cases/{ref}/questions",
    response=responses(200, QuestionsOut),
    summary="The questions only a person can answer",
    auth=allow(CASE_READERS, "read determinations"),
)
def questions(request: HttpRequest, ref: str, lang: Language | None = None) -> dict[str, Any]:
    user = user_of(request)
    case = services.read_case(user, ref, detail={"part": "questions"})
    asked = (case.determination or {}).get("questions", [])
    return {
        "reference": case.reference,
        "version": case.version,
        "questions": with_texts(asked, present.language(user, lang)),
    }


@router.post(
    "/cases/{ref}/answers",
    response=responses(200, CaseOut),
    summary="Answer one of the engine's questions (with a reason)",
    auth=allow(CASE_EDITORS, "answer questions"),
)
def answer(
    request: HttpRequest, ref: str, payload: AnswerIn, lang: Language | None = None
) -> dict[str, Any]:
    user = user_of(request)
    case = services.answer_question(
        user,
        ref,
        payload.question,
        payload.value,
        payload.reason,
        expected_version=payload.version,
    )
    return present.full_case(case, present.language(user, lang))
