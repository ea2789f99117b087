"""Evidence files: stored outside the database with their checksum; a changed file is
noticed; unaccepted types and categories are refused naming the field."""

from __future__ import annotations

import pytest
from pytest_django.fixtures import Settings

from cordiale.casework import at_rest, evidence
from cordiale.casework.errors import InvalidFacts
from cordiale.casework.models import Case, Evidence
from tests.builders import create_registered_case, create_user

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 synthetic local-authority assessment\n"


def test_a_stored_file_is_read_back_after_its_checksum_is_checked() -> None:
    user = create_user()
    case = create_registered_case(user)
    stored = evidence.store(
        case,
        [PDF[:10], PDF[10:]],
        filename="../../etc/assessment.pdf",
        content_type="application/pdf",
        category="proof",
        user=user,
    )
    assert stored.filename == "assessment.pdf"  # no path from the client is kept
    assert stored.size == len(PDF)
    assert evidence.read(stored) == PDF
    path = evidence.path_of(stored.sha256)
    assert path.stat().st_mode & 0o077 == 0  # readable by the service only
    path.write_bytes(b"tampered")
    with pytest.raises(OSError, match="checksum"):
        evidence.read(stored)


@pytest.mark.parametrize(
    ("content_type", "category", "field"),
    [("application/x-msdownload", "proof", "file"), ("application/pdf", "list C", "category")],
)
def test_refused_uploads_name_the_field_and_store_nothing(
    content_type: str, category: str, field: str
) -> None:
    user = create_user()
    case = create_registered_case(user)
    with pytest.raises(InvalidFacts) as caught:
        evidence.store(
            case, [PDF], filename="x", content_type=content_type, category=category, user=user
        )
    assert caught.value.errors[0].path == field
    assert not Evidence.objects.exists()


# --- sealed at rest (cordiale.casework.at_rest) ----------------------------------------------


def _store(content: bytes = PDF) -> Evidence:
    user = create_user()
    case = Case.objects.first() or create_registered_case(user)
    return evidence.store(
        case, [content], filename="dna.pdf", content_type="application/pdf", user=user
    )


def test_the_file_on_disk_is_sealed_not_clear() -> None:
    """DNA results and medical reports are special-category data (GDPR Art 9): encrypted at
    rest (DESIGN.md, "Least data")."""
    stored = _store()
    blob = evidence.path_of(stored.sha256).read_bytes()
    assert blob.startswith(at_rest.MARKER)
    assert b"local-authority" not in blob
    assert len(blob) > len(PDF)
    assert evidence.read(stored) == PDF


def test_a_changed_byte_or_a_file_under_another_name_is_refused() -> None:
    stored = _store()
    other = _store(b"%PDF-1.4 another synthetic document\n")
    path = evidence.path_of(stored.sha256)
    sealed = path.read_bytes()
    path.write_bytes(sealed[:-1] + bytes([sealed[-1] ^ 1]))
    with pytest.raises(OSError, match="changed"):
        evidence.read(stored)
    # The other document's sealed file copied in its place: it does not open under this name.
    path.write_bytes(evidence.path_of(other.sha256).read_bytes())
    with pytest.raises(OSError, match="changed or is not this file"):
        evidence.read(stored)


def test_rotation_seals_again_with_the_new_key_and_files_from_before_sealing(
    settings: Settings,
) -> None:
    old = list(settings.DATA_KEYS)
    sealed = _store()
    clear = _store(b"%PDF-1.4 stored before sealing existed\n")
    evidence.path_of(clear.sha256).write_bytes(b"%PDF-1.4 stored before sealing existed\n")
    assert evidence.read(clear).startswith(b"%PDF")  # read as it is meanwhile
    new = at_rest.parse_keys(at_rest.new_key())
    settings.DATA_KEYS = new + old  # the new key first: it seals, both open
    done = evidence.rekey()
    assert (done.sealed, done.rekeyed, done.current) == (1, 1, 0)
    assert (done.missing, done.unreadable) == ([], [])
    settings.DATA_KEYS = new  # the old key dropped: everything still opens
    assert evidence.read(sealed) == PDF
    assert evidence.read(clear) == b"%PDF-1.4 stored before sealing existed\n"
    assert evidence.rekey().current == 2
    settings.DATA_KEYS = old  # a file sealed with a key no longer known is named
    with pytest.raises(OSError, match="not in CORDIALE_DATA_KEYS"):
        evidence.read(sealed)
    assert sorted(evidence.rekey().unreadable) == sorted([sealed.sha256, clear.sha256])


def test_a_missing_file_is_reported_by_rekey() -> None:
    stored = _store()
    evidence.path_of(stored.sha256).unlink()
    assert evidence.rekey().missing == [stored.sha256]


@pytest.mark.parametrize("text", ["short", "not base64 at all!!", "a2V5,"])
def test_a_bad_data_key_names_the_setting(text: str) -> None:
    with pytest.raises(at_rest.BadKey, match="CORDIALE_DATA_KEYS: key 1 is not 32 bytes"):
        at_rest.parse_keys(text)
    assert len(at_rest.parse_keys(at_rest.new_key() + ", " + at_rest.new_key())) == 2
