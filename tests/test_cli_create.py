"""`realtime-sessions create`: what is sent, what is printed, and the exit code of every failure."""

from __future__ import annotations

import json
import shlex
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest
import realtime_sessions
import realtime_sessions._client as client_module
import realtime_sessions_cli._output as output_module
import respx
from click.testing import CliRunner, Result
from realtime_sessions import build_request
from realtime_sessions_cli.app import cli
from realtime_sessions_emulator import Emulator, FaultPlan

BASE = "https://api.openai.com/v1"
API_KEY = "sk-test-0123456789abcdefghijklmnopqrstuv"
SECRET = "ek_0123456789secretvalue"
EXPIRES_AT = int(time.time()) + 600
GA_ANSWER = {
    "value": SECRET,
    "expires_at": EXPIRES_AT,
    "session": {
        "type": "realtime",
        "id": "sess_456",
        "object": "realtime.session",
        "model": "gpt-realtime",
    },
}
BETA_ANSWER = {
    "id": "sess_123",
    "object": "realtime.session",
    "model": "gpt-realtime",
    "client_secret": {"value": SECRET, "expires_at": EXPIRES_AT},
}


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retries record their delays instead of sleeping."""
    recorded: list[float] = []
    monkeypatch.setattr(client_module, "_sleep", recorded.append)
    return recorded


@pytest.fixture
def api() -> Any:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        yield mock


def run(*args: str, stdin: str | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert API_KEY not in result.stdout + result.stderr
    return result


def sent(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


class TestOutputs:
    def test_token_prints_only_the_secret(self, api: respx.MockRouter) -> None:
        api.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
        result = run("create", "--output", "token")
        assert result.exit_code == 0
        assert result.stdout == SECRET + "\n"
        assert result.stderr == ""

    def test_json_prints_the_whole_answer(self, api: respx.MockRouter) -> None:
        api.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
        result = run("create", "--output", "json")
        assert result.exit_code == 0
        assert json.loads(result.stdout) == GA_ANSWER
        assert result.stderr == ""

    def test_json_is_the_default_when_piped(self, api: respx.MockRouter) -> None:
        api.post("/realtime/sessions").respond(200, json=BETA_ANSWER)
        result = run("create", "--endpoint", "sessions")
        assert result.exit_code == 0
        assert json.loads(result.stdout) == BETA_ANSWER

    def test_summary_is_the_default_on_a_terminal(
        self, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(output_module, "stdout_is_terminal", lambda: True)
        api.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
        result = run("create")
        assert result.exit_code == 0
        local = datetime.fromtimestamp(EXPIRES_AT, tz=timezone.utc).astimezone()
        lines = result.stdout.splitlines()
        assert lines[0] == "Minted a Realtime session (client-secrets endpoint)."
        assert f"  client secret  {SECRET}" in lines
        assert any(
            line.startswith(f"  expires        {local:%Y-%m-%d %H:%M:%S %Z} (") for line in lines
        )
        assert "seconds left)" in result.stdout
        left = int(result.stdout.split("(")[2].split(" ")[0])
        expected = EXPIRES_AT - time.time()
        assert expected - 5 <= left <= expected + 1
        assert "  session        sess_456" in lines
        assert "  model          gpt-realtime" in lines
        assert result.stderr == ""

    def test_a_secret_already_expired_is_no_session(self, api: respx.MockRouter) -> None:
        api.post("/realtime/client_secrets").respond(
            200, json={**GA_ANSWER, "expires_at": 1_000_000_000}
        )
        result = run("create", "--output", "summary", "--max-retries", "0")
        assert result.exit_code == 75
        assert "already past" in result.stderr
        assert result.stdout == ""

    def test_env_prints_quoted_export_lines(self, api: respx.MockRouter) -> None:
        odd = "ek_it's $HOME `x`"
        answer = {**GA_ANSWER, "value": odd, "session": {**GA_ANSWER["session"], "id": "sess 1"}}
        api.post("/realtime/client_secrets").respond(200, json=answer)
        result = run("create", "--output", "env")
        assert result.exit_code == 0
        assert result.stderr == ""
        exported = dict(shlex.split(line)[1].split("=", 1) for line in result.stdout.splitlines())
        assert exported == {
            "OPENAI_REALTIME_CLIENT_SECRET": odd,
            "OPENAI_REALTIME_EXPIRES_AT": str(EXPIRES_AT),
            "OPENAI_REALTIME_SESSION_ID": "sess 1",
        }
        assert all(line.startswith("export ") for line in result.stdout.splitlines())


class TestRequest:
    def test_sends_the_body_config_would_print(self, api: respx.MockRouter, tmp_path: Path) -> None:
        route = api.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
        path = tmp_path / "s.yaml"
        path.write_text("model: gpt-realtime\nvoice: alloy\n")
        flags = ["--config", str(path), "--voice", "marin", "--expires-after", "300"]
        result = run("create", "--output", "token", *flags)
        assert result.exit_code == 0
        printed = run("config", *flags)
        assert sent(route) == json.loads(printed.stdout)
        assert sent(route) == build_request(
            {"model": "gpt-realtime", "voice": "marin"},
            endpoint="client-secrets",
            expires_after_seconds=300,
        )
        assert route.calls.last.request.headers["authorization"] == f"Bearer {API_KEY}"

    def test_beta_endpoint_and_stdin(self, api: respx.MockRouter) -> None:
        route = api.post("/realtime/sessions").respond(200, json=BETA_ANSWER)
        result = run(
            "create",
            "--endpoint",
            "sessions",
            "--config",
            "-",
            "--output",
            "token",
            stdin='{"temperature": 0.7}',
        )
        assert result.exit_code == 0
        assert result.stdout == SECRET + "\n"
        assert sent(route) == {"temperature": 0.7}

    def test_base_url_flag_and_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        with respx.mock:
            route = respx.post("https://proxy.test/v1/realtime/client_secrets").respond(
                200, json=GA_ANSWER
            )
            assert (
                run("create", "--base-url", "https://proxy.test/v1", "-o", "token").exit_code == 0
            )
            monkeypatch.setenv("OPENAI_BASE_URL", "https://proxy.test/v1")
            assert run("create", "-o", "token").exit_code == 0
        assert route.call_count == 2

    def test_warnings_go_to_stderr_and_the_secret_is_still_minted(
        self, api: respx.MockRouter
    ) -> None:
        api.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
        result = run("create", "--voice", "zebra", "--output", "token")
        assert result.exit_code == 0
        assert result.stdout == SECRET + "\n"
        assert result.stderr.startswith(
            "warning: audio.output.voice: 'zebra'"
        ) or result.stderr.startswith("warning: voice: 'zebra'")

    def test_verbose_logs_the_library_but_never_the_secret(self, api: respx.MockRouter) -> None:
        api.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
        result = run("-v", "create", "--output", "token")
        assert result.exit_code == 0
        assert result.stdout == SECRET + "\n"
        assert "debug: realtime_sessions: POST client-secrets" in result.stderr
        assert "info: realtime_sessions: minted sess_456" in result.stderr
        assert SECRET not in result.stderr


class TestExitCodes:
    def test_invalid_config_exits_2_before_the_network(self, api: respx.MockRouter) -> None:
        route = api.post("/realtime/sessions")
        result = run(
            "create", "--endpoint", "sessions", "--temperature", "3", "--tool-choice", "required"
        )
        assert result.exit_code == 2
        assert result.stdout == ""
        assert "error: temperature: 3.0 is above the maximum 1.2." in result.stderr
        assert (
            "error: tool_choice: 'required' forces a tool call, but no tools are defined."
            in result.stderr
        )
        assert not route.called

    def test_invalid_config_exits_2_even_without_a_key(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("OPENAI_API_KEY")
        assert run("create", "--speed", "9").exit_code == 2

    @pytest.mark.parametrize("key", [None, "ek_ephemeral0123456789"])
    def test_missing_or_ephemeral_key_exits_3(
        self, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch, key: str | None
    ) -> None:
        route = api.post("/realtime/client_secrets")
        if key is None:
            monkeypatch.delenv("OPENAI_API_KEY")
        else:
            monkeypatch.setenv("OPENAI_API_KEY", key)
        result = run("create")
        assert result.exit_code == 3
        assert result.stdout == ""
        assert result.stderr.startswith("error: ")
        assert len(result.stderr.splitlines()) == 1
        assert not route.called

    @pytest.mark.parametrize("status", [401, 403])
    def test_rejected_key_exits_3_and_never_shows_the_key(
        self, api: respx.MockRouter, status: int
    ) -> None:
        envelope = {
            "message": f"Incorrect API key provided: {API_KEY}.",
            "type": "invalid_request_error",
            "param": None,
            "code": "invalid_api_key",
        }
        api.post("/realtime/client_secrets").respond(status, json={"error": envelope})
        for args in (["create"], ["-v", "create"]):
            result = run(*args)
            assert result.exit_code == 3
            errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
            assert errors[0].startswith("error: Incorrect API key provided: ")
            assert API_KEY not in result.stderr

    @pytest.mark.parametrize(
        ("status", "code"),
        [(400, "invalid_value"), (404, "model_not_found"), (422, None)],
    )
    def test_other_4xx_exit_4(self, api: respx.MockRouter, status: int, code: str | None) -> None:
        envelope = {
            "message": "The server refused it.",
            "type": "invalid_request_error",
            "param": "session.model",
            "code": code,
        }
        route = api.post("/realtime/client_secrets").respond(status, json={"error": envelope})
        result = run("create", "--max-retries", "3")
        assert result.exit_code == 4
        assert result.stdout == ""
        assert result.stderr == "error: The server refused it.\n"
        assert route.call_count == 1

    def test_verbose_adds_the_details_of_an_api_error(self, api: respx.MockRouter) -> None:
        envelope = {
            "message": "Nope.",
            "type": "invalid_request_error",
            "param": "session.model",
            "code": "invalid_value",
        }
        api.post("/realtime/client_secrets").respond(
            400, json={"error": envelope}, headers={"x-request-id": "req_1"}
        )
        result = run("-v", "create")
        assert result.exit_code == 4
        assert result.stderr.splitlines()[-2:] == [
            "error: Nope.",
            "error: details: kind=api_error status=400 type=invalid_request_error code=invalid_value "
            "param=session.model request_id=req_1 retryable=False",
        ]

    def test_retired_beta_endpoint_exits_4(self, api: respx.MockRouter) -> None:
        envelope = {
            "message": "The Realtime Beta API is no longer supported.",
            "type": "invalid_request_error",
            "param": None,
            "code": "beta_api_shape_disabled",
        }
        api.post("/realtime/sessions").respond(400, json={"error": envelope})
        result = run("create", "--endpoint", "sessions")
        assert result.exit_code == 4
        assert "--endpoint client-secrets" in result.stderr

    @pytest.mark.parametrize("status", [429, 500, 502, 503, 408])
    def test_temporary_failures_exit_75(self, api: respx.MockRouter, status: int) -> None:
        api.post("/realtime/client_secrets").respond(
            status,
            json={
                "error": {"message": "Busy.", "type": "server_error", "param": None, "code": None}
            },
        )
        result = run("create", "--max-retries", "0")
        assert result.exit_code == 75
        assert result.stdout == ""
        assert result.stderr == "error: Busy.\n"

    @pytest.mark.parametrize(
        "error",
        [httpx.ConnectTimeout("slow"), httpx.ConnectError("refused"), httpx.ReadTimeout("slow")],
    )
    def test_network_failures_exit_75(self, api: respx.MockRouter, error: Exception) -> None:
        api.post("/realtime/client_secrets").mock(side_effect=error)
        result = run("create", "--max-retries", "0", "--timeout", "0.5")
        assert result.exit_code == 75
        assert result.stderr.startswith("error: ")
        assert "Traceback" not in result.stderr

    def test_retries_then_gives_up_with_75(
        self, api: respx.MockRouter, sleeps: list[float]
    ) -> None:
        route = api.post("/realtime/client_secrets").respond(
            503,
            json={
                "error": {"message": "Busy.", "type": "server_error", "param": None, "code": None}
            },
        )
        result = run("create", "--max-retries", "2")
        assert result.exit_code == 75
        assert route.call_count == 3
        assert len(sleeps) == 2
        assert result.stderr.count("warning: mint attempt") == 2
        assert result.stderr.splitlines()[-1] == "error: Busy."

    def test_retries_recover(self, api: respx.MockRouter, sleeps: list[float]) -> None:
        route = api.post("/realtime/client_secrets")
        route.side_effect = [
            httpx.Response(500),
            httpx.Response(429, headers={"retry-after": "2"}),
            httpx.Response(200, json=GA_ANSWER),
        ]
        result = run("create", "--output", "token")
        assert result.exit_code == 0
        assert result.stdout == SECRET + "\n"
        assert route.call_count == 3
        assert sleeps[1] == 2.0

    def test_unexpected_errors_exit_1_without_a_traceback(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def explode(*args: Any, **kwargs: Any) -> None:
            raise RuntimeError(f"boom with {API_KEY}")

        monkeypatch.setattr(realtime_sessions, "create_session", explode)
        result = run("create")
        assert result.exit_code == 1
        assert result.stdout == ""
        assert (
            result.stderr
            == "error: internal error: RuntimeError: boom with *** (run with -v for details)\n"
        )
        verbose = run("-v", "create")
        assert verbose.exit_code == 1
        assert verbose.stderr.startswith("Traceback (most recent call last):")
        assert (
            verbose.stderr.splitlines()[-1] == "error: internal error: RuntimeError: boom with ***"
        )


class TestAgainstTheEmulator:
    """The whole path: CLI -> library -> generated client -> HTTP -> the contract's emulator."""

    def test_mints_on_both_endpoints(self, emulator: Emulator) -> None:
        for endpoint in ("client-secrets", "sessions"):
            result = run(
                "create",
                "--base-url",
                emulator.base_url,
                "--endpoint",
                endpoint,
                "--voice",
                "marin",
                "-o",
                "json",
            )
            assert result.exit_code == 0, result.stderr
            answer = json.loads(result.stdout)
            secret = (
                answer["value"]
                if endpoint == "client-secrets"
                else answer["client_secret"]["value"]
            )
            assert secret.startswith("ek_")

    def test_injected_faults_map_to_exit_codes(
        self, emulator: Emulator, sleeps: list[float]
    ) -> None:
        emulator.faults = FaultPlan(kind="503")
        before = emulator.requests
        assert run("create", "--base-url", emulator.base_url).exit_code == 75
        assert emulator.requests - before == 3
        emulator.faults = FaultPlan(kind="retired")
        assert (
            run("create", "--base-url", emulator.base_url, "--endpoint", "sessions").exit_code == 4
        )
        emulator.faults = FaultPlan(kind="429", first=1, retry_after=0)
        assert run("create", "--base-url", emulator.base_url, "-o", "token").stdout.startswith(
            "ek_"
        )
