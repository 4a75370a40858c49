"""The README's Prefect flow against a real `prefect server start` (not the temporary server).

The server runs on 127.0.0.1 with no UI and analytics off, on its own SQLite database; each flow
is a separate Python process pointed at it with PREFECT_API_URL, as a deployed flow would be.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from realtime_sessions_emulator import Emulator, FaultPlan

from tests.engines.conftest import (
    API_KEY,
    INVALID_CONFIG,
    REFUSED,
    assert_minted,
    assert_no_key,
    files_text,
    readme_block,
)
from tests.engines.servers import free_port, http_ok, listening_hosts, server

pytest.importorskip("prefect", reason="prefect (extra `test-engines`) is missing")

QUIET = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
# The README's block, then a flow that takes any task input, then a report of what Prefect did.
RUNNER = """
import json, sys
from prefect import flow
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

{snippet}

@flow
def mint(task_input: dict) -> dict:
    return create_realtime_session(task_input)

task_input = json.loads(sys.argv[1])
state = voice_call(return_state=True) if task_input is None else mint(task_input, return_state=True)
result = state.result(raise_on_failure=False)
with get_client(sync_client=True) as client:
    only_this_run = FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id]))
    runs = client.read_task_runs(flow_run_filter=only_this_run)
print(json.dumps({{
    "state": state.type.value,
    "result": result if isinstance(result, dict) else repr(result),
    "task_runs": [[run.state_type.value, run.run_count] for run in runs],
}}))
"""


class Prefect:
    def __init__(self, api: str, home: Path, log: Path) -> None:
        self.api, self.home, self.log = api, home, log

    def run(self, task_input: dict[str, Any] | None, base_url: str, tmp: Path) -> dict[str, Any]:
        """One flow run in its own process: the README's `voice_call()` for None."""
        env = {
            **os.environ, **QUIET,
            "PREFECT_API_URL": self.api, "PREFECT_HOME": str(tmp / "client"),
            "OPENAI_API_KEY": API_KEY, "OPENAI_BASE_URL": base_url,
        }  # fmt: skip
        script = RUNNER.format(snippet=readme_block("**Prefect**"))
        done = subprocess.run(
            [sys.executable, "-c", script, json.dumps(task_input)],
            env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-4000:]
        assert_no_key(done.stdout, done.stderr, files_text(tmp / "client"))
        report = json.loads(done.stdout.strip().splitlines()[-1])
        report["logs"] = done.stderr
        return report

    def stored(self) -> bytes:
        """What the server keeps: its database and log, and the logs its API hands out."""
        logs = httpx.post(f"{self.api}/logs/filter", json={"limit": 200}, timeout=30).text
        runs = httpx.post(f"{self.api}/task_runs/filter", json={"limit": 200}, timeout=30).text
        return files_text(self.home) + self.log.read_bytes() + (logs + runs).encode()


@pytest.fixture(scope="module")
def prefect(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prefect]:
    home = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    command = [
        str(Path(sys.executable).parent / "prefect"), "server", "start",
        "--host", "127.0.0.1", "--port", str(port), "--no-ui", "--analytics-off",
    ]  # fmt: skip
    env = {**os.environ, **QUIET, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    log = home / "server.log"
    api = f"http://127.0.0.1:{port}/api"
    with server(
        command, name="Prefect server", log=log, ready=http_ok(f"{api}/health"), env=env
    ) as process:
        assert listening_hosts(process.pid) == {"127.0.0.1"}
        yield Prefect(api, home, log)


def test_readme_flow_mints(prefect: Prefect, emulator: Emulator, tmp_path: Path) -> None:
    report = prefect.run(None, emulator.base_url, tmp_path)
    assert report["state"] == "COMPLETED"
    assert_minted(report["result"])
    assert report["task_runs"] == [["COMPLETED", 1]]
    # README: results are not persisted, so the token is nowhere on the server.
    stored = prefect.stored()
    assert report["result"]["client_secret"]["value"].encode() not in stored
    assert_no_key(stored)


@pytest.mark.parametrize("fault", ["503", "drop"])
def test_failure_is_retried_then_mints(
    prefect: Prefect, emulator: Emulator, tmp_path: Path, fault: str
) -> None:
    emulator.faults = FaultPlan(kind=fault, first=1)
    before = emulator.requests
    report = prefect.run(None, emulator.base_url, tmp_path)
    assert report["state"] == "COMPLETED", report["logs"][-3000:]
    assert_minted(report["result"])
    assert report["task_runs"] == [["COMPLETED", 2]]
    assert emulator.requests - before == 2


def test_429_is_retried_after_prefects_own_delay(
    prefect: Prefect, emulator: Emulator, tmp_path: Path
) -> None:
    """retry_delay_seconds (2 s, jittered) decides; Prefect has no way to honour Retry-After."""
    emulator.faults = FaultPlan(kind="429", first=1, retry_after=60)
    started = time.monotonic()
    report = prefect.run(None, emulator.base_url, tmp_path)
    assert report["state"] == "COMPLETED", report["logs"][-3000:]
    assert report["task_runs"] == [["COMPLETED", 2]]
    assert time.monotonic() - started < 60


@pytest.mark.parametrize(
    ("task_input", "sent"),
    [pytest.param(REFUSED, 1, id="400"), pytest.param(INVALID_CONFIG, 0, id="invalid-config")],
)
def test_terminal_error_fails_at_once(
    prefect: Prefect, emulator: Emulator, tmp_path: Path, task_input: dict[str, Any], sent: int
) -> None:
    emulator.faults = FaultPlan(kind="retired")
    before = emulator.requests
    report = prefect.run(task_input, emulator.base_url, tmp_path)
    assert report["state"] == "FAILED"
    assert report["task_runs"] == [["FAILED", 1]], "retry_condition_fn said no"
    assert emulator.requests - before == sent
    assert_no_key(prefect.stored())
