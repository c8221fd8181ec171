# Two commands for a newcomer: `make run` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WORKSPACE ?= workspace

.PHONY: install run test test-fast lint bench corpus clean

install: $(STAMP)

# Reinstall only when the project's dependencies change.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: install
	$(BIN)/guidelines ingest corpus --workspace $(WORKSPACE)
	$(BIN)/guidelines sources --workspace $(WORKSPACE)
	$(BIN)/guidelines search "Should micro-credentials be included in the national qualifications framework?" \
		--k 5 --max-per-contributor 1 --workspace $(WORKSPACE)
	$(BIN)/guidelines draft --outline corpus/outline.yaml --workspace $(WORKSPACE)
	$(BIN)/guidelines show nqf-registers --workspace $(WORKSPACE)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/pytest

test-fast: install
	$(BIN)/pytest -m "not slow and not server"

bench: install
	$(BIN)/python bench/run_all.py

corpus: install
	$(BIN)/python corpus/build.py

clean:
	rm -rf $(WORKSPACE) .pytest_cache
