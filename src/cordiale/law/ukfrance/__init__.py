"""UK-France arrangements beside the EU responsibility rules (shared/law/uk_france.md).

* `juxtaposed`: Sangatte Protocol 1991, Additional Protocol 2000, Le Touquet Treaty 2003:
  a claim at a UK control zone in France is France's to examine.
* `brexit`: Dublin requests to or from the UK after 31 December 2020 are not Dublin requests.
* `sandhurst`: Sandhurst Treaty 2018 service-level targets (HL4954), never deadlines.
* `readmission`: UK-France Agreement 2025 ("one in, one out"), returns leg.
* `admission`: its admissions leg, an eligibility screening with configurable criteria.
* `section67`: Immigration Act 2016 s.67, historic, evaluated on request.
* `engine`: the pre- and post-steps `cordiale.law.engine.determine` runs around the rules.
"""

from cordiale.law.ukfrance.admission import screen_admission
from cordiale.law.ukfrance.engine import Prepared, complete, involves_uk_france, prepare
from cordiale.law.ukfrance.juxtaposed import normalise
from cordiale.law.ukfrance.section67 import evaluate_section67

__all__ = [
    "Prepared",
    "complete",
    "evaluate_section67",
    "involves_uk_france",
    "normalise",
    "prepare",
    "screen_admission",
]
