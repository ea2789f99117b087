"""Real-browser tests: Debian's chromium (never a downloaded browser), driven by Playwright,
against pytest-django's live server. Every page a test reaches is checked with axe-core
(WCAG 2.2 AA: the test fails on any violation, listed readably) and for failed requests or
script errors; the main pages are saved as full-page screenshots in English and French under
`var/screenshots/` (or `$CORDIALE_SCREENSHOTS`), kept by CI as artifacts.

Run with `make test-browser` (or `.venv/bin/pytest tests/browser`). Chromium is found at
/usr/bin/chromium (or `$CORDIALE_CHROMIUM`); axe-core in node_modules/ (`npm ci`). When either
is missing the tests fail and say how to install it: they never skip."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Locator,
    Page,
    Playwright,
    Request,
    Response,
    sync_playwright,
)
from playwright.sync_api import Error as PlaywrightError
from pytest_django.fixtures import Settings
from pytest_django.live_server_helper import LiveServer

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CORDIALE_CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(os.environ.get("CORDIALE_SCREENSHOTS") or ROOT / "var" / "screenshots")
# WCAG 2.0, 2.1 and 2.2, levels A and AA (axe-core's tags).
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
PASSWORD = "x" * 14  # tests.builders.create_user
TIMEOUT_MS = 15_000


def _require(path: Path, mode: int, what: str, how: str) -> None:
    if not (path.is_file() and os.access(path, mode)):
        pytest.fail(f"{what} not found at {path}: {how}", pytrace=False)


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Playwright]:
    _require(
        CHROMIUM,
        os.X_OK,
        "chromium",
        "install Debian's chromium (`apt-get install chromium`; .ci/run does) or set "
        "CORDIALE_CHROMIUM to its path. Never `playwright install`.",
    )
    _require(
        AXE, os.R_OK, "axe-core", "run `npm ci` (make setup does) to install it into node_modules/"
    )
    # Playwright's synchronous API keeps an asyncio loop running in this thread, so Django
    # would take the test's own database calls (building the cases, reading the results)
    # for calls from async code and refuse them. They are plain synchronous calls.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as driver:
            yield driver


@pytest.fixture(scope="session")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    launched = playwright_driver.chromium.launch(
        executable_path=str(CHROMIUM),
        headless=True,
        args=["--no-sandbox", "--headless"],
    )
    yield launched
    launched.close()


@pytest.fixture(autouse=True)
def _browser_settings(settings: Settings) -> None:
    """Most tests sign in with the password alone; the tests of the second factor switch it
    back on (the live server runs in this process: it sees the same settings)."""
    settings.CORDIALE_REQUIRE_2FA = False


@pytest.fixture(scope="session")
def axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


class AccessibilityError(AssertionError):
    """axe-core found violations of WCAG 2.2 AA (or skipped heading levels) on a page."""


def describe_violations(where: str, violations: list[dict[str, Any]]) -> str:
    lines = [f"axe-core: {len(violations)} accessibility violation(s) on {where}:"]
    for v in violations:
        lines.append(f"- {v['id']} ({v.get('impact') or 'n/a'}): {v['help']}")
        lines.append(f"  {v['helpUrl']}")
        for node in v["nodes"][:8]:
            target = " ".join(str(t) for t in node["target"])
            html = re.sub(r"\s+", " ", node["html"])[:200]
            lines.append(f"    at {target}: {html}")
            for hint in (node.get("summary") or "").splitlines():
                if hint.strip():
                    lines.append(f"      {hint.strip()}")
        if len(v["nodes"]) > 8:
            lines.append(f"    ... and {len(v['nodes']) - 8} more element(s)")
    return "\n".join(lines)


# The WCAG rules, and one of axe-core's "best practice" rules: headings that skip a level
# (an h3 right under the h1) mislead screen reader users who move by headings.
_AXE_RUN = """async (tags) => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    rules: {"heading-order": {enabled: true}},
    resultTypes: ["violations"],
  });
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({target: n.target, html: n.html, summary: n.failureSummary})),
  }));
}"""


# The focused element; "visible" when it shows the focus: an outline, a box shadow (GOV.UK's
# focus style) or the yellow focus colour; for GOV.UK radios, on the label's drawn circle.
_FOCUSED = """() => {
  const e = document.activeElement;
  let style = getComputedStyle(e);
  if (e.matches(".govuk-radios__input, .govuk-checkboxes__input")) {
    style = getComputedStyle(e.nextElementSibling, "::before");
  }
  const clear = (c) => c === "transparent" || c === "rgba(0, 0, 0, 0)";
  const outline = style.outlineStyle !== "none" && style.outlineWidth !== "0px"
    && !clear(style.outlineColor);
  const shadow = style.boxShadow && style.boxShadow !== "none";
  const yellow = style.backgroundColor === "rgb(255, 221, 0)";
  const text = (e.innerText || e.getAttribute("aria-label") || "").trim().replace(/\\s+/g, " ");
  return {id: e.id, tag: e.tagName.toLowerCase(), text: text.slice(0, 80),
          visible: Boolean(outline || shadow || yellow)};
}"""

# Values that change at every request without changing the page (form tokens, times).
_VOLATILE = re.compile(r'name="(?:csrfmiddlewaretoken|opened_at)" value="[^"]*"')
_CHECKED: set[str] = set()  # pages (their markup's digest) found free of violations


@dataclass
class UI:
    """One browser tab of one person, with the checks every page goes through."""

    page: Page
    base_url: str
    axe_source: str
    label: str
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.page.set_default_timeout(TIMEOUT_MS)
        self.page.on("pageerror", lambda exc: self.problems.append(f"script error: {exc}"))
        self.page.on("response", self._on_response)
        self.page.on("requestfailed", self._on_failure)

    def _on_failure(self, request: Request) -> None:
        # Aborted: the test moved on to the next page while this one still loaded something.
        if request.failure != "net::ERR_ABORTED":
            self.problems.append(f"request failed: {request.url} ({request.failure})")

    def _on_response(self, response: Response) -> None:
        # The page itself may be a 404 or 403 on purpose; its CSS, scripts and icons may not.
        if response.status >= 400 and response.request.resource_type != "document":
            self.problems.append(f"{response.status} for {response.url}")

    # --- where we are ----------------------------------------------------------------------
    @property
    def path(self) -> str:
        """The address shown, without the server and the fragment (#main-content...)."""
        return "/" + self.page.url.removeprefix(self.base_url).lstrip("/").partition("#")[0]

    @property
    def language(self) -> str:
        return str(self.page.get_attribute("html", "lang") or "")

    def text(self, selector: str = "main") -> str:
        return self.page.inner_text(selector)

    # --- moving ------------------------------------------------------------------------------
    def goto(self, path: str, *, status: int = 200, check: bool = True) -> Response:
        response = self.page.goto(self.base_url + path)
        assert response is not None, path
        assert response.status == status, f"{path}: {response.status}, expected {status}"
        if check:
            self.check()
        return response

    def follow(self, locator: Locator, *, status: int = 200, check: bool = True) -> Response:
        """Click a link or a button that loads another page, then check that page."""
        with self.page.expect_navigation() as navigation:
            locator.click()
        response = navigation.value
        assert response is not None
        assert response.status == status, (
            f"{self.path}: {response.status}, expected {status}\n{self.text()[:1500]}"
        )
        if check:
            self.check()
        return response

    def fetch(self, path: str) -> tuple[int, str]:
        """The status and body of an address, with this person's cookies but without showing
        it (no axe-core): for checking many addresses quickly."""
        response = self.page.request.get(self.base_url + path, max_redirects=0)
        return response.status, response.text()

    def link(self, name: str | re.Pattern[str], within: str = "body") -> Locator:
        return self.page.locator(within).get_by_role("link", name=name, exact=True).first

    def button(self, name: str | re.Pattern[str]) -> Locator:
        return self.page.locator("main").get_by_role("button", name=name, exact=True).first

    # --- forms -------------------------------------------------------------------------------
    def fill_date(self, name: str, day: date) -> None:
        self.page.fill(f"#id_{name}_0", str(day.day))
        self.page.fill(f"#id_{name}_1", str(day.month))
        self.page.fill(f"#id_{name}_2", str(day.year))

    def choose(self, name: str, value: str) -> None:
        """An option of a select or of GOV.UK radios, by its value."""
        box = self.page.locator(f"[name='{name}']").first
        if box.evaluate("(e) => e.tagName") == "SELECT":
            box.select_option(value)
        else:
            self.page.check(f"input[type=radio][name='{name}'][value='{value}']")

    # --- checks ------------------------------------------------------------------------------
    def check(self) -> None:
        """axe-core on the page as it is now, plus the resources it loaded."""
        page = self.page
        page.wait_for_load_state("load")
        where = f"{self.path} ({self.language}, {self.label})"
        # The same markup gives the same findings: a page seen before (the sign-in page of
        # each person, "forbidden" for each address) is not run through axe-core again.
        markup = _VOLATILE.sub("", page.content())
        digest = hashlib.sha256(markup.encode()).hexdigest()
        violations: list[dict[str, Any]] = []
        if digest not in _CHECKED:
            if not page.evaluate("() => typeof window.axe === 'object'"):
                page.add_script_tag(content=self.axe_source)
            violations = page.evaluate(_AXE_RUN, list(WCAG_TAGS))
        if violations:
            raise AccessibilityError(describe_violations(where, violations))
        _CHECKED.add(digest)
        problems, self.problems[:] = list(self.problems), []
        assert not problems, f"{where}:\n" + "\n".join(problems)

    def screenshot(self, name: str) -> Path:
        """A full-page screenshot, named after the page and the language it is shown in."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.{self.language or 'en'}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    # --- the keyboard -------------------------------------------------------------------
    def focused(self) -> dict[str, Any]:
        """The element that has the focus, and whether it shows it (WCAG 2.4.7)."""
        found: dict[str, Any] = self.page.evaluate(_FOCUSED)
        return found

    def tab(self, expected: str, *, key: str = "Tab") -> dict[str, Any]:
        """Press Tab (or `key`): the focus must move to the element `expected` names (its
        id, or "text:" and the start of its text), visibly."""
        self.page.keyboard.press(key)
        now = self.focused()
        if expected.startswith("text:"):
            ok = now["text"].startswith(expected.removeprefix("text:"))
        else:
            ok = now["id"] == expected
        assert ok, f"after {key} the focus is on {now}, expected {expected}"
        assert now["visible"], f"the focus on {now} is not visible"
        return now

    def tab_to(self, text: str, *, limit: int = 60) -> dict[str, Any]:
        """Press Tab until the focus is on the element whose text starts with `text`."""
        seen = []
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            now = self.focused()
            if now["text"].startswith(text):
                assert now["visible"], f"the focus on {now} is not visible"
                return now
            seen.append(now["text"] or now["id"])
        raise AssertionError(f"Tab never reached {text!r}; went through {seen}")

    # --- signing in --------------------------------------------------------------------------
    def sign_in(self, username: str, *, device: TOTPDevice | None = None) -> None:
        """Through the sign-in page: the password, then the code of `device` if given."""
        self.goto("/sign-in/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", PASSWORD)
        self.follow(self.button(re.compile("Continue|Continuer")))
        if device is not None:
            assert self.path.startswith("/sign-in/code/"), self.path
            self.page.fill("#id_code", totp_code(device))
            self.follow(self.button(re.compile("Sign in|Se connecter")))
        assert not self.path.startswith("/sign-in/"), self.text()[:1000]

    def sign_out(self) -> None:
        self.follow(self.page.get_by_role("button", name=re.compile("Sign out|Se déconnecter")))


def totp_code(device: TOTPDevice) -> str:
    """The code an authenticator app would show now (django-otp's own TOTP)."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


@pytest.fixture
def open_ui(
    browser: Browser, live_server: LiveServer, axe_source: str
) -> Iterator[Callable[..., UI]]:
    """open_ui(label, language="en") -> a new browser (own cookies) for one person."""
    contexts: list[BrowserContext] = []

    def open_one(label: str, language: str = "en") -> UI:
        context = browser.new_context(
            base_url=live_server.url,
            locale="fr-FR" if language == "fr" else "en-GB",
            viewport={"width": 1280, "height": 900},
            reduced_motion="reduce",
        )
        context.add_cookies(
            [{"name": "django_language", "value": language, "url": live_server.url}]
        )
        contexts.append(context)
        return UI(context.new_page(), live_server.url, axe_source, label)

    yield open_one
    for context in contexts:
        with contextlib.suppress(PlaywrightError):  # the browser went away with a failure
            context.close()


@dataclass
class Clock:
    """The calendar day the server works on (the engine's "as of", the forms' default dates,
    the queues' "overdue"). Times (sessions, audit entries) keep the real clock."""

    today: date


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Set the server's calendar day: the joint team's Dublin III flow with the United Kingdom
    happened before 2021, and the engine decides on the day it runs. Only
    `django.utils.timezone.localdate()` without an argument (how the code asks for today)
    is changed."""
    real = timezone.localdate
    now = Clock(real())

    def localdate(value: Any = None, timezone: Any = None) -> date:
        if value is None and timezone is None:
            return now.today
        return real(value, timezone)

    monkeypatch.setattr("django.utils.timezone.localdate", localdate)
    return now
