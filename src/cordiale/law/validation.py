"""Checks across facts that the field types cannot express.

Each check returns `FieldError`s naming the path of the offending field, so a caseworker can
find it; nothing here guesses a correction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import Any

from cordiale.law.errors import FieldError
from cordiale.law.facts import CaseFacts


def check_consistency(facts: CaseFacts, today: date | None = None) -> list[FieldError]:
    """All cross-field problems of `facts`; an empty list means the case file is usable."""
    today = today or date.today()
    return [
        *_check_applicant(facts, today),
        *_check_applications(facts),
        *_check_unique_ids(facts),
        *_check_periods(facts),
        *_check_procedure(facts),
        *_check_uk_france(facts),
    ]


def _check_applicant(facts: CaseFacts, today: date) -> Iterator[FieldError]:
    dob = facts.applicant.date_of_birth
    if dob is not None and dob > today:
        yield FieldError("applicant.date_of_birth", dob.isoformat(), "a date not in the future")
    elif dob is not None:
        for i, app in enumerate(facts.applications):
            if app.lodged_on < dob:
                yield FieldError(
                    f"applications[{i}].lodged_on",
                    app.lodged_on.isoformat(),
                    f"a date after the applicant's date of birth ({dob.isoformat()})",
                )
    assessed = facts.applicant.assessed_age
    if assessed is not None and assessed.assessed_on > today:
        yield FieldError(
            "applicant.assessed_age.assessed_on",
            assessed.assessed_on.isoformat(),
            "a date not in the future",
        )
    if facts.applicant.stateless and facts.applicant.nationalities:
        yield FieldError(
            "applicant.stateless",
            True,
            "false when nationalities are given (a stateless person has no nationality)",
        )


def _check_applications(facts: CaseFacts) -> Iterator[FieldError]:
    # An application lodged in a State cannot precede the applicant's first entry into the
    # territory of the Member States, when entries are known.
    first_entry = min((entry.on for entry in facts.entries), default=None)
    for i, app in enumerate(facts.applications):
        if app.made_on is not None and app.made_on > app.lodged_on:
            yield FieldError(
                f"applications[{i}].made_on",
                app.made_on.isoformat(),
                f"a date on or before lodged_on ({app.lodged_on.isoformat()}): an application "
                "is made before it is lodged (Art 20(2))",
            )
        made = app.made_on or app.lodged_on
        if first_entry is not None and made < first_entry and app.place != "juxtaposed_control":
            yield FieldError(
                f"applications[{i}].{'made_on' if app.made_on else 'lodged_on'}",
                made.isoformat(),
                f"a date on or after the applicant's first entry ({first_entry.isoformat()})",
            )
        if app.withdrawn_on is not None and app.withdrawn_on < app.lodged_on:
            yield FieldError(
                f"applications[{i}].withdrawn_on",
                app.withdrawn_on.isoformat(),
                f"a date on or after lodged_on ({app.lodged_on.isoformat()})",
            )
        for j, decision in enumerate(app.decisions):
            if decision.on < app.lodged_on:
                yield FieldError(
                    f"applications[{i}].decisions[{j}].on",
                    decision.on.isoformat(),
                    f"a date on or after lodged_on ({app.lodged_on.isoformat()})",
                )


def _duplicates(ids: list[str]) -> set[str]:
    if len(set(ids)) == len(ids):  # the usual case, without counting
        return set()
    return {value for value, count in Counter(ids).items() if count > 1}


def _check_unique_ids(facts: CaseFacts) -> Iterator[FieldError]:
    for name, items in (
        ("applications", facts.applications),
        ("family", facts.family),
        ("requests", facts.requests),
    ):
        dupes = _duplicates([item.id for item in items])
        for i, item in enumerate(items):
            if item.id in dupes:
                what = (
                    "one entry per family member: a person has one relation to the applicant"
                    if name == "family"
                    else f"a unique id within {name}"
                )
                yield FieldError(f"{name}[{i}].id", item.id, what)
    answered = _duplicates([answer.question for answer in facts.answers])
    for i, answer in enumerate(facts.answers):
        if answer.question in answered:
            yield FieldError(f"answers[{i}].question", answer.question, "one answer per question")
    member_ids = {member.id for member in facts.family}
    for i, dependency in enumerate(facts.dependencies):
        if dependency.family_member not in member_ids:
            yield FieldError(
                f"dependencies[{i}].family_member",
                dependency.family_member,
                f"the id of a family member ({', '.join(sorted(member_ids)) or 'none recorded'})",
            )


def _check_periods(facts: CaseFacts) -> Iterator[FieldError]:
    spans: tuple[tuple[str, list[Any], str, str], ...] = (
        ("stays", facts.stays, "start", "end"),
        ("absences", facts.absences, "left_on", "returned_on"),
        ("detentions", facts.detentions, "start", "end"),
        ("imprisonments", facts.imprisonments, "start", "end"),
        ("abscondings", facts.abscondings, "on", "ended_on"),
    )
    for name, items, start_field, end_field in spans:
        for i, item in enumerate(items):
            start, end = getattr(item, start_field), getattr(item, end_field)
            if end is not None and end < start:
                yield FieldError(
                    f"{name}[{i}].{end_field}",
                    end.isoformat(),
                    f"a date on or after {start.isoformat()}",
                )
    for i, document in enumerate(facts.documents):
        if document.valid_until < document.valid_from:
            yield FieldError(
                f"documents[{i}].valid_until",
                document.valid_until.isoformat(),
                f"a date on or after valid_from ({document.valid_from.isoformat()})",
            )
        if document.kind == "visa" and document.visa_type is None:
            yield FieldError(
                f"documents[{i}].visa_type", None, "long_stay, short_stay or airport_transit"
            )


def _check_procedure(facts: CaseFacts) -> Iterator[FieldError]:
    requests = {request.id: request for request in facts.requests}
    for i, request in enumerate(facts.requests):
        if request.received_on is not None and request.received_on < request.sent_on:
            yield FieldError(
                f"requests[{i}].received_on",
                request.received_on.isoformat(),
                f"a date on or after sent_on ({request.sent_on.isoformat()})",
            )
        if request.from_state == request.to_state:
            yield FieldError(
                f"requests[{i}].to_state", request.to_state, "a State other than from_state"
            )
        if request.re_examination_of is not None and request.re_examination_of not in requests:
            yield FieldError(
                f"requests[{i}].re_examination_of",
                request.re_examination_of,
                "the id of a recorded request",
            )
    for i, reply in enumerate(facts.replies):
        answered = requests.get(reply.request)
        if answered is None:
            yield FieldError(
                f"replies[{i}].request",
                reply.request,
                f"the id of a recorded request ({', '.join(sorted(requests)) or 'none recorded'})",
            )
            continue
        start = answered.received_on or answered.sent_on
        if reply.received_on < answered.sent_on:
            yield FieldError(
                f"replies[{i}].received_on",
                reply.received_on.isoformat(),
                f"a date on or after the request {answered.id} was sent "
                f"({answered.sent_on.isoformat()}): a reply cannot come before its request",
            )
        elif reply.sent_on is not None and reply.sent_on < start:
            yield FieldError(
                f"replies[{i}].sent_on",
                reply.sent_on.isoformat(),
                f"a date on or after the request {answered.id} was received ({start.isoformat()})",
            )
    for i, appeal in enumerate(facts.appeals):
        if appeal.final_decision_on is not None and appeal.final_decision_on < appeal.lodged_on:
            yield FieldError(
                f"appeals[{i}].final_decision_on",
                appeal.final_decision_on.isoformat(),
                f"a date on or after lodged_on ({appeal.lodged_on.isoformat()})",
            )


def _check_uk_france(facts: CaseFacts) -> Iterator[FieldError]:
    """The UK-France facts (shared/law/uk_france.md); skipped when none is recorded."""
    if facts.local_authority_assessments:
        member_ids = {member.id for member in facts.family}
        for i, assessment in enumerate(facts.local_authority_assessments):
            if assessment.family_member is not None and assessment.family_member not in member_ids:
                yield FieldError(
                    f"local_authority_assessments[{i}].family_member",
                    assessment.family_member,
                    "the id of a family member "
                    f"({', '.join(sorted(member_ids)) or 'none recorded'})",
                )
    for i, app in enumerate(facts.applications):
        # The control zones are UK controls in France: the claim is recorded by one of the two.
        if app.control_zone is not None and app.state not in ("FR", "GB"):
            yield FieldError(
                f"applications[{i}].state",
                app.state,
                "FR or GB for an application made at a UK control zone in France",
            )
    readmissions: set[str] = set()
    for i, request in enumerate(facts.requests):
        if request.kind != "readmission":
            continue
        readmissions.add(request.id)
        # UK-France Agreement 2025, chapter II: the UK asks France to readmit.
        if request.from_state != "GB" or request.to_state != "FR":
            yield FieldError(
                f"requests[{i}].from_state",
                f"{request.from_state} -> {request.to_state}",
                "a readmission request goes from GB to FR (UK-France Agreement 2025)",
            )
    for i, reply in enumerate(facts.replies):
        if reply.exceptional and reply.request not in readmissions:
            yield FieldError(
                f"replies[{i}].exceptional",
                True,
                "false: only a reply to a readmission request can invoke an exceptional case",
            )
    arrival = facts.uk_arrival
    claimed = arrival.protection_claim_on if arrival is not None else None
    if arrival is not None and claimed is not None and claimed < arrival.on:
        yield FieldError(
            "uk_arrival.protection_claim_on",
            claimed.isoformat(),
            f"a date on or after the arrival in the UK ({arrival.on.isoformat()})",
        )
