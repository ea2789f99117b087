"""The procedure between States: compose a request pre-filled from the facts, preview it as
the standard form, send it; the UK liaison's incoming queue and replies (accept, refuse with
reasons, ask for information); the transfer; any other step of the lifecycle."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from cordiale.accounts.models import Role
from cordiale.casework import lifecycle
from cordiale.casework.errors import IllegalStep
from cordiale.casework.facts_store import case_facts
from cordiale.casework.queries import incoming_requests
from cordiale.casework.request_form import request_form, uk_view
from cordiale.casework.services import read_case, record_step
from cordiale.web import labels
from cordiale.web.access import CASE_EDITORS, CASE_READERS, QUEUE_USERS, page
from cordiale.web.forms import ReplyForm, RequestForm, StepForm, TransferForm, set_choices
from cordiale.web.views.cases import case_context
from cordiale.web.views.common import now_iso, submit

FINAL = frozenset({"accept", "refuse"})


def _requests(facts: Any, *, only_uk: bool) -> list[dict[str, Any]]:
    out = []
    for r in facts.requests:
        if only_uk and "GB" not in (r.to_state, r.from_state):
            continue
        replies = [p for p in facts.replies if p.request == r.id]
        answered = any(p.outcome.value in FINAL for p in replies)
        out.append(
            {
                "request": r,
                "replies": replies,
                "answered": answered,
                "outgoing": r.from_state != "GB",
            }
        )
    return out


@page(CASE_READERS | {Role.UK_LIAISON})
def case_requests(request: HttpRequest, reference: str) -> HttpResponse:
    """The requests of a case. The UK liaison sees only the forms of requests to or from
    the UK (`uk_view`): what a request carries, nothing else of the case."""
    user: Any = request.user
    case = read_case(user, reference, detail={"view": "web requests"})
    facts = case_facts(case)
    uk = user.role == Role.UK_LIAISON
    context: dict[str, Any] = {
        **case_context(request, case),
        "requests": _requests(facts, only_uk=uk),
        "uk": uk,
        "section": "requests",
    }
    if uk:
        view = uk_view(case, facts)
        context["forms"] = view["requests"]
        context["applicant"] = None
    else:
        context["steps"] = _possible_steps(case)
    return render(request, "web/requests.html", context)


def _possible_steps(case: Any) -> list[tuple[str, str]]:
    return [
        (name, labels.label(labels.STEPS, name))
        for name, rule in lifecycle.STEPS.items()
        if case.stage in rule.allowed_from
    ]


def _not_now(case: Any) -> str:
    """An illegal step (`lifecycle`), said with the case's stage and the steps possible now."""
    steps = ", ".join(text for _name, text in _possible_steps(case)) or _("none")
    return _(
        "This step is not possible while the case is at the stage “%(stage)s”; possible "
        "steps now: %(steps)s."
    ) % {"stage": labels.label(labels.STAGES, case.stage), "steps": steps}


def _default_kind(case: Any) -> str:
    if case.track == "take_back":
        return "take_back_notification" if case.regime == "ammr" else "take_back"
    return "take_charge"


def _default_basis(case: Any) -> str:
    basis = (case.determination or {}).get("basis") or {}
    article = basis.get("article") or ""
    if basis.get("paragraph"):
        article += f"({basis['paragraph']})"
    return str(article)


@page(CASE_EDITORS)
def compose_request(request: HttpRequest, reference: str) -> HttpResponse:
    """Compose (GET), preview as the standard form (POST action=preview), send (action=send)."""
    case = read_case(request.user, reference, detail={"view": "web compose request"})
    facts = case_facts(case)
    action = request.POST.get("action", "")
    conflict = None
    status = 200
    preview = None
    if request.method == "POST":
        form = RequestForm(request.POST)
        status = 400
        if form.is_valid():
            data = {"from_state": case.determining_state, **form.data_for_step()}
            if action == "send":
                outcome = submit(
                    request,
                    case,
                    form,
                    lambda: record_step(
                        request.user,
                        reference,
                        "send_request",
                        data,
                        expected_version=form.cleaned_data["expected_version"],
                    ),
                    success=_("The request is recorded as sent."),
                    then=lambda: redirect("web:case_requests", reference=reference),
                    again=RequestForm,
                    aliases={"id": "request_id"},
                    refusals={IllegalStep: _not_now(case)},
                )
                if outcome.response is not None:
                    return outcome.response
                form, conflict, status = outcome.form, outcome.conflict, outcome.status
            else:
                preview = {
                    "form": request_form(case, facts, data["to_state"]),
                    "data": data,
                }
                status = 200
    else:
        proposed = case.proposed_state or case.responsible_state
        form = RequestForm(
            initial={
                "to_state": proposed if proposed and proposed != case.determining_state else "",
                "kind": _default_kind(case),
                "basis": _default_basis(case),
                "sent_on": timezone.localdate(),
                "expected_version": case.version,
            }
        )
    return render(
        request,
        "web/request_compose.html",
        {
            **case_context(request, case),
            "form": form,
            "preview": preview,
            "conflict": conflict,
            "opened_at": request.POST.get("opened_at") or now_iso(),
            "section": "requests",
        },
        status=status,
    )


