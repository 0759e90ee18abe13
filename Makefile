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

.PHONY: install native run ui bench browser test check lint typecheck unit unit-fast docs clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --python $(PYTHON)
	touch $@

install: $(VENV)/.synced

# The compiled wheel (scripts/build_hook.py: the extraction modules compiled with
# mypyc, about a minute) in dist/, installed with the locked runtime dependencies into
# .venv-native/; rebuilt only when a source changes. Tests never use it: they run the
# sources in .venv/.
NATIVE_VENV := .venv-native
# (the folders too: a module removed changes its folder's time)
NATIVE_SOURCES := $(shell find tasks schemas flows -type d -o -name '*.py' -o -name '*.tsv') \
	scripts/build_hook.py pyproject.toml uv.lock
$(NATIVE_VENV)/.installed: $(NATIVE_SOURCES) | $(VENV)/.synced
	rm -rf dist
	HATCH_BUILD_HOOK_ENABLE_CUSTOM=true $(UV) build --wheel --no-build-isolation --python $(BIN)/python
	rm -rf $(NATIVE_VENV)
	$(UV) venv --quiet $(NATIVE_VENV) --python $(PYTHON)
	$(UV) export --quiet --frozen --no-dev --no-emit-project --no-hashes -o $(NATIVE_VENV)/requirements.txt
	$(UV) pip install --quiet --python $(NATIVE_VENV)/bin/python -r $(NATIVE_VENV)/requirements.txt dist/*.whl
	touch $@

native: $(NATIVE_VENV)/.installed

run: install
	$(BIN)/news-etl run --input $(INPUT) --output $(OUTPUT)

# A local Prefect server (127.0.0.1, SQLite in .prefect-ui/) with the deployment
# served; prints the UI address; Ctrl-C stops everything.
ui: install
	$(BIN)/python scripts/ui.py

# The benchmark (bench/run.py): corpora of 1,000 to 100,000 articles, the flow end to
# end on the compiled wheel against a local Prefect server, and the naive baseline;
# on the sources when the wheel cannot be built here (no C compiler). BENCH_ARGS="--sizes 1000".
bench: install
	@if $(MAKE) --no-print-directory native; then etl=$(NATIVE_VENV)/bin/news-etl; \
	else echo "bench: no compiled wheel (see above); measuring the sources"; etl=$(BIN)/news-etl; fi; \
	$(BIN)/python -m bench.run --news-etl $$etl $(BENCH_ARGS)

# Debian's chromium for the UI browser test: installed when this machine can
# (root and apt-get, as in CI); elsewhere that one test is skipped with a message.
browser:
	@command -v chromium >/dev/null 2>&1 || \
	  { if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	    else echo "chromium not installed: the UI browser test will be skipped"; fi; }

# CI's entry (.ci/run): everything, the slow flow tests and the UI browser test included.
test: lint typecheck unit

# The edit loop: lint, types, and the tests that need no Prefect flow run (under a minute).
check: lint typecheck unit-fast

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

unit: install browser
	$(BIN)/python -m pytest

unit-fast: install
	$(BIN)/python -m pytest -m "not slow"

docs: install
	$(BIN)/python -m schemas.docs > docs/tables.md

clean:
	rm -rf $(OUTPUT) build dist $(NATIVE_VENV) .pytest_cache .mypy_cache .ruff_cache
