# newsevents: `make demo` sets everything up and runs the main job; `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: install demo test test-fast lint bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

demo: install
	$(BIN)/newsevents run examples/corpus --db demo.duckdb

test: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest

test-fast: install
	$(BIN)/pytest -m "not model and not slow"

lint: install
	$(BIN)/ruff check src tests benchmarks

bench: install
	$(BIN)/python benchmarks/throughput.py examples/corpus

eval: install
	$(BIN)/newsevents eval --suite ../shared

clean:
	rm -rf $(VENV) demo.duckdb .pytest_cache .ruff_cache
