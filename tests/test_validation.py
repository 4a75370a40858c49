"""Every documented rule is caught offline, with the user's path, a message and a fix."""

from __future__ import annotations

import ast
import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from realtime_sessions import (
    ConfigError,
    _contract,
    _explanations,
    _model_rules,
    _request,
    _schema_check,
    _tool_schemas,
    _translate,
    _validation,
    build_request,
    validate,
)
from realtime_sessions._json_schema import config_json_schema
from realtime_sessions._report import Problem, format_path
from realtime_sessions._schema_check import SchemaChecker
from realtime_sessions._translate import beta_to_ga
from realtime_sessions._validation import _PATTERN_HINTS

from tests.schema_strategies import from_schema

TOOL = {
    "type": "function",
    "name": "CaptureOrderInfo",
    "description": "Extract order details mentioned in the conversation.",
    "parameters": {
        "type": "object",
        "properties": {"phone_number": {"type": "string"}},
        "required": ["phone_number"],
    },
}
TYPICAL = {
    "model": "gpt-realtime",
    "modalities": ["audio", "text"],
    "instructions": "You take orders.",
    "voice": "marin",
    "input_audio_format": "pcm16",
    "output_audio_format": "pcm16",
    "input_audio_transcription": {"model": "whisper-1", "language": "en"},
    "turn_detection": {"type": "server_vad", "threshold": 0.5, "silence_duration_ms": 200},
    "tools": [TOOL],
    "tool_choice": "auto",
    "temperature": 0.8,
    "max_response_output_tokens": "inf",
}
GA_TYPICAL = {
    "type": "realtime",
    "model": "gpt-realtime",
    "instructions": "You take orders.",
    "output_modalities": ["audio"],
    "audio": {
        "input": {
            "turn_detection": {"type": "server_vad"},
            "format": {"type": "audio/pcm", "rate": 24000},
        },
        "output": {"voice": "marin"},
    },
    "tools": [TOOL],
    "tool_choice": "none",
}


def errors(config: Any, endpoint: str = "sessions") -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in validate(config, endpoint=endpoint).errors]


def only_error(config: Any, endpoint: str = "sessions") -> Any:
    found = validate(config, endpoint=endpoint).errors
    assert len(found) == 1, found
    return found[0]


def test_valid_configs_have_no_problems() -> None:
    assert validate(TYPICAL, endpoint="sessions").problems == ()
    assert validate(GA_TYPICAL, endpoint="client-secrets").problems == ()
    assert validate({}, endpoint="sessions").problems == ()


def test_five_mistakes_give_five_problems_in_one_call() -> None:
    config = {
        "temperature": 5,
        "modalities": ["audio"],
        "tools": ["CaptureOrderInfo"],
        "turn_detection": {"type": "server_vad", "eagerness": "high"},
        "temprature": 0.7,
    }
    assert sorted(path for path, _ in errors(config)) == [
        "modalities",
        "temperature",
        "temprature",
        "tools[0]",
        "turn_detection.eagerness",
    ]


