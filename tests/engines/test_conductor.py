"""The README's Conductor HTTP task and worker inside a real Conductor OSS server.

The server is conductor-server's Spring Boot jar from Maven Central (`make test-engines` fetches
it into .engines/), with its default SQLite persistence in a temporary folder, on 127.0.0.1. The
key reaches it only as CONDUCTOR_SECRET_OPENAI_API_KEY, OSS's stand-in for Orkes' secrets.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
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
    MINT,
    REFUSED,
    assert_minted,
    assert_no_key,
    readme_block,
)
from tests.engines.servers import (
    CACHE,
    START_TIMEOUT,
    free_port,
    http_ok,
    listening_hosts,
    server,
    stop,
)

JAR = Path(
    os.environ.get("CONDUCTOR_JAR", CACHE / "conductor/app/conductor-server-3.32.3-boot.jar")
)
# Java's AOT cache of the server's classes: written when the first run's server stops (a minute or
# more), it cuts later starts to about a third. A stale or broken cache is ignored by Java.
AOT_CACHE = JAR.parent.parent / "conductor.aot"
FAILED_START: list[str] = []
SESSION_JSON = {
    "type": "realtime",
    "model": "gpt-realtime",
    "audio": {"output": {"voice": "marin"}},
}
TERMINAL = {"COMPLETED", "FAILED", "TIMED_OUT", "TERMINATED"}
TASK_REF = "create_realtime_session"


class Conductor:
    """A running Conductor server and what the test registered in it."""

    def __init__(self, url: str, folder: Path, log: Path) -> None:
        self.api, self.folder, self.log = f"{url}/api", folder, log
        self.http = httpx.Client(base_url=self.api, timeout=30)

    def put(self, path: str, document: Any) -> None:
        answer = self.http.request(
            "PUT" if path == "/metadata/workflow" else "POST", path, json=document
        )
        assert answer.status_code in (200, 204), answer.text

    def run(
        self, workflow: str, workflow_input: dict[str, Any], timeout: float = 180
    ) -> dict[str, Any]:
        """Start `workflow` and wait until it ends; its execution with every task."""
        answer = self.http.post(f"/workflow/{workflow}", json=workflow_input)
        assert answer.status_code == 200, answer.text
        run_id = answer.text.strip()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            execution = self.http.get(f"/workflow/{run_id}", params={"includeTasks": True}).json()
            if execution["status"] in TERMINAL:
                return execution
            time.sleep(0.5)
        raise AssertionError(f"{workflow} still {execution['status']} after {timeout} s")

    def stored(self, execution: dict[str, Any]) -> str:
        """Everything the server hands out about a run: execution, task logs, definitions."""
        parts = [json.dumps(execution)]
        for task in execution["tasks"]:
            parts.append(self.http.get(f"/tasks/{task['taskId']}/log").text)
        parts.append(self.http.get(f"/metadata/workflow/{execution['workflowName']}").text)
        parts.append(self.http.get("/metadata/taskdefs").text)
        return "\n".join(parts)

    def database_rows(self) -> str:
        """Every row of every table in the server's SQLite database, as it stands now."""
        copy = self.folder / "copy"
        shutil.rmtree(copy, ignore_errors=True)
        copy.mkdir()
        for path in self.folder.glob("conductor.db*"):
            shutil.copy(path, copy / path.name)
        with sqlite3.connect(copy / "conductor.db") as db:
            tables = [
                name for (name,) in db.execute("select name from sqlite_master where type='table'")
            ]
            return "\n".join(
                repr(row) for table in tables for row in db.execute(f'select * from "{table}"')
            )


def java() -> str:
    """Java 21 or newer (Conductor 3.32 needs it): JAVA_HOME as the Makefile sets it, else a
    Temurin JDK of the machine, else whatever `java` is."""
    home = os.environ.get("JAVA_HOME")
    found = sorted(Path("/usr/lib/jvm").glob("temurin-2[1-9]-jdk*/bin/java"))
    return str(Path(home) / "bin/java") if home else str(found[-1]) if found else "java"


def aot_option() -> str:
    if AOT_CACHE.is_file():
        return f"-XX:AOTCache={AOT_CACHE}"
    return f"-XX:AOTCacheOutput={AOT_CACHE}"


