"""The law engine: pure, typed rules that say which State is responsible and by when.

No Django, no I/O: facts in (`CaseFacts`), a `Determination` out.
"""

from cordiale.law.casefile import facts_from_data, facts_from_json, facts_from_yaml
from cordiale.law.engine import determine
from cordiale.law.errors import CaseFileError, FieldError
from cordiale.law.facts import CaseFacts
from cordiale.law.outcome import Determination, Regime, Status
from cordiale.law.settings import DEFAULT_SETTINGS, EngineSettings

__all__ = [
    "DEFAULT_SETTINGS",
    "CaseFacts",
    "CaseFileError",
    "Determination",
    "EngineSettings",
    "FieldError",
    "Regime",
    "Status",
    "determine",
    "facts_from_data",
    "facts_from_json",
    "facts_from_yaml",
]
