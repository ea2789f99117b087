"""Finding a person by name whatever the spelling: names are folded to plain Latin letters
(any script, via anyascii), reduced to a consonant skeleton that absorbs the usual
transliteration variants (Mohamed / Muhammad / Mohammed, Osman / Othman), and compared token
by token (and as a whole, for names written in one or several words) with a similarity ratio
that forgives small typing errors (`score`).

So that a search never compares the query with every name in Python, each person's names are
also stored as search keys (`NameKey`, indexed, written with the person: `name_keys`): the
folded tokens, their skeletons and the skeleton of the whole name run together. A search
looks up the query's keys and every key one typing error away from them (`query_keys`),
ranks the people by the keys they share and scores the best of them with `score`.
"""

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
KEY_LENGTH = 60  # NameKey.key's max_length; longer keys are cut (a rare, very long token)

# Key weights: a shared folded token counts most, then a shared skeleton, then one edit.
EXACT, SKELETON, NEAR = 3, 2, 1


# Pure functions of short strings, cached: a search scores hundreds of candidates, and the same
# names and name parts come back again and again (common names, the same query).
@lru_cache(maxsize=65536)
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
    return list(_tokens(name))


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    words = [w for w in fold(name).replace("-", " ").split() if w]
    kept = [w for w in words if w not in _PARTICLES]
    return tuple(kept or words)


@lru_cache(maxsize=262144)
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
    wanted = _tokens(query)
    if not wanted:
        return 0.0
    joined = "".join(fold(query).split())
    best = 0.0
    for name in names:
        have = _tokens(name)
        if not have:
            continue
        total = sum(max(_token_score(w, h) for h in have) for w in wanted)
        # Also the whole name run together: Abdelrahman / Abd al-Rahman.
        whole = _token_score(joined, "".join(fold(name).split()))
        best = max(best, total / len(wanted), whole)
        if best >= 1.0:
            break
    return best


# The letters a skeleton is made of (variants merged: no c, q, w, x, y, z, j; no h or vowel
# after the first letter), and those of a folded name.
_SKELETON_LETTERS = "abdefgiklmnoprstuv"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _neighbours(text: str, letters: str) -> set[str]:
    """Every string one edit away: a letter left out, added, changed, or two swapped."""
    out = {text[:i] + text[i + 1 :] for i in range(len(text))}
    out |= {text[:i] + c + text[i:] for i in range(len(text) + 1) for c in letters}
    out |= {text[:i] + c + text[i + 1 :] for i in range(len(text)) for c in letters}
    out |= {text[:i] + text[i + 1] + text[i] + text[i + 2 :] for i in range(len(text) - 1)}
    out.discard(text)
    return out


def _add(keys: dict[str, int], key: str, weight: int) -> None:
    key = key[:KEY_LENGTH]
    keys[key] = max(weight, keys.get(key, 0))


def name_keys(names: Iterable[str]) -> dict[str, int]:
    """The stored search keys of a person's names, each with its weight: every folded token
    ("t:"), its skeleton ("s:"), and the skeleton of the whole name run together (particles
    included, as `score` compares it). A handful per name: typing errors are the query's
    business (`query_keys`)."""
    keys: dict[str, int] = {}
    for name in names:
        if not name:
            continue
        for token in _tokens(name):
            _add(keys, "t:" + token, EXACT)
            skel = skeleton(token)
            if skel:
                _add(keys, "s:" + skel, SKELETON)
        words = fold(name).split()
        if len(words) > 1:
            whole = skeleton("".join(words))
            if whole:
                _add(keys, "s:" + whole, SKELETON)
    return keys


@lru_cache(maxsize=4096)
def _near_keys(token: str) -> tuple[str, ...]:
    """Keys one typing error away from a query token: its skeleton's neighbours when the
    skeleton has four letters or more; else (a skeleton of a few letters says too little: one
    edit away from "md" is half the names) the folded token's neighbours."""
    skel = skeleton(token)
    if len(skel) >= 4:
        return tuple("s:" + near for near in _neighbours(skel, _SKELETON_LETTERS) if near)
    if len(token) >= 4:
        return tuple("t:" + near for near in _neighbours(token, _LETTERS) if near)
    return ()


def query_keys(query: str) -> dict[str, int]:
    """The keys a search looks up for a query: its own stored keys (`name_keys`), and every
    key one typing error away, weighted NEAR. Two spellings one edit apart (on the skeleton,
    or on the name itself for short skeletons) so always share a key, and the stored keys
    stay few (a bulk load writes them for every person)."""
    keys = name_keys([query])
    for token in _tokens(query):
        for key in _near_keys(token):
            if key not in keys:
                keys[key[:KEY_LENGTH]] = NEAR
    return keys