@pytest.mark.parametrize(
    ("config", "path", "rule", "message", "hint"),
    [
        (
            {"temperature": 5},
            "temperature",
            "maximum",
            "5 is above the maximum 1.2.",
            "Use a value from 0.6 to 1.2.",
        ),
        (
            {"temperature": 0.3},
            "temperature",
            "minimum",
            "0.3 is below the minimum 0.6.",
            "Use a value from 0.6 to 1.2.",
        ),
        (
            {"speed": 2},
            "speed",
            "maximum",
            "2 is above the maximum 1.5.",
            "Use a value from 0.25 to 1.5.",
        ),
        (
            {"speed": 0.1},
            "speed",
            "minimum",
            "0.1 is below the minimum 0.25.",
            "Use a value from 0.25 to 1.5.",
        ),
        (
            {"max_response_output_tokens": 5000},
            "max_response_output_tokens",
            "maximum",
            "5000 is above the maximum 4096.",
            "Use a value from 1 to 4096.",
        ),
        (
            {"max_response_output_tokens": 0},
            "max_response_output_tokens",
            "minimum",
            "0 is below the minimum 1.",
            "Use a value from 1 to 4096.",
        ),
        (
            {"max_response_output_tokens": "infinite"},
            "max_response_output_tokens",
            "enum",
            "the string 'infinite' is not one of 'inf'.",
            "Use one of 'inf'.",
        ),
        (
            {"turn_detection": {"type": "server_vad", "threshold": 1.5}},
            "turn_detection.threshold",
            "maximum",
            "1.5 is above the maximum 1.",
            "Use a value from 0 to 1.",
        ),
        (
            {"turn_detection": {"type": "server_vad", "prefix_padding_ms": -1}},
            "turn_detection.prefix_padding_ms",
            "minimum",
            "-1 is below the minimum 0.",
            "Use a value of at least 0.",
        ),
        (
            {"turn_detection": {"type": "server_vad", "silence_duration_ms": -5}},
            "turn_detection.silence_duration_ms",
            "minimum",
            "-5 is below the minimum 0.",
            "Use a value of at least 0.",
        ),
        (
            {"turn_detection": {"type": "server_vad", "idle_timeout_ms": 1000}},
            "turn_detection.idle_timeout_ms",
            "minimum",
            "1000 is below the minimum 5000.",
            "Use a value from 5000 to 30000.",
        ),
        (
            {"turn_detection": {"type": "server_vad", "idle_timeout_ms": 60000}},
            "turn_detection.idle_timeout_ms",
            "maximum",
            "60000 is above the maximum 30000.",
            "Use a value from 5000 to 30000.",
        ),
        (
            {"turn_detection": {"type": "loud_vad"}},
            "turn_detection.type",
            "enum",
            "the string 'loud_vad' is not one of 'server_vad', 'semantic_vad'.",
            "Use one of 'server_vad', 'semantic_vad'.",
        ),
        (
            {"turn_detection": {"threshold": 0.5}},
            "turn_detection.type",
            "required",
            "'type' is required.",
            "Set it to one of 'server_vad', 'semantic_vad'.",
        ),
        (
            {"turn_detection": {"type": "server_vad", "eagerness": "high"}},
            "turn_detection.eagerness",
            "turn_detection_field",
            "'eagerness' is only used with semantic_vad turn detection, not server_vad.",
            "Remove 'eagerness', or set turn_detection.type to 'semantic_vad'.",
        ),
        (
            {"turn_detection": {"type": "semantic_vad", "threshold": 0.5}},
            "turn_detection.threshold",
            "turn_detection_field",
            "'threshold' is only used with server_vad turn detection, not semantic_vad.",
            "Remove 'threshold', or set turn_detection.type to 'server_vad'.",
        ),
        (
            {"turn_detection": {"type": "semantic_vad", "eagerness": "eager"}},
            "turn_detection.eagerness",
            "enum",
            "the string 'eager' is not one of 'low', 'medium', 'high', 'auto'.",
            "Use one of 'low', 'medium', 'high', 'auto'.",
        ),
        (
            {"input_audio_noise_reduction": {"type": "near"}},
            "input_audio_noise_reduction.type",
            "enum",
            "the string 'near' is not one of 'near_field', 'far_field'.",
            "Use one of 'near_field', 'far_field'.",
        ),
        (
            {"input_audio_format": "mp3"},
            "input_audio_format",
            "enum",
            "the string 'mp3' is not one of 'pcm16', 'g711_ulaw', 'g711_alaw'.",
            "Use one of 'pcm16', 'g711_ulaw', 'g711_alaw'.",
        ),
        (
            {"modalities": "audio"},
            "modalities",
            "type",
            "expected a list, got the string 'audio'.",
            'Write a list, such as ["audio"].',
        ),
        (
            {"modalities": ["audio"]},
            "modalities",
            "modalities_combination",
            "['audio'] is not a combination the API accepts.",
            'Use ["text"] for text only or ["audio", "text"] for speech (audio always comes with its transcript).',
        ),
        (
            {"modalities": ["text", "text"]},
            "modalities",
            "uniqueItems",
            "lists the string 'text' twice.",
            "Remove the duplicate.",
        ),
        (
            {"modalities": ["video"]},
            "modalities[0]",
            "enum",
            "the string 'video' is not one of 'text', 'audio'.",
            "Use one of 'text', 'audio'.",
        ),
        (
            {"tools": ["CaptureOrderInfo"]},
            "tools[0]",
            "tool_definition",
            "'CaptureOrderInfo' is a bare tool name; a tool must be a full definition.",
            'Write {"type": "function", "name": "CaptureOrderInfo", "description": "...", "parameters": {"type": "object", "properties": {}}}.',
        ),
        (
            {"tools": [{**TOOL, "name": "capture order"}]},
            "tools[0].name",
            "pattern",
            "the string 'capture order' does not match ^[a-zA-Z0-9_-]{1,64}$.",
            "Use letters, digits, '_' and '-' only, at most 64 characters.",
        ),
        (
            {"tools": [{**TOOL, "meta": 1}]},
            "tools[0].meta",
            "unknown_key",
            "unknown key 'meta'.",
            "Known keys here: type, name, description, parameters.",
        ),
        (
            {"tools": [{"name": "x"}]},
            "tools[0].type",
            "required",
            "'type' is required.",
            'Add "type": "function".',
        ),
        (
            {"client_secret": {"expires_after": {"anchor": "created_at"}}},
            "client_secret.expires_after.seconds",
            "required",
            "'seconds' is required.",
            "Add 'seconds' (an integer).",
        ),
        (
            {"tools": [{**TOOL, "parameters": {"type": "array"}}]},
            "tools[0].parameters.type",
            "enum",
            "the string 'array' is not one of 'object'.",
            "Use one of 'object'.",
        ),
        (
            {
                "tools": [
                    {
                        **TOOL,
                        "parameters": {"type": "object", "properties": {"a": {"type": "text"}}},
                    }
                ]
            },
            "tools[0].parameters.properties.a.type",
            "json_schema",
            "'text' is not valid under any of the given schemas",
            "Fix the function's JSON Schema.",
        ),
        (
            {"tools": [TOOL, TOOL]},
            "tools[1].name",
            "unique_tool_names",
            "the tool name 'CaptureOrderInfo' is used twice.",
            "Give every tool its own name.",
        ),
        (
            {"tools": [TOOL], "tool_choice": {"type": "function", "name": "Other"}},
            "tool_choice.name",
            "tool_choice_unknown_function",
            "tool_choice names the function 'Other', which is not in tools ('CaptureOrderInfo').",
            "Add a tool named 'Other' to tools, or name one of the defined tools.",
        ),
        (
            {"tool_choice": "required"},
            "tool_choice",
            "tool_choice_needs_tools",
            "'required' forces a tool call, but no tools are defined.",
            "Add tools, or use 'auto'.",
        ),
        (
            {
                "tools": [TOOL],
                "tool_choice": {"type": "function", "function": {"name": "CaptureOrderInfo"}},
            },
            "tool_choice",
            "tool_choice_form",
            "this is the Chat Completions form of tool_choice; the Realtime API names the function directly.",
            'Write {"type": "function", "name": "CaptureOrderInfo"}.',
        ),
        (
            {"tool_choice": "sometimes"},
            "tool_choice",
            "enum",
            "the string 'sometimes' is not one of 'auto', 'none', 'required'.",
            "Use one of 'auto', 'none', 'required'.",
        ),
        (
            {"temperature": None},
            "temperature",
            "type",
            "cannot be null.",
            "Remove the key to get the server's default.",
        ),
        (
            {"tool_choice": None},
            "tool_choice",
            "type",
            "cannot be null.",
            "Remove the key to get the server's default.",
        ),
        (
            {"temprature": 0.7},
            "temprature",
            "unknown_key",
            "unknown key 'temprature'.",
            "did you mean 'temperature'?",
        ),
        (
            {"voice": "fable"},
            "voice",
            "voice",
            "the Realtime API refuses the voice 'fable' (it exists for text-to-speech only).",
            "Use one of alloy, ash, ballad, coral, echo, sage, shimmer, verse, marin, cedar.",
        ),
        (
            {"voice": ""},
            "voice",
            "minLength",
            "cannot be empty.",
            "Give a value, or remove the key to get the server's default.",
        ),
        (
            {"input_audio_transcription": {"model": "whisper-1", "language": "EN"}},
            "input_audio_transcription.language",
            "pattern",
            "the string 'EN' does not match ^[a-z]{2}$.",
            "Use a two-letter lowercase ISO-639-1 code such as 'en' or 'de'.",
        ),
        (
            {"input_audio_transcription": {"enabled": True}},
            "input_audio_transcription.enabled",
            "unknown_key",
            "unknown key 'enabled'.",
            "Known keys here: model, language, languages, keywords, prompt, delay.",
        ),
        (
            {"temperature": "0.8"},
            "temperature",
            "type",
            "expected a number, got the string '0.8'.",
            "Write the number without quotes; strings are never converted.",
        ),
        (
            {"turn_detection": {"type": "server_vad", "create_response": "yes"}},
            "turn_detection.create_response",
            "type",
            "expected true or false, got the string 'yes'.",
            "Write true or false without quotes.",
        ),
        (
            {"turn_detection": {"type": "server_vad", "prefix_padding_ms": 300.5}},
            "turn_detection.prefix_padding_ms",
            "type",
            "expected an integer, got 300.5.",
            "Write a whole number, such as 300.",
        ),
        (
            {"temperature": True},
            "temperature",
            "type",
            "expected a number, got true.",
            "true and false are not numbers; write the number itself.",
        ),
        (
            {"turn_detection": {"type": "server_vad", "create_response": 1}},
            "turn_detection.create_response",
            "type",
            "expected true or false, got 1.",
            "Write true or false.",
        ),
        (
            {"modalities": []},
            "modalities",
            "minItems",
            "needs at least 1 item(s).",
            "Add items, or remove the key to get the server's default.",
        ),
        (
            {"client_secret": {"expires_after": {"anchor": "created_at", "seconds": 5}}},
            "client_secret.expires_after.seconds",
            "minimum",
            "5 is below the minimum 10.",
            "Use a value from 10 to 7200.",
        ),
        (
            {"client_secret": {"expires_after": {"anchor": "now", "seconds": 60}}},
            "client_secret.expires_after.anchor",
            "enum",
            "the string 'now' is not one of 'created_at'.",
            "Use one of 'created_at'.",
        ),
        (
            {"tracing": {"workflow": "x"}},
            "tracing.workflow",
            "unknown_key",
            "unknown key 'workflow'.",
            "did you mean 'workflow_name'?",
        ),
    ],
)
def test_each_rule_names_path_message_and_fix(
    config: dict, path: str, rule: str, message: str, hint: str
) -> None:
    problem = only_error(config)
    assert (problem.path, problem.rule, problem.message, problem.hint) == (
        path,
        rule,
        message,
        hint,
    )


