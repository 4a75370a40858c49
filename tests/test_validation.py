"""Every documented rule is caught offline, with the user's path, a message and a fix."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from realtime_sessions import ConfigError, build_request, validate
from realtime_sessions.json_schema import config_json_schema

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
            "",
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
        ({"tools": [{"name": "x"}]}, "tools[0].type", "required", "'type' is required.", ""),
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
        ({"voice": ""}, "voice", "minLength", "cannot be empty.", ""),
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
            "Known keys here: model, language, prompt.",
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
            "",
        ),
        ({"temperature": True}, "temperature", "type", "expected a number, got true.", ""),
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
        (
            {"output_modalities": ["text"], "temperature": 0.8},
            "",
            "mixed_vocabulary",
            "the config mixes beta keys (temperature) with GA keys (output_modalities); write it in one vocabulary: beta for POST /realtime/sessions, GA for POST /realtime/client_secrets",
            "",
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
            {**GA_TYPICAL, "type": "transcription"},
            "type",
            "the string 'transcription' is not one of 'realtime'.",
        ),
        ({"output_modalities": ["text"]}, "type", "'type' is required."),
    ],
)
def test_ga_configs_are_checked_in_their_own_vocabulary(
    config: dict, path: str, message: str
) -> None:
    problem = only_error(config, endpoint="client-secrets")
    assert (problem.path, problem.message) == (path, message)


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


# Property tests: the validator agrees with the schema it is derived from.

SEMANTIC_RULES = {
    "modalities_combination",
    "tool_choice_unknown_function",
    "tool_choice_needs_tools",
    "unique_tool_names",
    "json_schema",
}
BETA = config_json_schema("beta")
GA = config_json_schema("ga")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(from_schema("RealtimeSessionCreateRequest"))
def test_schema_valid_beta_configs_pass_the_schema_rules(config: dict) -> None:
    assert Draft202012Validator(BETA).is_valid(config)
    assert {p.rule for p in validate(config, endpoint="sessions").errors} <= SEMANTIC_RULES


@SETTINGS
@given(from_schema("RealtimeSessionCreateRequestGA"))
def test_schema_valid_ga_configs_pass_the_schema_rules(config: dict) -> None:
    assert Draft202012Validator(GA).is_valid(config)
    assert {p.rule for p in validate(config, endpoint="client-secrets").errors} <= SEMANTIC_RULES


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


def mutations() -> st.SearchStrategy[dict]:
    """Configs near the valid ones: one value replaced by something of another shape."""
    odd = (
        st.none()
        | st.booleans()
        | st.integers(-10, 10_000)
        | st.floats(-5, 5)
        | st.text(max_size=5)
        | st.just([])
        | st.just({})
    )
    return st.tuples(
        from_schema("RealtimeSessionCreateRequest"),
        st.sampled_from([*sorted(BETA["properties"]), "bogus"]),
        odd,
    ).map(lambda t: {**t[0], t[1]: t[2]})


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutations())
def test_schema_verdict_agrees_with_jsonschema(config: dict) -> None:
    ours = [p for p in validate(config, endpoint="sessions").errors if p.rule not in SEMANTIC_RULES]
    theirs = list(Draft202012Validator(BETA).iter_errors(config))
    assert bool(ours) == bool(theirs), (ours, [e.message for e in theirs])


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
    key = "sk-proj-0123456789abcdefghij"
    report = validate({"model": key, "voice": 7, "temperature": key}, endpoint="sessions")
    shown = repr(report.problems) + str(report.to_dict())
    assert key not in shown
    assert "sk-***" in shown
