"""Texts for a stored determination.

Casework stores the lean JSON form of a determination (message keys and parameters, no
texts: `determination_to_dict(..., texts=False)`), which is the same in every language; the
texts are added when it is read, in the reader's language.
"""

from __future__ import annotations

from typing import Any

from cordiale.law.explain.render import Language, cite, period_text, render
from cordiale.law.outcome import LegalBasis, Message


def with_texts(data: Any, lang: Language = Language.EN) -> Any:
    """A copy of a lean determination (or any part of it) with texts and citations added."""
    if isinstance(data, list):
        return [with_texts(item, lang) for item in data]
    if not isinstance(data, dict):
        return data
    if "key" in data and "params" in data and len(data) == 2:
        return {**data, "text": render(Message(data["key"], dict(data["params"])), lang)}
    if "instrument" in data and "article" in data:
        basis = LegalBasis(
            data["article"],
            data.get("paragraph"),
            data.get("point"),
            data.get("subparagraph"),
            data["instrument"],
        )
        return {**data, "citation": cite(basis, lang)}
    out = {key: with_texts(value, lang) for key, value in data.items()}
    if "period" in out and "due" in out and isinstance(out["period"], str):
        out["period"] = period_text(out["period"], lang)
    return out
