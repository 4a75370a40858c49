# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# `make generate GEN_OUT=DIR` writes the client somewhere else (the reproducibility test uses it).
GEN_OUT ?= generated
GEN_PKG := $(GEN_OUT)/realtime_sessions_client

.PHONY: install system-deps demo test test-engines engines-downloads lint format generate bench

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
	OPENAI_API_KEY=sk-demo-emulator OPENAI_BASE_URL=$$url $(BIN)/realtime-sessions create $(DEMO_FLAGS) --endpoint sessions --output token || exit $$?; \
	echo "== realtime-sessions connect --config demo/session.yaml (the Realtime WebSocket, two lines typed)"; \
	printf 'Hello!\nA large margherita, my number is 555-0100.\n' | \
		OPENAI_API_KEY=sk-demo-emulator OPENAI_BASE_URL=$$url $(BIN)/realtime-sessions connect --config demo/session.yaml || exit $$?; \
	echo "== realtime-sessions call-tool CaptureOrderInfo --tools-from demo/session.yaml (a forced out-of-band call)"; \
	OPENAI_API_KEY=sk-demo-emulator OPENAI_BASE_URL=$$url $(BIN)/realtime-sessions call-tool CaptureOrderInfo \
		--tools-from demo/session.yaml --context "A large margherita, my number is 555-0100."

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

# The README's workflow snippets inside real engine servers (Conductor OSS, Temporal, Airflow 3,
# Prefect) on 127.0.0.1 against the emulator; CI runs it after `make test`. Downloads are cached in
# the ignored $(ENGINES)/ (Maven's local repository, the Conductor jar and the AOT cache its first
# run writes, Airflow's own virtualenv with a migrated SQLite database), so a second run starts at
# once.
ENGINES := .engines
CONDUCTOR_VERSION := 3.32.3
# Unpacked (java -Djarmode=tools ... extract) so that Java's AOT cache can hold its classes.
CONDUCTOR_JAR := $(ENGINES)/conductor/app/conductor-server-$(CONDUCTOR_VERSION)-boot.jar
# Conductor 3.32 needs Java 21 or newer; the machine's default java may be older.
ENGINES_JAVA_HOME ?= $(firstword $(wildcard /usr/lib/jvm/temurin-2[1-9]-jdk-amd64) \
	$(wildcard /usr/lib/jvm/java-2[1-9]-openjdk-amd64))
ENGINES_JAVA := $(if $(ENGINES_JAVA_HOME),$(ENGINES_JAVA_HOME)/bin/java,java)
AIRFLOW_VENV := $(ENGINES)/airflow
AIRFLOW_DB := $(ENGINES)/airflow-home/airflow.db
ENGINES_ENV := ENGINES_CACHE=$(abspath $(ENGINES)) CONDUCTOR_JAR=$(abspath $(CONDUCTOR_JAR)) \
	AIRFLOW_PYTHON=$(abspath $(AIRFLOW_VENV))/bin/python AIRFLOW_DB=$(abspath $(AIRFLOW_DB)) \
	JAVA_HOME=$(ENGINES_JAVA_HOME)

# The engines run side by side (pytest-xdist, one test file per worker): most of their time is
# waiting for retries. Each server's measured start time is printed at the end.
test-engines: install
	$(MAKE) -j3 engines-downloads
	rm -f $(ENGINES)/start-times.txt
	$(ENGINES_ENV) $(BIN)/python -m pytest -m 'engines or integration' tests -p no:cacheprovider \
		-n 3 --dist loadfile; code=$$?; cat $(ENGINES)/start-times.txt 2>/dev/null; exit $$code

engines-downloads: $(CONDUCTOR_JAR) $(AIRFLOW_DB)

$(CONDUCTOR_JAR):
	rm -rf $(ENGINES)/conductor.part $(ENGINES)/conductor
	mvn -q -B -Dmaven.repo.local=$(abspath $(ENGINES))/m2 dependency:copy \
		-Dartifact=org.conductoross:conductor-server:$(CONDUCTOR_VERSION):jar:boot \
		-DoutputDirectory=$(abspath $(ENGINES))/conductor.part
	rm -rf $(ENGINES)/m2/org/conductoross  # kept once, unpacked below
	$(ENGINES_JAVA) -Djarmode=tools -jar $(ENGINES)/conductor.part/$(notdir $@) \
		extract --destination $(abspath $(ENGINES))/conductor.part/app
	mkdir -p $(ENGINES)/conductor
	mv $(ENGINES)/conductor.part/app $(dir $@)
	rm -rf $(ENGINES)/conductor.part

# Airflow does not resolve beside Prefect: it gets its own virtualenv (extra `test-airflow`).
$(AIRFLOW_VENV)/.installed: pyproject.toml
	rm -rf $(AIRFLOW_VENV)
	$(PYTHON) -m venv $(AIRFLOW_VENV)
	$(AIRFLOW_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(AIRFLOW_VENV)/bin/python -m pip install --quiet -e '.[test-airflow]'
	touch $@

$(AIRFLOW_DB): $(AIRFLOW_VENV)/.installed
	rm -f $@
	mkdir -p $(dir $@)
	AIRFLOW_HOME=$(abspath $(dir $@)) AIRFLOW__CORE__LOAD_EXAMPLES=False \
		$(AIRFLOW_VENV)/bin/airflow db migrate > $(dir $@)migrate.log 2>&1 || { cat $(dir $@)migrate.log; exit 1; }

# Speed: every target with its goal, min-max over interleaved rounds and verdict, in one run of
# bench/run.py; writes bench/results.md and quotes its targets in README's Benchmarks section.
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