def test_known_names_pass_and_unknown_names_warn() -> None:
    assert validate({"model": "gpt-realtime", "voice": "cedar"}, endpoint="sessions").problems == ()
    report = validate(
        {
            "model": "gpt-realtime-9",
            "voice": "aurora",
            "input_audio_transcription": {"model": "whisper-2"},
        },
        endpoint="sessions",
    )
    assert report.ok
    assert [(w.path, w.rule) for w in report.warnings] == [
        ("model", "known_values"),
        ("voice", "known_values"),
        ("input_audio_transcription.model", "known_values"),
    ]
    assert report.warnings[2].hint == "did you mean 'whisper-1'?"


@pytest.mark.parametrize(
    ("config", "path", "message"),
    [
        (
            {**GA_TYPICAL, "output_modalities": ["audio", "text"]},
            "output_modalities",
            "['audio', 'text'] is not a combination GA sessions accept.",
        ),
        (
            {
                **GA_TYPICAL,
                "audio": {"input": {"turn_detection": {"type": "server_vad", "eagerness": "low"}}},
            },
            "audio.input.turn_detection.eagerness",
            "'eagerness' is only used with semantic_vad turn detection, not server_vad.",
        ),
        (
            {**GA_TYPICAL, "audio": {"output": {"voice": "nova"}}},
            "audio.output.voice",
            "the Realtime API refuses the voice 'nova' (it exists for text-to-speech only).",
        ),
        (
            {**GA_TYPICAL, "audio": {"input": {"format": "pcm16"}}},
            "audio.input.format",
            "expected an object, got the string 'pcm16'.",
        ),
        (
            {**GA_TYPICAL, "audio": {"input": {"format": {"type": "audio/pcm", "rate": 16000}}}},
            "audio.input.format.rate",
            "16000 is not one of 24000.",
        ),
        (
            {**GA_TYPICAL, "type": "transcribe"},
            "type",
            "the string 'transcribe' is not one of 'realtime', 'transcription'.",
        ),
        (
            {"output_modalities": ["text"]},
            "type",
            "'type' is required: with output_modalities this is a GA config (the session of "
            "POST /realtime/client_secrets), and GA configs need it.",
        ),
    ],
)
def test_ga_configs_are_checked_in_their_own_vocabulary(
    config: dict, path: str, message: str
) -> None:
    problem = only_error(config, endpoint="client-secrets")
    assert (problem.path, problem.message) == (path, message)


FIVE_MISTAKES_AND_A_GA_KEY = {
    "temperature": 5,
    "modalities": ["audio"],
    "tools": ["CaptureOrderInfo"],
    "turn_detection": {"type": "server_vad", "eagerness": "high"},
    "max_output_tokens": 100,
}


