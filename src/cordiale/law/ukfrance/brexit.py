"""Requests between France and the United Kingdom after the UK left the Dublin system.

Dublin III applied to the UK for requests made before 23:00 (UK time) on 31 December 2020
(end of the transition period, Withdrawal Agreement Art 126; uk_france.md 5.6;
`cordiale.law.states.DUBLIN_PARTICIPATION`). A take charge or take back request sent to or
by the UK after that is not a Dublin request: it opens no Dublin time limit and no tacit
acceptance can follow from it. `set_aside` removes such requests (and their replies) from the
facts the Dublin or AMMR rules see, and the trace says so. Readmission requests under the
UK-France Agreement of 2025 are not Dublin requests and are left alone.
"""

from __future__ import annotations

from cordiale.law.facts import CaseFacts, RequestKind
from cordiale.law.outcome import LegalBasis, Step, StepOutcome
from cordiale.law.states import is_dublin_state
from cordiale.law.ukfrance.common import art, msg

__all__ = ["has_uk_request", "set_aside"]

_UK = "GB"
# Dublin III Art 49 and the participation table: the UK's last day is 31 December 2020.
_ART49: LegalBasis = art("49")


def has_uk_request(facts: CaseFacts) -> bool:
    """The cheap guard: a request to or from the UK."""
    return any(r.to_state == _UK or r.from_state == _UK for r in facts.requests)


def set_aside(facts: CaseFacts) -> tuple[CaseFacts, list[Step]]:
    """The facts without the Dublin requests to or from a State that no longer applied the
    Dublin rules when the request was sent, and one trace step for each such request."""
    steps: list[Step] = []
    dropped: set[str] = set()
    for i, request in enumerate(facts.requests):
        if request.kind is RequestKind.READMISSION:
            continue
        outside = [
            state
            for state in (request.from_state, request.to_state)
            if not is_dublin_state(state, request.sent_on)
        ]
        if not outside:
            continue
        dropped.add(request.id)
        steps.append(
            Step(
                "ukfrance.not_dublin_request",
                _ART49,
                StepOutcome.NOT_APPLICABLE,
                msg(
                    "brexit.not_dublin_request",
                    request=request.id,
                    state=outside[0],
                    date=request.sent_on,
                ),
                (outside[0],),
                (f"requests[{i}].sent_on", f"requests[{i}].to_state"),
            )
        )
    if not dropped:
        return facts, steps
    requests = [r for r in facts.requests if r.id not in dropped]
    replies = [r for r in facts.replies if r.request not in dropped]
    return facts.model_copy(update={"requests": requests, "replies": replies}), steps
