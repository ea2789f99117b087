"""Finding a person by name whatever the spelling: names are folded to plain Latin letters
(any script, via anyascii), reduced to a consonant skeleton that absorbs the usual
transliteration variants (Mohamed / Muhammad / Mohammed, Osman / Othman), and compared token
by token (and as a whole, for names written in one or several words) with a similarity ratio
that forgives small typing errors."""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from anyascii import anyascii

_NOT_LETTER = re.compile(r"[^a-z ]+")
# Transliteration variants, applied in order on the folded name.
_VARIANTS: tuple[tuple[str, str], ...] = (
    ("ph", "f"),
    ("th", "s"),  # Arabic tha: Othman / Osman / Usman
    ("dh", "d"),
    ("kh", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "s"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("q", "k"),
    ("c", "k"),
    ("w", "u"),
    ("y", "i"),
    ("j", "g"),
    ("z", "s"),
    ("x", "ks"),
)
_PARTICLES = frozenset({"al", "el", "ul", "bin", "ben", "ibn", "abu", "de", "da", "van", "von"})
THRESHOLD = 0.78


def fold(text: str) -> str:
    """'Ğül Şahin' -> 'gul sahin'; 'عثمان' -> 'thmn' (anyascii's romanisation)."""
    return " ".join(_NOT_LETTER.sub(" ", anyascii(text).lower()).split())


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """A token reduced to what transliterations agree on: variants merged, vowels after the
    first letter dropped, doubled letters collapsed."""
    for old, new in _VARIANTS:
        token = token.replace(old, new)
    if not token:
        return ""
    head, rest = token[0], re.sub(r"[aeiouh]", "", token[1:])
    out = head + rest
    return re.sub(r"(.)\1+", r"\1", out)


def tokens(name: str) -> list[str]:
    words = [w for w in fold(name).replace("-", " ").split() if w]
    kept = [w for w in words if w not in _PARTICLES]
    return kept or words


def _token_score(query: str, candidate: str) -> float:
    if query == candidate:
        return 1.0
    a, b = skeleton(query), skeleton(candidate)
    if a and a == b:
        return 0.95
    plain = SequenceMatcher(None, query, candidate).ratio()
    skel = SequenceMatcher(None, a, b).ratio() if a and b else 0.0
    return max(plain, skel * 0.95)


def score(query: str, names: Iterable[str]) -> float:
    """How well a query matches the best of a person's names (0 to 1): each query token is
    matched to its best token of the name; the mean of those."""
    wanted = tokens(query)
    if not wanted:
        return 0.0
    joined = "".join(fold(query).split())
    best = 0.0
    for name in names:
        have = tokens(name)
        if not have:
            continue
        total = sum(max(_token_score(w, h) for h in have) for w in wanted)
        # Also the whole name run together: Abdelrahman / Abd al-Rahman.
        whole = _token_score(joined, "".join(fold(name).split()))
        best = max(best, total / len(wanted), whole)
        if best >= 1.0:
            break
    return best