def test_a_ga_key_in_a_beta_config_hides_no_other_problem() -> None:
    found = validate(FIVE_MISTAKES_AND_A_GA_KEY, endpoint="sessions").problems
    assert [(p.path, p.rule, p.severity) for p in found] == [
        ("", "mixed_vocabulary", "error"),
        ("max_output_tokens", "other_vocabulary", "error"),
        ("temperature", "maximum", "error"),
        ("modalities", "modalities_combination", "error"),
        ("tools[0]", "tool_definition", "error"),
        ("turn_detection.eagerness", "turn_detection_field", "error"),
    ]
    mixed, ga_key = found[:2]
    assert (mixed.message, mixed.hint, mixed.value) == (
        "the config mixes beta keys (modalities, temperature, turn_detection) with GA keys "
        "(max_output_tokens); write it in one vocabulary: beta for POST /realtime/sessions, "
        "GA for POST /realtime/client_secrets.",
        "It reads as beta because it has no 'type': change or remove max_output_tokens.",
        {"beta": ["modalities", "temperature", "turn_detection"], "ga": ["max_output_tokens"]},
    )
    assert (ga_key.message, ga_key.hint, ga_key.value) == (
        "max_output_tokens is the GA name (POST /realtime/client_secrets); this beta config "
        "calls it max_response_output_tokens.",
        "Write it as max_response_output_tokens.",
        100,
    )


@pytest.mark.parametrize("endpoint", ["sessions", "client-secrets"])
def test_beta_keys_in_a_ga_config_are_named_at_their_paths_and_the_rest_is_ga(
    endpoint: str,
) -> None:
    config = {
        "type": "realtime",
        "voice": "marin",
        "temperature": 0.8,
        "output_modalities": ["audio", "text"],
        "tool_choice": "sometimes",
    }
    found = validate(config, endpoint=endpoint).errors
    assert [(p.path, p.message) for p in found] == [
        (
            "",
            "the config mixes beta keys (temperature, voice) with GA keys (output_modalities, "
            "type); write it in one vocabulary: beta for POST /realtime/sessions, GA for "
            "POST /realtime/client_secrets.",
        ),
        (
            "temperature",
            "temperature is a beta key (POST /realtime/sessions); GA sessions have no temperature.",
        ),
        (
            "voice",
            "voice is the beta name (POST /realtime/sessions); this GA config calls it "
            "audio.output.voice.",
        ),
        (
            "output_modalities",
            "['audio', 'text'] is not a combination GA sessions accept.",
        ),
        ("tool_choice", "the string 'sometimes' is not one of 'auto', 'none', 'required'."),
    ]


@pytest.mark.parametrize("endpoint", ["sessions", "client-secrets"])
def test_a_ga_config_without_type_says_what_made_it_ga(endpoint: str) -> None:
    problem = only_error({"model": "gpt-realtime", "output_modalities": ["audio"]}, endpoint)
    assert (problem.path, problem.rule, problem.message, problem.hint) == (
        "type",
        "required",
        "'type' is required: with output_modalities this is a GA config (the session of "
        "POST /realtime/client_secrets), and GA configs need it.",
        'Add "type": "realtime", or write modalities instead for POST /realtime/sessions.',
    )
    problem = only_error({"include": [], "max_output_tokens": 5}, "client-secrets")
    assert (problem.message, problem.hint) == (
        "'type' is required: with include, max_output_tokens this is a GA config (the session "
        "of POST /realtime/client_secrets), and GA configs need it.",
        'Add "type": "realtime".',
    )


def test_an_endpoint_hint_speaks_to_library_and_cli_users() -> None:
    problem = only_error({"temperature": 0.8}, endpoint="client-secrets")
    assert (problem.path, problem.rule, problem.message, problem.hint) == (
        "temperature",
        "no_equivalent",
        "not supported by POST /realtime/client_secrets (GA sessions have no temperature).",
        "Remove it, or use the sessions endpoint (endpoint 'sessions').",
    )


def test_a_field_the_endpoint_cannot_express_names_field_and_endpoint() -> None:
    problem = only_error({"temperature": 0.8}, endpoint="client-secrets")
    assert problem.path == "temperature"
    assert "not supported by POST /realtime/client_secrets" in problem.message
    problem = only_error(
        {**GA_TYPICAL, "include": ["item.input_audio_transcription.logprobs"]}, endpoint="sessions"
    )
    assert problem.path == "include"
    assert "not supported by POST /realtime/sessions" in problem.message


def test_build_request_translates_and_sets_the_lifetime() -> None:
    assert build_request(
        {"voice": "marin", "modalities": ["text"]},
        endpoint="client-secrets",
        expires_after_seconds=120,
    ) == {
        "session": {
            "type": "realtime",
            "audio": {"output": {"voice": "marin"}},
            "output_modalities": ["text"],
        },
        "expires_after": {"anchor": "created_at", "seconds": 120},
    }
    assert build_request({"voice": "marin"}, endpoint="sessions", expires_after_seconds=30) == {
        "voice": "marin",
        "client_secret": {"expires_after": {"anchor": "created_at", "seconds": 30}},
    }
    assert build_request(GA_TYPICAL, endpoint="client-secrets") == {"session": GA_TYPICAL}


def test_build_request_refuses_with_every_problem() -> None:
    with pytest.raises(ConfigError) as raised:
        build_request(
            {"temperature": 9, "voice": "onyx"}, endpoint="sessions", expires_after_seconds=1
        )
    assert [p.path for p in raised.value.report.errors] == [
        "temperature",
        "voice",
        "expires_after_seconds",
    ]
    assert str(raised.value).startswith(
        "invalid session config (3 problems):\n  - temperature: 9 is above"
    )


def test_non_object_configs_are_refused() -> None:
    assert errors(["model"]) == [("", "a session config must be an object, got a list.")]


