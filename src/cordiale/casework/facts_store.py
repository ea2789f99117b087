"""Facts with history: read the case file as it stands (or stood), write changes as versions.

A write validates the whole resulting case file with the engine's own models and checks
(`cordiale.law.casefile.facts_from_data`) before anything is stored, inside one transaction
with the optimistic lock: either every change and the new determination are written, or
nothing is.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import Exists, F, OuterRef
from django.utils import timezone
from pydantic import BaseModel

from cordiale.casework.errors import Conflict, InvalidFacts
from cordiale.casework.models import Case, Evidence, Fact, FactVersion
from cordiale.law.casefile import facts_from_data
from cordiale.law.errors import CaseFileError, FieldError
from cordiale.law.facts import CaseFacts
from cordiale.site.compiled import CompiledQuery

APPLICANT = "applicant"


def _kinds() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every list of the case file is a kind of fact (one fact per item), and every single
    object (the applicant...) a kind with one fact, in the order of the format."""
    lists: list[str] = []
    single: list[str] = []
    for name, field in CaseFacts.model_fields.items():
        annotation = field.annotation
        if typing.get_origin(annotation) is list:
            lists.append(name)
            continue
        models = [a for a in (typing.get_args(annotation) or (annotation,)) if _is_model(a)]
        if models:
            single.append(name)
    return tuple(lists), tuple(single)


def _is_model(annotation: object) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


LIST_KINDS, SINGLE_KINDS = _kinds()
KINDS: frozenset[str] = frozenset((*SINGLE_KINDS, *LIST_KINDS))
# The case file's free text for people (the rules never read it): a fact of its own, stored
# as {"text": ...}, so it has a history like every other and survives import and export.
NOTES = "notes"
# What a change may name.
CHANGEABLE: frozenset[str] = KINDS | {NOTES}


def _has_provenance(kind: str) -> bool:
    annotation = CaseFacts.model_fields[kind].annotation
    args = typing.get_args(annotation) or (annotation,)
    return any(_is_model(a) and "provenance" in a.model_fields for a in args)


_WITH_PROVENANCE = frozenset(k for k in KINDS if _has_provenance(k)) | {"answers"}


@dataclass(frozen=True, slots=True)
class FactChange:
    """Add or change one fact (`data` is the case-file item), or withdraw it (`data=None`)."""

    kind: str
    data: dict[str, Any] | None
    key: str | None = None
    reason: str = ""
    source: str = ""
    evidence_category: str = ""
    evidence: Evidence | None = None


def item_key(kind: str, data: dict[str, Any]) -> str | None:
    if kind in SINGLE_KINDS:
        return kind
    if kind == "answers":
        value = data.get("question")
        return str(value) if value else None
    value = data.get("id")
    return str(value) if value else None


def _latest(
    case: Case, at: datetime | None, *, withdrawn: bool = False
) -> list[tuple[Fact, FactVersion]]:
    """Each fact's last version (as it stood at `at`), in the case file's order; withdrawn
    facts (a last version without data) only if asked."""
    if at is None:
        versions = _LATEST_VERSIONS.all(case_id=case.pk)
    else:
        latest: dict[int, FactVersion] = {}
        for version in (
            FactVersion.objects.filter(fact__case=case, recorded_at__lte=at)
            .select_related("fact", "recorded_by", "evidence")
            .order_by("fact_id", "number")
        ):
            latest[version.fact_id] = version
        versions = list(latest.values())
    rows = [(v.fact, v) for v in versions if withdrawn or v.data is not None]
    rows.sort(key=lambda row: (row[0].position, row[0].pk))
    return rows


# The case file as it stands, read by every change of facts and every export: each fact's
# last version only, not its history, compiled once (`cordiale.site.compiled`).
_LATEST_VERSIONS: CompiledQuery[FactVersion] = CompiledQuery(
    lambda case_id: (
        FactVersion.objects.filter(fact__case_id=case_id)
        .exclude(
            Exists(
                FactVersion.objects.filter(
                    fact_id=OuterRef("fact_id"), number__gt=OuterRef("number")
                )
            )
        )
        .select_related("fact", "recorded_by", "evidence")
        .order_by("fact_id")
    ),
    case_id=int,
)


def file_changes(data: Mapping[str, Any], *, reason: str = "") -> list[FactChange]:
    """A case file's facts as additions, in the format's order (single objects, then each
    list's items, then the notes): what an import records."""
    changes = [
        FactChange(kind, data[kind], reason=reason) for kind in SINGLE_KINDS if data.get(kind)
    ]
    for kind, value in data.items():
        if isinstance(value, list):
            changes.extend(FactChange(kind, item, reason=reason) for item in value)
    notes = data.get(NOTES)
    if isinstance(notes, str) and notes.strip():
        changes.append(FactChange(NOTES, {"text": notes}, reason=reason))
    return changes


