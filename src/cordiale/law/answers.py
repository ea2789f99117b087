"""Answers to the engine's questions: one rule for every regime (docs/case-file.md section 6).

A case file records answers as `question id -> value`. When the engine asks a question it
reads the answer through `normalise_answer`, with the question's options:

* an option, in any case and with surrounding spaces: `"Yes"`, `" NO "`, `"gb"` for `GB`,
  `"Shifted"`; the answer becomes the option as the engine prints it;
* for a yes/no question (options `yes` / `no`) also the booleans `true` / `false`, the text
  `"true"` / `"false"` and the French `"oui"` / `"non"` (the French output prints the options
  as `oui / non`);
* for a date question (the single option `YYYY-MM-DD`) a valid ISO date.

Anything else is not one of the options: the engine does not guess which side it meant. The
answer is ignored, the question stays open and a warning `answer.invalid` names the question,
the value given and the options. An answer to a question the engine did not ask in this run
is left alone without a warning: it may be for the other regime, or for a question that a
later answer will raise.
"""

from __future__ import annotations

from datetime import date

from cordiale.law.outcome import Message

YES = "yes"
NO = "no"
YES_NO: tuple[str, ...] = (YES, NO)
DATE_OPTION = "YYYY-MM-DD"
INVALID_ANSWER = "answer.invalid"

_YES_NO_SYNONYMS = {"yes": YES, "true": YES, "oui": YES, "no": NO, "false": NO, "non": NO}


def normalise_answer(value: bool | str, options: tuple[str, ...]) -> str | None:
    """The option `value` stands for, as printed by the engine; None if it is none of them."""
    yes_no = YES in options and NO in options
    if isinstance(value, bool):
        if not yes_no:
            return None
        return YES if value else NO
    text = value.strip()
    if options == (DATE_OPTION,):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    folded = text.casefold()
    for option in options:
        if option.casefold() == folded:
            return option
    if yes_no:
        return _YES_NO_SYNONYMS.get(folded)
    return None


def invalid_answer_message(
    question_id: str, value: bool | str, options: tuple[str, ...]
) -> Message:
    """The warning's message: the question, the value given and the allowed options."""
    shown = ("true" if value else "false") if isinstance(value, bool) else f'"{value}"'
    return Message(
        "warning.answer_invalid",
        {"question": question_id, "value": shown, "options": " / ".join(options)},
    )