def test_the_lifetime_bounds_come_from_the_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = copy.deepcopy(_contract.spec())
    spec["components"]["schemas"]["ExpiresAfter"]["properties"]["seconds"]["maximum"] = 60
    monkeypatch.setattr(_contract, "spec", lambda: spec)
    with pytest.raises(ConfigError) as raised:
        build_request({}, endpoint="sessions", expires_after_seconds=120)
    (problem,) = raised.value.report.errors
    assert (problem.path, problem.message, problem.hint, problem.value) == (
        "expires_after_seconds",
        "120 is not a whole number of seconds from 10 to 60.",
        "Use 10 to 60 seconds.",
        120,
    )
    assert build_request({}, endpoint="client-secrets", expires_after_seconds=120)


@pytest.mark.parametrize(
    ("config", "endpoint", "path", "rule", "message", "hint"),
    [
        (
            {"turn_detection": {"type": "server_vad", "idle_timeout_ms": 6000}},
            "sessions",
            "turn_detection.idle_timeout_ms",
            "unreliable_field",
            "some deployments answer unknown_parameter for idle_timeout_ms; don't rely on it.",
            "Check that your deployment accepts it, and remove it if the server refuses it.",
        ),
        (
            {
                "type": "realtime",
                "audio": {
                    "input": {"turn_detection": {"type": "server_vad", "idle_timeout_ms": None}}
                },
            },
            "client-secrets",
            "audio.input.turn_detection.idle_timeout_ms",
            "unreliable_field",
            "some deployments answer unknown_parameter for idle_timeout_ms; don't rely on it.",
            "Check that your deployment accepts it, and remove it if the server refuses it.",
        ),
        (
            {
                "model": "gpt-4o-realtime-preview-2024-12-17",
                "turn_detection": {"type": "semantic_vad", "eagerness": "low"},
            },
            "sessions",
            "turn_detection.eagerness",
            "model_support",
            "gpt-4o-realtime-preview-2024-12-17 is a snapshot older than semantic_vad and "
            "rejects turn_detection.eagerness.",
            "Use a newer model such as 'gpt-realtime', or server_vad turn detection.",
        ),
        (
            {
                "type": "realtime",
                "model": "gpt-4o-mini-realtime-preview-2024-12-17",
                "audio": {"input": {"turn_detection": {"type": "semantic_vad"}}},
            },
            "client-secrets",
            "audio.input.turn_detection.type",
            "model_support",
            "gpt-4o-mini-realtime-preview-2024-12-17 is a snapshot older than semantic_vad and "
            "may refuse it.",
            "Use a newer model such as 'gpt-realtime', or server_vad turn detection.",
        ),
        (
            {"model": "gpt-4o-transcribe"},
            "sessions",
            "model",
            "transcription_model",
            "'gpt-4o-transcribe' is a transcription model, not a Realtime model.",
            "Move it to input_audio_transcription.model, and set model to a Realtime model "
            "such as 'gpt-realtime'.",
        ),
        (
            {"type": "realtime", "model": "whisper-1"},
            "sessions",
            "model",
            "transcription_model",
            "'whisper-1' is a transcription model, not a Realtime model.",
            "Move it to audio.input.transcription.model, and set model to a Realtime model "
            "such as 'gpt-realtime'.",
        ),
    ],
)
def test_settings_some_servers_refuse_are_warnings(
    config: dict, endpoint: str, path: str, rule: str, message: str, hint: str
) -> None:
    report = validate(config, endpoint=endpoint)
    assert report.ok
    (warning,) = report.warnings
    assert (warning.path, warning.rule, warning.message, warning.hint) == (
        path,
        rule,
        message,
        hint,
    )


def test_newer_models_get_no_snapshot_warning() -> None:
    config = {
        "model": "gpt-realtime",
        "turn_detection": {"type": "semantic_vad", "eagerness": "low"},
    }
    assert validate(config, endpoint="sessions").problems == ()


@pytest.mark.parametrize(
    ("config", "path", "value"),
    [
        ({"temprature": 0.7}, "temprature", 0.7),
        (
            {"turn_detection": {"type": "server_vad", "eagerness": "high"}},
            "turn_detection.eagerness",
            "high",
        ),
        (
            {"tools": [TOOL], "tool_choice": {"type": "function", "function": {"name": "X"}}},
            "tool_choice",
            {"type": "function", "function": {"name": "X"}},
        ),
        ({"modalities": []}, "modalities", []),
        (
            {
                "tools": [
                    {**TOOL, "parameters": {"type": "object", "properties": {"a": {"type": 1}}}}
                ]
            },
            "tools[0].parameters.properties.a.type",
            1,
        ),
        ({"temperature": True}, "temperature", True),
    ],
)
def test_problems_carry_the_offending_value(config: dict, path: str, value: Any) -> None:
    problem = only_error(config)
    assert (problem.path, problem.value) == (path, value)


def tool_with(parameters: dict) -> dict:
    return {"tools": [{**TOOL, "parameters": parameters}]}


def test_a_local_ref_to_nowhere_is_reported_at_the_ref() -> None:
    config = tool_with({"type": "object", "properties": {"a": {"$ref": "#/nowhere"}}})
    problem = only_error(config)
    assert (problem.path, problem.rule, problem.message, problem.hint, problem.value) == (
        "tools[0].parameters.properties.a.$ref",
        "json_schema_ref",
        "'#/nowhere' points to nothing in this schema.",
        "Point it at a schema defined here, such as '#/$defs/Name', or define that.",
        "#/nowhere",
    )
    assert only_error(config) == problem  # the second answer comes from the cache


