"""`realtime-sessions event validate|build` and `schema --events`: offline, exit 0 or 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from jsonschema import Draft202012Validator
from realtime_sessions_cli.app import cli

from tests.test_events import CAPTURE_ORDER_INFO, SEED_000, SEED_000_FULL_DEFINITION, SESSION

SEED_000_LINE = (
    "error: response.tools[0]: 'CaptureOrderInfo' is a bare tool name; response.tools takes full "
    "definitions, and they replace the session's tools for this response, so the session's "
    'definition is not used. Hint: Give the full definition, such as {"type": "function", '
    '"name": "CaptureOrderInfo", "description": "...", "parameters": {"type": "object", '
    '"properties": {}}}, or leave response.tools out so that the session\'s definition stays '
    "in effect."
)


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin)


def write(path: Path, data: Any) -> str:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.fixture
def session_file(tmp_path: Path) -> str:
    return write(tmp_path / "session.json", SESSION)


def test_seed_000_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = write(tmp_path / "oob.json", SEED_000)
    result = run("event", "validate", path)
    assert result.exit_code == 2
    assert result.stdout == f"{path}: {SEED_000_LINE}\n{path}: invalid (1 error)\n"


def test_valid_events_exit_0_and_lists_report_each_event(tmp_path: Path) -> None:
    good = write(tmp_path / "good.json", SEED_000_FULL_DEFINITION)
    assert run("event", "validate", good).stdout == f"{good}: ok\n"
    many = write(
        tmp_path / "many.json", [{"type": "input_audio_buffer.commit"}, {"type": "response.done"}]
    )
    result = run("event", "validate", good, many)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{good}: ok",
        f"{many}: error: [1].type: 'response.done' is a server event: the server sends it, a "
        "client cannot. Hint: A client sends one of session.update, response.create, "
        "response.cancel, conversation.item.create, conversation.item.retrieve, "
        "conversation.item.truncate, conversation.item.delete, input_audio_buffer.append, "
        "input_audio_buffer.commit, input_audio_buffer.clear, output_audio_buffer.clear.",
        f"{many}: invalid (1 error)",
        "2 files: 1 valid, 1 invalid.",
    ]


def test_json_output_is_one_document(tmp_path: Path, session_file: str) -> None:
    path = write(tmp_path / "oob.json", SEED_000)
    result = run("event", "validate", "--json", "--session", session_file, path, "-", stdin="{")
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert document["ok"] is False
    first, second = document["files"]
    assert first["file"] == path
    assert [(e["path"], e["rule"]) for e in first["errors"]] == [
        ("response.tools[0]", "tool_definition")
    ]
    assert json.dumps(CAPTURE_ORDER_INFO) in first["errors"][0]["hint"]
    assert second["file"] == "<stdin>"
    assert second["errors"][0]["rule"] == "file"


def test_session_makes_a_forced_choice_checkable(tmp_path: Path) -> None:
    event = {
        "type": "response.create",
        "response": {"tool_choice": {"type": "function", "name": "Other"}},
    }
    path = write(tmp_path / "e.json", event)
    assert run("event", "validate", path).exit_code == 0
    other = write(tmp_path / "s.json", SESSION)
    result = run("event", "validate", "--session", other, path)
    assert result.exit_code == 2
    assert "response.tool_choice.name: tool_choice forces the function 'Other'" in result.stdout


def test_build_the_issue_example(session_file: str) -> None:
    result = run(
        "event", "build", "response.create", "--force-tool", "CaptureOrderInfo",
        "--tools-from", session_file, "--out-of-band", "--metadata", "topic=order",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "type": "response.create",
        "response": {
            "conversation": "none",
            "output_modalities": ["text"],
            "tools": [CAPTURE_ORDER_INFO],
            "tool_choice": {"type": "function", "name": "CaptureOrderInfo"},
            "metadata": {"topic": "order"},
        },
    }


def test_build_forcing_the_sessions_definition_and_compact_output() -> None:
    result = run(
        "event", "build", "response.create", "--force-tool", "CaptureOrderInfo", "--compact"
    )
    assert result.stdout == (
        '{"type":"response.create","response":{"output_modalities":["text"],'
        '"tool_choice":{"type":"function","name":"CaptureOrderInfo"}}}\n'
    )


def test_build_out_of_band_summary_context() -> None:
    result = run(
        "event", "build", "response.create", "--out-of-band", "--input-item", "item_12",
        "--input-text", "Summarize the above.", "--metadata", "purpose=summary", "--compact",
    )  # fmt: skip
    assert json.loads(result.stdout)["response"] == {
        "conversation": "none",
        "metadata": {"purpose": "summary"},
        "input": [
            {"type": "item_reference", "id": "item_12"},
            {
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "Summarize the above."}],
            },
        ],
    }


def test_build_session_update_from_a_beta_yaml(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.yaml", "voice: marin\nmodalities: [text]\nexpires_after_seconds: 60\n"
    )
    result = run("event", "build", "session.update", "--config", path)
    assert result.exit_code == 2
    path = write(tmp_path / "s.yaml", "voice: marin\nmodalities: [text]\n")
    result = run("event", "build", "session.update", "--config", path, "--compact")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "type": "session.update",
        "session": {
            "type": "realtime",
            "audio": {"output": {"voice": "marin"}},
            "output_modalities": ["text"],
        },
    }


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["conversation.item.create", "--call-id", "call_7", "--output", '{"ok": true}'],
         {"type": "conversation.item.create", "item": {"type": "function_call_output", "call_id": "call_7", "output": '{"ok": true}'}}),
        (["conversation.item.create", "--text", "Hello", "--role", "assistant", "--previous-item-id", "root"],
         {"type": "conversation.item.create", "previous_item_id": "root", "item": {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Hello"}]}}),
        (["conversation.item.truncate", "--item-id", "i", "--audio-end-ms", "1500"],
         {"type": "conversation.item.truncate", "item_id": "i", "content_index": 0, "audio_end_ms": 1500}),
        (["conversation.item.delete", "--item-id", "i", "--event-id", "e1"],
         {"type": "conversation.item.delete", "event_id": "e1", "item_id": "i"}),
        (["conversation.item.retrieve", "--item-id", "i"], {"type": "conversation.item.retrieve", "item_id": "i"}),
        (["response.cancel", "--response-id", "resp_1"], {"type": "response.cancel", "response_id": "resp_1"}),
        (["input_audio_buffer.commit"], {"type": "input_audio_buffer.commit"}),
        (["input_audio_buffer.clear"], {"type": "input_audio_buffer.clear"}),
        (["output_audio_buffer.clear"], {"type": "output_audio_buffer.clear"}),
    ],
)  # fmt: skip
def test_build_each_type(args: list[str], expected: dict[str, Any]) -> None:
    result = run("event", "build", *args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == expected


def test_build_prints_warnings_on_stderr_and_the_event_on_stdout(tmp_path: Path) -> None:
    path = write(tmp_path / "s.json", {"type": "realtime", "model": "whisper-1"})
    result = run("event", "build", "session.update", "--config", path, "--compact")
    assert result.exit_code == 0
    assert (
        result.stdout
        == '{"type":"session.update","session":{"type":"realtime","model":"whisper-1"}}\n'
    )
    assert result.stderr.startswith(
        "warning: session.model: 'whisper-1' is a transcription model, not a Realtime model."
    )


def test_build_append_encodes_the_audio_file(tmp_path: Path) -> None:
    path = tmp_path / "a.pcm"
    path.write_bytes(b"\x00\x01\x02")
    result = run(
        "event", "build", "input_audio_buffer.append", "--audio-file", str(path), "--compact"
    )
    assert result.stdout == '{"type":"input_audio_buffer.append","audio":"AAEC"}\n'


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["session.update", "--text", "x"], "error: --text: not used by session.update"),
        (["session.update"], "error: session.update needs --config FILE"),
        (["response.create", "--tool", "x"], "error: --tool needs --tools-from FILE"),
        (["response.create", "--metadata", "topic"], "error: --metadata 'topic': write KEY=VALUE"),
        (["response.create", "--max-output-tokens", "lots"], "error: --max-output-tokens 'lots': write a whole number or inf"),
        (["response.create", "--max-output-tokens", "5000"], "error: response.max_output_tokens: 5000 is above the maximum 4096. Hint: Use a value from 1 to 4096."),
        (["response.create", "--metadata", "k=" + "v" * 513], "error: response.metadata.k: is 513 characters long; at most 512 are allowed. Hint: Shorten it to 512 characters or fewer."),
        (["conversation.item.create"], "error: conversation.item.create needs --text, or --call-id and --output"),
        (["conversation.item.truncate", "--item-id", "i", "--audio-end-ms", "-1"], "error: audio_end_ms: -1 is below the minimum 0. Hint: Use a value of at least 0."),
        (["response.done"], "Invalid value for 'TYPE'"),
    ],
)  # fmt: skip
def test_build_bad_input_exits_2_without_traceback(args: list[str], message: str) -> None:
    result = run("event", "build", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_build_names_the_tools_a_file_defines(session_file: str) -> None:
    result = run(
        "event", "build", "response.create", "--force-tool", "Nope", "--tools-from", session_file
    )
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"error: {session_file}: no tool named Nope (it defines: CaptureOrderInfo)\n"
    )


def test_schema_events_validates_what_event_validate_accepts() -> None:
    result = run("schema", "--events")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    validator = Draft202012Validator(schema)
    Draft202012Validator.check_schema(schema)
    assert validator.is_valid(SEED_000_FULL_DEFINITION)
    assert not validator.is_valid(SEED_000)
    assert [
        e.json_path
        for e in validator.iter_errors({"type": "response.create", "response": {"tools": ["x"]}})
    ]


def test_the_console_script_runs_offline(tmp_path: Path) -> None:
    path = write(tmp_path / "oob.json", SEED_000)
    done = subprocess.run(
        [sys.executable, "-m", "realtime_sessions_cli", "event", "validate", path],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert SEED_000_LINE in done.stdout
