"""What users do to cases. Every function checks the user's scope, writes in one transaction
with its audit entry, and re-runs the engine when facts change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from cordiale import __version__
from cordiale.accounts.models import Role, Team
from cordiale.audit.models import Action
from cordiale.audit.services import record
from cordiale.casework import facts_store, lifecycle
from cordiale.casework.determination import (
    canonical_hash,
    compute,
    proposal_fields,
    refresh,
    store,
)
from cordiale.casework.errors import Forbidden, InvalidFacts, NotFound
from cordiale.casework.facts_store import (
    FactChange,
    case_facts,
    case_file_data,
    change_facts,
    file_changes,
    lock,
)
from cordiale.casework.models import Case, Decision, Person
from cordiale.casework.scoping import CASE_EDITORS, DECIDERS, get_case, require
from cordiale.law.casefile import facts_from_data
from cordiale.law.engine import determine
from cordiale.law.errors import CaseFileError, FieldError
from cordiale.law.explain.render import determination_to_dict


def create_case(
    user: Any,
    *,
    reference: str,
    applicant: dict[str, Any],
    people: list[dict[str, Any]] | None = None,
    team: Team | None = None,
    determining_state: str = "FR",
) -> Case:
    """Register an applicant: a new case with its applicant facts and identity."""
    require(user, CASE_EDITORS, "register cases")
    owner = team or user.team
    if owner is None or (user.team_id is not None and owner.pk != user.team_id):
        raise Forbidden("cases are created in your own team")
    data = {
        "version": "1",
        "reference": reference,
        "determining_state": determining_state,
        "applicant": applicant,
    }
    try:
        facts_from_data(data, source=reference)
    except CaseFileError as exc:
        raise InvalidFacts("the applicant's facts are not valid", exc.errors) from None
    with transaction.atomic():
        if Case.objects.filter(reference=reference).exists():
            raise InvalidFacts(
                "this reference is taken",
                [FieldError("reference", reference, "a reference not used by another case")],
            )
        case = Case.objects.create(
            reference=reference,
            team=owner,
            determining_state=determining_state,
            created_by=user,
        )
        for person in people or []:
            Person.objects.create(case=case, **person)
        facts = change_facts(
            case,
            [FactChange("applicant", applicant, reason="registration")],
            user=user,
            expected_version=case.version,
        )
        refresh(case, facts)
        record(Action.CREATE, user=user, object_type="case", object_id=reference)
    return case


def update_facts(
    user: Any,
    reference: str,
    changes: list[FactChange],
    *,
    expected_version: int,
    case: Case | None = None,
) -> Case:
    """Record changed facts (each a new version), then re-run the engine. `case`: the case
    as the caller has just read it with `get_case` for this user (else it is read here); it
    takes the new proposal in memory before the write, so a caller that shows the case after
    a refusal must not pass it."""
    require(user, CASE_EDITORS, "change facts")
    if case is None or case.reference != reference:
        case = get_case(user, reference)
    # Read, validate and run the engine first, writing nothing; then one short transaction
    # writes the versions with the new proposal, if the version has not moved meanwhile
    # (else `Conflict`, and nothing is written). On SQLite the transaction holds the one
    # write lock, which every audited read also needs: the engine's run stays outside it.
    prepared = facts_store.prepare(case, changes, expected_version=expected_version)
    proposal = compute(case, prepared.facts)
    with transaction.atomic():
        facts_store.write(case, prepared, user=user, case_fields=proposal_fields(case))
        store(case, proposal, case_saved=True)
        record(
            Action.CHANGE,
            user=user,
            object_type="case",
            object_id=reference,
            detail={
                "facts": [f"{c.kind}:{c.key or ''}" for c in changes],
                "version": case.version,
            },
        )
    return case


def answer_question(
    user: Any, reference: str, question: str, value: str, reason: str, *, expected_version: int
) -> Case:
    """A person answers one of the engine's questions; it feeds the next run."""
    case = get_case(user, reference)
    open_ids = {q["id"]: q for q in _questions(case)}
    asked = open_ids.get(question)
    if asked is None:
        raise InvalidFacts(
            "the engine is not asking this question",
            [FieldError("question", question, "one of: " + ", ".join(open_ids) or "none")],
        )
    if value not in asked["options"]:
        raise InvalidFacts(
            "this answer is not one of the options",
            [FieldError("value", value, "one of: " + ", ".join(asked["options"]))],
        )
    change = FactChange("answers", {"question": question, "value": value}, reason=reason)
    return update_facts(user, reference, [change], expected_version=expected_version, case=case)


def _questions(case: Case) -> list[dict[str, Any]]:
    return list((case.determination or {}).get("questions", []))


def record_step(
    user: Any,
    reference: str,
    step: str,
    data: dict[str, Any] | None = None,
    *,
    expected_version: int,
) -> Case:
    """One step of the procedure between States (`lifecycle.STEPS`)."""
    case = get_case(user, reference)
    _may_take_step(user, case, step, data)
    rule = lifecycle.check_step(case, step)
    if rule.kind is not None and not data:
        raise InvalidFacts(
            f"this step records a fact of kind {rule.kind}",
            [FieldError(rule.kind, None, "the fact's data")],
        )
    with transaction.atomic():
        stage = lifecycle.next_stage(case, step, rule, data)
        if rule.kind is not None:
            change = FactChange(rule.kind, data, reason=f"step: {step}")
            facts = change_facts(case, [change], user=user, expected_version=expected_version)
        else:
            lock(case, expected_version)
            facts = case_facts(case)
        case.stage = stage
        case.save(update_fields=("stage",))
        refresh(case, facts)
        record(
            Action.CHANGE,
            user=user,
            object_type="case",
            object_id=reference,
            detail={"step": step, "stage": stage},
        )
    return case


