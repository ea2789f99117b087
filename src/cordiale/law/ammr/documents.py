"""Arts 29 and 30 of the AMMR: residence documents and visas, then diplomas or qualifications.

No question is asked here: whether a paper is a "residence document" (Art 2(13)) or a diploma
meets Art 2(15) is recorded as facts (`documents[].issued_during`, `diplomas[].*`); a person
who doubts them corrects the facts (ammr.md section 11, points 8 and 9).
"""

from __future__ import annotations

from cordiale.law.ammr.context import Run, art, msg
from cordiale.law.calendar import Unit, add_period
from cordiale.law.facts import Diploma, Document, DocumentKind
from cordiale.law.outcome import LegalBasis, StepOutcome

RULE_29 = "ammr.art29"
RULE_30 = "ammr.art30"

# Art 29(4): an expired, annulled, revoked or withdrawn document still counts if that happened
# less than 3 years (residence document) or 18 months (visa) before the registration.
_EXPIRED_WINDOW_MONTHS = {DocumentKind.RESIDENCE_DOCUMENT: 36, DocumentKind.VISA: 18}
# Art 30(1): the application is registered less than six years after the diploma was issued.
_DIPLOMA_WINDOW_MONTHS = 72
# Art 2(15): at least one academic year of study, ISCED level 2 or above.
_MIN_STUDY_MONTHS = 12
_MIN_ISCED = 2


def _path(run: Run, document: Document) -> str:
    return f"documents[{run.facts.documents.index(document)}]"


def _counts(run: Run, document: Document) -> bool:
    """Art 2(13) excludes permits issued while responsibility is determined or an application
    for protection or for a residence permit is examined; Art 29(5) keeps a document obtained
    by fraud unless the issuing State shows the fraud came after issue."""
    if document.kind is DocumentKind.RESIDENCE_DOCUMENT and document.issued_during is not None:
        run.step(
            RULE_29,
            art("2", point="13"),
            StepOutcome.NOT_APPLICABLE,
            msg(
                "ammr.art29.excluded_permit",
                doc=_path(run, document),
                during=document.issued_during.value,
            ),
            facts=(f"{_path(run, document)}.issued_during",),
        )
        return False
    if document.fraud_after_issue:
        run.step(
            RULE_29,
            art("29", "5"),
            StepOutcome.NOT_APPLICABLE,
            msg(
                "ammr.art29.fraud_after_issue",
                doc=_path(run, document),
                state=document.issuing_state,
            ),
            facts=(f"{_path(run, document)}.fraud_after_issue",),
        )
        return False
    return True


def _responsible_for(document: Document) -> str:
    # 29(2): a visa issued under a representation arrangement (Visa Code Art 8) binds the
    # represented State.
    if document.kind is DocumentKind.VISA and document.issued_on_behalf_of is not None:
        return document.issued_on_behalf_of
    return document.issuing_state


def _validity_days(document: Document) -> int:
    return (document.valid_until - document.valid_from).days


def _choose(documents: list[Document]) -> tuple[Document, LegalBasis]:
    """29(3): the order between documents of different States."""
    residence = [d for d in documents if d.kind is DocumentKind.RESIDENCE_DOCUMENT]
    if residence:
        # (a) the longest right of residence; equal periods: the latest expiry.
        return max(residence, key=lambda d: (_validity_days(d), d.valid_until)), art("29", "3", "a")
    if len({d.visa_type for d in documents}) == 1:
        # (b) visas of the same type: the latest expiry.
        return max(documents, key=lambda d: d.valid_until), art("29", "3", "b")
    # (c) visas of different types: the longest validity; equal: the latest expiry.
    return max(documents, key=lambda d: (_validity_days(d), d.valid_until)), art("29", "3", "c")


