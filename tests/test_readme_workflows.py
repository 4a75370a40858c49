"""The README's workflow-engine snippets, checked offline in seconds.

Every block is read from README.md ("Use in a workflow engine"), so the documented code is the
tested code. These are the checks that need no engine server: the Conductor definitions against
Conductor's own JSON schemas, Prefect's retry condition, the Temporal activity's error mapping.
The snippets run inside the real servers under `make test-engines` (tests/engines/); the shell
step is covered in test_readme.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator, FormatChecker
from realtime_sessions import RealtimeSessionsError
from realtime_sessions_emulator import Emulator, FaultPlan

from tests.test_conductor import _schema, check_workflow_task
from tests.test_readme import block_after

API_KEY = "sk-readme-workflows-0123456789abcdef"
MINT = {"session": {"type": "realtime", "model": "gpt-realtime"}}
# A session config for the README's `--config session.json`; instructions come from the workflow.
SESSION_JSON = {
    "type": "realtime",
    "model": "gpt-realtime",
    "audio": {"output": {"voice": "marin"}},
}
# One failure of each sort a task meets: (emulator fault, task input, error kind, retryable).
FAILURES = [
    pytest.param(
        FaultPlan(kind="retired"), {"session": {}, "endpoint": "sessions"}, "api_error", False,
        id="400",
    ),
    pytest.param(
        FaultPlan(), {"session": {"temperature": 9}, "endpoint": "sessions"}, "invalid_config",
        False, id="invalid-config",
    ),
    pytest.param(FaultPlan(kind="429", retry_after=3), MINT, "rate_limited", True, id="429"),
    pytest.param(FaultPlan(kind="503"), MINT, "api_error", True, id="503"),
]  # fmt: skip
FAILURE_ARGS = ("fault", "task_input", "kind", "retryable")


@pytest.fixture
def live(emulator: Emulator, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    """The emulator as OPENAI_BASE_URL with a dummy key: what a deployed worker sees."""
    for name in ("OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", emulator.base_url)
    return emulator


def run_snippet(heading: str) -> dict[str, Any]:
    """Execute the README's Python block after `heading`; return the names it defined."""
    namespace: dict[str, Any] = {}
    exec(block_after(heading, "python"), namespace)
    return namespace


def assert_minted(output: dict[str, Any]) -> None:
    assert output["schema_version"] == 1
    assert output["endpoint"] == "client-secrets"
    assert output["client_secret"]["value"].startswith("ek_")
    assert output["session_id"].startswith("sess_")
    assert output["session"]["model"] == "gpt-realtime"


# Conductor HTTP task ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def conductor_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """task.json and taskdefs.json from the README's two commands, run by bash as written."""
    if shutil.which("jq") is None:
        pytest.skip("the README's TaskDef command pipes through jq, which is not installed")
    folder = tmp_path_factory.mktemp("conductor")
    (folder / "session.json").write_text(json.dumps(SESSION_JSON))
    env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "OPENAI_API_KEY": API_KEY,
    }
    done = subprocess.run(
        ["bash", "-euc", block_after("**Conductor HTTP task**", "sh")],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    texts = {name: (folder / f"{name}.json").read_text() for name in ("task", "taskdefs")}
    assert API_KEY not in "".join(texts.values()) + done.stderr
    return {name: json.loads(text) for name, text in texts.items()}


def test_conductor_http_task_is_valid_for_conductor(conductor_files: dict[str, Any]) -> None:
    task, (taskdef,) = conductor_files["task"], conductor_files["taskdefs"]
    check_workflow_task(task, _schema("WorkflowDef.json"))
    task_def_schema = _schema("TaskDef.json")
    Draft7Validator(task_def_schema, format_checker=FormatChecker()).validate(taskdef)
    assert set(taskdef) <= set(task_def_schema["properties"])
    assert taskdef["name"] == task["name"], "registered under the task's name, or never retried"
    assert (taskdef["retryCount"], taskdef["retryLogic"]) == (3, "EXPONENTIAL_BACKOFF")
    assert taskdef["ownerEmail"] == "team@example.com"


# Prefect ----------------------------------------------------------------------------------------


@pytest.fixture
def prefect_snippet() -> dict[str, Any]:
    pytest.importorskip(
        "prefect", reason="prefect (extra `test-engines`, `make install`) is missing"
    )
    return run_snippet("**Prefect**")


def test_prefect_snippet_defines_a_flow(prefect_snippet: dict[str, Any], live: Emulator) -> None:
    from prefect import Flow

    assert isinstance(prefect_snippet["voice_call"], Flow)
    assert_minted(prefect_snippet["create_realtime_session"].fn(MINT))


@pytest.mark.parametrize(FAILURE_ARGS, FAILURES)
def test_prefect_snippet_retries_only_retryable_failures(
    prefect_snippet: dict[str, Any],
    live: Emulator,
    fault: FaultPlan,
    task_input: dict[str, Any],
    kind: str,
    retryable: bool,
) -> None:
    """The task's `retry_condition_fn` is what Prefect asks after a failed attempt."""
    from prefect.states import Failed

    task = prefect_snippet["create_realtime_session"]
    live.faults = fault
    with pytest.raises(RealtimeSessionsError) as raised:
        task.fn(task_input)
    assert raised.value.kind == kind
    assert task.retry_condition_fn(task, None, Failed(data=raised.value)) is retryable


# Temporal ---------------------------------------------------------------------------------------


@pytest.fixture
def temporal_activity() -> Any:
    pytest.importorskip("temporalio", reason="temporalio (extra `test-engines`) is missing")
    return run_snippet("**Temporal**")["create_realtime_session"]


def test_temporal_snippet_activity_mints(temporal_activity: Any, live: Emulator) -> None:
    from temporalio.testing import ActivityEnvironment

    assert_minted(ActivityEnvironment().run(temporal_activity, MINT))


@pytest.mark.parametrize(FAILURE_ARGS, FAILURES)
def test_temporal_snippet_maps_errors(
    temporal_activity: Any,
    live: Emulator,
    fault: FaultPlan,
    task_input: dict[str, Any],
    kind: str,
    retryable: bool,
) -> None:
    """Terminal errors are non-retryable ApplicationErrors; a 429's Retry-After sets the delay."""
    from temporalio.exceptions import ApplicationError
    from temporalio.testing import ActivityEnvironment

    live.faults = fault
    with pytest.raises(ApplicationError) as raised:
        ActivityEnvironment().run(temporal_activity, task_input)
    error = raised.value
    assert (error.type, error.non_retryable) == (kind, not retryable)
    (document,) = error.details
    assert (document["error"]["kind"], document["error"]["retryable"]) == (kind, retryable)
    assert error.next_retry_delay == (timedelta(seconds=3) if kind == "rate_limited" else None)
    assert API_KEY not in json.dumps(document) + str(error)