@pytest.fixture(scope="module")
def conductor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Conductor]:
    if not JAR.is_file():
        pytest.fail(f"no Conductor server jar at {JAR}: `make test-engines` fetches it")
    folder = tmp_path_factory.mktemp("conductor")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        java(), "-Xmx1g", "-XX:TieredStopAtLevel=1", aot_option(), "-jar", str(JAR),
        "--server.address=127.0.0.1", f"--server.port={port}",
        f"--spring.datasource.url=jdbc:sqlite:{folder}/conductor.db?busy_timeout=15000&journal_mode=WAL",
        "--conductor.integrations.ai.enabled=false",
    ]  # fmt: skip
    # A clean environment: the server reads provider keys (OPENAI_API_KEY among them) from its
    # environment, and must see ours only as the secret.
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(folder),
        "CONDUCTOR_SECRET_OPENAI_API_KEY": API_KEY,
    }
    log = folder / "server.log"
    name = "Conductor" if AOT_CACHE.is_file() else "Conductor (writing its AOT cache)"
    ready = http_ok(f"{url}/health")
    if FAILED_START:  # pytest sets a failed module fixture up again for each test: fail fast
        pytest.fail(f"Conductor did not start: {FAILED_START[0]}")
    try:
        with server(
            command, name=name, log=log, ready=ready, env=env, cwd=folder,
            stop_timeout=300, start_timeout=2 * START_TIMEOUT,
        ) as process:  # fmt: skip
            assert listening_hosts(process.pid) == {"127.0.0.1"}
            yield Conductor(url, folder, log)
    except AssertionError as error:
        FAILED_START.append(str(error)[:2000])
        raise


@pytest.fixture(scope="module")
def emulator_url(emulator_server: Emulator) -> str:
    return emulator_server.base_url


def readme_commands(folder: Path, base_url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """The README's two `realtime-sessions conductor-task` commands, run by bash as written
    (plus `--base-url` for the emulator and `extra` flags)."""
    script = readme_block("**Conductor HTTP task**", "sh")
    flags = " ".join(("--base-url", base_url, *extra))
    script = script.replace("conductor-task --config", f"conductor-task {flags} --config", 1)
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}
    return subprocess.run(
        ["bash", "-euc", script], cwd=folder, env=env, capture_output=True, text=True, timeout=120
    )


def register_http_workflow(
    conductor: Conductor, folder: Path, base_url: str, name: str, *extra: str
) -> dict[str, Any]:
    folder.mkdir()
    (folder / "session.json").write_text(json.dumps(SESSION_JSON))
    done = readme_commands(folder, base_url, *extra)
    assert done.returncode == 0, done.stderr
    task = json.loads((folder / "task.json").read_text())
    conductor.put("/metadata/taskdefs", json.loads((folder / "taskdefs.json").read_text()))
    conductor.put("/metadata/workflow", [{
        "name": name, "version": 1, "schemaVersion": 2, "ownerEmail": "team@example.com",
        "inputParameters": ["instructions"], "tasks": [task],
        "outputParameters": {"token": "${create_realtime_session.output.response.body.value}"},
    }])  # fmt: skip
    return task


@pytest.fixture(scope="module")
def http_workflow(
    conductor: Conductor, emulator_url: str, tmp_path_factory: pytest.TempPathFactory
) -> str:
    folder = tmp_path_factory.mktemp("http") / "nested"
    task = register_http_workflow(conductor, folder, emulator_url, "voice_call")
    assert task["inputParameters"]["http_request"]["headers"] == {
        "Authorization": "Bearer ${workflow.secrets.OPENAI_API_KEY}"
    }
    return "voice_call"


def attempts(execution: dict[str, Any]) -> list[str]:
    return [task["status"] for task in execution["tasks"] if task["referenceTaskName"] == TASK_REF]


def check_nothing_leaked(conductor: Conductor, execution: dict[str, Any]) -> None:
    assert_no_key(
        conductor.stored(execution), conductor.log.read_bytes(), conductor.database_rows()
    )


# The HTTP task --------------------------------------------------------------------------------


