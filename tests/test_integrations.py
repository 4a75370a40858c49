"""Engine adapters: Conductor's worker statuses and Prefect's retry decision, offline.

The Conductor worker runs through conductor-python's own `Worker.execute`, which is what a
TaskHandler calls for each polled task, so no Conductor server is needed.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from realtime_sessions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigError,
    RateLimitError,
    Report,
)
from realtime_sessions._task import TaskError
from realtime_sessions_emulator import FaultPlan

BASE = "https://api.openai.com/v1"
API_KEY = "sk-engine-0123456789abcdefghijklmnopqrs"
GA_ANSWER = {
    "value": "ek_engine_secret_0123456789",
    "expires_at": 2_000_000_000,
    "session": {
        "type": "realtime",
        "id": "sess_engine",
        "object": "realtime.session",
        "model": "gpt-realtime",
    },
}
RETRYABLE_STATUSES = (408, 409, 429, 500, 503)
TERMINAL_STATUSES = (400, 401, 403, 404)


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers read the key from their environment, as deployed."""
    for name in ("OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)


@pytest.fixture
def conductor() -> types.SimpleNamespace:
    """The worker adapter plus the SDK names the tests need."""
    pytest.importorskip(
        "conductor.client.worker.worker", reason="conductor-python (dev extra) is not installed"
    )
    from conductor.client.http.models.task import Task
    from conductor.client.http.models.task_result_status import TaskResultStatus
    from realtime_sessions.integrations import conductor as adapter

    return types.SimpleNamespace(adapter=adapter, Task=Task, Status=TaskResultStatus)


def run_worker(conductor: types.SimpleNamespace, input_data: Any) -> Any:
    task = conductor.Task(input_data=input_data, task_id="task-1", workflow_instance_id="wf-1")
    return conductor.adapter.worker().execute(task)


def test_worker_completes_with_the_output_document(
    conductor: types.SimpleNamespace, emulator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", emulator.base_url)
    result = run_worker(
        conductor, {"session": {"type": "realtime", "model": "gpt-realtime"}, "redact_secret": True}
    )
    assert result.status == conductor.Status.COMPLETED
    assert (result.task_id, result.workflow_instance_id) == ("task-1", "wf-1")
    output = result.output_data
    assert output["schema_version"] == 1
    assert output["client_secret"]["value"] == "[redacted]"
    assert output["session"]["model"] == "gpt-realtime"


def test_worker_polls_the_task_name(conductor: types.SimpleNamespace) -> None:
    worker = conductor.adapter.worker(thread_count=4)
    assert worker.get_task_definition_name() == "openai_realtime_create_session"
    assert worker.thread_count == 4
    assert conductor.adapter.worker("other_name").get_task_definition_name() == "other_name"


@pytest.mark.parametrize("status", TERMINAL_STATUSES + RETRYABLE_STATUSES)
def test_worker_status_follows_the_split(
    conductor: types.SimpleNamespace, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    body = {"error": {"message": f"refused for {API_KEY}", "type": "x", "code": "c", "param": None}}
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/realtime/client_secrets").respond(status, json=body)
        result = run_worker(conductor, {"session": {}})
    assert route.call_count == 1
    expected = (
        conductor.Status.FAILED
        if status in RETRYABLE_STATUSES
        else conductor.Status.FAILED_WITH_TERMINAL_ERROR
    )
    assert result.status == expected
    assert "refused for ***" in result.reason_for_incompletion
    assert API_KEY not in str(result.to_dict()) + caplog.text


@pytest.mark.parametrize(
    ("input_data", "reason"),
    [
        ({"session": {}, "api_key": API_KEY}, "invalid_input: invalid task input (1 problem):"),
        (
            {"session": {"temperature": 9}, "endpoint": "sessions"},
            "invalid_config: invalid session config (1 problem):",
        ),
        (None, "invalid_input: invalid task input (1 problem):"),
    ],
)
def test_worker_input_problems_are_terminal(
    conductor: types.SimpleNamespace, input_data: Any, reason: str
) -> None:
    with respx.mock(assert_all_called=False) as mock:
        result = run_worker(conductor, input_data)
    assert not mock.calls
    assert result.status == conductor.Status.FAILED_WITH_TERMINAL_ERROR
    assert result.reason_for_incompletion.startswith(reason)
    assert API_KEY not in str(result.to_dict())


def test_worker_missing_key_is_terminal(
    conductor: types.SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    result = run_worker(conductor, {"session": {}})
    assert result.status == conductor.Status.FAILED_WITH_TERMINAL_ERROR
    assert result.reason_for_incompletion.startswith("authentication: no API key")


@pytest.mark.parametrize("raised", [httpx.ReadTimeout("slow"), httpx.ConnectError("refused")])
def test_worker_network_failures_are_retried(
    conductor: types.SimpleNamespace, raised: Exception
) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post("/realtime/client_secrets").mock(side_effect=raised)
        result = run_worker(conductor, {"session": {}})
    assert result.status == conductor.Status.FAILED


def test_worker_against_emulator_faults(
    conductor: types.SimpleNamespace, emulator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", emulator.base_url)
    emulator.faults = FaultPlan(kind="429")
    assert run_worker(conductor, {"session": {}}).status == conductor.Status.FAILED
    emulator.faults = FaultPlan(kind="retired")
    result = run_worker(conductor, {"session": {}, "endpoint": "sessions"})
    assert result.status == conductor.Status.FAILED_WITH_TERMINAL_ERROR


# Prefect ---------------------------------------------------------------------------------------


@pytest.fixture
def prefect_adapter() -> types.ModuleType:
    pytest.importorskip(
        "prefect", reason="prefect (extra `test-engines`, `make install`) is missing"
    )
    from realtime_sessions.integrations import prefect as adapter

    return adapter


@pytest.mark.parametrize(
    ("error", "retry"),
    [
        (RateLimitError("slow down", status=429), True),
        (APIStatusError("overloaded", status=503), True),
        (APIStatusError("server", status=500), True),
        (APIStatusError("timeout", status=408), True),
        (APIStatusError("conflict", status=409), True),
        (APITimeoutError("no answer"), True),
        (APIConnectionError("refused"), True),
        (APIStatusError("bad request", status=400), False),
        (APIStatusError("not found", status=404), False),
        (AuthenticationError("bad key", status=401), False),
        (AuthenticationError("forbidden", status=403), False),
        (ConfigError(Report()), False),
        (TaskError(()), False),
        (RuntimeError("a bug"), False),
    ],
)
def test_prefect_retries_only_retryable_errors(
    prefect_adapter: types.ModuleType, error: Exception, retry: bool
) -> None:
    from prefect.states import Failed

    assert (
        prefect_adapter.retry_condition(
            prefect_adapter.create_realtime_session, None, Failed(data=error)
        )
        is retry
    )


def test_prefect_task_settings(prefect_adapter: types.ModuleType) -> None:
    from prefect.cache_policies import NO_CACHE

    task = prefect_adapter.create_realtime_session
    assert task.retries == 3
    assert task.retry_delay_seconds == [2, 4, 8]
    assert task.retry_condition_fn is prefect_adapter.retry_condition
    assert task.cache_policy is NO_CACHE
    assert task.persist_result is False


def test_prefect_task_body_runs_the_task(prefect_adapter: types.ModuleType) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
        output = prefect_adapter.create_realtime_session.fn({"session": {}})
    assert output["session_id"] == "sess_engine"


def local_prefect_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for a real local Prefect run: a temporary server with its own database
    in `home` (no PREFECT_API_URL), no telemetry, plus `extra`."""
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        # A cold start on 2 cores nearly reaches the 20 s default.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        **extra,
    }
    env.pop("PREFECT_API_URL", None)
    return env


_PREFECT_FLOW = textwrap.dedent(
    """
    import json, os
    from prefect import flow
    from realtime_sessions.integrations.prefect import create_realtime_session

    @flow
    def mint(params):
        return create_realtime_session(params)

    minted = mint({"session": {"type": "realtime", "model": "gpt-realtime"}, "redact_secret": True})
    os.environ["OPENAI_BASE_URL"] = os.environ["WRONG_BASE_URL"]
    refused = mint({"session": {}}, return_state=True)
    print(json.dumps({"minted": minted, "refused": refused.type.value}))
    """
)


@pytest.mark.integration
def test_prefect_flow_against_the_emulator(
    prefect_adapter: types.ModuleType, emulator: Any, tmp_path: Path
) -> None:
    """A real local Prefect run: a 503 is retried and recovers, a 404 fails at once (~20 s)."""
    emulator.faults = FaultPlan(kind="503", first=1)
    before = emulator.requests
    env = local_prefect_env(
        tmp_path / "prefect",
        OPENAI_API_KEY=API_KEY,
        OPENAI_BASE_URL=emulator.base_url,
        WRONG_BASE_URL=emulator.base_url.removesuffix("/v1"),
    )
    run = subprocess.run(
        [sys.executable, "-c", _PREFECT_FLOW], env=env, capture_output=True, text=True, timeout=400
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["minted"]["client_secret"]["value"] == "[redacted]"
    assert result["minted"]["session"]["model"] == "gpt-realtime"
    assert result["refused"] == "FAILED"
    assert emulator.requests - before == 3, "503 then success, then one 404 that is not retried"
    assert API_KEY not in run.stdout + run.stderr
