"""Evidence files: stored outside the database under their SHA-256, sealed at rest
(`at_rest`: AES-256-GCM), checked on reading, and never served without a permission check
(the caller passes through `scoping` first)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

from cordiale.casework import at_rest
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
    clear = bytearray()
    for chunk in chunks:
        clear += chunk
        if len(clear) > MAX_BYTES:
            raise InvalidFacts(
                "file too large",
                [FieldError("file", f"{len(clear)} bytes or more", "at most 25 MiB")],
            )
    size = len(clear)
    sha = hashlib.sha256(clear).hexdigest()
    _write(sha, at_rest.seal(bytes(clear), sha, settings.DATA_KEYS))
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


def _write(sha: str, blob: bytes) -> None:
    """Atomically: a temporary file (owner-only) renamed into place."""
    root = _root()
    (root / "tmp").mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=root / "tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(blob)
        target = path_of(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
        target.chmod(0o600)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read(evidence: Evidence) -> bytes:
    """The file's bytes, after checking they are still those uploaded."""
    return _clear(evidence.sha256, f"evidence {evidence.pk}")


def _clear(sha: str, what: str) -> bytes:
    try:
        data = at_rest.open_(path_of(sha).read_bytes(), sha, settings.DATA_KEYS)
    except at_rest.Unreadable as exc:
        raise OSError(f"{what}: {exc}") from None
    if hashlib.sha256(data).hexdigest() != sha:
        raise OSError(f"{what}: the stored file does not match its checksum")
    return data


@dataclass
class Rekeyed:
    sealed: int = 0  # clear files (stored before sealing) now sealed
    rekeyed: int = 0  # sealed with an older key, now with the current one
    current: int = 0  # already sealed with the current key
    missing: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def rekey() -> Rekeyed:
    """Seal every stored file with the current key (the first of `DATA_KEYS`): files stored
    before sealing existed, and files sealed with an older key (rotation). Each file is
    checked against its checksum before it is rewritten; one that fails is left as it is and
    reported."""
    keys = settings.DATA_KEYS
    current = at_rest.key_id(keys[0])
    done = Rekeyed()
    for sha in Evidence.objects.order_by().values_list("sha256", flat=True).distinct():
        path = path_of(sha)
        if not path.exists():
            done.missing.append(sha)
            continue
        blob = path.read_bytes()
        if at_rest.sealed_with(blob) == current:
            done.current += 1
            continue
        try:
            clear = _clear(sha, sha)
        except OSError:
            done.unreadable.append(sha)
            continue
        _write(sha, at_rest.seal(clear, sha, keys))
        if at_rest.is_sealed(blob):
            done.rekeyed += 1
        else:
            done.sealed += 1
    return done