def _may_take_step(user: Any, case: Case, step: str, data: dict[str, Any] | None) -> None:
    if user.role in CASE_EDITORS:
        return
    if user.role == Role.UK_LIAISON and step == "record_reply" and data is not None:
        # The UK liaison answers requests addressed to the UK, and nothing else.
        facts = case_facts(case)
        request = next((r for r in facts.requests if r.id == data.get("request")), None)
        if request is not None and request.to_state == "GB":
            return
    raise Forbidden(f"your role ({user.role}) may not take the step {step!r} on this case")


def decide(
    user: Any,
    reference: str,
    *,
    summary: str,
    decided_state: str,
    reason: str = "",
    expected_version: int,
) -> Decision:
    """Freeze a decision: the facts, the engine's version, output and hash, who decided. A
    decision that departs from the engine's proposal needs a written reason (DESIGN.md)."""
    require(user, DECIDERS, "decide")
    case = get_case(user, reference)
    with transaction.atomic():
        lock(case, expected_version)
        data = case_file_data(case)
        facts = facts_from_data(data, source=reference)
        as_of = timezone.localdate()
        output = determination_to_dict(determine(facts, as_of=as_of), texts=False)
        proposal = output["responsible_state"] or output["proposed_state"] or ""
        override = decided_state != proposal
        if override and not reason.strip():
            raise InvalidFacts(
                "a decision that departs from the engine's proposal needs a reason",
                [FieldError("reason", reason, f"why {decided_state} and not {proposal or '-'}")],
            )
        decision = Decision.objects.create(
            case=case,
            summary=summary,
            decided_state=decided_state,
            proposed_state=proposal,
            override=override,
            reason=reason,
            as_of=as_of,
            facts=data,
            engine_version=__version__,
            output=output,
            output_hash=canonical_hash(output),
            decided_by=user,
        )
        record(
            Action.DECIDE,
            user=user,
            object_type="case",
            object_id=reference,
            detail={"decision": decision.pk, "override": override, "state": decided_state},
        )
    return decision


@dataclass(frozen=True, slots=True)
class Replay:
    decision: int
    same: bool
    engine_version_then: str
    engine_version_now: str
    changed: list[str]


def replay(decision: Decision) -> Replay:
    """Re-run a frozen decision's facts on its date with today's engine."""
    facts = facts_from_data(decision.facts, source=decision.case.reference)
    output = determination_to_dict(determine(facts, as_of=decision.as_of), texts=False)
    changed = sorted(
        key
        for key in set(output) | set(decision.output)
        if key != "engine_version" and output.get(key) != decision.output.get(key)
    )
    return Replay(
        decision=decision.pk,
        same=not changed,
        engine_version_then=decision.engine_version,
        engine_version_now=__version__,
        changed=changed,
    )


def export_case(user: Any, reference: str, at: datetime | None = None) -> dict[str, Any]:
    """The case file (format version 1), as it stands or stood at `at`."""
    case = get_case(user, reference)
    if user.role not in CASE_EDITORS | {Role.ADVISER}:
        raise Forbidden("your role may not export case files")
    data = case_file_data(case, at)
    record(
        Action.EXPORT,
        user=user,
        object_type="case",
        object_id=reference,
        detail={"at": at.isoformat() if at else None},
    )
    return data


def import_case(user: Any, data: Any, *, source: str = "import") -> Case:
    """Create a case from a case file; every fact becomes version 1 with the file named."""
    require(user, CASE_EDITORS, "import cases")
    try:
        facts = facts_from_data(data, source=source)
    except CaseFileError as exc:
        raise InvalidFacts("the case file is not valid", exc.errors) from None
    if Case.objects.filter(reference=facts.reference).exists():
        raise InvalidFacts(
            "this reference is taken",
            [FieldError("reference", facts.reference, "a reference not used by another case")],
        )
    with transaction.atomic():
        case = Case.objects.create(
            reference=facts.reference,
            team=user.team,
            determining_state=facts.determining_state,
            created_by=user,
            stage=lifecycle.S.DETERMINATION,
        )
        changes = file_changes(data, reason=f"imported from {source}")
        facts = change_facts(case, changes, user=user, expected_version=case.version)
        refresh(case, facts)
        record(
            Action.IMPORT,
            user=user,
            object_type="case",
            object_id=facts.reference,
            detail={"source": source},
        )
    return case


def read_case(user: Any, reference: str, *, detail: dict[str, Any] | None = None) -> Case:
    """Open a case (audited: every read of a case file is logged; `detail` says what part)."""
    case = get_case(user, reference)
    record(Action.READ, user=user, object_type="case", object_id=reference, detail=detail)
    return case


def case_as_of(
    user: Any, reference: str, at: datetime, as_of: date | None = None
) -> dict[str, Any]:
    """The case as it stood at `at`, re-run through the engine (on `as_of`, default that day)."""
    case = get_case(user, reference)
    data = case_file_data(case, at)
    try:
        facts = facts_from_data(data, source=reference)
    except CaseFileError as exc:
        raise NotFound(f"case {reference} had no valid facts at {at.isoformat()}") from exc
    day = as_of or timezone.localdate(at)
    record(
        Action.READ,
        user=user,
        object_type="case",
        object_id=reference,
        detail={"as_stood_at": at.isoformat()},
    )
    return {
        "facts": data,
        "determination": determination_to_dict(determine(facts, as_of=day), texts=False),
    }
