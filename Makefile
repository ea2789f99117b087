# The two commands of the README: `make demo` and `make test`.
# Everything installs into .venv from hash-pinned lock files (requirements/*.lock).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GOVUK_STATIC := src/cordiale/web/static/govuk

.PHONY: setup demo test test-browser test-pg lint typecheck bench lock clean

# Setup also installs GOV.UK Frontend for the web UI (pinned in package-lock.json) and copies
# its compiled CSS and JS only: no GDS Transport font, no crown images (reserved to GOV.UK).
$(STAMP): requirements/dev.lock pyproject.toml package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	npm ci --no-audit --no-fund
	rm -rf $(GOVUK_STATIC) && mkdir -p $(GOVUK_STATIC)
	cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css \
	   node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js $(GOVUK_STATIC)/
	touch $(STAMP)

setup: $(STAMP)

# The main job: migrate the database (SQLite in var/), load the demo data once (about 200
# invented cases, users of every role), print the users with their passwords and the URLs,
# then serve on http://127.0.0.1:8000 until Ctrl-C. `make demo DEMO_PORT=8001` for another port.
DEMO_HOST ?= 127.0.0.1
DEMO_PORT ?= 8000
demo: $(STAMP)
	$(BIN)/cordiale demo --host $(DEMO_HOST) --port $(DEMO_PORT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint typecheck
	$(BIN)/pytest -q -n 2

# The browser tests (tests/browser, not part of `make test`): Debian's chromium driven by
# Playwright against a live server, axe-core (WCAG 2.2 AA) on every page, the keyboard alone,
# full-page screenshots of the main pages in English and French written to $(SCREENSHOTS)
# (old ones removed first). Needs /usr/bin/chromium (`apt-get install chromium`; .ci/run does).
SCREENSHOTS ?= $(or $(CORDIALE_SCREENSHOTS),var/screenshots)
test-browser: $(STAMP)
	mkdir -p $(SCREENSHOTS) && rm -f $(SCREENSHOTS)/*.png
	CORDIALE_SCREENSHOTS=$(SCREENSHOTS) $(BIN)/pytest -q -n 2 tests/browser

# The whole suite on PostgreSQL (.ci/run starts one): DATABASE_URL=postgres://user:pw@host/db
test-pg: $(STAMP)
	@case "$$DATABASE_URL" in postgres://*|postgresql://*) ;; \
	  *) echo "make test-pg: set DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/DB" >&2; exit 2;; esac
	$(BIN)/pytest -q -n 2

bench: $(STAMP)
	$(BIN)/python benchmarks/determine.py

# Re-pin the dependencies (needs `uv`): keeps installs reproducible.
lock:
	uv pip compile pyproject.toml --generate-hashes --python-version 3.11 -o requirements/run.lock
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -o requirements/dev.lock

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
