"""Every message the engine emits exists in English and French with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from cordiale.cli import example_paths
from cordiale.files import load_case_file
from cordiale.law import determine
from cordiale.law.explain.catalogue import CATALOGUE, VOCABULARY
from cordiale.law.explain.render import Language, render, render_determination
from cordiale.law.outcome import Determination, Message
from tests.law.test_scenarios import SCENARIOS, run_scenario

SRC = Path(__file__).parents[3] / "src" / "cordiale" / "law"
LITERAL_KEY = re.compile(r"""(?:msg|Message)\(\s*["']([a-z0-9_.]+)["']""")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_english_and_french_have_the_same_placeholders(key: str) -> None:
    english, french = CATALOGUE[key]
    assert english.strip()
    assert french.strip()
    assert english != french or key.startswith("status."), key
    assert placeholders(english) == placeholders(french), key


def test_every_literal_key_in_the_engine_is_in_the_catalogue() -> None:
    used = {
        key
        for path in SRC.rglob("*.py")
        if "explain" not in path.parts
        for key in LITERAL_KEY.findall(path.read_text(encoding="utf-8"))
    }
    assert used, "the pattern found no message keys"
    assert sorted(used - set(CATALOGUE)) == []


def _messages(result: Determination) -> list[Message]:
    found = [result.regime_reason]
    found += [s.message for s in result.trace]
    found += [q.message for q in result.questions]
    found += [w.message for w in result.warnings]
    for d in result.deadlines:
        found += [d.start_event, d.consequence]
        if d.alternative_note is not None:
            found.append(d.alternative_note)
    return found


def _results() -> list[Determination]:
    from datetime import date

    results = [run_scenario(path)[1] for path in SCENARIOS]
    results += [determine(load_case_file(p), as_of=date(2026, 11, 26)) for p in example_paths()]
    return results


def test_every_emitted_message_renders_in_both_languages() -> None:
    """Runs every scenario and example: each message key exists and its parameters fill the
    template (no placeholder left unfilled)."""
    for result in _results():
        for message in _messages(result):
            assert message.key in CATALOGUE, message.key
            for template in CATALOGUE[message.key]:
                assert placeholders(template) <= set(message.params), (message.key, message.params)
                template.format(**message.params)
        for lang in Language:
            assert render_determination(result, lang)


def test_every_deadline_id_has_a_name_in_both_languages() -> None:
    ids = {deadline.id for result in _results() for deadline in result.deadlines}
    assert {"take_charge_request", "transfer"} <= ids
    assert sorted(i for i in ids if f"deadline_name.{i}" not in CATALOGUE) == []


def test_french_text_uses_french_state_names_and_typography() -> None:
    from datetime import date

    path = next(p for p in example_paths() if "uam" in p.stem)
    text = render_determination(
        determine(load_case_file(path), as_of=date(2026, 11, 26)), Language.FR
    )
    assert "Royaume-Uni (GB)" in text
    assert "Statut : déterminé" in text
    assert "Requête aux fins de prise en charge [take_charge_request]" in text


def test_an_id_that_is_also_a_word_is_shown_as_written() -> None:
    """A family member whose id is "child" stays "child" in French; a vocabulary word in
    another parameter (a relation) is still translated."""
    cannot = Message("art8.2.cannot_take_care", {"member": "child"})
    assert render(cannot, Language.FR) == (
        "Un agent a estimé que le proche child ne peut pas s'occuper du mineur."
    )
    assert "relative child cannot" in render(cannot, Language.EN)
    both = render(
        Message("ammr.family.not_family_member", {"member": "child", "relation": "child"}),
        Language.FR,
    )
    assert both.startswith(f"child ({VOCABULARY['child'][1]}) n'est pas")
