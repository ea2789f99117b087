"""Editing facts: a form for each common kind (applications, entries, documents and visas,
Eurodac hits, family members...), YAML/JSON for any kind, withdrawal, the history of a fact,
evidence upload with its category. Every change goes through `services.update_facts`, which
validates the whole case file with the engine and refuses a stale version (nothing lost: the
form comes back with the user's input and what changed meanwhile)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.files.uploadedfile import UploadedFile
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from cordiale.casework.actions import read_evidence, upload_evidence
from cordiale.casework.errors import CaseworkError, Conflict
from cordiale.casework.facts_store import (
    KINDS,
    LIST_KINDS,
    NOTES,
    SINGLE_KINDS,
    FactChange,
    case_file_data,
    fact_history,
)
from cordiale.casework.models import Case, Evidence
from cordiale.casework.services import read_case, update_facts
from cordiale.law.facts import CaseFacts
from cordiale.web import labels, present
from cordiale.web.access import CASE_EDITORS, CASE_READERS, page
from cordiale.web.forms import (
    FORM_KINDS,
    ChangeForm,
    NotesForm,
    YamlFactForm,
    dump_yaml,
    fact_form_class,
    initial_from_item,
    item_from_form,
)
from cordiale.web.views.cases import case_context
from cordiale.web.views.common import (
    F,
    Outcome,
    add_errors,
    conflict_details,
    now_iso,
    submit,
    with_version,
)

ORDER = tuple(name for name in CaseFacts.model_fields if name in KINDS)


def _current(data: dict[str, Any], kind: str, key: str | None) -> dict[str, Any] | None:
    if kind in SINGLE_KINDS:
        value = data.get(kind)
        return value if isinstance(value, dict) else None
    for item in data.get(kind) or []:
        if isinstance(item, dict) and key is not None and str(item.get("id")) == key:
            return item
    return None


@page(CASE_READERS)
def facts_page(request: HttpRequest, reference: str) -> HttpResponse:
    case = read_case(request.user, reference, detail={"view": "web facts"})
    data = case_file_data(case)
    groups = []
    for kind in ORDER:
        value = data.get(kind)
        items = (
            [value] if isinstance(value, dict) else [i for i in value or [] if isinstance(i, dict)]
        )
        if not items and kind not in FORM_KINDS:
            continue
        groups.append(
            {
                "kind": kind,
                "label": labels.label(labels.KINDS, kind),
                "has_form": kind in FORM_KINDS,
                "single": kind in SINGLE_KINDS,
                "items": [
                    {
                        "key": str(item.get("id") or kind) if kind in LIST_KINDS else kind,
                        "rows": present.rows(kind, item),
                        "summary": present.summary(kind, item),
                        **_provenance(item),
                    }
                    for item in items
                ],
            }
        )
    evidence = Evidence.objects.filter(case=case).order_by("-uploaded_at")
    return render(
        request,
        "web/facts.html",
        {
            **case_context(request, case),
            "groups": groups,
            "notes": data.get(NOTES) or "",
            "notes_recorded": bool(fact_history(case, NOTES, NOTES)),
            "evidence": evidence,
            "section": "facts",
        },
    )


def _change_one(
    request: HttpRequest,
    case: Case,
    form: F,
    change: FactChange,
    *,
    success: str,
    again: Callable[[Any], F],
    **options: Any,
) -> Outcome[F]:
    """One change of facts from a form without evidence boxes; back to the facts page."""
    return submit(
        request,
        case,
        form,
        lambda: update_facts(
            request.user,
            case.reference,
            [change],
            expected_version=form.cleaned_data["expected_version"],
        ),
        success=success,
        then=lambda: redirect("web:facts", reference=case.reference),
        again=again,
        **options,
    )


@page(CASE_EDITORS)
def notes_edit(request: HttpRequest, reference: str) -> HttpResponse:
    """The case file's notes: free text for people, which the rules never read. Each save is
    a new version with its reason; a blank text removes them (their history is kept)."""
    case = read_case(request.user, reference, detail={"view": "web notes"})
    current = case_file_data(case).get(NOTES) or ""
    conflict = None
    status = 200

    def make(data: Any = None) -> NotesForm:
        initial = {"text": current, "expected_version": case.version, "opened_at": now_iso()}
        return NotesForm(data, initial=initial)

    form = make(request.POST or None)
    if request.method == "POST":
        status = 400
        if form.is_valid():
            text = form.cleaned_data["text"]
            outcome = _change_one(
                request,
                case,
                form,
                FactChange(NOTES, {"text": text}, reason=form.cleaned_data["reason"]),
                success=_("The notes are saved.") if text.strip() else _("The notes are removed."),
                again=make,
                aliases={"notes.text": "text", "reason": "reason"},
            )
            if outcome.response is not None:
                return outcome.response
            form, conflict, status = outcome.form, outcome.conflict, outcome.status
    return render(
        request,
        "web/notes_form.html",
        {**case_context(request, case), "form": form, "conflict": conflict, "section": "facts"},
        status=status,
    )


def _provenance(item: dict[str, Any]) -> dict[str, Any]:
    provenance = item.get("provenance") or {}
    document = str(provenance.get("document") or "")
    return {
        "source": provenance.get("source") or "",
        "evidence": labels.label(labels.EVIDENCE, provenance.get("evidence")),
        "annex_item": provenance.get("annex_item") or "",
        "document_id": document.split(":", 1)[1] if document.startswith("evidence:") else "",
        "recorded_by": provenance.get("recorded_by") or "",
        "recorded_at": present.as_date(provenance.get("recorded_at")),
    }


def _evidence_from(
    request: HttpRequest, case: Case, form: ChangeForm, kind: str
) -> Evidence | None:
    """The document uploaded with the change (kept when the change itself is refused, so the
    user does not upload it again)."""
    upload = request.FILES.get("evidence_file")
    category = form.cleaned_data.get("evidence") or ""
    if isinstance(upload, UploadedFile):
        return upload_evidence(
            request.user,
            case.reference,
            upload.chunks(),
            filename=upload.name or "evidence",
            content_type=upload.content_type or "application/octet-stream",
            category=category if category in Evidence.Category.values else "",
            description=labels.label(labels.KINDS, kind),
        )
    kept = form.cleaned_data.get("uploaded_evidence")
    if kept:
        return Evidence.objects.filter(pk=kept, case=case).first()
    return None


def item_path(data: dict[str, Any], kind: str, key: str | None) -> str:
    """Where the changed fact will stand in the case file the engine checks ('entries[2]'):
    its place when it exists, after the others when it is new (as `facts_store` puts it)."""
    if kind in SINGLE_KINDS:
        return kind
    items = [i for i in data.get(kind) or [] if isinstance(i, dict)]
    index = next((n for n, i in enumerate(items) if str(i.get("id")) == key), len(items))
    return f"{kind}[{index}]"


# The service's names of the boxes every change carries.
_CHANGE_ALIASES = {"file": "evidence_file", "category": "evidence", "reason": "reason"}


def _save(
    request: HttpRequest,
    case: Case,
    form: ChangeForm,
    kind: str,
    key: str | None,
    item: dict[str, Any] | None,
    *,
    text: str | None = None,
) -> tuple[HttpResponse | None, dict[str, Any] | None, int]:
    """Record one change; (redirect on success | None, conflict details, status). The
    engine's errors go on the boxes of the form that edits the fact, or on the YAML box
    (`text`) when the fact is written as YAML."""
    evidence = None
    try:
        evidence = _evidence_from(request, case, form, kind)
        if evidence is not None and item is not None:
            provenance = dict(item.get("provenance") or {})
            provenance["document"] = f"evidence:{evidence.pk}"
            item = {**item, "provenance": provenance}
        change = FactChange(
            kind,
            item,
            key=key,
            reason=form.cleaned_data["reason"],
            source=form.cleaned_data.get("source") or "",
            evidence_category=form.cleaned_data.get("evidence") or "",
            evidence=evidence,
        )
        update_facts(
            request.user,
            case.reference,
            [change],
            expected_version=form.cleaned_data["expected_version"],
        )
    except Conflict as exc:
        _keep_evidence(form, evidence)
        return None, conflict_details(case, exc, form.cleaned_data.get("opened_at")), 409
    except CaseworkError as exc:
        _keep_evidence(form, evidence)
        add_errors(
            form,
            exc,
            _CHANGE_ALIASES,
            item=item_path(case_file_data(case), kind, key),
            default=text,
        )
        return None, None, exc.status
    messages.success(request, _("The facts are saved and the proposal is updated."))
    return redirect("web:facts", reference=case.reference), None, 200


def _keep_evidence(form: ChangeForm, evidence: Evidence | None) -> None:
    if evidence is not None:
        data = form.data.copy()  # type: ignore[attr-defined]
        data["uploaded_evidence"] = str(evidence.pk)
        form.data = data


@page(CASE_EDITORS)
def fact_edit(
    request: HttpRequest, reference: str, kind: str, key: str | None = None
) -> HttpResponse:
    """Add (no key) or change a fact with the form of its kind."""
    if kind not in FORM_KINDS or (kind in SINGLE_KINDS and key not in (None, kind)):
        raise Http404(kind)
    case = read_case(request.user, reference, detail={"view": "web fact form"})
    data = case_file_data(case)
    if kind in SINGLE_KINDS:
        key = kind
    current = _current(data, kind, key)
    if key is not None and current is None:
        raise Http404(key)
    form_class = fact_form_class(kind)

    def make(*args: Any, **kwargs: Any) -> ChangeForm:
        made = form_class(*args, **kwargs)
        if key is not None and "id" in made.fields:
            made.fields["id"].disabled = True
            made.fields["id"].help_text = ""
        return made

    conflict = None
    status = 200
    if request.method == "POST":
        form = make(request.POST, request.FILES, initial={"id": key})
        status = 400
        if form.is_valid():
            item = item_from_form(kind, form, current)
            new_key = key if key is not None else (item.get("id") or None)
            response, conflict, status = _save(request, case, form, kind, new_key, item)
            if response is not None:
                return response
            if conflict is not None:
                form = make(with_version(form.data, conflict["current"]), initial={"id": key})
                form.is_valid()
    else:
        initial = initial_from_item(kind, current)
        if kind in LIST_KINDS and current is not None:
            initial["id"] = key
        form = make(initial={**initial, "expected_version": case.version, "opened_at": now_iso()})
    return render(
        request,
        "web/fact_form.html",
        {
            **case_context(request, case),
            "form": form,
            "kind": kind,
            "key": key,
            "adding": current is None,
            "item_label": labels.label(labels.KIND_ITEM, kind),
            "kind_label": labels.label(labels.KINDS, kind),
            "conflict": conflict,
            "section": "facts",
        },
        status=status,
    )


@page(CASE_EDITORS)
def fact_yaml(
    request: HttpRequest, reference: str, kind: str | None = None, key: str | None = None
) -> HttpResponse:
    """Any fact of any kind, as YAML or JSON: add (no key) or change."""
    if kind is not None and kind not in KINDS:
        raise Http404(kind)
    case = read_case(request.user, reference, detail={"view": "web fact yaml"})
    data = case_file_data(case)
    if kind in SINGLE_KINDS:
        key = kind
    current = _current(data, kind, key) if kind else None
    if key is not None and current is None and kind not in SINGLE_KINDS:
        raise Http404(key)

    def make(*args: Any, **kwargs: Any) -> YamlFactForm:
        made = YamlFactForm(*args, **kwargs)
        if kind is not None:
            made.fields["kind"].disabled = True
            made.fields["kind"].initial = kind
        return made

    conflict = None
    status = 200
    if request.method == "POST":
        form = make(request.POST, request.FILES)
        status = 400
        if form.is_valid():
            chosen = kind or form.cleaned_data["kind"]
            item = dict(form.cleaned_data["text"])
            new_key = key or (str(item["id"]) if item.get("id") else None)
            response, conflict, status = _save(
                request, case, form, chosen, new_key, item, text="text"
            )
            if response is not None:
                return response
            if conflict is not None:
                form = make(with_version(form.data, conflict["current"]))
                form.is_valid()
    else:
        shown = dict(current or {})
        provenance = {
            k: v
            for k, v in (shown.pop("provenance", None) or {}).items()
            if k not in {"recorded_by", "recorded_at"}
        }
        if provenance:
            shown["provenance"] = provenance
        form = make(
            initial={
                "kind": kind or "entries",
                "text": dump_yaml(shown) if shown else "",
                "expected_version": case.version,
                "opened_at": now_iso(),
            }
        )
    return render(
        request,
        "web/fact_yaml.html",
        {
            **case_context(request, case),
            "form": form,
            "kind": kind,
            "key": key,
            "kind_label": labels.label(labels.KINDS, kind) if kind else "",
            "conflict": conflict,
            "section": "facts",
        },
        status=status,
    )


@page(CASE_EDITORS)
def fact_withdraw(request: HttpRequest, reference: str, kind: str, key: str) -> HttpResponse:
    """Withdraw a fact (a new version saying it no longer holds; its history is kept)."""
    if kind not in LIST_KINDS:
        raise Http404(kind)
    case = read_case(request.user, reference, detail={"view": "web fact withdraw"})
    current = _current(case_file_data(case), kind, key)
    if current is None:
        raise Http404(key)
    conflict = None
    status = 200

    def make(data: Any = None) -> ChangeForm:
        made = ChangeForm(data, initial={"expected_version": case.version, "opened_at": now_iso()})
        for name in ("source", "evidence", "annex_item", "evidence_file"):
            del made.fields[name]
        return made

    form = make(request.POST or None)
    if request.method == "POST":
        status = 400
        if form.is_valid():
            outcome = _change_one(
                request,
                case,
                form,
                FactChange(kind, None, key=key, reason=form.cleaned_data["reason"]),
                success=_("The fact is withdrawn; its history is kept."),
                again=make,
            )
            if outcome.response is not None:
                return outcome.response
            form, conflict, status = outcome.form, outcome.conflict, outcome.status
    return render(
        request,
        "web/fact_withdraw.html",
        {
            **case_context(request, case),
            "form": form,
            "kind": kind,
            "key": key,
            "kind_label": labels.label(labels.KINDS, kind),
            "summary": present.summary(kind, current),
            "conflict": conflict,
            "section": "facts",
        },
        status=status,
    )


@page(CASE_READERS)
def fact_versions(request: HttpRequest, reference: str, kind: str, key: str) -> HttpResponse:
    case = read_case(request.user, reference, detail={"view": "web fact history"})
    versions = fact_history(case, kind, key)
    if not versions:
        raise Http404(key)
    return render(
        request,
        "web/fact_history.html",
        {
            **case_context(request, case),
            "kind": kind,
            "key": key,
            "kind_label": labels.label(labels.KINDS, kind),
            "versions": [
                {"version": v, "rows": present.rows(kind, v.data or {})} for v in reversed(versions)
            ],
            "section": "facts",
        },
    )


@page(CASE_READERS | {"uk_liaison"})
def evidence_file(request: HttpRequest, evidence_id: int) -> HttpResponse:
    """A document, after the permission check (audited)."""
    found, content = read_evidence(request.user, evidence_id)
    response = HttpResponse(content, content_type=found.content_type)
    safe_name = found.filename.replace('"', "")
    response["Content-Disposition"] = f'attachment; filename="{safe_name}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
