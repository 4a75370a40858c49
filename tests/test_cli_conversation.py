"""`realtime-sessions connect` and `call-tool` against the emulator over real sockets."""

from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner
from realtime_sessions_cli.app import cli
from realtime_sessions_emulator import Emulator, FaultPlan

SESSION = {
    "type": "realtime",
    "model": "gpt-realtime",
    "instructions": "You take pizza orders.",
    "tool_choice": "none",
    "tools": [
        {
            "type": "function",
            "name": "CaptureOrderInfo",
            "description": "Extract order details mentioned in the conversation.",
            "parameters": {
                "type": "object",
                "properties": {
                    "order_details": {"type": "string"},
                    "phone_number": {"type": "string"},
                },
                "required": ["phone_number"],
            },
        }
    ],
}


@pytest.fixture(scope="module")
def emulator():
    with Emulator(seed=2, faults=FaultPlan()) as running:
        yield running


@pytest.fixture
def session_file(tmp_path):
    path = tmp_path / "session.yaml"
    path.write_text(yaml.safe_dump(SESSION))
    return str(path)


def _run(emulator, args, stdin=None, key="test-key-not-real"):
    env = {"OPENAI_BASE_URL": emulator.base_url, "OPENAI_API_KEY": key}
    return CliRunner().invoke(cli, args, input=stdin, env=env)


def test_connect_answers_each_line(emulator, session_file):
    result = _run(emulator, ["connect", "--config", session_file], stdin="Hello\n\nTwo pizzas\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["You said: Hello", "You said: Two pizzas"]


def test_connect_verbose_shows_the_events(emulator, session_file):
    result = _run(emulator, ["-v", "connect", "--config", session_file], stdin="Hi\n")
    assert result.exit_code == 0, result.output
    assert "< response.output_text.done" in result.stderr
    assert "test-key-not-real" not in result.stderr


def test_call_tool_prints_the_arguments_as_json(emulator, session_file):
    args = ["call-tool", "CaptureOrderInfo", "--tools-from", session_file, "--context", "555-0100"]
    result = _run(emulator, args)
    assert result.exit_code == 0, result.output
    arguments = json.loads(result.stdout)
    assert set(arguments) == {"order_details", "phone_number"}


def test_call_tool_with_an_unknown_name_exits_2_and_names_the_tools(emulator, session_file):
    result = _run(emulator, ["call-tool", "Nope", "--tools-from", session_file])
    assert result.exit_code == 2
    assert "defines no tool 'Nope' (its tools: CaptureOrderInfo)" in result.stderr
    assert "Traceback" not in result.output


def test_call_tool_with_a_refused_key_exits_3_without_the_key(emulator, session_file):
    secret = "ek_" + "q" * 40
    result = _run(
        emulator, ["call-tool", "CaptureOrderInfo", "--tools-from", session_file], key=secret
    )
    assert result.exit_code == 3
    assert secret not in result.output


def test_call_tool_when_the_socket_drops_exits_75(session_file):
    with Emulator(faults=FaultPlan(kind="drop")) as emulator:
        result = _run(emulator, ["call-tool", "CaptureOrderInfo", "--tools-from", session_file])
    assert result.exit_code == 75
    assert "socket closed" in result.stderr
