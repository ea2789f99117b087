"""The state of one run of the AMMR rules (Regulation (EU) 2024/1351).

The recorder is Dublin III's `Run` (`cordiale.law.dublin3.context`): it is generic, it collects
the trace, the questions and the warnings in the order the rules examine them. What differs is
the citation (every `LegalBasis` names instrument "2024/1351") and the freeze date: under the
AMMR the criteria apply to the situation when the application was first *registered* in a
Member State (Art 24(2); registration under Regulation (EU) 2024/1348 Art 27), not lodged.
`Run.first_lodged_on` therefore holds the first registration, and `Run.t0` is that date.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from cordiale.law.dublin3.context import NO, YES, Run, msg
from cordiale.law.facts import Application
from cordiale.law.outcome import LegalBasis

__all__ = ["AMMR", "NO", "YES", "Run", "art", "msg", "registered_on"]

AMMR = "2024/1351"


@cache
def art(
    article: str,
    paragraph: str | None = None,
    point: str | None = None,
    subparagraph: str | None = None,
    instrument: str = AMMR,
) -> LegalBasis:
    """A citation of the AMMR unless another instrument is named; built once per citation
    (a `LegalBasis` is immutable)."""
    return LegalBasis(article, paragraph, point, subparagraph, instrument)


def registered_on(application: Application) -> date:
    """The registration of an application (Art 24(2)); its lodging where no registration is
    recorded, as for applications recorded under Dublin III."""
    return application.registered_on or application.lodged_on
