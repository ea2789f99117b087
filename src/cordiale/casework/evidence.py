"""Evidence files: stored outside the database under their SHA-256, checked on reading, and
never served without a permission check (the caller passes through `scoping` first)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.conf import settings

from cordiale.casework.errors import InvalidFacts
from cordiale.casework.models import Case, Evidence
from cordiale.law.errors import FieldError

MAX_BYTES = 25 * 1024 * 1024
ALLOWED_TYPES = frozenset(
    {"application/pdf", "image/jpeg", "image/png", "image/tiff", "text/plain"}
)


def _root() -> Path:
    return Path(settings.EVIDENCE_DIR)


def path_of(sha256: str) -> Path:
    return _root() / sha256[:2] / sha256


def store(
    case: Case,
    chunks: Iterable[bytes],
    *,
    filename: str,
    content_type: str,
    category: str = "",
    description: str = "",
    user: Any = None,
) -> Evidence:
    """Write the file (atomically: temp file then rename), then its record."""
    if content_type not in ALLOWED_TYPES:
        raise InvalidFacts(
            "this type of file is not accepted",
            [FieldError("file", content_type, "PDF, JPEG, PNG, TIFF or plain text")],
        )
    if category not in {"", *Evidence.Category.values}:
        raise InvalidFacts(
            "unknown evidence category",
            [FieldError("category", category, "proof (list A) or circumstantial (list B)")],
        )
    root = _root()
    (root / "tmp").mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp = tempfile.mkstemp(dir=root / "tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                size += len(chunk)
                if size > MAX_BYTES:
                    raise InvalidFacts(
                        "file too large",
                        [FieldError("file", f"{size} bytes or more", "at most 25 MiB")],
                    )
                digest.update(chunk)
                out.write(chunk)
        sha = digest.hexdigest()
        target = path_of(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
        target.chmod(0o600)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Evidence.objects.create(
        case=case,
        sha256=sha,
        size=size,
        filename=Path(filename).name[:255] or "evidence",
        content_type=content_type,
        category=category,
        description=description,
        uploaded_by=user if getattr(user, "pk", None) else None,
    )


def read(evidence: Evidence) -> bytes:
    """The file's bytes, after checking they are still those uploaded."""
    data = path_of(evidence.sha256).read_bytes()
    if hashlib.sha256(data).hexdigest() != evidence.sha256:
        raise OSError(f"evidence {evidence.pk}: the stored file does not match its checksum")
    return data
