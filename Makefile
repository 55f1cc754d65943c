# Every target creates .venv and installs the project itself: a fresh machine needs only Python, pip and make.
# `make run` installs only what running needs; `make test` (and lint, bench) add the test extras.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test bench lint build

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

run: $(RUN_STAMP)
	$(BIN)/python -m bot

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

bench: $(TEST_STAMP)
	$(BIN)/python -m benchmarks.run

lint: $(TEST_STAMP)
	$(BIN)/ruff check index bot tests benchmarks launcher.py

build: $(RUN_STAMP)
	$(BIN)/dossier build