def _with_provenance(kind: str, version: FactVersion) -> dict[str, Any]:
    data = dict(version.data or {})
    if kind not in _WITH_PROVENANCE:
        return data
    user = version.recorded_by.username if version.recorded_by else None
    if kind == "answers":
        data.setdefault("answered_by", user)
        data.setdefault("answered_on", timezone.localdate(version.recorded_at).isoformat())
        if version.reason:
            data.setdefault("reason", version.reason)
        return data
    provenance = dict(data.get("provenance") or {})
    provenance.setdefault("recorded_by", user)
    provenance.setdefault("recorded_at", version.recorded_at.isoformat())
    if version.source:
        provenance.setdefault("source", version.source)
    if version.evidence_category:
        provenance.setdefault("evidence", version.evidence_category)
    if version.evidence is not None:
        provenance.setdefault("document", f"evidence:{version.evidence.pk}")
    data["provenance"] = provenance
    return data


def case_file_data(case: Case, at: datetime | None = None) -> dict[str, Any]:
    """The case file (format version 1) as it stands, or as it stood at `at`."""
    data: dict[str, Any] = {
        "version": "1",
        "reference": case.reference,
        "determining_state": case.determining_state,
    }
    for fact, version in _latest(case, at):
        _put(data, fact.kind, _with_provenance(fact.kind, version))
    data.setdefault(APPLICANT, {})
    return data


def _put(data: dict[str, Any], kind: str, item: dict[str, Any]) -> None:
    """Place a fact's stored item in the case-file data."""
    if kind == NOTES:
        data[NOTES] = item.get("text")
    elif kind in SINGLE_KINDS:
        data[kind] = item
    else:
        data.setdefault(kind, []).append(item)


def case_facts(case: Case, at: datetime | None = None) -> CaseFacts:
    data = case_file_data(case, at)
    try:
        return facts_from_data(data, source=case.reference)
    except CaseFileError as exc:  # pragma: no cover - stored facts were validated on write
        raise InvalidFacts(str(exc), exc.errors) from None


def _apply(data: dict[str, Any], change: FactChange) -> tuple[str, dict[str, Any] | None]:
    """Apply one change to the case-file data; returns the fact key and the stored item."""
    if change.kind == NOTES:
        return NOTES, _apply_notes(data, change.data)
    if change.kind not in KINDS:
        raise InvalidFacts(
            f"unknown kind of fact {change.kind!r}",
            [FieldError("kind", change.kind, "one of " + ", ".join(sorted(CHANGEABLE)))],
        )
    if change.kind in SINGLE_KINDS:
        if change.data is None:
            if change.kind == APPLICANT:
                raise InvalidFacts(
                    "the applicant cannot be withdrawn",
                    [FieldError("applicant", None, "the applicant's facts")],
                )
            data.pop(change.kind, None)
            return change.kind, None
        data[change.kind] = _strip(change.data)
        return change.kind, data[change.kind]
    items: list[dict[str, Any]] = data.setdefault(change.kind, [])
    key = change.key or (item_key(change.kind, change.data) if change.data else None)
    if key is None and change.data is not None:
        key = f"{change.kind}-{len(items) + 1}"
        while any(item_key(change.kind, i) == key for i in items):
            key += "'"
    index = next((n for n, i in enumerate(items) if item_key(change.kind, i) == key), None)
    if change.data is None:
        if index is None:
            raise InvalidFacts(
                f"no {change.kind} fact {key!r} to withdraw",
                [FieldError(f"{change.kind}.{key}", key, "an existing fact")],
            )
        del items[index]
        return str(key), None
    item = _strip(change.data)
    if change.kind != "answers":
        item["id"] = key
    if index is None:
        items.append(item)
    else:
        items[index] = item
    return str(key), item


def _apply_notes(data: dict[str, Any], given: dict[str, Any] | None) -> dict[str, Any] | None:
    """Notes are {"text": ...}; none, or blank text, withdraws them."""
    text = None if given is None else given.get("text")
    if text is not None and not isinstance(text, str):
        raise InvalidFacts(
            "notes are text", [FieldError("notes.text", text, "text (or nothing to remove them)")]
        )
    if given is not None and set(given) - {"text"}:
        extra = sorted(set(given) - {"text"})
        raise InvalidFacts(
            "notes have one field, text", [FieldError(f"notes.{extra[0]}", None, "no such field")]
        )
    if not text or not text.strip():
        data.pop(NOTES, None)
        return None
    data[NOTES] = text
    return {"text": text}


def _strip(item: dict[str, Any]) -> dict[str, Any]:
    """Provenance's who and when are the version's own; the rest is kept."""
    out = dict(item)
    provenance = out.get("provenance")
    if isinstance(provenance, dict):
        kept = {k: v for k, v in provenance.items() if k not in {"recorded_by", "recorded_at"}}
        if kept:
            out["provenance"] = kept
        else:
            out.pop("provenance")
    for field in ("answered_by", "answered_on"):
        out.pop(field, None)
    return out


