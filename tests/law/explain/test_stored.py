"""The texts added to a stored (lean) determination are those of the full rendering."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import cordiale
from cordiale.files import load_case_file
from cordiale.law.engine import determine
from cordiale.law.explain.render import Language, determination_to_dict
from cordiale.law.explain.stored import with_texts

EXAMPLES = sorted((Path(cordiale.__file__).parent / "examples").glob("*.yaml"))


def test_lean_form_covers_every_example() -> None:
    assert len(EXAMPLES) >= 5


def test_lean_form_with_texts_equals_the_full_form_in_both_languages() -> None:
    for path in EXAMPLES:
        facts = load_case_file(path)
        result = determine(facts, as_of=date(2026, 11, 26))
        lean = determination_to_dict(result, texts=False)
        for lang in (Language.EN, Language.FR):
            assert with_texts(lean, lang) == determination_to_dict(result, lang)
