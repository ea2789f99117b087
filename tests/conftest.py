"""The whole test suite. The browser tests (tests/browser: a real chromium against a live
server, about a minute) are left out of a plain `pytest` run, which `make test` keeps fast;
they run when named: `pytest tests/browser` or `pytest -m browser` (`make test-browser`,
which `.ci/run` calls). The header of every run says which."""

from __future__ import annotations

from pathlib import Path

import pytest

BROWSER_TESTS = Path(__file__).resolve().parent / "browser"


def _browser_tests_requested(config: pytest.Config) -> bool:
    markexpr = str(getattr(config.option, "markexpr", "") or "")
    if "browser" in markexpr and "not browser" not in markexpr:
        return True
    for arg in config.args:
        path = Path(config.invocation_params.dir, arg.split("::", 1)[0]).resolve()
        if path == BROWSER_TESTS or BROWSER_TESTS in path.parents:
            return True
    return False


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path == BROWSER_TESTS and not _browser_tests_requested(config):
        return True
    return None  # pytest's own rules decide


def pytest_report_header(config: pytest.Config) -> str:
    if _browser_tests_requested(config):
        return "browser tests: included (chromium, tests/browser)"
    return "browser tests: not collected (run them with `make test-browser`)"
