"""API tests sign people in with `Client.force_login` (a password-only session): the second
factor, which the web UI asks for, is switched off here except where a test checks it."""

from __future__ import annotations

import pytest
from pytest_django.fixtures import Settings


@pytest.fixture(autouse=True)
def _no_second_factor(settings: Settings) -> None:
    settings.CORDIALE_REQUIRE_2FA = False
