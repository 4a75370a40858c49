"""The CLI surfaces of issue 15: the new session flags on create, config and conductor-task,
the new endpoint names everywhere, the JSON Schema of each endpoint, MCP credentials masked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator
from realtime_sessions import ENDPOINTS
from realtime_sessions_cli.app import cli

CREDENTIAL = "credential-in-a-header-value"


def run(*args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def body(*args: str) -> dict[str, Any]:
    result = run("config", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def mcp_tool(tmp_path: Path) -> str:
    path = tmp_path / "mcp.json"
    tool = {
        "type": "mcp",
        "server_label": "deepwiki",
        "server_url": "https://mcp.deepwiki.com/mcp",
        "require_approval": "never",
        "headers": {"X-Api-Key": CREDENTIAL},
    }
    path.write_text(json.dumps(tool))
    return str(path)


def test_reasoning_and_mcp_flags_make_a_ga_session(mcp_tool: str) -> None:
    sent = body(
        "--model", "gpt-realtime-2", "--reasoning-effort", "high", "--parallel-tool-calls",
        "--tool", mcp_tool, "--tool-choice", "mcp:deepwiki:ask_question",
    )  # fmt: skip
    session = sent["session"]
    assert session["reasoning"] == {"effort": "high"}
    assert session["parallel_tool_calls"] is True
    assert session["tools"][0]["headers"] == {"X-Api-Key": "***"}
    assert session["tool_choice"] == {
        "type": "mcp", "server_label": "deepwiki", "name": "ask_question",
    }  # fmt: skip


def test_transcription_flags(tmp_path: Path) -> None:
    sent = body(
        "--session-type", "transcription", "--transcription-model", "gpt-transcribe",
        "--transcription-language", "en", "--transcription-language", "de",
        "--transcription-keyword", "Kubernetes", "--turn-detection", "none",
    )  # fmt: skip
    assert sent == {
        "session": {
            "type": "transcription",
            "audio": {
                "input": {
                    "transcription": {
                        "model": "gpt-transcribe",
                        "keywords": ["Kubernetes"],
                        "languages": ["en", "de"],
                    },
                    "turn_detection": None,
                }
            },
        }
    }
    one = body("--transcription-model", "whisper-1", "--transcription-language", "en")
    assert one["session"]["audio"]["input"]["transcription"] == {
        "model": "whisper-1",
        "language": "en",
    }
    delayed = body("--session-type", "transcription", "--transcription-model", "gpt-realtime-whisper",
                   "--transcription-delay", "low", "--turn-detection", "none")  # fmt: skip
    assert delayed["session"]["audio"]["input"]["transcription"]["delay"] == "low"


def test_a_realtime_flag_in_a_transcription_session_exits_2_naming_the_path() -> None:
    result = run("config", "--session-type", "transcription", "--voice", "marin")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        "error: audio.output: audio.output is not a setting of transcription sessions"
        in result.stderr
    )


def test_a_ga_only_flag_with_a_beta_file_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "beta.json"
    path.write_text('{"voice": "marin"}')
    result = run("config", "--config", str(path), "--reasoning-effort", "low")
    assert result.exit_code == 2
    assert "--reasoning-effort has no place in the beta (flat) config of" in result.stderr


def test_conductor_task_takes_the_session_flags_of_create() -> None:
    result = run("conductor-task", "--voice", "verse", "--model", "gpt-realtime")
    assert result.exit_code == 0, result.output
    sent = json.loads(result.stdout)["inputParameters"]["http_request"]["body"]
    assert sent == {
        "session": {
            "type": "realtime",
            "model": "gpt-realtime",
            "audio": {"output": {"voice": "verse"}},
        }
    }
    from_stdin = run("conductor-task", stdin='{"voice": "ash"}')
    assert from_stdin.exit_code == 0, from_stdin.output


@pytest.mark.parametrize("command", ["create", "validate", "config", "conductor-task", "schema"])
def test_every_command_offers_every_endpoint(command: str) -> None:
    help_text = run(command, "--help").stdout
    for name in ENDPOINTS:
        assert name in help_text, (command, name)


@pytest.mark.parametrize(
    ("endpoint", "valid", "invalid"),
    [
        (
            "translations",
            {"model": "gpt-realtime-translate", "audio": {"output": {"language": "es"}}},
            {"audio": {}},
        ),
        (
            "transcription-sessions",
            {"input_audio_transcription": {"model": "whisper-1"}},
            {"voice": "x"},
        ),
        ("client-secrets", {"type": "transcription"}, {"type": "transcription", "model": "x"}),
    ],
)
def test_schema_of_each_endpoint(endpoint: str, valid: dict, invalid: dict) -> None:
    result = run("schema", "--endpoint", endpoint)
    assert result.exit_code == 0, result.output
    validator = Draft202012Validator(json.loads(result.stdout))
    assert validator.is_valid(valid)
    assert not validator.is_valid(invalid)


def test_the_schema_states_the_exactly_one_rule_of_mcp_tools() -> None:
    validator = Draft202012Validator(json.loads(run("schema").stdout))
    tool = {"type": "mcp", "server_label": "x"}
    assert not validator.is_valid({"type": "realtime", "tools": [tool]})
    assert validator.is_valid(
        {"type": "realtime", "tools": [{**tool, "connector_id": "connector_gmail"}]}
    )
    both = {**tool, "connector_id": "connector_gmail", "server_url": "https://a.example"}
    assert not validator.is_valid({"type": "realtime", "tools": [both]})


def test_validate_never_prints_an_mcp_credential(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    tool = {"type": "mcp", "server_label": "x", "headers": CREDENTIAL, "authorization": 7}
    path.write_text(json.dumps({"type": "realtime", "tools": [tool]}))
    for args in (
        ("validate", str(path)),
        ("validate", "--json", str(path)),
        ("config", "--config", str(path)),
    ):
        result = run(*args)
        assert result.exit_code == 2
        assert CREDENTIAL not in result.output
