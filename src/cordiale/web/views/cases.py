"""The case: applicant summary, the engine's proposal with its reasons, open questions and
their answer forms, the time limits on a timeline, the history of the facts."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from cordiale.accounts.models import Role
from cordiale.casework.errors import CaseworkError, Conflict
from cordiale.casework.facts_store import case_file_data
from cordiale.casework.models import Case, FactVersion, Person, Task
from cordiale.casework.services import answer_question, create_case, read_case
from cordiale.casework.services import decide as decide_service
from cordiale.web import present
from cordiale.web.access import CASE_EDITORS, CASE_READERS, page
from cordiale.web.forms import AnswerForm, DecisionForm, NewCaseForm, set_choices
from cordiale.web.views.common import add_errors, conflict_details, now_iso, with_version


def case_context(request: HttpRequest, case: Case) -> dict[str, Any]:
    """What every page of a case shows at its top, and its sub-navigation."""
    user: Any = request.user
    applicant = Person.objects.filter(case=case, kind=Person.Kind.APPLICANT).order_by("pk").first()
    return {
        "case": case,
        "applicant": applicant,
        "may_edit": user.role in CASE_EDITORS,
        "may_decide": user.role in CASE_EDITORS,
    }


@page(CASE_READERS | {Role.UK_LIAISON})
def case_page(request: HttpRequest, reference: str) -> HttpResponse:
    if getattr(request.user, "role", None) == Role.UK_LIAISON:
        return redirect("web:case_requests", reference=reference)
    return _render_case(request, reference)


def _render_case(
    request: HttpRequest,
    reference: str,
    *,
    bound: AnswerForm | None = None,
    conflict: dict[str, Any] | None = None,
    status: int = 200,
) -> HttpResponse:
    case = read_case(request.user, reference, detail={"view": "web case page"})
    facts = case_file_data(case)
    proposal = present.proposal(case.determination, facts)
    questions = []
    kept = None
    if bound is not None:
        kept = {
            "question": bound.data.get(bound.add_prefix("question"), ""),
            "value": bound.data.get(bound.add_prefix("value"), ""),
            "reason": bound.data.get(bound.add_prefix("reason"), ""),
        }
    for n, question in enumerate(proposal.questions if proposal else [], start=1):
        prefix = f"q{n}"
        if bound is not None and bound.data.get(bound.add_prefix("question")) == question["id"]:
            form = bound
            prefix = str(bound.prefix)
            kept = None  # shown in its form
        else:
            form = AnswerForm(
                options=question["options"],
                prefix=prefix,
                initial={"question": question["id"], "expected_version": case.version},
            )
        questions.append({**question, "form": form, "prefix": prefix})
    history = (
        FactVersion.objects.filter(fact__case=case)
        .select_related("fact", "recorded_by", "evidence")
        .order_by("-recorded_at", "-pk")[:15]
    )
    tasks = Task.objects.filter(case=case, status=Task.Status.OPEN).select_related(
        "team", "assigned_to"
    )
    context = {
        **case_context(request, case),
        "proposal": proposal,
        "questions": questions,
        "applicant_rows": present.rows("applicant", facts.get("applicant") or {}),
        "history": history,
        "tasks": [
            {"title": present.task_title(t.deadline_key, t.title), "due": t.due, "team": t.team}
            for t in tasks.order_by("due")
        ],
        "conflict": conflict,
        "answer_form": bound,
        "kept_answer": kept,
        "section": "overview",
        "opened_at": now_iso(),
    }
    return render(request, "web/case.html", context, status=status)


@page(CASE_EDITORS)
def answer(request: HttpRequest, reference: str) -> HttpResponse:
    """POST: answer one of the engine's questions (with a reason), as the case stood."""
    if request.method != "POST":
        return redirect("web:case", reference=reference)
    prefix = request.POST.get("prefix", "q1")
    case = read_case(request.user, reference, detail={"view": "web answer"})
    asked = {q["id"]: q for q in (case.determination or {}).get("questions", [])}
    question_id = request.POST.get(f"{prefix}-question", "")
    options = list((asked.get(question_id) or {}).get("options") or [])
    form = AnswerForm(request.POST, options=options, prefix=prefix)
    if form.is_valid():
        try:
            answer_question(
                request.user,
                reference,
                form.cleaned_data["question"],
                form.cleaned_data["value"],
                form.cleaned_data["reason"],
                expected_version=form.cleaned_data["expected_version"],
            )
        except Conflict as exc:
            details = conflict_details(case, exc, request.POST.get("opened_at"))
            kept = AnswerForm(
                with_version(request.POST, exc.current), options=options, prefix=prefix
            )
            kept.is_valid()
            return _render_case(request, reference, bound=kept, conflict=details, status=409)
        except CaseworkError as exc:
            add_errors(form, exc)
            return _render_case(request, reference, bound=form, status=exc.status)
        messages.success(request, _("Your answer is recorded and the proposal is updated."))
        return redirect("web:case", reference=reference)
    return _render_case(request, reference, bound=form, status=400)


