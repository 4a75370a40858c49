"""`task` and `conductor-task`: one JSON document on stdout, exit codes engines can branch on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import realtime_sessions._client as client_module
import realtime_sessions_cli.workflow as workflow_module
import respx
from click.testing import CliRunner, Result
from realtime_sessions._conductor import http_task, task_def
from realtime_sessions_cli.app import cli
from realtime_sessions_cli.workflow import conductor_task_command, task_command
from realtime_sessions_emulator import FaultPlan

BASE = "https://api.openai.com/v1"
API_KEY = "sk-cli-0123456789abcdefghijklmnopqrstuvw"
GA_ANSWER = {
    "value": "ek_cli_secret_0123456789",
    "expires_at": 2_000_000_000,
    "session": {
        "type": "realtime",
        "id": "sess_cli",
        "object": "realtime.session",
        "model": "gpt-realtime",
    },
}
# How a shell step or Argo's retryStrategy tells "try again" (75) from "fix something" (2, 3, 4).
EXIT_OF_STATUS = {
    400: 4,
    401: 3,
    403: 3,
    404: 4,
    408: 75,
    409: 75,
    422: 4,
    429: 75,
    500: 75,
    502: 75,
    503: 75,
}


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)


def run_task(stdin: str | None = None, *args: str) -> Result:
    return CliRunner().invoke(task_command, list(args), input=stdin)


def single_document(result: Result) -> dict[str, Any]:
    """stdout holds exactly one JSON document on one line, and nothing leaks the key."""
    assert result.stdout.endswith("\n"), result.stdout
    assert result.stdout.count("\n") == 1, result.stdout
    assert API_KEY not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return json.loads(result.stdout)


def test_task_mints_against_the_emulator(emulator: Any) -> None:
    stdin = json.dumps(
        {"session": {"type": "realtime", "model": "gpt-realtime"}, "expires_after_seconds": 120}
    )
    result = run_task(stdin, "--base-url", emulator.base_url)
    assert result.exit_code == 0, result.stderr
    output = single_document(result)
    assert output["schema_version"] == 1
    assert output["client_secret"]["value"].startswith("ek_")
    assert 0 < output["seconds_left"] <= 120
    assert result.stderr.startswith(
        f"minted {output['session_id']} on client-secrets; the secret expires in "
    )


def test_task_reads_input_file(tmp_path: Path) -> None:
    path = tmp_path / "input.json"
    path.write_text(json.dumps({"session": {}, "redact_secret": True}), encoding="utf-8")
    with respx.mock(base_url=BASE) as mock:
        mock.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
        result = run_task(None, "--input", str(path))
    assert result.exit_code == 0
    output = single_document(result)
    assert output["client_secret"] == {"value": "[redacted]", "expires_at": 2_000_000_000}
    assert output["session_id"] == "sess_cli"


@pytest.mark.parametrize(
    ("status", "exit_code"), EXIT_OF_STATUS.items(), ids=[str(s) for s in EXIT_OF_STATUS]
)
def test_task_exit_code_follows_the_split(status: int, exit_code: int) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/realtime/client_secrets").respond(status)
        result = run_task('{"session": {}}')
    assert route.call_count == 1
    assert result.exit_code == exit_code
    error = single_document(result)["error"]
    assert error["status"] == status
    assert error["retryable"] is (exit_code == 75)
    assert result.stderr.startswith(f"error: HTTP {status} ")


@pytest.mark.parametrize(
    ("raised", "kind"),
    [(httpx.ReadTimeout("slow"), "timeout"), (httpx.ConnectError("refused"), "connection")],
)
def test_task_network_failures_exit_75(raised: Exception, kind: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post("/realtime/client_secrets").mock(side_effect=raised)
        result = run_task('{"session": {}}')
    assert result.exit_code == 75
    assert single_document(result)["error"]["kind"] == kind


@pytest.mark.parametrize(
    ("stdin", "kind", "stderr"),
    [
        (
            "",
            "invalid_input",
            "error: the task input is not one JSON document: Expecting value at line 1, column 1.",
        ),
        (
            "{nope",
            "invalid_input",
            "error: the task input is not one JSON document: Expecting property name",
        ),
        (
            '{"session": NaN}',
            "invalid_input",
            "error: the task input is not one JSON document: session is not a finite number (nan); JSON cannot carry it.",
        ),
        (
            json.dumps({"session": {}, "api_key": API_KEY}),
            "invalid_input",
            "error: api_key: credentials are never read",
        ),
        (
            '{"session": {"temperature": 9}, "endpoint": "sessions"}',
            "invalid_config",
            "error: session.temperature: ",
        ),
        (
            json.dumps({"session": {"temperature": API_KEY}}),
            "invalid_config",
            "error: session.temperature: ",
        ),
    ],
)
def test_task_bad_input_exits_2(stdin: str, kind: str, stderr: str) -> None:
    with respx.mock(assert_all_called=False) as mock:
        result = run_task(stdin)
    assert not mock.calls
    assert result.exit_code == 2
    error = single_document(result)["error"]
    assert (error["kind"], error["retryable"]) == (kind, False)
    assert error["problems"]
    assert result.stderr.startswith(stderr)


@pytest.mark.parametrize(
    ("stdin", "args", "stderr"),
    [
        (
            '{"session": {}, "expires_after_seconds": 5}',
            [],
            "error: expires_after_seconds: 5 is not a whole number",
        ),
        ('{"session": {"speed": 9}}', [], "error: session.speed: "),
        ('{"session": []}', [], "error: session: the session config must be an object"),
        ('{"session": {}}', ["--base-url", "ftp://proxy"], "error: --base-url: 'ftp://proxy'"),
    ],
)
def test_task_errors_name_what_the_user_wrote(stdin: str, args: list[str], stderr: str) -> None:
    with respx.mock(assert_all_called=False) as mock:
        result = run_task(stdin, *args)
    assert not mock.calls
    assert result.exit_code == 2
    assert single_document(result)["error"]["retryable"] is False
    assert result.stderr.startswith(stderr)
    assert "--expires-after" not in result.stderr
    assert "(config)" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [["--bogus"], ["--max-retries", "99"], ["--timeout"], ["extra"]],
    ids=["unknown-option", "out-of-range", "missing-value", "extra-argument"],
)
@pytest.mark.parametrize("under_the_group", [False, True], ids=["alone", "group"])
def test_task_usage_errors_still_write_one_document(args: list[str], under_the_group: bool) -> None:
    if under_the_group:
        result = CliRunner().invoke(cli, ["task", *args], input='{"session": {}}')
        command = "realtime-sessions task"
    else:
        result = run_task('{"session": {}}', *args)
        command = "task"
    assert result.exit_code == 2
    error = single_document(result)["error"]
    assert (error["kind"], error["retryable"], error["problems"]) == ("invalid_input", False, [])
    assert result.stderr == f"error: {error['message']}\n"
    assert error["message"].endswith(f" (see '{command} --help')")


def test_task_missing_input_file_exits_2(tmp_path: Path) -> None:
    result = run_task(None, "--input", str(tmp_path / "missing.json"))
    assert result.exit_code == 2
    error = single_document(result)["error"]
    assert error["kind"] == "invalid_input"
    assert error["problems"][0]["message"].startswith(f"{tmp_path / 'missing.json'}: cannot read")


def test_task_missing_key_exits_3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    result = run_task('{"session": {}}')
    assert result.exit_code == 3
    assert single_document(result)["error"]["kind"] == "authentication"


def test_task_internal_error_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"bug near {API_KEY}")

    monkeypatch.setattr(workflow_module, "run_task", broken)
    result = run_task('{"session": {}}')
    assert result.exit_code == 1
    assert single_document(result)["error"] == {
        "kind": "internal",
        "retryable": False,
        "message": "RuntimeError: bug near sk-***",
        "status": None,
        "code": None,
        "param": None,
        "problems": [],
    }
    assert "internal error" in result.stderr


def test_task_does_not_retry_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(client_module, "_sleep", sleeps.append)
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/realtime/client_secrets")
        route.side_effect = [httpx.Response(503)]
        assert run_task('{"session": {}}').exit_code == 75
        assert route.call_count == 1
        route.side_effect = [httpx.Response(503), httpx.Response(200, json=GA_ANSWER)]
        result = run_task('{"session": {}}', "--max-retries", "1")
    assert result.exit_code == 0
    assert route.call_count == 3
    assert len(sleeps) == 1
    assert "retrying in" in result.stderr


def test_task_emulator_faults_exit_codes(emulator: Any) -> None:
    codes = {}
    for kind in ("429", "503", "drop"):
        emulator.faults = FaultPlan(kind=kind)
        codes[kind] = run_task('{"session": {}}', "--base-url", emulator.base_url).exit_code
    emulator.faults = FaultPlan(kind="retired")
    codes["retired"] = run_task(
        '{"session": {}, "endpoint": "sessions"}', "--base-url", emulator.base_url
    ).exit_code
    assert codes == {"429": 75, "503": 75, "drop": 75, "retired": 4}


# conductor-task --------------------------------------------------------------------------------


def run_conductor(stdin: str | None = None, *args: str) -> Result:
    return CliRunner().invoke(conductor_task_command, list(args), input=stdin)


def test_conductor_task_from_stdin_matches_the_library() -> None:
    config = {"model": "gpt-realtime", "voice": "verse"}
    result = run_conductor(
        json.dumps(config), "--endpoint", "sessions", "--instructions-input", "prompt"
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == http_task(
        config, endpoint="sessions", instructions_input="prompt"
    )
    assert API_KEY not in result.stdout


def test_conductor_task_every_option(tmp_path: Path) -> None:
    path = tmp_path / "session.yaml"
    path.write_text("type: realtime\nmodel: gpt-realtime\n", encoding="utf-8")
    args = [
        "--config",
        str(path),
        "--expires-after",
        "300",
        "--base-url",
        "https://proxy.example.test/v1",
    ]
    args += [
        "--secret-name",
        "OPENAI_PROD",
        "--task-name",
        "mint",
        "--task-ref-name",
        "mint_ref",
        "--flat",
    ]
    result = run_conductor(None, *args)
    assert result.exit_code == 0, result.stderr
    task = json.loads(result.stdout)
    assert task == http_task(
        {"type": "realtime", "model": "gpt-realtime"},
        expires_after_seconds=300,
        base_url="https://proxy.example.test/v1",
        secret_name="OPENAI_PROD",
        task_name="mint",
        task_ref_name="mint_ref",
        flat=True,
    )
    assert task["inputParameters"]["headers"] == {
        "Authorization": "Bearer ${workflow.secrets.OPENAI_PROD}"
    }


def test_conductor_taskdef() -> None:
    result = run_conductor(
        None,
        "--taskdef",
        "--owner-email",
        "team@example.com",
        "--task-name",
        "mint",
        "--retry-count",
        "5",
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == task_def(
        owner_email="team@example.com", task_name="mint", retry_count=5
    )


def test_conductor_taskdef_needs_an_owner() -> None:
    result = run_conductor(None, "--taskdef")
    assert result.exit_code == 2
    assert "--taskdef needs --owner-email" in result.stderr


def test_conductor_task_invalid_config_exits_2() -> None:
    result = run_conductor('{"model": 3, "temperature": 9}', "--endpoint", "sessions")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[0].startswith("error: model: ")
    assert result.stderr.splitlines()[1].startswith("error: temperature: ")


def test_conductor_task_warnings_go_to_stderr() -> None:
    result = run_conductor('{"voice": "robot"}', "--endpoint", "sessions")
    assert result.exit_code == 0
    assert result.stderr.startswith("warning: voice: ")
    assert json.loads(result.stdout)["inputParameters"]["http_request"]["body"] == {
        "voice": "robot"
    }


@pytest.mark.parametrize(
    ("stdin", "args", "stderr"),
    [
        ("{}", ["--secret-name", "MY KEY"], "error: --secret-name: must be letters"),
        (
            '{"instructions": "Hi."}',
            ["--instructions-input", "prompt"],
            "error: --instructions-input: the config already sets instructions",
        ),
        ("[1, 2]", [], "error: <stdin>: a session config must be an object"),
        ("", [], "error: <stdin>: is empty"),
    ],
)
def test_conductor_task_usage_errors_exit_2(stdin: str, args: list[str], stderr: str) -> None:
    result = run_conductor(stdin, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(stderr)


def test_conductor_task_timeouts() -> None:
    result = run_conductor(
        "{}", "--connect-timeout-ms", "1500", "--read-timeout-ms", "45000", "--flat"
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == http_task(
        {}, connection_timeout_ms=1500, read_timeout_ms=45000, flat=True
    )
    request = json.loads(result.stdout)["inputParameters"]
    assert (request["connectionTimeOut"], request["readTimeOut"]) == (1500, 45000)


@pytest.mark.parametrize(
    ("stdin", "args", "stderr"),
    [
        ("{}", ["--secret-name", "1KEY"], "error: --secret-name: must be "),
        ("{}", ["--instructions-input", "a-b"], "error: --instructions-input: must be "),
        ("{}", ["--connect-timeout-ms", "0"], "error: --connect-timeout-ms: must be "),
        ("{}", ["--read-timeout-ms", "-1"], "error: --read-timeout-ms: must be "),
        (
            '{"instructions": "Hi."}',
            ["--instructions-input", "prompt"],
            "error: --instructions-input: the config already sets instructions. Hint: Remove "
            "them from the config, or leave this argument out.",
        ),
        (None, ["--taskdef", "--owner-email", "team"], "error: --owner-email: must be "),
        ("{}", ["--expires-after", "5"], "error: --expires-after: "),
    ],
)
def test_conductor_task_errors_name_the_flags(
    stdin: str | None, args: list[str], stderr: str
) -> None:
    result = run_conductor(stdin, *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(stderr)
    assert len(result.stderr.splitlines()) == 1
    assert not any(
        name in result.stderr
        for name in (
            "secret_name",
            "instructions_input",
            "connection_timeout_ms",
            "read_timeout_ms",
            "owner_email",
            "expires_after_seconds",
        )
    )


def test_conductor_task_refuses_to_wait_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workflow_module, "stdin_is_terminal", lambda: True)
    result = run_conductor(None)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "error: no session config and stdin is a terminal: give --config FILE, session flags, or pipe a config in. "
        "(see 'conductor-task --help')\n"
    )
    # Asked for explicitly, stdin is read even from a terminal; --taskdef reads no config.
    assert run_conductor('{"model": "gpt-realtime"}', "--config", "-").exit_code == 0
    taskdef = run_conductor(None, "--taskdef", "--owner-email", "team@example.com")
    assert taskdef.exit_code == 0
