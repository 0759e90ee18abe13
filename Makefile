# Everything a fresh machine with Python 3.11 and make needs: `make run`, `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin

# uv must use this machine's Python (no downloads) and precompile bytecode:
# with PYTHONDONTWRITEBYTECODE set, `import prefect` otherwise costs ~3 s per process.
export UV_PYTHON_DOWNLOADS := never
export UV_COMPILE_BYTECODE := 1
# Prefect: offline, quiet, and patient with a first-time database migration.
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 120
export PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW := ignore

INPUT ?= seeds
OUTPUT ?= output

.PHONY: install native run ui bench browser test lint typecheck unit docs clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --python $(PYTHON)
	touch $@

install: $(VENV)/.synced

# The extraction modules compiled with mypyc into build/native/ (tasks/native.py):
# about a minute, once; again only after one of them changes. Without a C compiler
# the pipeline runs them as pure Python.
native: install
	$(BIN)/python scripts/build_native.py --if-needed

run: install native
	$(BIN)/news-etl run --input $(INPUT) --output $(OUTPUT)

# A local Prefect server (127.0.0.1, SQLite in .prefect-ui/) with the deployment
# served; prints the UI address; Ctrl-C stops everything.
ui: install native
	$(BIN)/python scripts/ui.py

# The benchmark (bench/run.py): corpora of 1,000 to 100,000 articles, the flow end to
# end against a local Prefect server, and the naive baseline. BENCH_ARGS="--sizes 1000".
bench: install native
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# Debian's chromium for the UI browser test: installed when this machine can
# (root and apt-get, as in CI); elsewhere that one test is skipped with a message.
browser:
	@command -v chromium >/dev/null 2>&1 || \
	  { if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	    else echo "chromium not installed: the UI browser test will be skipped"; fi; }

test: lint typecheck unit

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

unit: install browser native
	$(BIN)/python -m pytest

docs: install
	$(BIN)/python -m schemas.docs > docs/tables.md

clean:
	rm -rf $(OUTPUT) build .pytest_cache .mypy_cache .ruff_cache