def art29_documents(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 29: the State that issued a residence document or visa valid at the first
    registration (29(1)-(3)), or one that expired, or was annulled, revoked or withdrawn, less
    than 3 years (residence document) or 18 months (visa) before it (29(4)). Unlike Dublin III
    Art 12(4), the AMMR asks neither that the document enabled entry nor that the applicant
    stayed on the territory; and an older document no longer designates anyone."""
    t0 = run.t0
    # Only a State applying the Regulation at the first registration can be designated.
    usable = [
        d
        for d in run.facts.documents
        if d.valid_from <= t0 and run.is_member_state(_responsible_for(d)) and _counts(run, d)
    ]
    valid = [d for d in usable if d.valid_until >= t0]
    if valid:
        return _designate(run, valid, expired=False)
    if not usable:
        run.step(
            RULE_29,
            art("29"),
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.art29.none"),
            facts=("documents",),
        )
        return None
    recent = [
        d
        for d in usable
        if t0 < add_period(d.valid_until, _EXPIRED_WINDOW_MONTHS[d.kind], Unit.MONTH)
    ]
    if not recent:
        run.step(
            RULE_29,
            art("29", "4"),
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.art29.expired_too_long", date=t0),
            facts=tuple(_path(run, d) for d in usable),
        )
        return None
    return _designate(run, recent, expired=True)


def _designate(run: Run, documents: list[Document], *, expired: bool) -> tuple[str, LegalBasis]:
    if len({_responsible_for(d) for d in documents}) == 1:
        chosen = max(documents, key=lambda d: d.valid_until)
        residence = chosen.kind is DocumentKind.RESIDENCE_DOCUMENT
        basis = art("29", "1") if residence else art("29", "2")
    else:
        chosen, basis = _choose(documents)
    if expired:
        basis = art("29", "4")
    state = _responsible_for(chosen)
    path = _path(run, chosen)
    if expired:
        key = "ammr.art29.applies_expired"
    elif chosen.kind is DocumentKind.VISA and chosen.issued_on_behalf_of is not None:
        key = "ammr.art29.applies_represented"
    else:
        key = "ammr.art29.applies"
    run.step(
        RULE_29,
        basis,
        StepOutcome.APPLIES,
        msg(
            key,
            state=state,
            kind=chosen.kind.value,
            issuer=chosen.issuing_state,
            valid_until=chosen.valid_until,
            date=run.t0,
        ),
        (state,),
        (path,),
    )
    if chosen.issued_on_false_identity:
        run.step(
            RULE_29,
            art("29", "5"),
            StepOutcome.INFO,
            msg("ammr.art29.false_identity_still_counts", state=state),
            (state,),
            (f"{path}.issued_on_false_identity",),
        )
    return state, basis


# --- Art 30: diplomas or qualifications -----------------------------------------------------


def _diploma_path(run: Run, diploma: Diploma) -> str:
    return f"diplomas[{run.facts.diplomas.index(diploma)}]"


def _qualifies(run: Run, diploma: Diploma) -> bool:
    """Art 2(15)-(16): obtained in a Member State after at least one academic year of study on
    its territory, in a recognised programme of at least ISCED level 2 run by an establishment
    recognised by that State; online or other distance learning excluded."""
    path = _diploma_path(run, diploma)
    reasons = []
    if not diploma.recognised_establishment:
        reasons.append("recognised_establishment")
    if diploma.isced_level < _MIN_ISCED:
        reasons.append("isced_level")
    if diploma.study_months < _MIN_STUDY_MONTHS:
        reasons.append("study_months")
    if diploma.distance_learning:
        reasons.append("distance_learning")
    if not reasons:
        return True
    run.step(
        RULE_30,
        art("2", point="15"),
        StepOutcome.NOT_APPLICABLE,
        msg("ammr.art30.not_qualifying", diploma=path, state=diploma.issuing_state),
        facts=tuple(f"{path}.{reason}" for reason in reasons),
    )
    return False


def _within_six_years(run: Run, diploma: Diploma) -> bool:
    end = add_period(diploma.issued_on, _DIPLOMA_WINDOW_MONTHS, Unit.MONTH)
    if run.t0 < end:
        return True
    path = _diploma_path(run, diploma)
    run.step(
        RULE_30,
        art("30", "1"),
        StepOutcome.NOT_APPLICABLE,
        msg(
            "ammr.art30.too_old",
            diploma=path,
            state=diploma.issuing_state,
            issued=diploma.issued_on,
            date=run.t0,
        ),
        facts=(f"{path}.issued_on",),
    )
    return False


def art30_diplomas(run: Run) -> tuple[str, LegalBasis] | None:
    """Art 30: a diploma or qualification issued by an education establishment established in
    a Member State, if the application is registered less than six years after its issue
    (30(1)). Several, from different States: the one obtained after the longest period of
    study; equal periods: the most recent (30(2))."""
    held = [
        d
        for d in run.facts.diplomas
        # Issued in a State applying the Regulation then, and still applying it at the
        # registration (a diploma from the United Kingdom before 2021 designates no one).
        if d.issued_on <= run.t0
        and run.is_member_state(d.issuing_state, d.issued_on)
        and run.is_member_state(d.issuing_state)
    ]
    if not held:
        run.step(
            RULE_30,
            art("30"),
            StepOutcome.NOT_APPLICABLE,
            msg("ammr.art30.none"),
            facts=("diplomas",),
        )
        return None
    qualifying = [d for d in held if _qualifies(run, d) and _within_six_years(run, d)]
    if not qualifying:
        return None
    chosen = max(qualifying, key=lambda d: (d.study_months, d.issued_on, d.issuing_state))
    tied = {
        d.issuing_state
        for d in qualifying
        if (d.study_months, d.issued_on) == (chosen.study_months, chosen.issued_on)
    }
    if len(tied) > 1:
        # Equal study periods and dates in two States: 30(2) does not settle it. The result
        # above is only stable (last State code); a person decides.
        run.warn(
            "art30.tie",
            msg("ammr.warning.art30_tie", states=sorted(tied)),
            art("30", "2"),
        )
    several = len({d.issuing_state for d in qualifying}) > 1
    state = chosen.issuing_state
    basis = art("30", "2") if several else art("30", "1")
    run.step(
        RULE_30,
        basis,
        StepOutcome.APPLIES,
        msg(
            "ammr.art30.applies_several" if several else "ammr.art30.applies",
            state=state,
            issued=chosen.issued_on,
            months=chosen.study_months,
            date=run.t0,
        ),
        (state,),
        (_diploma_path(run, chosen),),
    )
    return state, basis
