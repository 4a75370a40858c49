"""Issue 14, secrets and output: nothing the server echoes shows a key, forges a line, drives
the terminal or floods it; a redacted output holds no copy of the secret; a dead token fails."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import pytest
from click.testing import CliRunner
from realtime_sessions import APIConnectionError, APIStatusError, SessionsClient, validate
from realtime_sessions.workflow import error_document, run_task
from realtime_sessions_cli.app import cli

from tests.misbehaving_server import MisbehavingServer, respond

GATEWAY_TOKEN = "gateway-token-0123456789abcdef"
SECRET = "ek_minted_for_hardening_secret"


def ga_answer(**session: Any) -> dict[str, Any]:
    return {
        "value": SECRET,
        "expires_at": int(time.time()) + 600,
        "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1", **session},
    }


def echoing_key(message: str = "bad request") -> Any:
    envelope = {
        "error": {
            "message": f"{message} {GATEWAY_TOKEN}",
            "type": f"type-{GATEWAY_TOKEN}",
            "code": f"code-{GATEWAY_TOKEN}",
            "param": f"param-{GATEWAY_TOKEN}",
        }
    }
    return respond(400, json=envelope, headers=[("x-request-id", f"req-{GATEWAY_TOKEN}")])


def test_every_field_of_an_api_error_is_masked():
    with (
        MisbehavingServer(echoing_key()) as server,
        SessionsClient(api_key=GATEWAY_TOKEN, base_url=server.base_url) as client,
        pytest.raises(APIStatusError) as raised,
    ):
        client.create({})
    error = raised.value
    for value in (
        error.type,
        error.code,
        error.param,
        error.request_id,
        error.message,
        repr(error),
    ):
        assert GATEWAY_TOKEN not in value
    assert GATEWAY_TOKEN not in json.dumps(error_document(error))


def test_the_verbose_line_is_masked():
    with MisbehavingServer(echoing_key()) as server:
        result = CliRunner().invoke(
            cli,
            ["-v", "create", "--base-url", server.base_url],
            env={"OPENAI_API_KEY": GATEWAY_TOKEN},
        )
    assert result.exit_code == 4, result.output
    assert "details:" in result.output
    assert GATEWAY_TOKEN not in result.output


def test_a_gateway_token_is_masked_in_the_task_error_document():
    with MisbehavingServer(echoing_key()) as server, pytest.raises(APIStatusError) as raised:
        run_task({"session": {}}, api_key=GATEWAY_TOKEN, base_url=server.base_url)
    assert GATEWAY_TOKEN not in json.dumps(error_document(raised.value))


def test_a_key_pasted_as_a_config_key_is_not_printed_as_the_path(tmp_path):
    key = "sk-proj-pasted-as-a-config-key-0123"
    problem = validate({key: 1}).errors[0]
    assert key not in problem.path
    path = tmp_path / "c.json"
    path.write_text(json.dumps({key: 1}))
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 2
    assert key not in result.output


def test_a_redacted_output_holds_no_copy_of_the_secret_echoed_in_the_session():
    answer = ga_answer(client_secret={"value": SECRET}, notes=[f"made {SECRET}"])
    with MisbehavingServer(respond(200, json=answer)) as server:
        output = run_task(
            {"session": {}, "redact_secret": True}, api_key=GATEWAY_TOKEN, base_url=server.base_url
        )
    assert SECRET not in json.dumps(output)
    assert output["session"]["client_secret"]["value"] == "[redacted]"


@pytest.mark.parametrize(
    ("message", "forbidden"),
    [("bad\r\nerror: forged line", "\nerror: forged"), ("red \x1b[31malert\x1b[0m", "\x1b")],
)
def test_server_messages_cannot_forge_lines_or_send_escapes(message, forbidden):
    body = {"error": {"message": message, "type": "invalid_request_error"}}
    with MisbehavingServer(respond(400, json=body)) as server:
        result = CliRunner().invoke(
            cli, ["create", "--base-url", server.base_url], env={"OPENAI_API_KEY": GATEWAY_TOKEN}
        )
    assert result.exit_code == 4
    assert forbidden not in result.output
    assert len(result.output.splitlines()) == 1


def test_a_5_mb_message_is_cut():
    body = {"error": {"message": "x" * 5_000_000, "type": "invalid_request_error"}}
    with (
        MisbehavingServer(respond(400, json=body)) as server,
        SessionsClient(api_key=GATEWAY_TOKEN, base_url=server.base_url) as client,
        pytest.raises(APIStatusError) as raised,
    ):
        client.create({})
    assert len(raised.value.message) < 3000
    assert "more characters" in raised.value.message


def test_an_expiry_already_past_is_no_session():
    answer = {**ga_answer(), "expires_at": int(time.time()) - 5}
    with MisbehavingServer(respond(200, json=answer)) as server:
        with (
            SessionsClient(api_key=GATEWAY_TOKEN, base_url=server.base_url, max_retries=0) as c,
            pytest.raises(APIConnectionError, match="already past"),
        ):
            c.create({})
        result = CliRunner().invoke(
            cli,
            ["create", "--base-url", server.base_url, "--max-retries", "0", "--output", "token"],
            env={"OPENAI_API_KEY": GATEWAY_TOKEN},
        )
    assert result.exit_code == 75
    assert SECRET not in result.output


def test_a_session_without_an_id_is_not_logged_as_none(caplog):
    answer = ga_answer()
    del answer["session"]["id"]
    caplog.set_level(logging.INFO, logger="realtime_sessions")
    with (
        MisbehavingServer(respond(200, json=answer)) as server,
        SessionsClient(api_key=GATEWAY_TOKEN, base_url=server.base_url) as client,
    ):
        client.create({})
    assert "minted None" not in caplog.text
    assert "minted a session without an id" in caplog.text
