"""The README's workflow-engine snippets run as written, against the emulator or offline.

Every block is read from README.md ("Use in a workflow engine"), so the documented code is the
tested code. Each test asserts what a user relies on, in that engine's own terms: the output
document on success, terminal errors the engine will not retry, and 429/5xx that it will. The
shell step is covered in test_readme.py.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import shutil
import subprocess
import sys
import types
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft7Validator, FormatChecker
from realtime_sessions import RealtimeSessionsError
from realtime_sessions_emulator import Emulator, FaultPlan

from tests.test_conductor import _schema, check_workflow_task
from tests.test_integrations import local_prefect_env
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


def test_conductor_http_task_mints_as_conductor_would_send_it(
    conductor_files: dict[str, Any], live: Emulator
) -> None:
    """Do what Conductor's HTTP task does with task.json (resolve the secret and the workflow
    input, POST), then read the token where the README says downstream tasks find it."""
    task = conductor_files["task"]
    request = task["inputParameters"]["http_request"]
    assert request["uri"] == "https://api.openai.com/v1/realtime/client_secrets"
    assert request["headers"] == {"Authorization": "Bearer ${workflow.secrets.OPENAI_API_KEY}"}
    assert request["body"]["session"]["instructions"] == "${workflow.input.instructions}"
    body = json.loads(
        json.dumps(request["body"]).replace("${workflow.input.instructions}", "Be brief.")
    )
    answer = httpx.request(
        request["method"],
        request["uri"].replace("https://api.openai.com/v1", live.base_url),
        json=body,
        headers={
            "Authorization": request["headers"]["Authorization"].replace(
                "${workflow.secrets.OPENAI_API_KEY}", API_KEY
            ),
            "Accept": request["accept"],
        },
        timeout=request["readTimeOut"] / 1000,
    )
    assert answer.status_code == 200, answer.text
    outputs = {task["taskReferenceName"]: {"output": {"response": {"body": answer.json()}}}}
    # ${create_realtime_session.output.response.body.value}
    assert outputs["create_realtime_session"]["output"]["response"]["body"]["value"].startswith(
        "ek_"
    )
    assert answer.json()["session"]["instructions"] == "Be brief."


# Conductor worker ---------------------------------------------------------------------------------


@pytest.fixture
def conductor_worker(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The worker the README's snippet hands to TaskHandler.

    TaskHandler would fork processes polling a Conductor server (none is installable here), so a
    subclass checks the snippet's arguments against the real signature and records the calls;
    the real `with` protocol runs.
    """
    pytest.importorskip(
        "conductor.client.automator.task_handler", reason="conductor-python (dev extra) is missing"
    )
    from conductor.client.automator import task_handler

    real = task_handler.TaskHandler
    handlers: list[Any] = []

    class RecordingTaskHandler(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.arguments = inspect.signature(real).bind(*args, **kwargs).arguments
            self.calls: list[str] = []
            handlers.append(self)

        def start_processes(self) -> None:
            self.calls.append("start_processes")

        def join_processes(self) -> None:
            self.calls.append("join_processes")

        def stop_processes(self) -> None:
            self.calls.append("stop_processes")

    monkeypatch.setattr(task_handler, "TaskHandler", RecordingTaskHandler)
    run_snippet("**Conductor worker**")
    (handler,) = handlers
    assert handler.calls == ["start_processes", "join_processes", "stop_processes"]
    assert all(name in vars(real) for name in handler.calls)
    assert handler.arguments["scan_for_annotated_workers"] is False
    (worker,) = handler.arguments["workers"]
    assert worker.get_task_definition_name() == "openai_realtime_create_session"
    return worker


def run_conductor_task(worker: Any, input_data: dict[str, Any]) -> Any:
    """One polled task through conductor-python's `Worker.execute`, as TaskHandler runs it."""
    from conductor.client.http.models.task import Task

    return worker.execute(Task(input_data=input_data, task_id="t-1", workflow_instance_id="wf-1"))


def test_conductor_worker_snippet_completes(conductor_worker: Any, live: Emulator) -> None:
    result = run_conductor_task(conductor_worker, MINT)
    assert result.status == "COMPLETED"
    assert_minted(result.output_data)


@pytest.mark.parametrize(FAILURE_ARGS, FAILURES)
def test_conductor_worker_snippet_marks_terminal_errors(
    conductor_worker: Any,
    live: Emulator,
    fault: FaultPlan,
    task_input: dict[str, Any],
    kind: str,
    retryable: bool,
) -> None:
    live.faults = fault
    result = run_conductor_task(conductor_worker, task_input)
    if retryable:
        assert result.status == "FAILED"
    else:
        assert result.status == "FAILED_WITH_TERMINAL_ERROR"
        assert result.reason_for_incompletion.startswith(f"{kind}: ")
    assert API_KEY not in str(result.to_dict())


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


@pytest.mark.integration
def test_prefect_snippet_flow_runs(
    prefect_snippet: dict[str, Any], live: Emulator, tmp_path: Path
) -> None:
    """`voice_call()` in a real local Prefect run: a 503 is retried, then the mint succeeds."""
    live.faults = FaultPlan(kind="503", first=1)
    before = live.requests
    code = block_after("**Prefect**", "python") + "\nimport json\nprint(json.dumps(voice_call()))\n"
    run = subprocess.run(
        [sys.executable, "-c", code],
        env=local_prefect_env(tmp_path / "prefect"),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert_minted(json.loads(run.stdout.strip().splitlines()[-1]))
    assert live.requests - before == 2, "one 503, then the retry that minted"
    assert API_KEY not in run.stdout + run.stderr


# Airflow ----------------------------------------------------------------------------------------


AIRFLOW_RETRY_SETTINGS = {
    "retries": 3,
    "retry_delay": timedelta(seconds=2),
    "retry_exponential_backoff": True,
}


def _stand_in_task(**kwargs: Any) -> Callable[[Callable[..., Any]], Any]:
    """`airflow.sdk.task` as far as the snippet and these tests use it: Airflow's decorated
    task keeps the function as `.function` and the arguments as `.kwargs`."""
    return lambda function: types.SimpleNamespace(function=function, kwargs=kwargs)


@pytest.fixture
def airflow_task(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The snippet's task. Airflow is not installed by the test extras (README says why), so
    `airflow.sdk` is stood in for unless Airflow is there; the body under test is the same."""
    if importlib.util.find_spec("airflow") is None:
        sdk = types.ModuleType("airflow.sdk")
        sdk.task = _stand_in_task  # type: ignore[attr-defined]
        exceptions = types.ModuleType("airflow.sdk.exceptions")
        exceptions.AirflowFailException = type("AirflowFailException", (Exception,), {})  # type: ignore[attr-defined]
        for name, module in (
            ("airflow", types.ModuleType("airflow")),
            ("airflow.sdk", sdk),
            ("airflow.sdk.exceptions", exceptions),
        ):
            monkeypatch.setitem(sys.modules, name, module)
    return run_snippet("**Airflow 3**")["create_realtime_session"]


def test_airflow_snippet_task_settings(airflow_task: Any, live: Emulator) -> None:
    settings = {key: airflow_task.kwargs.get(key) for key in AIRFLOW_RETRY_SETTINGS}
    assert settings == AIRFLOW_RETRY_SETTINGS
    # Airflow 3 reserves `params` (a context key): a task argument of that name fails every run.
    assert "params" not in inspect.signature(airflow_task.function).parameters
    assert_minted(airflow_task.function(MINT))


@pytest.mark.parametrize(FAILURE_ARGS, FAILURES)
def test_airflow_snippet_fails_terminal_errors_for_good(
    airflow_task: Any,
    live: Emulator,
    fault: FaultPlan,
    task_input: dict[str, Any],
    kind: str,
    retryable: bool,
) -> None:
    """AirflowFailException ends the task whatever retries are left; anything else is retried."""
    from airflow.sdk.exceptions import AirflowFailException

    live.faults = fault
    with pytest.raises(Exception) as raised:  # noqa: PT011 - the type is what is checked
        airflow_task.function(task_input)
    if retryable:
        assert isinstance(raised.value, RealtimeSessionsError)
        assert raised.value.kind == kind
    else:
        assert isinstance(raised.value, AirflowFailException)
        assert str(raised.value).startswith(f"{kind}: ")


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