@page(CASE_READERS)
def history(request: HttpRequest, reference: str) -> HttpResponse:
    case = read_case(request.user, reference, detail={"view": "web history"})
    versions = (
        FactVersion.objects.filter(fact__case=case)
        .select_related("fact", "recorded_by", "evidence")
        .order_by("-recorded_at", "-pk")
    )
    return render(
        request,
        "web/case_history.html",
        {**case_context(request, case), "history": versions, "section": "history"},
    )


@page(CASE_EDITORS)
def decide(request: HttpRequest, reference: str) -> HttpResponse:
    """Sign off the engine's proposal, or decide otherwise with a reason."""
    case = read_case(request.user, reference, detail={"view": "web decide"})
    facts = case_file_data(case)
    proposal = present.proposal(case.determination, facts)
    proposed = case.responsible_state or case.proposed_state
    choices = []
    if proposed:
        choices.append(
            (
                "sign_off",
                _("Sign off the proposal: %(state)s") % {"state": present.state_label(proposed)},
            )
        )
    choices.append(("override", _("Decide otherwise (give the State and the reason)")))
    form = DecisionForm(
        request.POST or None,
        initial={"expected_version": case.version, "choice": "sign_off" if proposed else ""},
    )
    set_choices(form, "choice", choices)
    conflict = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            state = proposed if data["choice"] == "sign_off" else data.get("state") or ""
            if data["choice"] == "override" and not state:
                form.add_error("state", _("Choose the State you decide is responsible"))
            else:
                try:
                    decide_service(
                        request.user,
                        reference,
                        summary=data["summary"],
                        decided_state=state,
                        reason=data.get("reason") or "",
                        expected_version=data["expected_version"],
                    )
                except Conflict as exc:
                    conflict = conflict_details(case, exc, request.POST.get("opened_at"))
                    form = DecisionForm(with_version(request.POST, exc.current))
                    set_choices(form, "choice", choices)
                    form.is_valid()
                    status = 409
                except CaseworkError as exc:
                    add_errors(form, exc, {"decided_state": "state"})
                    status = exc.status
                else:
                    messages.success(request, _("Your decision is recorded."))
                    return redirect("web:case", reference=reference)
        if status == 200:
            status = 400
    decisions = case.decisions.select_related("decided_by").order_by("-decided_at")
    return render(
        request,
        "web/decide.html",
        {
            **case_context(request, case),
            "proposal": proposal,
            "form": form,
            "conflict": conflict,
            "decisions": decisions,
            "section": "decide",
        },
        status=status,
    )


@page(CASE_EDITORS)
def new_case(request: HttpRequest) -> HttpResponse:
    """Register an applicant: a new case in the user's team."""
    form = NewCaseForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            applicant: dict[str, Any] = {"sex": data["sex"]}
            if data.get("date_of_birth"):
                applicant["date_of_birth"] = data["date_of_birth"].isoformat()
            if data.get("nationalities"):
                applicant["nationalities"] = data["nationalities"]
            if data.get("unaccompanied") is not None:
                applicant["unaccompanied"] = data["unaccompanied"]
            person = {
                "kind": Person.Kind.APPLICANT,
                "name_latin": data["name_latin"],
                "name_original": data.get("name_original") or "",
                "aliases": [
                    a.strip() for a in (data.get("aliases") or "").splitlines() if a.strip()
                ],
                "date_of_birth": data.get("date_of_birth"),
            }
            try:
                case = create_case(
                    request.user,
                    reference=data["reference"].strip(),
                    applicant=applicant,
                    people=[person],
                )
            except CaseworkError as exc:
                add_errors(form, exc)
                status = exc.status
            else:
                messages.success(request, _("The applicant is registered."))
                return redirect("web:case", reference=case.reference)
    return render(request, "web/new_case.html", {"form": form}, status=status)