@pytest.mark.parametrize(
    "parameters",
    [
        {
            "type": "object",
            "$defs": {"a": {"type": "string"}},
            "properties": {"a": {"$ref": "#/$defs/a"}},
        },
        {"type": "object", "properties": {"a": {"$ref": "#"}, "b": {"$ref": "#/properties/a"}}},
        {
            "type": "object",
            "properties": {
                "a": {"$id": "https://example.com/a", "$defs": {"x": {}}, "$ref": "#/$defs/x"}
            },
        },
        {"type": "object", "properties": {"a": {"enum": [{"$ref": "#/nowhere"}]}}},
        {"type": "object", "properties": {"a": {"$ref": "https://example.com/schema"}}},
        {"type": "object", "properties": {"$ref": {"type": "string"}}},
    ],
)
def test_refs_that_resolve_or_are_data_pass(parameters: dict) -> None:
    assert validate(tool_with(parameters), endpoint="sessions").problems == ()


def test_a_regex_of_the_contract_is_explained_in_words() -> None:
    patterns = {
        node["pattern"]
        for node in _walk(_contract.spec()["components"]["schemas"])
        if isinstance(node.get("pattern"), str)
    }
    assert patterns <= set(_PATTERN_HINTS)
    problem = only_error(
        {**GA_TYPICAL, "audio": {"output": {"voice": {"id": "custom"}}}}, endpoint="client-secrets"
    )
    assert (problem.path, problem.message, problem.hint) == (
        "audio.output.voice.id",
        "the string 'custom' does not match ^voice_.",
        "Use the id of a custom voice, which starts with 'voice_'.",
    )


def _walk(node: Any) -> Any:
    """Every object in a JSON document."""
    if isinstance(node, dict):
        yield node
        for item in node.values():
            yield from _walk(item)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def problems_of(config: Any, endpoint: str = "sessions", **options: Any) -> tuple[Problem, ...]:
    """Every problem `build_request` finds, or the translation problems of a translator call."""
    try:
        build_request(config, endpoint=endpoint, **options)
    except ConfigError as error:
        return error.report.problems
    return validate(config, endpoint=endpoint).problems


# One example of every rule the validator (and the translators it uses) can report.
RULE_EXAMPLES: dict[str, Any] = {
    "type": lambda: problems_of({"temperature": [1]}),
    "finite": lambda: problems_of({"speed": float("nan")}),
    "enum": lambda: problems_of({"tool_choice": "sometimes"}),
    "required": lambda: problems_of({"tools": [{"name": "x"}]}),
    "not": lambda: SchemaChecker(
        {"components": {"schemas": {"S": {"type": "string", "not": {"enum": ["x"]}}}}}
    ).check("x", "S"),
    "contains": lambda: SchemaChecker(
        {"components": {"schemas": {"S": {"type": "array", "contains": {"enum": ["x"]}}}}}
    ).check(["y"], "S"),
    "minLength": lambda: problems_of({"voice": ""}),
    "maxLength": lambda: SchemaChecker(
        {"components": {"schemas": {"S": {"type": "string", "maxLength": 1}}}}
    ).check("xy", "S"),
    "maxProperties": lambda: SchemaChecker(
        {"components": {"schemas": {"S": {"type": "object", "maxProperties": 1}}}}
    ).check({"a": "1", "b": "2"}, "S"),
    "pattern": lambda: problems_of({"tools": [{**TOOL, "name": "a b"}]}),
    "known_values": lambda: problems_of({"voice": "aurora"}),
    "minimum": lambda: problems_of({"temperature": 0.1}),
    "maximum": lambda: problems_of({"temperature": 2}),
    "minItems": lambda: problems_of({"modalities": []}),
    "maxItems": lambda: problems_of({"modalities": ["text", "audio", "text"]}),
    "uniqueItems": lambda: problems_of({"modalities": ["text", "text"]}),
    "unknown_key": lambda: problems_of({"temprature": 0.7}),
    "range": lambda: problems_of({}, expires_after_seconds=1),
    "tool_definition": lambda: problems_of({"tools": ["CaptureOrderInfo"]}),
    "turn_detection_field": lambda: problems_of(
        {"turn_detection": {"type": "server_vad", "eagerness": "high"}}
    ),
    "voice": lambda: problems_of({"voice": "nova"}),
    "output_modalities_combination": lambda: problems_of(
        {"type": "realtime", "output_modalities": ["audio", "text"]}, "client-secrets"
    ),
    "transcription_model": lambda: problems_of({"model": "whisper-1"}),
    "unreliable_field": lambda: problems_of(
        {"turn_detection": {"type": "server_vad", "idle_timeout_ms": 6000}}
    ),
    "model_support": lambda: problems_of(
        {"model": "gpt-4o-realtime-preview-2024-10-01", "turn_detection": {"type": "semantic_vad"}}
    ),
    "tool_choice_form": lambda: problems_of(
        {"tools": [TOOL], "tool_choice": {"type": "function", "function": {"name": "X"}}}
    ),
    "unique_tool_names": lambda: problems_of({"tools": [TOOL, TOOL]}),
    "modalities_combination": lambda: problems_of({"modalities": ["audio"]}),
    "tool_choice_needs_tools": lambda: problems_of({"tool_choice": "required"}),
    "tool_choice_unknown_function": lambda: problems_of(
        {"tools": [TOOL], "tool_choice": {"type": "function", "name": "Other"}}
    ),
    "json_schema": lambda: (
        problems_of(tool_with({"type": "object", "properties": 1}))
        + problems_of(tool_with({"type": "object", "x": b"bytes"}))
    ),
    "json_schema_ref": lambda: problems_of(tool_with({"type": "object", "$ref": "#/x"})),
    "mixed_vocabulary": lambda: problems_of({"voice": "marin", "include": []}),
    "other_vocabulary": lambda: problems_of({"type": "realtime", "client_secret": {}}),
    "no_equivalent": lambda: problems_of({"temperature": 0.8}, "client-secrets"),
    "invalid_value": lambda: beta_to_ga({"modalities": ["audio"]}).problems,
    "vocabulary": lambda: beta_to_ga({"type": "realtime"}).problems,
    "format": lambda: problems_of(
        {"type": "realtime", "tools": [{**MCP, "server_url": "not a url"}]}, "client-secrets"
    ),
    "exactly_one_of": lambda: problems_of(
        {"type": "realtime", "tools": [{"type": "mcp", "server_label": "x"}]}, "client-secrets"
    ),
    "tool_choice_unknown_server": lambda: problems_of(
        {"type": "realtime", "tools": [MCP], "tool_choice": {"type": "mcp", "server_label": "y"}},
        "client-secrets",
    ),
    "transcription_session": lambda: problems_of(
        {"type": "transcription", "model": "gpt-realtime"}, "client-secrets"
    ),
    "whisper_turn_detection": lambda: problems_of(
        {
            "type": "transcription",
            "audio": {"input": {"transcription": {"model": "gpt-realtime-whisper"}}},
        },
        "client-secrets",
    ),
}
MCP = {"type": "mcp", "server_label": "deepwiki", "server_url": "https://mcp.deepwiki.com/mcp"}