def lock(case: Case, expected_version: int, **fields: Any) -> None:
    """Optimistic locking: the version moves on only if nobody saved since it was read. Other
    `fields` of the case are written by the same UPDATE (one statement, not two)."""
    now = timezone.now()
    updated = Case.objects.filter(pk=case.pk, version=expected_version).update(
        version=F("version") + 1, updated_at=now, **fields
    )
    if not updated:
        current = Case.objects.filter(pk=case.pk).values_list("version", flat=True).first()
        raise Conflict(case.reference, expected_version, current or 0)
    case.version = expected_version + 1
    case.updated_at = now


@dataclass(frozen=True, slots=True)
class PreparedChange:
    """Changes applied to the case file as read and validated, not yet written: the
    resulting facts, and each change with its fact key, item and the fact's last version
    (fact id and number; None for a new fact) when it was read."""

    facts: CaseFacts
    applied: list[tuple[FactChange, str, dict[str, Any] | None]]
    last: dict[tuple[str, str], tuple[int, int]]
    positions: dict[str, int]
    expected_version: int


def prepare(case: Case, changes: list[FactChange], *, expected_version: int) -> PreparedChange:
    """Read the case file, apply the changes and validate the result, writing nothing.
    Raises `InvalidFacts` (naming each field), or `Conflict` when `case` (read just before)
    is already past `expected_version`. `write` checks the version again when it writes: any
    change of facts moves the version on, so if it has not moved, what was read here is
    still what is stored."""
    for change in changes:
        if change.kind == "answers" and change.data is not None and not change.reason.strip():
            # DESIGN.md: a question is answered by a named user *with a reason*.
            raise InvalidFacts(
                "an answer needs a reason",
                [FieldError("reason", change.reason, "why this answer was given")],
            )
    if case.version != expected_version:
        raise Conflict(case.reference, expected_version, case.version)
    data: dict[str, Any] = {
        "version": "1",
        "reference": case.reference,
        "determining_state": case.determining_state,
        APPLICANT: {},
    }
    last: dict[tuple[str, str], tuple[int, int]] = {}
    positions: dict[str, int] = {}
    for fact, version in _latest(case, None, withdrawn=True):
        last[(fact.kind, fact.key)] = (fact.pk, version.number)
        positions[fact.kind] = positions.get(fact.kind, 0) + 1
        if version.data is None:
            continue
        _put(data, fact.kind, dict(version.data))
    applied = [(change, *_apply(data, change)) for change in changes]
    try:
        facts = facts_from_data(data, source=case.reference)
    except CaseFileError as exc:
        raise InvalidFacts("the case file would not be valid", exc.errors) from None
    return PreparedChange(facts, applied, last, positions, expected_version)


def write(
    case: Case, prepared: PreparedChange, *, user: Any, case_fields: dict[str, Any] | None = None
) -> None:
    """Write prepared changes as new versions, after moving the version on (with
    `case_fields`, e.g. the new proposal, in the same UPDATE); `Conflict` if it moved since
    `prepare`, and then nothing is written."""
    # No savepoint: nothing here catches an error to go on, so an error rolls back the
    # caller's whole transaction (two round trips fewer).
    with transaction.atomic(savepoint=False):
        lock(case, prepared.expected_version, **(case_fields or {}))
        now = timezone.now()
        recorded_by = user if getattr(user, "pk", None) else None
        last = dict(prepared.last)
        positions = dict(prepared.positions)
        versions = []
        for change, key, item in prepared.applied:
            known = last.get((change.kind, key))
            if known is None:
                position = positions.get(change.kind, 0)
                positions[change.kind] = position + 1
                fact = Fact.objects.create(case=case, kind=change.kind, key=key, position=position)
                known = (fact.pk, 0)
            last[(change.kind, key)] = (known[0], known[1] + 1)
            versions.append(
                FactVersion(
                    fact_id=known[0],
                    number=known[1] + 1,
                    data=item,
                    reason=change.reason,
                    recorded_by=recorded_by,
                    recorded_at=now,
                    source=change.source,
                    evidence_category=change.evidence_category,
                    evidence=change.evidence,
                )
            )
        FactVersion.objects.bulk_create(versions)


def change_facts(
    case: Case,
    changes: list[FactChange],
    *,
    user: Any,
    expected_version: int,
) -> CaseFacts:
    """Record changes as new versions after validating the whole resulting case file.
    Raises `InvalidFacts` (naming each field) or `Conflict`; then nothing is written."""
    with transaction.atomic():
        prepared = prepare(case, changes, expected_version=expected_version)
        write(case, prepared, user=user)
    return prepared.facts


def fact_history(case: Case, kind: str, key: str) -> list[FactVersion]:
    return list(
        FactVersion.objects.filter(fact__case=case, fact__kind=kind, fact__key=key)
        .select_related("recorded_by", "evidence")
        .order_by("number")
    )
