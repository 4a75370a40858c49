"""`realtime-sessions schema`: a standalone JSON Schema that agrees with the contract."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator
from realtime_sessions_cli.app import cli


def schema(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["schema", *args])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def walk(node: Any, names: bool = False) -> list[tuple[str, Any]]:
    """Every (keyword, value) pair of a schema; keys of `properties`/`$defs` are names, skipped."""
    found: list[tuple[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            found += walk(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if not names:
                found.append((key, value))
            found += walk(value, names=not names and key in ("properties", "$defs"))
    return found


@pytest.mark.parametrize("vocabulary", ["beta", "ga"])
def test_is_a_standalone_draft_2020_12_schema(vocabulary: str) -> None:
    document = schema("--vocabulary", vocabulary)
    Draft202012Validator.check_schema(document)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    pairs = walk(document)
    refs = [value for key, value in pairs if key == "$ref"]
    assert refs
    assert all(
        ref.startswith("#/$defs/") and ref[len("#/$defs/") :] in document["$defs"] for ref in refs
    )
    assert not [key for key, _ in pairs if key.startswith("x-") or key == "discriminator"]


def test_default_is_the_ga_vocabulary_of_the_default_endpoint() -> None:
    assert schema() == schema("--vocabulary", "ga")
    assert schema()["else"] == {"$ref": "#/$defs/RealtimeSessionConfigGA"}


def test_ga_takes_the_session_alone_or_the_whole_request() -> None:
    validator = Draft202012Validator(schema())
    request = {"session": GOOD["ga"], "expires_after": {"anchor": "created_at", "seconds": 600}}
    assert list(validator.iter_errors(request)) == []
    too_short = {**request, "expires_after": {"seconds": 5}}
    assert [list(error.absolute_path) for error in validator.iter_errors(too_short)] == [
        ["expires_after", "seconds"]
    ]
    speed = {"session": {"type": "realtime", "audio": {"output": {"speed": 9}}}}
    assert [list(error.absolute_path) for error in validator.iter_errors(speed)] == [
        ["session", "audio", "output", "speed"]
    ]
    assert not validator.is_valid({**GOOD["ga"], "expires_after": {"seconds": 600}})


GOOD = {
    "beta": {
        "model": "gpt-realtime",
        "voice": "marin",
        "modalities": ["audio", "text"],
        "temperature": 0.8,
        "turn_detection": {"type": "semantic_vad", "eagerness": "low"},
        "tools": [{"type": "function", "name": "get_time", "parameters": {"type": "object"}}],
        "tool_choice": {"type": "function", "name": "get_time"},
        "max_response_output_tokens": "inf",
    },
    "ga": {
        "type": "realtime",
        "model": "gpt-realtime",
        "output_modalities": ["audio"],
        "audio": {
            "input": {"format": {"type": "audio/pcm", "rate": 24000}, "turn_detection": None},
            "output": {"voice": {"id": "voice_123"}, "speed": 1.1},
        },
        "truncation": {"type": "retention_ratio", "retention_ratio": 0.5},
        "max_output_tokens": 200,
    },
}
BAD = {
    "beta": [
        {"temperature": 3},
        {"voice": "nova"},
        {"colour": "red"},
        {"turn_detection": {"type": "server_vad", "eagerness": "low"}},
        {"tools": ["get_time"]},
        {"max_response_output_tokens": "lots"},
    ],
    "ga": [
        {"model": "gpt-realtime"},
        {"type": "realtime", "temperature": 0.8},
        {"type": "realtime", "audio": {"input": {"format": "pcm16"}}},
        {"type": "realtime", "output_modalities": ["audio", "text"]},
        {"type": "realtime", "audio": {"output": {"voice": "onyx"}}},
    ],
}


@pytest.mark.parametrize("vocabulary", ["beta", "ga"])
def test_accepts_a_good_config_and_rejects_bad_ones(vocabulary: str) -> None:
    validator = Draft202012Validator(schema("--vocabulary", vocabulary))
    assert list(validator.iter_errors(GOOD[vocabulary])) == []
    for bad in BAD[vocabulary]:
        assert not validator.is_valid(bad), bad


def test_unknown_vocabulary_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["schema", "--vocabulary", "v2"])
    assert result.exit_code == 2
