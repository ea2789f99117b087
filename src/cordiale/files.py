"""Reading case files from disk (the law package itself does no I/O)."""

from __future__ import annotations

from pathlib import Path

from cordiale.law.casefile import facts_from_json, facts_from_yaml
from cordiale.law.errors import CaseFileError, FieldError
from cordiale.law.facts import CaseFacts


def load_case_file(path: str | Path) -> CaseFacts:
    """Read a `.json`, `.yaml` or `.yml` case file; raise `CaseFileError` on any problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CaseFileError(
            [FieldError("", str(path), f"a readable UTF-8 case file ({reason})")]
        ) from None
    if path.suffix.lower() == ".json":
        return facts_from_json(text, source=str(path))
    return facts_from_yaml(text, source=str(path))
