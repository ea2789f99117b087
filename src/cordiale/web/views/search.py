"""Search the cases the user may see: by reference, name (any spelling), date of birth,
nationality. A name is looked up by its search keys (`cordiale.casework.names`), through an
index: the cost of a search does not grow with the number of people stored."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cordiale.casework.models import Case, NameKey, Person
from cordiale.casework.names import EXACT, NEAR, SKELETON, query_keys
from cordiale.casework.scoping import visible_cases
from cordiale.web import search as names
from cordiale.web.access import CASE_READERS, page
from cordiale.web.forms import SearchForm

LIMIT = 50
# People scored in Python at most per name search, the best by shared search keys.
CANDIDATES = 300


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
    scored: dict[int, tuple[float, dict[str, Any]]] = {}
    by_reference: set[int] = set()
    if query and any(c.isdigit() for c in query):
        # A reference, whole or in part (names have no digits): a scan of the references,
        # which is a few tens of milliseconds for 100,000 cases.
        by_reference = set(
            cases.filter(reference__icontains=query).values_list("pk", flat=True)[:LIMIT]
        )
    elif query:
        # A name; or a whole reference without digits, through the reference's index.
        by_reference = set(
            cases.filter(reference__in={query, query.upper()}).values_list("pk", flat=True)
        )
        for case_id, kind, person_names, born in _name_candidates(cases, query, date_of_birth):
            value = names.score(query, person_names)
            if value < names.THRESHOLD:
                continue
            _keep(scored, case_id, value, person_names[0], kind, born)
    elif date_of_birth:
        people = Person.objects.filter(case__in=cases, date_of_birth=date_of_birth)
        rows = people.order_by("-case_id", "pk").values_list(
            "case_id", "kind", "name_latin", "date_of_birth"
        )
        for case_id, kind, latin, born in rows[: LIMIT * 4]:
            _keep(scored, case_id, 1.0, latin, kind, born)
    else:
        # Nationality alone: the cases, newest first.
        ids = list(cases.order_by("-updated_at").values_list("pk", flat=True)[:LIMIT])
        scored = {i: (1.0, {"person": "", "kind": ""}) for i in ids}
    for case_id in by_reference:
        scored.setdefault(case_id, (1.0, {"person": "", "kind": "", "score": 1.0}))
    # Best first; among equals the newest case (the highest key) first.
    best_ids = sorted(scored, key=lambda i: (-scored[i][0], -i))[:LIMIT]
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


def _keep(
    scored: dict[int, tuple[float, dict[str, Any]]],
    case_id: int,
    value: float,
    person: str,
    kind: str,
    born: Any,
) -> None:
    best = scored.get(case_id)
    if best is None or value > best[0]:
        match = {"person": person, "kind": kind, "date_of_birth": born, "score": value}
        scored[case_id] = (value, match)


def _name_candidates(
    cases: QuerySet[Case], query: str, date_of_birth: Any
) -> list[tuple[int, str, list[str], Any]]:
    """The people whose names share the most search keys with the query (at most
    CANDIDATES of them, found through the key index: never every person), with their names
    for `names.score`. A shared folded token counts 3, a shared skeleton 2, a key one edit
    away 1 (the lesser of the query key's and the stored key's weight)."""
    keys = query_keys(query)
    if not keys:
        return []
    exact = [k for k, w in keys.items() if w == EXACT]
    skeletons = [k for k, w in keys.items() if w == SKELETON]
    qn = connection.ops.quote_name
    table = qn(NameKey._meta.db_table)
    # SQLite judges an index by the mean number of rows per key: a caseload of few distinct
    # names (common names; the synthetic load's 320) makes it scan the table rather than
    # look up a few hundred keys, each of which holds a few postings or a few thousand.
    indexed = f"INDEXED BY {qn(NameKey.KEY_INDEX)}" if connection.vendor == "sqlite" else ""
    shared = (
        f"SUM(CASE WHEN k.{qn('key')} IN ({_marks(exact)}) AND k.weight = %s THEN %s "
        f"WHEN k.{qn('key')} IN ({_marks(skeletons)}) AND k.weight >= %s THEN %s ELSE %s END)"
    )
    shared_params: list[Any] = [*exact, EXACT, EXACT, *skeletons, SKELETON, SKELETON, NEAR]
    # The people sharing keys with the query, ranked by the shared keys: the postings come
    # from the key index alone (key, weight, person; "+person_id" is an expression, so that
    # SQLite does not walk the person index to group without sorting); then only the people
    # ranked (not every posting) are joined to their person row and checked against the scope.
    scope, scope_params = cases.values("pk").query.sql_with_params()
    born_sql, born_params = (
        ("AND p.date_of_birth = %s ", [date_of_birth]) if date_of_birth else ("", [])
    )
    sql = (
        f"SELECT r.person_id FROM (SELECT +k.person_id AS person_id, {shared} AS shared "  # noqa: S608
        f"FROM {table} k {indexed} WHERE k.{qn('key')} IN ({_marks(keys)}) "
        f"GROUP BY +k.person_id) r "
        f"CROSS JOIN {qn(Person._meta.db_table)} p "
        f"WHERE p.id = r.person_id AND p.case_id IN ({scope}) {born_sql}"
        f"ORDER BY r.shared DESC, r.person_id DESC LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*shared_params, *keys, *scope_params, *born_params, CANDIDATES])
        ids = [row[0] for row in cursor.fetchall()]
    found = {
        row[0]: row[1:] for row in Person.objects.filter(pk__in=ids).values_list("pk", *_PERSON)
    }
    return [_candidate(*found[pk]) for pk in ids if pk in found]


_PERSON = ("case_id", "kind", "name_latin", "name_original", "aliases", "date_of_birth")


def _candidate(
    case_id: int, kind: str, latin: str, original: str, aliases: Any, born: Any
) -> tuple[int, str, list[str], Any]:
    return case_id, kind, [latin, original or "", *(aliases or [])], born


def _marks(values: Any) -> str:
    """Placeholders for an IN list (never empty: IN () is not SQL)."""
    return ", ".join(["%s"] * len(values)) or "NULL"
