# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# `make generate GEN_OUT=DIR` writes the client somewhere else (the reproducibility test uses it).
GEN_OUT ?= generated
GEN_PKG := $(GEN_OUT)/realtime_sessions_client

.PHONY: install system-deps demo test test-integration lint format generate bench

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,test-engines,service]'
	touch $@

install: $(VENV)/.installed

# The README's first command: start the embedded emulator on a free port, mint a session through
# the CLI, show it, stop the emulator. No API key, no network.
DEMO_FLAGS := --model gpt-realtime --voice marin --instructions "You are a friendly concierge." \
	--turn-detection semantic_vad --eagerness low --transcription-model gpt-4o-transcribe --expires-after 600
demo: install
	@log=$$(mktemp); \
	$(BIN)/python -u -m realtime_sessions_emulator > $$log 2>&1 & pid=$$!; \
	trap 'kill $$pid 2>/dev/null; rm -f $$log' EXIT; \
	for i in $$(seq 100); do url=$$(sed -n 's/^export OPENAI_BASE_URL=//p' $$log); [ -n "$$url" ] && break; sleep 0.1; done; \
	[ -n "$$url" ] || { cat $$log; exit 1; }; \
	echo "== local emulator at $$url (no API key, no network)"; \
	echo '== realtime-sessions config $(DEMO_FLAGS)'; \
	$(BIN)/realtime-sessions config $(DEMO_FLAGS) || exit $$?; \
	echo "== realtime-sessions create ... (POST /realtime/client_secrets)"; \
	OPENAI_API_KEY=sk-demo-emulator OPENAI_BASE_URL=$$url $(BIN)/realtime-sessions create $(DEMO_FLAGS) --output summary || exit $$?; \
	echo "== the same config through the beta endpoint, token only (--endpoint sessions --output token)"; \
	OPENAI_API_KEY=sk-demo-emulator OPENAI_BASE_URL=$$url $(BIN)/realtime-sessions create $(DEMO_FLAGS) --endpoint sessions --output token

# The service tests start a real Redis and drive a real Chromium (Playwright with Debian's build, no
# browser download): Debian packages, installed when absent; the package lists are fetched only when
# apt does not know a package yet.
SYSTEM_PACKAGES := redis-server chromium
system-deps:
	@missing=""; for pkg in $(SYSTEM_PACKAGES); do command -v $$pkg >/dev/null || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
		apt-cache show $$missing >/dev/null 2>&1 || apt-get update -q; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

test: install system-deps lint
	$(BIN)/python -m pytest

# Slow tests that run a real workflow engine (local Prefect flows against the emulator).
test-integration: install
	$(BIN)/python -m pytest -m integration

# Speed, measured side by side with raw httpx and the official SDK; writes bench/results.md.
bench: install
	$(BIN)/python bench/run.py

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
