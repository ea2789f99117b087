"""The case: applicant summary, the engine's proposal with its reasons, open questions and
their answer forms, the time limits on a timeline, the case's tasks (with the actions of
`views.tasks` on the team's own), the applicant's consents to legal-aid organisations (an
NGO's advisers see only the cases of the applicants who gave it their consent), the history
of the facts."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from cordiale.accounts.models import Role, Team
from cordiale.casework import actions
from cordiale.casework.errors import CaseworkError, IllegalStep, NotFound
from cordiale.casework.facts_store import case_file_data
from cordiale.casework.models import Case, Consent, FactVersion, Person, Task
from cordiale.casework.services import answer_question, create_case, read_case
from cordiale.casework.services import decide as decide_service
from cordiale.web import present
from cordiale.web.access import CASE_EDITORS, CASE_READERS, QUEUE_USERS, page
from cordiale.web.forms import (
    AnswerForm,
    ConsentForm,
    DecisionForm,
    Form,
    NewCaseForm,
    set_choices,
)
from cordiale.web.views.common import add_errors, now_iso, submit
from cordiale.web.views.tasks import Attempt, act, members, person_name, task_form


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
    task: Attempt | None = None,
    consent_form: ConsentForm | None = None,
    refused: Form | None = None,
    status: int = 200,
) -> HttpResponse:
    """The case page; with the form of a refused answer (`bound`), task action (`task`),
    consent (`consent_form`) or consent withdrawal (`refused`) and its errors."""
    user: Any = request.user
    case = read_case(user, reference, detail={"view": "web case page"})
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
    may_edit = user.role in CASE_EDITORS
    bound_form: Form | None = bound
    anchor = ""
    if task is not None:
        bound_form, anchor = task.form, f"#task-{task.task_id}"
    elif consent_form is not None:
        bound_form, anchor = consent_form, "#consents"
    elif refused is not None:
        bound_form, anchor = refused, "#consents"
    context = {
        **case_context(request, case),
        "proposal": proposal,
        "questions": questions,
        "applicant_rows": present.rows("applicant", facts.get("applicant") or {}),
        "history": history,
        "tasks": _tasks(user, case, task),
        "conflict": conflict,
        "answer_form": bound,
        "bound_form": bound_form,
        "error_anchor": anchor,
        "kept_answer": kept,
        "section": "overview",
        "opened_at": now_iso(),
    }
    if may_edit:
        context["consents"] = (
            Consent.objects.filter(case=case)
            .select_related("team", "recorded_by")
            .order_by("-given_on", "-pk")
        )
        context["consent_form"] = consent_form or ConsentForm(
            teams=ngo_teams(), prefix="consent", initial={"given_on": timezone.localdate()}
        )
    return render(request, "web/case.html", context, status=status)


def _tasks(user: Any, case: Case, attempt: Attempt | None) -> list[dict[str, Any]]:
    """The case's open tasks, with the actions on those of the user's team."""
    rows = (
        Task.objects.filter(case=case, status=Task.Status.OPEN)
        .select_related("team", "assigned_to")
        .order_by("due", "pk")
    )
    workers = user.role in QUEUE_USERS
    team = members(user) if workers else []
    out = []
    for t in rows:
        form = None
        if workers and t.team_id == user.team_id:
            if attempt is not None and attempt.task_id == t.pk:
                form = attempt.form
            else:
                form = task_form(t.pk, t.assigned_to_id, team)
        out.append(
            {
                "pk": t.pk,
                "title": present.task_title(t.deadline_key, t.title),
                "due": t.due,
                "team": t.team,
                "assigned_to_id": t.assigned_to_id,
                "assignee": person_name(t.assigned_to) if t.assigned_to else "",
                "form": form,
            }
        )
    return out


def ngo_teams() -> list[tuple[str, str]]:
    """The legal-aid organisations an applicant may give consent to."""
    return [
        (str(team.pk), team.name)
        for team in Team.objects.filter(kind=Team.Kind.NGO).order_by("name")
    ]


@page(CASE_EDITORS)
def case_task(request: HttpRequest, reference: str) -> HttpResponse:
    """POST: an action on one of the case's tasks (assign, take, mark done)."""
    if request.method != "POST":
        return redirect("web:case", reference=reference)
    case = read_case(request.user, reference, detail={"view": "web task"})
    attempt = act(request, redirect("web:case", reference=reference), case=case)
    if attempt.response is not None:
        return attempt.response
    return _render_case(request, reference, task=attempt, status=attempt.status)