def rules_in_source() -> set[str]:
    """The rule names the validation modules write as literals: new rules must join the table."""
    positions = {"Problem": 1, "_Found": 0, "_SchemaError": 1}
    found = set()
    modules = (
        _schema_check,
        _validation,
        _translate,
        _explanations,
        _tool_schemas,
        _request,
        _model_rules,
    )
    for module in modules:
        for node in ast.walk(ast.parse(Path(module.__file__).read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                position = positions.get(node.func.id)
                if position is not None and len(node.args) > position:
                    rule = node.args[position]
                    if isinstance(rule, ast.Constant) and isinstance(rule.value, str):
                        found.add(rule.value)
    return found


def test_the_rule_table_lists_every_rule() -> None:
    assert rules_in_source() == set(RULE_EXAMPLES)


@pytest.mark.parametrize("rule", sorted(RULE_EXAMPLES))
def test_every_rule_says_how_to_fix_it(rule: str) -> None:
    found = [p for p in RULE_EXAMPLES[rule]() if p.rule == rule]
    assert found, f"the example of {rule} does not report it"
    for problem in found:
        assert problem.hint.strip(), problem


# Property tests: the validator agrees with the schema it is derived from.

# Rules beyond the schema: the cross-field rules and the JSON Schema of tool parameters.
SEMANTIC_RULES = {
    "tool_choice_unknown_function",
    "tool_choice_unknown_server",
    "whisper_turn_detection",
    "format",  # jsonschema asserts no format unless asked to
    "tool_choice_needs_tools",
    "unique_tool_names",
    "json_schema",
    "json_schema_ref",
}
WARNING_RULES = {
    "known_values",
    "unreliable_field",
    "model_support",
    "transcription_model",
    "whisper_turn_detection",
}
SCHEMAS = _contract.spec()["components"]["schemas"]
BETA = config_json_schema("beta")
GA = config_json_schema("ga")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
METASCHEMA = Draft202012Validator(Draft202012Validator.META_SCHEMA)


def keeps_the_cross_field_rules(config: dict) -> bool:
    """Whether a schema-valid config also keeps every rule a schema cannot state."""
    tools = config.get("tools", [])
    names = [tool["name"] for tool in tools if tool["type"] == "function"]
    labels = [tool["server_label"] for tool in tools if tool["type"] == "mcp"]
    if len(set(names)) != len(names):
        return False
    for tool in tools:
        parameters = tool.get("parameters", {})
        if not METASCHEMA.is_valid(parameters) or "$ref" in str(parameters):
            return False
    choice = config.get("tool_choice")
    if choice == "required" and not tools:
        return False
    if isinstance(choice, dict) and choice["type"] == "mcp":
        return choice["server_label"] in labels
    return not (isinstance(choice, dict) and choice["name"] not in names)


@SETTINGS
@given(from_schema("RealtimeSessionCreateRequest"))
def test_schema_valid_beta_configs_pass(config: dict) -> None:
    assert Draft202012Validator(BETA).is_valid(config)
    assume(keeps_the_cross_field_rules(config))
    report = validate(config, endpoint="sessions")
    assert report.errors == ()
    assert {p.rule for p in report.warnings} <= WARNING_RULES


@SETTINGS
@given(from_schema("RealtimeSessionCreateRequestGA"))
def test_schema_valid_ga_configs_pass(config: dict) -> None:
    assert Draft202012Validator(GA).is_valid(config)
    assume(keeps_the_cross_field_rules(config))
    report = validate(config, endpoint="client-secrets")
    assert report.errors == ()
    assert {p.rule for p in report.warnings} <= WARNING_RULES


BOUNDED = [
    (("temperature",), 0.6, 1.2),
    (("speed",), 0.25, 1.5),
    (("max_response_output_tokens",), 1, 4096),
    (("turn_detection", "threshold"), 0, 1),
    (("turn_detection", "idle_timeout_ms"), 5000, 30000),
    (("turn_detection", "prefix_padding_ms"), 0, None),
    (("turn_detection", "silence_duration_ms"), 0, None),
    (("client_secret", "expires_after", "seconds"), 10, 7200),
]


@SETTINGS
@given(
    st.sampled_from(BOUNDED),
    st.booleans(),
    st.integers(1, 10**6),
    from_schema("RealtimeSessionCreateRequest"),
)
def test_one_field_out_of_range_reports_exactly_that_path(
    bounded: tuple, above: bool, step: int, base: dict
) -> None:
    path, low, high = bounded
    above = above and high is not None
    config = copy.deepcopy(base)
    config.pop("tools", None)
    config.pop("tool_choice", None)
    config.pop("modalities", None)
    node = config
    for key in path[:-1]:
        if not isinstance(node.get(key), dict) or (
            key == "turn_detection" and node[key].get("type") != "server_vad"
        ):
            node[key] = (
                {"type": "server_vad"}
                if key == "turn_detection"
                else {"anchor": "created_at", "seconds": 60}
                if key == "expires_after"
                else {}
            )
        node = node[key]
    node[path[-1]] = high + step if above else low - step
    found = validate(config, endpoint="sessions").errors
    assert [p.path for p in found] == [".".join(path)]
    assert found[0].rule == ("maximum" if above else "minimum")


ODD_VALUES = (
    st.none()
    | st.booleans()
    | st.integers(-10, 10_000)
    | st.floats(-5, 5)
    | st.text(max_size=5)
    | st.just([])
    | st.just({})
)
# Keys added to objects: unknown ones, and known ones in the wrong object.
ADDED_KEYS = st.sampled_from(["bogus", "type", "name", "model", "threshold", "eagerness", "id"])


def json_paths(value: Any, parts: tuple = ()) -> list[tuple]:
    """The path of every value in a JSON document, the document's own `()` first."""
    found = [parts]
    if isinstance(value, dict):
        for key, item in value.items():
            found += json_paths(item, (*parts, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += json_paths(item, (*parts, index))
    return found


@st.composite
def mutations(draw: st.DrawFn, schema_name: str, own_keys: frozenset[str]) -> dict:
    """A valid config with one value, at any depth, replaced by an odd one, or one key added.

    Top-level keys come from the config's own vocabulary only: a key of the other vocabulary
    is a rule of ours (reported by name) that the schema states as a bare unknown key.
    """
    config = copy.deepcopy(draw(from_schema(schema_name)))
    path = draw(st.sampled_from(json_paths(config)))
    node: Any = config
    for part in path[:-1]:
        node = node[part]
    target = node[path[-1]] if path else config
    if isinstance(target, dict) and draw(st.booleans()):
        keys = ADDED_KEYS if path else st.sampled_from(sorted(own_keys | {"bogus", "eagerness"}))
        target[draw(keys)] = draw(ODD_VALUES)
    elif path:
        node[path[-1]] = draw(ODD_VALUES)
    return config


def jsonschema_paths(config: dict, schema: dict) -> set[str]:
    """Where jsonschema finds errors, an unknown key at its own path as ours are."""
    found = set()
    for error in Draft202012Validator(schema).iter_errors(config):
        where = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            known = error.schema.get("properties", {})
            found |= {format_path((*where, key)) for key in error.instance if key not in known}
        else:
            found.add(format_path(where))
    return found


def within(path: str, ancestor: str) -> bool:
    """Whether `path` is `ancestor` or lies below it."""
    return ancestor == "" or path == ancestor or path.startswith((ancestor + ".", ancestor + "["))


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(
        [
            ("RealtimeSessionCreateRequest", "sessions", BETA),
            ("RealtimeSessionCreateRequestGA", "client-secrets", GA),
        ]
    ).flatmap(
        lambda case: st.tuples(
            mutations(case[0], frozenset(SCHEMAS[case[0]]["properties"])), st.just(case[1:])
        )
    )
)
def test_error_paths_agree_with_jsonschema(case: tuple) -> None:
    """Both find errors at the same places, as precisely as both can say.

    jsonschema reports a failed `oneOf` at the union and a missing key at its object, where we
    name the branch's field or the key; so each of our paths must lie within one of theirs,
    and each of theirs must hold one of ours.
    """
    config, (endpoint, schema) = case
    ours = {
        p.path for p in validate(config, endpoint=endpoint).errors if p.rule not in SEMANTIC_RULES
    }
    theirs = jsonschema_paths(config, schema)
    assert all(any(within(path, their) for their in theirs) for path in ours), (ours, theirs)
    assert all(any(within(path, their) for path in ours) for their in theirs), (ours, theirs)


# The same contract checked with and without the skipped leaf calls (`inline_leaves`).
SKIPPING = SchemaChecker(_contract.spec(), _PATTERN_HINTS)
CALLING = SchemaChecker(_contract.spec(), _PATTERN_HINTS, inline_leaves=False)


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(["RealtimeSessionCreateRequest", "RealtimeSessionCreateRequestGA"]).flatmap(
        lambda name: st.tuples(
            st.just(name), mutations(name, frozenset(SCHEMAS[name]["properties"]))
        )
    ),
    st.sampled_from(["RealtimeSessionCreateRequest", "RealtimeSessionConfigGA"]),
)
def test_skipping_leaf_checks_finds_exactly_what_calling_them_finds(
    case: tuple, other_schema: str
) -> None:
    """Same problems, words, paths and order, for valid and broken configs alike, also
    when a config meets the other vocabulary's schema."""
    name, config = case
    for schema_name in (name, other_schema):
        assert SKIPPING.check(config, schema_name) == CALLING.check(config, schema_name)


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_are_no_json_numbers(number: float) -> None:
    problem = only_error({"speed": number})
    assert (problem.path, problem.rule, problem.hint) == (
        "speed",
        "finite",
        "JSON has no NaN or infinity; write a number.",
    )


def test_an_unhashable_discriminator_is_reported_not_raised() -> None:
    problem = only_error({"turn_detection": {"type": []}})
    assert (problem.path, problem.message) == (
        "turn_detection.type",
        "a list is not one of 'server_vad', 'semantic_vad'.",
    )


def test_a_key_pasted_into_a_field_is_never_printed_back() -> None:
    key = "sk-proj-fake-key-pasted-in-a-field"
    report = validate(
        {"model": key, "voice": 7, "temperature": key, "auth": {"keys": [key], key: 1}},
        endpoint="sessions",
    )
    assert report.problems[-1].value == {"keys": ["sk-***"], "sk-***": 1}
    shown = repr(report.problems) + str(report.to_dict())
    assert key not in shown
    assert "sk-***" in shown


def test_a_value_that_holds_itself_is_reported_without_it() -> None:
    loop: dict = {}
    loop["again"] = loop
    problem = only_error({"bogus": loop})
    assert (problem.path, problem.rule, problem.value) == ("bogus.again", "cycle", None)
