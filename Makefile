# The two commands of the README: `make demo` and `make test`.
# Everything installs into .venv from hash-pinned lock files (requirements/*.lock).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint typecheck bench lock clean

$(STAMP): requirements/dev.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

# The main job: determine the bundled example cases and print the explained results.
demo: $(STAMP)
	$(BIN)/cordiale examples --run

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint typecheck
	$(BIN)/pytest -q -n 2

bench: $(STAMP)
	$(BIN)/python benchmarks/determine.py

# Re-pin the dependencies (needs `uv`): keeps installs reproducible.
lock:
	uv pip compile pyproject.toml --generate-hashes --python-version 3.11 -o requirements/run.lock
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -o requirements/dev.lock

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