def test_http_task_mints_with_the_secret_and_workflow_input(
    conductor: Conductor, http_workflow: str, emulator: Emulator
) -> None:
    execution = conductor.run(http_workflow, {"instructions": "Be brief."})
    assert execution["status"] == "COMPLETED", execution.get("reasonForIncompletion")
    assert attempts(execution) == ["COMPLETED"]
    assert execution["output"]["token"].startswith("ek_")
    (task,) = execution["tasks"]
    response = task["outputData"]["response"]
    assert response["statusCode"] == 200
    assert response["body"]["session"]["instructions"] == "Be brief."
    assert response["body"]["session"]["audio"]["output"]["voice"] == "marin"
    # The stored input keeps the placeholder; the server resolved it only to send the request.
    assert task["inputData"]["http_request"]["headers"]["Authorization"] == (
        "Bearer ${workflow.secrets.OPENAI_API_KEY}"
    )
    check_nothing_leaked(conductor, execution)


@pytest.mark.parametrize(
    ("failures", "tries", "sent"),
    [pytest.param(1, ["COMPLETED"], 2, id="one-503"),
     pytest.param(2, ["FAILED", "COMPLETED"], 3, id="two-503s")],
)  # fmt: skip
def test_http_task_retries_a_503_then_mints(
    conductor: Conductor,
    http_workflow: str,
    emulator: Emulator,
    failures: int,
    tries: list[str],
    sent: int,
) -> None:
    """Conductor's HTTP client (Apache HttpClient 5) repeats a 503 once by itself, within the
    same task; only a second 503 fails the task, which the TaskDef then retries."""
    emulator.faults = FaultPlan(kind="503", first=failures)
    before = emulator.requests
    execution = conductor.run(http_workflow, {"instructions": "Be brief."})
    assert execution["status"] == "COMPLETED", execution.get("reasonForIncompletion")
    assert attempts(execution) == tries
    assert emulator.requests - before == sent
    assert execution["output"]["token"].startswith("ek_")


def test_http_task_honours_a_429s_retry_after(
    conductor: Conductor, http_workflow: str, emulator: Emulator
) -> None:
    """The same HTTP client waits Retry-After before its one repeat: one task, two requests."""
    emulator.faults = FaultPlan(kind="429", first=1, retry_after=4)
    before = emulator.requests
    execution = conductor.run(http_workflow, {"instructions": "Be brief."})
    assert execution["status"] == "COMPLETED", execution.get("reasonForIncompletion")
    (task,) = execution["tasks"]
    assert emulator.requests - before == 2
    took = (task["endTime"] - task["startTime"]) / 1000
    assert took >= 4, f"repeated after {took} s, before Retry-After"


def test_http_task_retries_a_400_like_a_503(
    conductor: Conductor, emulator_url: str, emulator: Emulator, tmp_path: Path
) -> None:
    """As README says: a plain HTTP task cannot tell a refusal from an outage (4 tries).

    The beta endpoint answers 400 beta_api_shape_disabled, as api.openai.com does today."""
    register_http_workflow(
        conductor, tmp_path / "beta", emulator_url, "voice_call_beta", "--endpoint", "sessions"
    )
    emulator.faults = FaultPlan(kind="retired")
    before = emulator.requests
    execution = conductor.run("voice_call_beta", {"instructions": "Be brief."})
    assert execution["status"] == "FAILED"
    assert attempts(execution) == ["FAILED"] * 4, "retryCount 3 from the README's TaskDef"
    assert emulator.requests - before == 4
    reason = execution["tasks"][-1]["reasonForIncompletion"]
    assert reason.startswith("Failed to invoke HTTP task due to: "), reason
    assert "400" in reason
    assert "beta_api_shape_disabled" in reason
    check_nothing_leaked(conductor, execution)


def test_invalid_config_is_refused_before_conductor(tmp_path: Path, emulator_url: str) -> None:
    (tmp_path / "session.json").write_text(json.dumps({"type": "realtime", "temperature": 9}))
    done = readme_commands(tmp_path, emulator_url)
    assert done.returncode == 2
    assert "temperature" in done.stderr
    assert not (tmp_path / "task.json").read_text()


def test_orkes_flat_form_runs_on_oss(
    conductor: Conductor, emulator_url: str, emulator: Emulator, tmp_path: Path
) -> None:
    task = register_http_workflow(
        conductor, tmp_path / "flat", emulator_url, "voice_call_flat", "--flat"
    )
    assert "http_request" not in task["inputParameters"]
    execution = conductor.run("voice_call_flat", {"instructions": "Be brief."})
    assert execution["status"] == "COMPLETED", execution.get("reasonForIncompletion")
    assert execution["output"]["token"].startswith("ek_")
    check_nothing_leaked(conductor, execution)