@page(QUEUE_USERS)
def incoming(request: HttpRequest) -> HttpResponse:
    """Requests addressed to the user's State that have no final reply yet."""
    rows = incoming_requests(request.user)
    return render(request, "web/incoming.html", {"rows": rows})


@page(QUEUE_USERS)
def reply(request: HttpRequest, reference: str, request_id: str) -> HttpResponse:
    """Record a reply to a request: the UK liaison's to a request to the UK; a Dublin unit's
    record of a reply received (or its own reply to an incoming request)."""
    user: Any = request.user
    case = read_case(user, reference, detail={"view": "web reply"})
    facts = case_facts(case)
    found = next((r for r in facts.requests if r.id == request_id), None)
    if found is None or (user.role == Role.UK_LIAISON and found.to_state != "GB"):
        raise Http404(request_id)
    conflict = None
    status = 200
    form = ReplyForm(
        request.POST or None,
        initial={"received_on": timezone.localdate(), "expected_version": case.version},
    )
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            step: dict[str, Any] = {
                "request": request_id,
                "outcome": data["outcome"],
                "sent_on": data["received_on"].isoformat(),
                "received_on": data["received_on"].isoformat(),
            }
            if data.get("reasons"):
                step["reasons"] = data["reasons"]
            if data.get("basis"):
                step["basis"] = data["basis"]
            outcome = submit(
                request,
                case,
                form,
                lambda: record_step(
                    user, reference, "record_reply", step, expected_version=data["expected_version"]
                ),
                success=_("The reply is recorded."),
                then=lambda: (
                    redirect("web:incoming")
                    if user.role == Role.UK_LIAISON
                    else redirect("web:case_requests", reference=reference)
                ),
                again=ReplyForm,
                refusals={IllegalStep: _not_now(case)},
            )
            if outcome.response is not None:
                return outcome.response
            form, conflict, status = outcome.form, outcome.conflict, outcome.status
    shown = request_form(case, facts, found.to_state, found)
    return render(
        request,
        "web/reply.html",
        {
            **case_context(request, case),
            "applicant": None
            if user.role == Role.UK_LIAISON
            else case_context(request, case)["applicant"],
            "form": form,
            "shown": shown,
            "request_fact": found,
            "conflict": conflict,
            "opened_at": request.POST.get("opened_at") or now_iso(),
            "uk": user.role == Role.UK_LIAISON,
            "section": "requests",
        },
        status=status,
    )


@page(CASE_EDITORS)
def transfer(request: HttpRequest, reference: str) -> HttpResponse:
    """Record the transfer's outcome (the person was transferred)."""
    case = read_case(request.user, reference, detail={"view": "web transfer"})
    conflict = None
    status = 200
    proposed = case.responsible_state or case.proposed_state
    form = TransferForm(
        request.POST or None,
        initial={
            "carried_out_on": timezone.localdate(),
            "to_state": proposed,
            "expected_version": case.version,
        },
    )
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            step: dict[str, Any] = {
                "carried_out_on": data["carried_out_on"].isoformat(),
                "to_state": data["to_state"],
            }
            if data.get("mode"):
                step["mode"] = data["mode"]
            outcome = submit(
                request,
                case,
                form,
                lambda: record_step(
                    request.user,
                    reference,
                    "record_transfer",
                    step,
                    expected_version=data["expected_version"],
                ),
                success=_("The transfer is recorded."),
                then=lambda: redirect("web:case", reference=reference),
                again=TransferForm,
                refusals={IllegalStep: _not_now(case)},
            )
            if outcome.response is not None:
                return outcome.response
            form, conflict, status = outcome.form, outcome.conflict, outcome.status
    return render(
        request,
        "web/transfer.html",
        {
            **case_context(request, case),
            "form": form,
            "conflict": conflict,
            "opened_at": request.POST.get("opened_at") or now_iso(),
            "section": "requests",
        },
        status=status,
    )


@page(CASE_EDITORS)
def step(request: HttpRequest, reference: str) -> HttpResponse:
    """Any other step of the procedure (absconding, appeal, examine here, close...)."""
    case = read_case(request.user, reference, detail={"view": "web step"})
    choices = _possible_steps(case)
    conflict = None
    status = 200

    def make(data: Any = None) -> StepForm:
        made = StepForm(
            data,
            initial={"step": request.GET.get("step", ""), "expected_version": case.version},
        )
        set_choices(made, "step", choices)
        return made

    form = make(request.POST or None)
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            outcome = submit(
                request,
                case,
                form,
                lambda: record_step(
                    request.user,
                    reference,
                    data["step"],
                    data.get("text"),
                    expected_version=data["expected_version"],
                ),
                success=_("The step is recorded."),
                then=lambda: redirect("web:case", reference=reference),
                again=make,
                # No box of this form is a case-file field (item "" matches no path): the
                # engine's errors are about the fact written in the YAML box.
                item="",
                default="text",
                refusals={IllegalStep: _not_now(case)},
            )
            if outcome.response is not None:
                return outcome.response
            form, conflict, status = outcome.form, outcome.conflict, outcome.status
    return render(
        request,
        "web/step.html",
        {
            **case_context(request, case),
            "form": form,
            "conflict": conflict,
            "opened_at": request.POST.get("opened_at") or now_iso(),
            "section": "requests",
        },
        status=status,
    )
