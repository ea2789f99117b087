"""Smaller things users do around a case: evidence files, consents, tasks. Like `services`,
every function checks the user's role and scope first and writes its audit entry in the same
transaction as the change."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from cordiale.accounts.models import Role, Team, User
from cordiale.audit.models import Action
from cordiale.audit.services import record
from cordiale.casework import evidence as files
from cordiale.casework.errors import (
    CaseworkError,
    Forbidden,
    IllegalStep,
    InvalidFacts,
    NotFound,
)
from cordiale.casework.facts_store import case_facts
from cordiale.casework.models import Consent, Evidence, Task
from cordiale.casework.request_form import uk_view
from cordiale.casework.scoping import CASE_EDITORS, CASE_READERS, get_case, require, visible_cases
from cordiale.law.errors import FieldError

EVIDENCE_READERS = CASE_READERS | {Role.UK_LIAISON}
TASK_WORKERS = CASE_EDITORS | {Role.UK_LIAISON}


class DamagedFile(CaseworkError):
    """A stored evidence file no longer matches its checksum: never served."""

    status = 500


def upload_evidence(
    user: Any,
    reference: str,
    chunks: Iterable[bytes],
    *,
    filename: str,
    content_type: str,
    category: str = "",
    description: str = "",
) -> Evidence:
    require(user, CASE_EDITORS, "add evidence")
    case = get_case(user, reference)
    with transaction.atomic():
        stored = files.store(
            case,
            chunks,
            filename=filename,
            content_type=content_type,
            category=category,
            description=description,
            user=user,
        )
        record(
            Action.CREATE,
            user=user,
            object_type="evidence",
            object_id=stored.pk,
            detail={"case": reference, "sha256": stored.sha256},
        )
    return stored


def uk_evidence_ids(evidence: Evidence) -> set[int]:
    """The documents the forms of the case's requests to or from the UK carry."""
    view = uk_view(evidence.case, case_facts(evidence.case))
    return {int(item["id"]) for form in view["requests"] for item in form["evidence"]}


def read_evidence(user: Any, evidence_id: int) -> tuple[Evidence, bytes]:
    """A document and its bytes, after the scope check (audited). The UK liaison gets only
    the documents a request to or from the UK carries."""
    require(user, EVIDENCE_READERS, "read evidence")
    found = (
        Evidence.objects.select_related("case")
        .filter(pk=evidence_id, case__in=visible_cases(user))
        .first()
    )
    if found is None:
        raise NotFound(f"no evidence {evidence_id} that you may see")
    if user.role == Role.UK_LIAISON and found.pk not in uk_evidence_ids(found):
        raise Forbidden(
            "the UK liaison sees only the documents carried by a request to or from the UK"
        )
    try:
        data = files.read(found)
    except OSError as exc:
        raise DamagedFile(str(exc)) from None
    record(
        Action.READ,
        user=user,
        object_type="evidence",
        object_id=found.pk,
        detail={"case": found.case.reference},
    )
    return found, data


def give_consent(user: Any, reference: str, *, team_id: int, given_on: date) -> Consent:
    """The applicant's consent to an NGO's advisers seeing the case."""
    require(user, CASE_EDITORS, "record consents")
    case = get_case(user, reference)
    team = Team.objects.filter(pk=team_id, kind=Team.Kind.NGO).first()
    if team is None:
        raise InvalidFacts(
            "consent is given to an NGO",
            [FieldError("team", team_id, "the id of an NGO team")],
        )
    if given_on > timezone.localdate():
        # A consent is recorded once given: a future date would open the file to the NGO
        # before the applicant agreed (GDPR Art 7(1): the controller shows consent was given).
        raise InvalidFacts(
            "consent cannot be dated in the future",
            [FieldError("given_on", given_on.isoformat(), "a date not after today")],
        )
    with transaction.atomic():
        consent = Consent.objects.create(case=case, team=team, given_on=given_on, recorded_by=user)
        record(
            Action.CHANGE,
            user=user,
            object_type="case",
            object_id=reference,
            detail={"consent": consent.pk, "team": team.pk, "given": True},
        )
    return consent


def withdraw_consent(
    user: Any, reference: str, consent_id: int, *, on: date | None = None
) -> Consent:
    require(user, CASE_EDITORS, "record consents")
    case = get_case(user, reference)
    with transaction.atomic():
        consent = Consent.objects.select_for_update().filter(pk=consent_id, case=case).first()
        if consent is None:
            raise NotFound(f"no consent {consent_id} on case {reference}")
        if consent.withdrawn_on is not None:
            raise IllegalStep(f"consent {consent_id} was already withdrawn")
        consent.withdrawn_on = on or timezone.localdate()
        consent.save(update_fields=("withdrawn_on",))
        record(
            Action.CHANGE,
            user=user,
            object_type="case",
            object_id=reference,
            detail={"consent": consent.pk, "team": consent.team_id, "given": False},
        )
    return consent


def _team_task(user: Any, task_id: int) -> Task:
    require(user, TASK_WORKERS, "work on tasks")
    task = (
        # of=("self",): PostgreSQL refuses FOR UPDATE on the nullable side of
        # the outer join to assigned_to; only the task row needs the lock.
        Task.objects.select_for_update(of=("self",))
        .select_related("case", "team", "assigned_to")
        .filter(pk=task_id, team_id=user.team_id)
        .first()
    )
    if task is None:
        raise NotFound(f"no task {task_id} of your team")
    return task


def assign_task(user: Any, task_id: int, assignee_id: int | None) -> Task:
    """Give a task of the user's team to a member of that team (or to nobody)."""
    with transaction.atomic():
        task = _team_task(user, task_id)
        assignee = None
        if assignee_id is not None:
            assignee = User.objects.filter(
                pk=assignee_id, team_id=task.team_id, is_active=True
            ).first()
            if assignee is None:
                raise InvalidFacts(
                    "a task is assigned to an active member of its team",
                    [FieldError("user", assignee_id, f"a user of the team {task.team.name}")],
                )
        task.assigned_to = assignee
        task.save(update_fields=("assigned_to",))
        record(
            Action.CHANGE,
            user=user,
            object_type="task",
            object_id=task.pk,
            detail={"case": task.case.reference, "assigned_to": assignee_id},
        )
    return task


def complete_task(user: Any, task_id: int) -> Task:
    with transaction.atomic():
        task = _team_task(user, task_id)
        if task.status != Task.Status.OPEN:
            raise IllegalStep(f"task {task_id} is not open (it is {task.status})")
        task.status, task.closed_at = Task.Status.DONE, timezone.now()
        task.save(update_fields=("status", "closed_at"))
        record(
            Action.CHANGE,
            user=user,
            object_type="task",
            object_id=task.pk,
            detail={"case": task.case.reference, "status": Task.Status.DONE},
        )
    return task