# The conductor-python worker ----------------------------------------------------------------


@pytest.fixture(scope="module")
def worker_workflow(conductor: Conductor, http_workflow: str, emulator_url: str) -> Iterator[str]:
    """The README's worker snippet (TaskHandler) polling the server, and a workflow for it.

    The TaskDef registered for the HTTP task has the worker's task name, so its retries apply.
    """
    pytest.importorskip("conductor.client", reason="conductor-python (dev extra) is missing")
    conductor.put("/metadata/workflow", [{
        "name": "voice_call_worker", "version": 1, "schemaVersion": 2,
        "ownerEmail": "team@example.com", "inputParameters": ["session", "endpoint"],
        "tasks": [{
            "name": "openai_realtime_create_session", "taskReferenceName": TASK_REF,
            "type": "SIMPLE",
            "inputParameters": {"session": "${workflow.input.session}", "endpoint": "${workflow.input.endpoint}"},
        }],
        "outputParameters": {"token": "${create_realtime_session.output.client_secret.value}"},
    }])  # fmt: skip
    env = {
        **os.environ,
        "CONDUCTOR_SERVER_URL": conductor.api,
        "OPENAI_API_KEY": API_KEY,
        "OPENAI_BASE_URL": emulator_url,
    }
    log = conductor.folder / "worker.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", readme_block("**Conductor worker**")],
            stdout=out, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip
    try:
        yield "voice_call_worker"
    finally:
        # SIGINT ends join_processes(); TaskHandler's `with` then stops its worker processes.
        stop(process, signal.SIGINT)
        assert_no_key(log.read_bytes())


def test_worker_mints(conductor: Conductor, worker_workflow: str, emulator: Emulator) -> None:
    execution = conductor.run(worker_workflow, {**MINT, "endpoint": "client-secrets"})
    assert execution["status"] == "COMPLETED", execution.get("reasonForIncompletion")
    assert attempts(execution) == ["COMPLETED"]
    assert_minted(execution["tasks"][0]["outputData"])
    # README: the token lands in the task output, where Conductor stores it.
    assert execution["output"]["token"].startswith("ek_")
    check_nothing_leaked(conductor, execution)


@pytest.mark.parametrize("fault", ["503", "drop"])
def test_worker_failure_is_retried_then_mints(
    conductor: Conductor, worker_workflow: str, emulator: Emulator, fault: str
) -> None:
    emulator.faults = FaultPlan(kind=fault, first=1)
    execution = conductor.run(worker_workflow, {**MINT, "endpoint": "client-secrets"})
    assert execution["status"] == "COMPLETED", execution.get("reasonForIncompletion")
    assert attempts(execution) == ["FAILED", "COMPLETED"]


def test_worker_429_is_retried_after_the_taskdef_delay(
    conductor: Conductor, worker_workflow: str, emulator: Emulator
) -> None:
    """A failed worker task is retried after the TaskDef's delay; Retry-After cannot change it."""
    emulator.faults = FaultPlan(kind="429", first=1, retry_after=60)
    execution = conductor.run(worker_workflow, {**MINT, "endpoint": "client-secrets"})
    assert execution["status"] == "COMPLETED", execution.get("reasonForIncompletion")
    failed, completed = execution["tasks"]
    assert failed["status"] == "FAILED"
    assert (completed["scheduledTime"] - failed["endTime"]) / 1000 < 60


@pytest.mark.parametrize(
    ("task_input", "kind", "sent"),
    [pytest.param(REFUSED, "api_error", 1, id="400"),
     pytest.param(INVALID_CONFIG, "invalid_config", 0, id="invalid-config")],
)  # fmt: skip
def test_worker_terminal_error_fails_at_once(
    conductor: Conductor,
    worker_workflow: str,
    emulator: Emulator,
    task_input: dict[str, Any],
    kind: str,
    sent: int,
) -> None:
    emulator.faults = FaultPlan(kind="retired")
    before = emulator.requests
    execution = conductor.run(worker_workflow, task_input)
    assert execution["status"] == "FAILED"
    assert attempts(execution) == ["FAILED_WITH_TERMINAL_ERROR"], "never retried"
    assert execution["tasks"][0]["reasonForIncompletion"].startswith(f"{kind}: ")
    assert emulator.requests - before == sent
    check_nothing_leaked(conductor, execution)