@page(CASE_EDITORS)
def give_consent(request: HttpRequest, reference: str) -> HttpResponse:
    """POST: record the applicant's consent to a legal-aid organisation: from then on its
    advisers see the case (`casework.scoping.visible_cases`)."""
    if request.method != "POST":
        return redirect("web:case", reference=reference)
    user: Any = request.user
    case = read_case(user, reference, detail={"view": "web consent"})
    teams = ngo_teams()
    form = ConsentForm(request.POST, teams=teams, prefix="consent")
    if not form.is_valid():
        return _render_case(request, reference, consent_form=form, status=400)
    team_id = int(form.cleaned_data["team"])
    if Consent.objects.filter(case=case, team_id=team_id, withdrawn_on__isnull=True).exists():
        form.add_error("team", _("This organisation already has the applicant's consent"))
        return _render_case(request, reference, consent_form=form, status=409)
    name = dict(teams).get(str(team_id), "")
    outcome = submit(
        request,
        case,
        form,
        lambda: actions.give_consent(
            user, reference, team_id=team_id, given_on=form.cleaned_data["given_on"]
        ),
        success=_("The consent to %(team)s is recorded: its advisers can now see this case.")
        % {"team": name},
        then=lambda: redirect("web:case", reference=reference),
        known={"team": _("choose a legal-aid organisation")},
    )
    if outcome.response is not None:
        return outcome.response
    return _render_case(request, reference, consent_form=outcome.form, status=outcome.status)


@page(CASE_EDITORS)
def withdraw_consent(request: HttpRequest, reference: str, consent_id: int) -> HttpResponse:
    """POST: the applicant withdraws a consent (today): the organisation's advisers no
    longer see the case; the consent stays in the list, with its date of withdrawal."""
    if request.method != "POST":
        return redirect("web:case", reference=reference)
    user: Any = request.user
    case = read_case(user, reference, detail={"view": "web consent withdrawal"})
    outcome = submit(
        request,
        case,
        Form(request.POST),
        lambda: actions.withdraw_consent(user, reference, consent_id),
        success=_("The consent is withdrawn: the organisation's advisers no longer see this case."),
        then=lambda: redirect("web:case", reference=reference),
        refusals={
            NotFound: _("This consent is not one of this case's."),
            IllegalStep: _("This consent was already withdrawn."),
        },
    )
    if outcome.response is not None:
        return outcome.response
    return _render_case(request, reference, refused=outcome.form, status=outcome.status)


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
    if not form.is_valid():
        return _render_case(request, reference, bound=form, status=400)
    data = form.cleaned_data
    outcome = submit(
        request,
        case,
        form,
        lambda: answer_question(
            request.user,
            reference,
            data["question"],
            data["value"],
            data["reason"],
            expected_version=data["expected_version"],
        ),
        success=_("Your answer is recorded and the proposal is updated."),
        then=lambda: redirect("web:case", reference=reference),
        again=lambda posted: AnswerForm(posted, options=options, prefix=prefix),
    )
    if outcome.response is not None:
        return outcome.response
    return _render_case(
        request,
        reference,
        bound=outcome.form,
        conflict=outcome.conflict,
        status=outcome.status,
    )


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

    def make(data: Any = None) -> DecisionForm:
        made = DecisionForm(
            data,
            initial={"expected_version": case.version, "choice": "sign_off" if proposed else ""},
        )
        set_choices(made, "choice", choices)
        return made

    form = make(request.POST or None)
    conflict = None
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            state = proposed if data["choice"] == "sign_off" else data.get("state") or ""
            if data["choice"] == "override" and not state:
                form.add_error("state", _("Choose the State you decide is responsible"))
            else:
                outcome = submit(
                    request,
                    case,
                    form,
                    lambda: decide_service(
                        request.user,
                        reference,
                        summary=data["summary"],
                        decided_state=state,
                        reason=data.get("reason") or "",
                        expected_version=data["expected_version"],
                    ),
                    success=_("Your decision is recorded."),
                    then=lambda: redirect("web:case", reference=reference),
                    again=make,
                    aliases={"decided_state": "state"},
                    known={
                        "reason": _("give the reason why you depart from the engine's proposal")
                    },
                )
                if outcome.response is not None:
                    return outcome.response
                form, conflict, status = outcome.form, outcome.conflict, outcome.status
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
                add_errors(
                    form, exc, known={"reference": _("use a reference that no other case has")}
                )
                status = exc.status
            else:
                messages.success(request, _("The applicant is registered."))
                return redirect("web:case", reference=case.reference)
    return render(request, "web/new_case.html", {"form": form}, status=status)
