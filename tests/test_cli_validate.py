"""`realtime-sessions validate`: every problem of every file, offline; exit 0 or 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from realtime_sessions_cli.app import cli


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, ["validate", *args], input=stdin)


def write(path: Path, data: Any) -> str:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.fixture(autouse=True)
def _no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def test_a_valid_file_exits_0(tmp_path: Path) -> None:
    path = write(tmp_path / "s.yaml", "model: gpt-realtime\nvoice: marin\n")
    result = run(path)
    assert result.exit_code == 0
    assert result.stdout == f"{path}: ok\n"
    assert result.stderr == ""


def test_every_problem_with_path_and_hint_exits_2(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.json",
        {"temperature": 3, "voice": "nova", "tools": ["get_weather"], "colour": 1},
    )
    result = run("--endpoint", "sessions", path)
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert (
        f"{path}: error: temperature: 3 is above the maximum 1.2. Hint: Use a value from 0.6 to 1.2."
        in lines
    )
    assert any(line.startswith(f"{path}: error: voice: ") for line in lines)
    assert any(
        line.startswith(f"{path}: error: tools[0]: 'get_weather' is a bare tool name")
        for line in lines
    )
    assert any(line.startswith(f"{path}: error: colour: unknown key 'colour'.") for line in lines)
    assert lines[-1] == f"{path}: invalid (4 errors)"


def test_warnings_are_printed_but_do_not_fail(tmp_path: Path) -> None:
    path = write(tmp_path / "s.json", {"voice": "zebra"})
    result = run(path, "--endpoint", "sessions")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{path}: warning: voice: 'zebra' is not a value this tool knows")
    assert "Hint: Check the spelling" in lines[0]
    assert lines[1] == f"{path}: ok (1 warning)"


def test_every_file_is_checked_even_after_a_bad_one(tmp_path: Path) -> None:
    good = write(tmp_path / "good.json", {"type": "realtime", "model": "gpt-realtime"})
    bad = write(tmp_path / "bad.json", {"speed": 3})
    broken = write(tmp_path / "broken.json", "{")
    missing = str(tmp_path / "missing.yaml")
    result = run(bad, broken, missing, good)
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert (
        f"{broken}: error: not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2"
        in lines
    )
    assert f"{missing}: error: cannot read: No such file or directory" in lines
    assert f"{good}: ok" in lines
    assert f"{bad}: invalid (1 error)" in lines
    assert lines[-1] == "4 files: 1 valid, 3 invalid."


def test_the_endpoint_decides_which_vocabulary_must_fit(tmp_path: Path) -> None:
    path = write(tmp_path / "ga.json", {"type": "realtime", "truncation": "disabled"})
    assert run(path).exit_code == 0
    result = run("--endpoint", "sessions", path)
    assert result.exit_code == 2
    assert f"{path}: error: truncation: not supported by POST /realtime/sessions" in result.stdout


def test_stdin(tmp_path: Path) -> None:
    assert run("-", stdin="voice: marin\n").stdout == "<stdin>: ok\n"
    result = run("-", stdin="[1, 2]")
    assert result.exit_code == 2
    assert result.stdout.startswith("<stdin>: error: a session config must be an object")


def test_json_output_is_one_document(tmp_path: Path) -> None:
    good = write(tmp_path / "good.yaml", "voice: zebra\n")
    bad = write(tmp_path / "bad.json", {"speed": 3})
    missing = str(tmp_path / "missing.json")
    result = run("--json", "--endpoint", "sessions", good, bad, missing)
    assert result.exit_code == 2
    assert result.stderr == ""
    document = json.loads(result.stdout)
    assert document["ok"] is False
    assert document["endpoint"] == "sessions"
    files = {entry["file"]: entry for entry in document["files"]}
    assert list(files) == [good, bad, missing]
    assert files[good]["ok"] is True
    assert files[good]["errors"] == []
    assert files[good]["warnings"][0]["path"] == "voice"
    assert files[good]["warnings"][0]["severity"] == "warning"
    assert files[bad]["errors"] == [
        {
            "path": "speed",
            "rule": "maximum",
            "message": "3 is above the maximum 1.5.",
            "hint": "Use a value from 0.25 to 1.5.",
            "value": 3,
            "severity": "error",
        }
    ]
    assert files[missing]["errors"][0]["message"] == "cannot read: No such file or directory"
    assert files[missing]["errors"][0]["rule"] == "file"


def test_json_output_of_valid_files_exits_0(tmp_path: Path) -> None:
    path = write(tmp_path / "s.json", {})
    result = run("--json", path)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "ok": True,
        "endpoint": "client-secrets",
        "files": [{"file": path, "ok": True, "errors": [], "warnings": []}],
    }


def test_yaml_values_json_cannot_carry_are_refused_with_their_path(tmp_path: Path) -> None:
    path = write(tmp_path / "s.yaml", "prompt:\n  id: pmpt_1\n  variables: {day: 2024-01-01}\n")
    result = run("--json", path)
    assert result.exit_code == 2
    error = json.loads(result.stdout)["files"][0]["errors"][0]
    assert error["message"] == (
        "prompt.variables.day is a date (2024-01-01), which JSON cannot carry; quote it"
    )


def test_needs_a_file() -> None:
    result = run()
    assert result.exit_code == 2
    assert "Missing argument 'FILES...'" in result.stderr


GA_REQUEST = {
    "session": {"type": "realtime", "model": "gpt-realtime", "audio": {"output": {"speed": 1.1}}},
    "expires_after": {"anchor": "created_at", "seconds": 600},
}


@pytest.mark.parametrize("endpoint", ["client-secrets", "sessions"])
def test_a_whole_ga_request_is_a_valid_file(tmp_path: Path, endpoint: str) -> None:
    path = write(tmp_path / "request.json", GA_REQUEST)
    result = run("--endpoint", endpoint, path)
    assert result.exit_code == 0
    assert result.stdout == f"{path}: ok\n"


def test_problems_of_a_ga_request_point_into_it(tmp_path: Path) -> None:
    path = write(
        tmp_path / "request.yaml",
        "session:\n  type: realtime\n  audio: {output: {speed: 3}}\nexpires_after: {seconds: 5}\n",
    )
    result = run(path)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{path}: error: expires_after.seconds: 5 is below the minimum 10. "
        "Hint: Use a value from 10 to 7200.",
        f"{path}: error: session.audio.output.speed: 3 is above the maximum 1.5. "
        "Hint: Use a value from 0.25 to 1.5.",
        f"{path}: invalid (2 errors)",
    ]


def test_a_bare_ga_session_with_a_lifetime_is_shown_the_request_form(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.json",
        {"type": "realtime", "expires_after": {"anchor": "created_at", "seconds": 600}},
    )
    result = run(path)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{path}: error: expires_after: expires_after is not a session setting: "
        "POST /realtime/client_secrets takes the secret's lifetime next to the session, not "
        "inside it. Hint: Wrap the session in the request to keep the lifetime in the file: "
        '{"session": {...}, "expires_after": {"anchor": "created_at", "seconds": 600}}; or '
        "pass the lifetime argument (expires_after_seconds).",
        f"{path}: invalid (1 error)",
    ]
