"""Name matching for the search page: the functions live in `cordiale.casework.names`
(the casework stores each person's search keys with the person)."""

from __future__ import annotations

from cordiale.casework.names import THRESHOLD, fold, score, skeleton, tokens

__all__ = ["THRESHOLD", "fold", "score", "skeleton", "tokens"]
