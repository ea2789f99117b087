"""Every message the engine can emit, in English and French.

Each module of rules keeps its own messages (`messages_*.py`); this module merges them and is
the only place `render` looks. A test checks that every key used by the engine is here, in both
languages, with the same placeholders.
"""

from __future__ import annotations

from cordiale.law.explain.messages_ammr import MESSAGES as AMMR
from cordiale.law.explain.messages_ammr_deadlines import MESSAGES as AMMR_DEADLINES
from cordiale.law.explain.messages_core import MESSAGES as CORE
from cordiale.law.explain.messages_core import VOCABULARY as CORE_VOCABULARY
from cordiale.law.explain.messages_deadlines import MESSAGES as DEADLINES
from cordiale.law.explain.messages_dublin3 import MESSAGES as DUBLIN3
from cordiale.law.explain.messages_ukfrance import MESSAGES as UKFRANCE
from cordiale.law.explain.messages_ukfrance import VOCABULARY as UKFRANCE_VOCABULARY
from cordiale.law.explain.messages_validation import MESSAGES as VALIDATION
from cordiale.law.explain.messages_validation import VOCABULARY as VALIDATION_VOCABULARY

# key -> (English, French); placeholders use str.format syntax: {state}, {date}...
CATALOGUE: dict[str, tuple[str, str]] = {
    **CORE,
    **DUBLIN3,
    **DEADLINES,
    **AMMR,
    **AMMR_DEADLINES,
    **UKFRANCE,
    **VALIDATION,
}

# Enumeration values shown inside messages, in the reader's language.
VOCABULARY: dict[str, tuple[str, str]] = {
    **CORE_VOCABULARY,
    **UKFRANCE_VOCABULARY,
    **VALIDATION_VOCABULARY,
}
