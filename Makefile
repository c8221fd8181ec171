# Two commands for a newcomer: `make run` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WORKSPACE ?= workspace
PORT ?= 8501

.PHONY: install run test test-fast lint bench corpus clean

install: $(STAMP)

# Reinstall only when the project's dependencies change.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# The main job: the app on the sample corpus. A new workspace gets the corpus ingested and every section drafted
# offline first (the Draft page says so); later runs only ingest new or changed files and keep all edits.
run: install
	GUIDELINES_WORKSPACE=$(WORKSPACE) $(BIN)/python -m cli.first_run corpus corpus/outline.yaml
	@echo "Guideline Drafter: open http://127.0.0.1:$(PORT) in a browser (Ctrl+C stops the app)"
	GUIDELINES_WORKSPACE=$(WORKSPACE) $(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.port $(PORT)

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
