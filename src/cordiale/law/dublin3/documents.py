"""Art 12 of Dublin III: residence documents and visas, valid or recently expired."""

from __future__ import annotations

from datetime import date

from cordiale.law.calendar import Unit, add_period
from cordiale.law.dublin3.context import Run, art, msg
from cordiale.law.facts import Document, DocumentKind
from cordiale.law.outcome import LegalBasis, StepOutcome

RULE = "dublin3.art12"


def _path(run: Run, document: Document) -> str:
    return f"documents[{run.facts.documents.index(document)}]"


def _counts(run: Run, document: Document) -> bool:
    """Art 2(l) excludes permits issued during the determination or an examination; Art 12(5)
    keeps a document obtained by fraud unless the fraud came after issue."""
    if document.kind is DocumentKind.RESIDENCE_DOCUMENT and document.issued_during is not None:
        run.step(
            RULE,
            art("2", point="l"),
            StepOutcome.NOT_APPLICABLE,
            msg(
                "art12.excluded_permit",
                doc=_path(run, document),
                during=document.issued_during.value,
            ),
            facts=(f"{_path(run, document)}.issued_during",),
        )
        return False
    if document.fraud_after_issue:
        run.step(
            RULE,
            art("12", "5"),
            StepOutcome.NOT_APPLICABLE,
            msg("art12.fraud_after_issue", doc=_path(run, document), state=document.issuing_state),
            facts=(f"{_path(run, document)}.fraud_after_issue",),
        )
        return False
    return True


def _responsible_for(document: Document) -> str:
    # 12(2): a visa issued under a representation arrangement (Visa Code Art 8) binds the
    # represented State.
    if document.kind is DocumentKind.VISA and document.issued_on_behalf_of is not None:
        return document.issued_on_behalf_of
    return document.issuing_state


def _validity_days(document: Document) -> int:
    return (document.valid_until - document.valid_from).days


def _choose(documents: list[Document]) -> tuple[Document, LegalBasis]:
    """12(3): the order between valid documents of different States."""
    residence = [d for d in documents if d.kind is DocumentKind.RESIDENCE_DOCUMENT]
    if residence:
        chosen = max(residence, key=lambda d: (_validity_days(d), d.valid_until))
        basis = art("12", "3", "a") if len({_responsible_for(d) for d in residence}) > 1 else None
        return chosen, basis or art("12", "1")
    visa_types = {d.visa_type for d in documents}
    if len(visa_types) == 1:
        chosen = max(documents, key=lambda d: d.valid_until)
        return chosen, art("12", "3", "b")
    chosen = max(documents, key=lambda d: (_validity_days(d), d.valid_until))
    return chosen, art("12", "3", "c")


def art12_documents(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 12: the State that issued a valid residence document or visa at T0 (12(1)-(3)), or an
    expired one within 2 years / 6 months that enabled entry (12(4))."""
    t0 = run.t0
    usable = [d for d in run.facts.documents if _counts(run, d)]
    valid = [d for d in usable if d.valid_from <= t0 <= d.valid_until]
    if valid:
        return _designate(run, valid, t0, expired=False)
    if not usable:
        run.step(
            RULE, art("12"), StepOutcome.NOT_APPLICABLE, msg("art12.none"), facts=("documents",)
        )
        return None
    return _expired(run, [d for d in usable if d.valid_until < t0], t0)


def _designate(
    run: Run, documents: list[Document], t0: date, *, expired: bool
) -> tuple[str, LegalBasis]:
    states = {_responsible_for(d) for d in documents}
    if len(states) == 1:
        chosen = max(documents, key=lambda d: d.valid_until)
        residence = chosen.kind is DocumentKind.RESIDENCE_DOCUMENT
        basis = art("12", "1") if residence else art("12", "2")
    else:
        chosen, basis = _choose(documents)
    if expired:
        basis = art("12", "4", subparagraph="1")
    state = _responsible_for(chosen)
    path = _path(run, chosen)
    key = "art12.applies_expired" if expired else "art12.applies"
    if chosen.kind is DocumentKind.VISA and chosen.issued_on_behalf_of is not None:
        key = "art12.applies_represented"
    run.step(
        RULE,
        basis,
        StepOutcome.APPLIES,
        msg(
            key,
            state=state,
            kind=chosen.kind.value,
            issuer=chosen.issuing_state,
            valid_until=chosen.valid_until,
            date=t0,
        ),
        (state,),
        (path,),
    )
    if chosen.issued_on_false_identity:
        run.step(
            RULE,
            art("12", "5"),
            StepOutcome.INFO,
            msg("art12.false_identity_still_counts", state=state),
            (state,),
            (f"{path}.issued_on_false_identity",),
        )
    return state, basis


def _expired(run: Run, expired: list[Document], t0: date) -> tuple[str, LegalBasis] | None:
    """12(4): only expired documents. Windows: residence document < 2 years, visa < 6 months
    before T0 (Art 7(2)), provided it enabled entry and the applicant has not left."""
    recent: list[Document] = []
    old: list[Document] = []
    pending = False
    for document in expired:
        if document.enabled_entry is None:
            answer = run.ask(
                f"H10:enabled_entry:{_path(run, document)}",
                "H10",
                art("12", "4"),
                msg("q.h10.enabled_entry", doc=_path(run, document), state=document.issuing_state),
                facts=(f"{_path(run, document)}.enabled_entry",),
            )
            if answer is None:
                pending = True
                continue
            if not run.answered_yes(answer):
                continue
        elif not document.enabled_entry:
            continue
        months = 24 if document.kind is DocumentKind.RESIDENCE_DOCUMENT else 6
        if t0 < add_period(document.valid_until, months, Unit.MONTH):
            recent.append(document)
        else:
            old.append(document)
    if pending:
        run.step(RULE, art("12", "4"), StepOutcome.PENDING, msg("art12.pending"))
        return None
    if not recent and not old:
        run.step(RULE, art("12", "4"), StepOutcome.NOT_APPLICABLE, msg("art12.expired_no_entry"))
        return None
    left = _left_after_entry(run, min(d.valid_from for d in recent + old), t0)
    if left:
        run.step(
            RULE,
            art("12", "4"),
            StepOutcome.NOT_APPLICABLE,
            msg("art12.left_territory"),
            facts=("absences",),
        )
        return None
    if recent:
        return _designate(run, recent, t0, expired=True)
    current = run.current
    if current is None:
        return None
    basis = art("12", "4", subparagraph="2")
    run.step(
        RULE,
        basis,
        StepOutcome.APPLIES,
        msg("art12.old_expired", state=current.state, date=t0),
        (current.state,),
        tuple(_path(run, d) for d in old),
    )
    return current.state, basis


def _left_after_entry(run: Run, since: date, t0: date) -> bool:
    """The applicant left the territory of the Member States after the document's use (12(4);
    List A item 9 evidence). No recorded absence is read as no departure shown."""
    return any(since <= absence.left_on <= t0 for absence in run.facts.absences)
