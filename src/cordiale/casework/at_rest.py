"""Evidence files encrypted at rest (DESIGN.md, "Least data": DNA results, medical reports and
identity scans are special-category or sensitive data, GDPR Arts 9 and 32).

Each file is sealed with AES-256-GCM (the `cryptography` package): the file holds a marker,
the id of its key (the first 8 bytes of the key's SHA-256), a random 12-byte nonce and the
ciphertext with its tag. The associated data is the file's name, the SHA-256 of its clear
content, so a file copied under another name does not open, and any changed byte is refused.

Keys (`settings.DATA_KEYS`): `CORDIALE_DATA_KEYS`, comma-separated, each 32 random bytes in
URL-safe base64 (`cordiale evidence new-key` prints one); the first seals, all of them open
(rotation: put the new key first, run `cordiale evidence rekey`, then drop the old one).
Without it, a key generated once in the data folder (`data_key`, readable by its owner
only), which protects a copy of the evidence folder but not a copy of the whole data folder:
production keeps the keys elsewhere. Files stored before sealing existed are read as they
are (their checksum is still checked) until `rekey` seals them."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
from collections.abc import Sequence
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MARKER = b"CDLE\x01"
_KEY_ID = 8
_NONCE = 12
KEY_BYTES = 32


class BadKey(ValueError):
    """A data key that is not 32 bytes of URL-safe base64 (names the setting)."""


class Unreadable(OSError):
    """A sealed file that no known key opens, or whose content was changed."""


def new_key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(KEY_BYTES)).decode()


def parse_keys(text: str, *, setting: str = "CORDIALE_DATA_KEYS") -> list[bytes]:
    keys = []
    for number, part in enumerate(p.strip() for p in text.split(",") if p.strip()):
        try:
            key = base64.urlsafe_b64decode(part.encode())
        except (binascii.Error, ValueError):
            key = b""
        if len(key) != KEY_BYTES:
            raise BadKey(
                f"{setting}: key {number + 1} is not {KEY_BYTES} bytes in URL-safe base64 "
                "(make one with `cordiale evidence new-key`)"
            )
        keys.append(key)
    return keys


def local_keys(folder: Path) -> list[bytes]:
    """The key of a local install: generated once in the data folder, owner-only."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "data_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(new_key())
    return parse_keys(path.read_text(), setting=str(path))


def key_id(key: bytes) -> bytes:
    return hashlib.sha256(key).digest()[:_KEY_ID]


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(MARKER)


def sealed_with(blob: bytes) -> bytes | None:
    """The id of the key a sealed file was sealed with (None for a clear file)."""
    return blob[len(MARKER) : len(MARKER) + _KEY_ID] if is_sealed(blob) else None


def seal(clear: bytes, name: str, keys: Sequence[bytes]) -> bytes:
    key = keys[0]
    nonce = secrets.token_bytes(_NONCE)
    return MARKER + key_id(key) + nonce + AESGCM(key).encrypt(nonce, clear, name.encode())


def open_(blob: bytes, name: str, keys: Sequence[bytes]) -> bytes:
    """The clear content of a stored file (a file stored before sealing: as it is)."""
    if not is_sealed(blob):
        return blob
    wanted = sealed_with(blob)
    key = next((k for k in keys if key_id(k) == wanted), None)
    if key is None:
        raise Unreadable(f"{name}: sealed with a key that is not in CORDIALE_DATA_KEYS")
    start = len(MARKER) + _KEY_ID
    nonce, body = blob[start : start + _NONCE], blob[start + _NONCE :]
    try:
        return AESGCM(key).decrypt(nonce, body, name.encode())
    except InvalidTag:
        raise Unreadable(f"{name}: the sealed file was changed or is not this file") from None
