# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# `make generate GEN_OUT=DIR` writes the client somewhere else (the reproducibility test uses it).
GEN_OUT ?= generated
GEN_PKG := $(GEN_OUT)/realtime_sessions_client

.PHONY: install test test-integration lint format generate

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

test: install lint
	$(BIN)/python -m pytest

# Slow tests that run a real workflow engine (a local Prefect flow against the emulator).
test-integration: install
	$(BIN)/python -m pip install --quiet -e '.[dev,prefect]'
	$(BIN)/python -m pytest -m integration

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The client is derived from openapi.yaml only; never edit generated/ by hand.
generate: install
	rm -rf $(GEN_PKG)
	mkdir -p $(GEN_OUT)
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate --path openapi.yaml \
		--meta none --output-path $(GEN_PKG) --config openapi-python-client.yaml
	$(BIN)/python -c 'import json, sys, yaml; json.dump(yaml.safe_load(open("openapi.yaml")), sys.stdout, indent=1, ensure_ascii=False); print()' \
		> $(GEN_PKG)/openapi.json
