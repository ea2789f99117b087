"""Search the cases the user may see: by reference, name (any spelling), date of birth,
nationality."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cordiale.casework.models import Case, Person
from cordiale.casework.scoping import visible_cases
from cordiale.web import search as names
from cordiale.web.access import CASE_READERS, page
from cordiale.web.forms import SearchForm

LIMIT = 50


@page(CASE_READERS)
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    results: list[dict[str, Any]] | None = None
    if form.is_bound and form.is_valid():
        results = find(request.user, **form.cleaned_data)
    return render(
        request,
        "web/search.html",
        {"form": form, "results": results, "limit": LIMIT},
        status=400 if form.is_bound and form.errors else 200,
    )


def find(
    user: Any, *, q: str = "", date_of_birth: Any = None, nationality: str = ""
) -> list[dict[str, Any]]:
    cases = visible_cases(user)
    if nationality:
        cases = cases.filter(applicant_nationality=nationality)
    query = (q or "").strip()
    by_reference: set[int] = set()
    if query:
        by_reference = set(
            cases.filter(reference__icontains=query).values_list("pk", flat=True)[:LIMIT]
        )
    people = Person.objects.filter(case__in=cases)
    if date_of_birth:
        people = people.filter(date_of_birth=date_of_birth)
    scored: dict[int, tuple[float, dict[str, Any]]] = {}
    rows = people.values_list(
        "case_id", "kind", "name_latin", "name_original", "aliases", "date_of_birth"
    )
    for case_id, kind, latin, original, aliases, born in rows.iterator(chunk_size=2000):
        if query and case_id not in by_reference:
            value = names.score(query, [latin, original or "", *(aliases or [])])
            if value < names.THRESHOLD:
                continue
        else:
            value = 1.0
        best = scored.get(case_id)
        if best is None or value > best[0]:
            scored[case_id] = (
                value,
                {"person": latin, "kind": kind, "date_of_birth": born, "score": value},
            )
    if not query and not date_of_birth:
        # Nationality alone: the cases, newest first.
        ids = list(cases.order_by("-updated_at").values_list("pk", flat=True)[:LIMIT])
        scored = {i: scored.get(i, (1.0, {"person": "", "kind": ""})) for i in ids}
    for case_id in by_reference:
        scored.setdefault(case_id, (1.0, {"person": "", "kind": "", "score": 1.0}))
    best_ids = sorted(scored, key=lambda i: -scored[i][0])[:LIMIT]
    found = {
        c["pk"]: c
        for c in Case.objects.filter(pk__in=best_ids).values(
            "pk",
            "reference",
            "stage",
            "applicant_nationality",
            "proposed_state",
            "responsible_state",
        )
    }
    applicants = dict(
        Person.objects.filter(case_id__in=best_ids, kind=Person.Kind.APPLICANT)
        .order_by("-pk")
        .values_list("case_id", "name_latin")
    )
    out = []
    for case_id in best_ids:
        if case_id not in found:
            continue
        value, match = scored[case_id]
        out.append(
            {
                **found[case_id],
                "applicant": applicants.get(case_id, ""),
                "matched": match.get("person") or "",
                "family_member": match.get("kind") == Person.Kind.FAMILY_MEMBER,
                "date_of_birth": match.get("date_of_birth"),
                "score": round(value * 100),
            }
        )
    return out
