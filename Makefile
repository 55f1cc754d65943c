# Every target creates .venv and installs the project itself: a fresh machine needs only Python, pip and make.
# `make run` installs only what running needs; `make test` (and lint, bench) add the test extras.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test bench lint build bytecode

$(BIN)/python:
	@echo "Creating the virtual environment .venv…"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): $(BIN)/python pyproject.toml
	@echo "Installing Dossier into .venv (about 30 s the first time)…"
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUN_STAMP)

$(TEST_STAMP): $(RUN_STAMP) pyproject.toml
	@echo "Installing the test tools into .venv (pytest, hypothesis, ruff…)…"
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

# Python keeps each module compiled in __pycache__, unless PYTHONDONTWRITEBYTECODE is set (some shells and
# CI images set it): then every `dossier` command compiled Dossier's 40 modules from source again, a tenth
# of a second before doing anything. Compiling them here (only the changed ones) gives every later command
# the cached code, as pip does for an installed package; Python still checks each file is current.
bytecode: $(RUN_STAMP)
	@$(BIN)/python -m compileall -q index bot launcher.py >/dev/null

run: $(RUN_STAMP) bytecode
	$(BIN)/python -m bot

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

bench: $(TEST_STAMP) bytecode
	$(BIN)/python -m benchmarks.run

lint: $(TEST_STAMP)
	$(BIN)/ruff check index bot tests benchmarks launcher.py

build: $(RUN_STAMP) bytecode
	$(BIN)/dossier build
