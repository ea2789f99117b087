"""The content of a request between States: the data its standard form carries, pre-filled
from the facts (Dublin III: IR 1560/2003 Annex I take charge, Annex III take back; AMMR: IR
2025/2055 forms). It is also all the UK liaison may see of a case (`uk_view`)."""

from __future__ import annotations

from typing import Any

from cordiale.casework.models import Case, Evidence, Person
from cordiale.law.facts import CaseFacts, Request

# Which facts a request carries about the requested State (its form's sections).
_ABOUT_STATE = ("documents", "eurodac_hits", "vis_hits", "entries", "applications")


def request_form(
    case: Case, facts: CaseFacts, to_state: str, request: Request | None = None
) -> dict[str, Any]:
    """The form for a request to `to_state` (a draft when `request` is None)."""
    applicant = facts.applicant
    identity = [
        {
            "name_latin": p.name_latin,
            "name_original": p.name_original,
            "script": p.script,
            "aliases": p.aliases,
            "date_of_birth": p.date_of_birth.isoformat() if p.date_of_birth else None,
        }
        for p in Person.objects.filter(case=case, kind=Person.Kind.APPLICANT)
    ]
    family = [m for m in facts.family if m.state == to_state]
    family_names = {
        p.fact_key: p.name_latin
        for p in Person.objects.filter(case=case, kind=Person.Kind.FAMILY_MEMBER)
    }
    sections: dict[str, Any] = {}
    for kind in _ABOUT_STATE:
        items = [
            item.model_dump(mode="json", exclude_none=True)
            for item in getattr(facts, kind)
            if to_state in {getattr(item, "state", None), getattr(item, "issuing_state", None)}
        ]
        if items:
            sections[kind] = items
    referenced = {
        doc.split(":", 1)[1]
        for section in sections.values()
        for item in section
        for doc in [((item.get("provenance") or {}).get("document") or "")]
        if doc.startswith("evidence:")
    }
    referenced |= {
        (m.provenance.document or "").split(":", 1)[-1]
        for m in family
        if m.provenance and (m.provenance.document or "").startswith("evidence:")
    }
    evidence = Evidence.objects.filter(case=case, pk__in=[r for r in referenced if r.isdigit()])
    return {
        "reference": case.reference,
        "requesting_state": case.determining_state,
        "requested_state": to_state,
        "request": request.model_dump(mode="json", exclude_none=True) if request else None,
        "replies": [
            r.model_dump(mode="json", exclude_none=True)
            for r in facts.replies
            if request is not None and r.request == request.id
        ],
        "applicant": {
            "identity": identity,
            "date_of_birth": applicant.date_of_birth.isoformat()
            if applicant.date_of_birth
            else None,
            "assessed_age": applicant.assessed_age.model_dump(mode="json")
            if applicant.assessed_age
            else None,
            "sex": applicant.sex,
            "nationalities": applicant.nationalities,
            "stateless": applicant.stateless,
            "unaccompanied": applicant.unaccompanied,
        },
        "family_in_requested_state": [
            m.model_dump(mode="json", exclude_none=True) | {"name": family_names.get(m.id, "")}
            for m in family
        ],
        "facts_about_requested_state": sections,
        "evidence": [
            {"id": e.pk, "filename": e.filename, "category": e.category, "sha256": e.sha256}
            for e in evidence
        ],
    }


def uk_view(case: Case, facts: CaseFacts) -> dict[str, Any]:
    """All the UK liaison sees: the forms of the requests to or from the UK."""
    requests = [r for r in facts.requests if "GB" in (r.to_state, r.from_state)]
    return {
        "reference": case.reference,
        "requests": [request_form(case, facts, "GB", r) for r in requests],
    }
