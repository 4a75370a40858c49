"""The README's events section runs as written and shows what the tool really prints."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner
from realtime_sessions import validate_event
from realtime_sessions_cli.app import cli

from tests.test_events import SEED_000, SESSION

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()
SECTION = README[README.index("## After minting: events") :]


def block_after(lead: str, language: str) -> str:
    start = SECTION.index(lead)
    match = re.compile(rf"```{language}\n(.*?)```", re.DOTALL).search(SECTION, start)
    assert match is not None, f"no {language} block after {lead!r}"
    return match.group(1)


def test_the_seed_000_event_and_what_we_print(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = json.loads(block_after("**The seed-000 mistake.**", "json"))
    assert event == SEED_000
    monkeypatch.chdir(tmp_path)
    Path("oob.json").write_text(json.dumps(event))
    printed = block_after("We print:", "")
    result = CliRunner().invoke(cli, ["event", "validate", "oob.json"])
    assert result.exit_code == 2
    assert result.stdout == printed


def test_the_build_commands_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("session.yaml").write_text(json.dumps(SESSION))
    commands = block_after("## After minting: events", "sh").replace("\\\n", " ").splitlines()
    builds = [shlex.split(line.split("#")[0])[1:] for line in commands if " event build " in line]
    assert len(builds) == 2
    for args in builds:
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        assert validate_event(json.loads(result.stdout)).ok


def test_the_builder_snippet_prints_valid_events(capsys: pytest.CaptureFixture[str]) -> None:
    exec(block_after("**Forcing a function call on demand", "python"), {})
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [event["type"] for event in events] == [
        "session.update",
        "response.create",
        "response.create",
        "conversation.item.create",
        "response.create",
    ]
    assert all(validate_event(event).ok for event in events)
    forced = events[1]["response"]
    assert forced["tool_choice"] == {"type": "function", "name": "get_customer_id"}
    assert forced["tools"][0]["name"] == "get_customer_id"
    assert (forced["conversation"], forced["output_modalities"]) == ("none", ["text"])
    assert events[3]["item"]["output"] == '{"status": "shipped"}'
