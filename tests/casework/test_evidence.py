"""Evidence files: stored outside the database with their checksum; a changed file is
noticed; unaccepted types and categories are refused naming the field."""

from __future__ import annotations

import pytest

from cordiale.casework import evidence
from cordiale.casework.errors import InvalidFacts
from cordiale.casework.models import Evidence
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
