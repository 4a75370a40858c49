"""Beta <-> GA translation: lossless where both sides can say it, an error where one cannot."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from realtime_sessions import ConfigError, Endpoint, build_request, validate
from realtime_sessions._report import Problem
from realtime_sessions._translate import (
    BETA_ONLY_KEYS,
    GA_ONLY_KEYS,
    TranslationResult,
    beta_to_ga,
    foreign_key_problems,
    foreign_keys,
    ga_to_beta,
    vocabulary_of,
    vocabulary_problems,
)

ROOT = Path(__file__).resolve().parents[1]
COMPONENTS = yaml.safe_load((ROOT / "openapi.yaml").read_text())["components"]


def contract(name: str) -> Draft202012Validator:
    """A validator for one request schema of openapi.yaml."""
    return Draft202012Validator({"$ref": f"#/components/schemas/{name}", "components": COMPONENTS})


BETA_REQUEST = contract("RealtimeSessionCreateRequest")
GA_REQUEST = contract("RealtimeClientSecretCreateRequest")


# Leaf values, shared by both vocabularies.
models = st.sampled_from(
    ["gpt-realtime", "gpt-realtime-mini", "gpt-4o-realtime-preview"]
) | st.text(min_size=1)
voices = st.sampled_from(["alloy", "marin", "cedar", "verse"]) | st.text(min_size=1).filter(
    lambda name: name not in {"fable", "onyx", "nova"}
)
speeds = st.floats(min_value=0.25, max_value=1.5)
transcriptions = st.fixed_dictionaries(
    {},
    optional={
        "model": st.sampled_from(["whisper-1", "gpt-4o-transcribe"]),
        "language": st.from_regex(r"[a-z]{2}", fullmatch=True),
        "prompt": st.text(),
    },
)
noise_reductions = st.fixed_dictionaries({"type": st.sampled_from(["near_field", "far_field"])})
turn_detections = st.fixed_dictionaries(
    {"type": st.just("server_vad")},
    optional={
        "threshold": st.floats(min_value=0, max_value=1),
        "prefix_padding_ms": st.integers(min_value=0, max_value=2000),
        "silence_duration_ms": st.integers(min_value=0, max_value=2000),
        "idle_timeout_ms": st.none() | st.integers(min_value=5000, max_value=30000),
        "create_response": st.booleans(),
        "interrupt_response": st.booleans(),
    },
) | st.fixed_dictionaries(
    {"type": st.just("semantic_vad")},
    optional={
        "eagerness": st.sampled_from(["low", "medium", "high", "auto"]),
        "create_response": st.booleans(),
        "interrupt_response": st.booleans(),
    },
)
tool_names = st.from_regex(r"[a-zA-Z0-9_-]{1,64}", fullmatch=True)
tools = st.lists(
    st.fixed_dictionaries(
        {"type": st.just("function"), "name": tool_names},
        optional={
            "description": st.text(),
            "parameters": st.fixed_dictionaries(
                {"type": st.just("object")},
                optional={"properties": st.dictionaries(tool_names, st.just({"type": "string"}))},
            ),
        },
    ),
    max_size=3,
)
tool_choices = st.sampled_from(["auto", "none", "required"]) | st.fixed_dictionaries(
    {"type": st.just("function"), "name": tool_names}
)
max_tokens = st.integers(min_value=1, max_value=4096) | st.just("inf")
tracings = st.just("auto") | st.fixed_dictionaries(
    {},
    optional={
        "workflow_name": st.text(),
        "group_id": st.text(),
        "metadata": st.dictionaries(st.text(), st.text()),
    },
)
lifetimes = st.fixed_dictionaries(
    {"anchor": st.just("created_at"), "seconds": st.integers(min_value=10, max_value=7200)}
)


def nullable(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | values


def non_empty(objects: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """GA objects that hold something (an empty `audio.input` has no beta form to come back from)."""
    return objects.filter(bool)


# Every beta config both vocabularies can express: all but `temperature`.
beta_configs = st.fixed_dictionaries(
    {},
    optional={
        "model": models,
        "modalities": st.sampled_from([["text"], ["audio", "text"], ["text", "audio"]]),
        "instructions": st.text(),
        "voice": voices,
        "speed": speeds,
        "input_audio_format": st.sampled_from(["pcm16", "g711_ulaw", "g711_alaw"]),
        "output_audio_format": st.sampled_from(["pcm16", "g711_ulaw", "g711_alaw"]),
        "input_audio_transcription": nullable(transcriptions),
        "input_audio_noise_reduction": nullable(noise_reductions),
        "turn_detection": nullable(turn_detections),
        "tools": tools,
        "tool_choice": tool_choices,
        "max_response_output_tokens": max_tokens,
        "tracing": nullable(tracings),
        "client_secret": st.fixed_dictionaries({"expires_after": lifetimes}),
    },
)

ga_formats = st.sampled_from(
    [{"type": "audio/pcm", "rate": 24000}, {"type": "audio/pcmu"}, {"type": "audio/pcma"}]
)
ga_audio = non_empty(
    st.fixed_dictionaries(
        {},
        optional={
            "input": non_empty(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "format": ga_formats,
                        "transcription": nullable(transcriptions),
                        "noise_reduction": nullable(noise_reductions),
                        "turn_detection": nullable(turn_detections),
                    },
                )
            ),
            "output": non_empty(
                st.fixed_dictionaries(
                    {}, optional={"format": ga_formats, "voice": voices, "speed": speeds}
                )
            ),
        },
    )
)
# Every GA session both vocabularies can express: no include, truncation, prompt or custom voice.
ga_sessions = st.fixed_dictionaries(
    {"type": st.just("realtime")},
    optional={
        "model": models,
        "instructions": st.text(),
        "output_modalities": st.sampled_from([["audio"], ["text"]]),
        "audio": ga_audio,
        "tools": tools,
        "tool_choice": tool_choices,
        "max_output_tokens": max_tokens,
        "tracing": nullable(tracings),
    },
)


def same_modalities_in_any_order(config: dict[str, Any]) -> dict[str, Any]:
    """Order carries no meaning in beta `modalities`, and GA cannot keep it."""
    if "modalities" in config:
        return {**config, "modalities": sorted(config["modalities"])}
    return config


@settings(deadline=None)
@given(beta_configs)
def test_beta_to_ga_to_beta_is_the_identity(config: dict[str, Any]) -> None:
    assert list(BETA_REQUEST.iter_errors(config)) == []
    original = copy.deepcopy(config)
    ga = beta_to_ga(config)
    assert ga.problems == ()
    assert list(GA_REQUEST.iter_errors(ga.request)) == []
    back = ga_to_beta(ga.body, ga.expires_after)
    assert back.problems == ()
    assert same_modalities_in_any_order(back.body) == same_modalities_in_any_order(config)
    assert config == original


@given(ga_sessions, nullable(lifetimes))
def test_ga_to_beta_to_ga_is_the_identity(
    session: dict[str, Any], expires_after: dict[str, Any] | None
) -> None:
    request = {"session": session} | (
        {} if expires_after is None else {"expires_after": expires_after}
    )
    assert list(GA_REQUEST.iter_errors(request)) == []
    original = copy.deepcopy(request)
    beta = ga_to_beta(session, expires_after)
    assert beta.problems == ()
    assert list(BETA_REQUEST.iter_errors(beta.body)) == []
    back = beta_to_ga(beta.body)
    assert back.problems == ()
    assert back.request == request
    assert request == original


def test_translation_never_shares_objects_with_its_input() -> None:
    config = {
        "tools": [{"type": "function", "name": "f"}],
        "turn_detection": {"type": "server_vad"},
    }
    session = beta_to_ga(config).body
    session["tools"][0]["name"] = "g"
    session["audio"]["input"]["turn_detection"]["type"] = "semantic_vad"
    assert config == {
        "tools": [{"type": "function", "name": "f"}],
        "turn_detection": {"type": "server_vad"},
    }


@pytest.mark.parametrize(
    ("beta", "ga"),
    [
        ({"model": "gpt-realtime"}, {"model": "gpt-realtime"}),
        ({"instructions": "Be brief."}, {"instructions": "Be brief."}),
        ({"modalities": ["audio", "text"]}, {"output_modalities": ["audio"]}),
        ({"modalities": ["text"]}, {"output_modalities": ["text"]}),
        ({"voice": "marin"}, {"audio": {"output": {"voice": "marin"}}}),
        ({"speed": 1.2}, {"audio": {"output": {"speed": 1.2}}}),
        (
            {"input_audio_format": "pcm16"},
            {"audio": {"input": {"format": {"type": "audio/pcm", "rate": 24000}}}},
        ),
        (
            {"input_audio_format": "g711_ulaw"},
            {"audio": {"input": {"format": {"type": "audio/pcmu"}}}},
        ),
        (
            {"output_audio_format": "g711_alaw"},
            {"audio": {"output": {"format": {"type": "audio/pcma"}}}},
        ),
        (
            {"input_audio_transcription": {"model": "whisper-1"}},
            {"audio": {"input": {"transcription": {"model": "whisper-1"}}}},
        ),
        ({"input_audio_transcription": None}, {"audio": {"input": {"transcription": None}}}),
        ({"input_audio_noise_reduction": None}, {"audio": {"input": {"noise_reduction": None}}}),
        (
            {"input_audio_noise_reduction": {"type": "far_field"}},
            {"audio": {"input": {"noise_reduction": {"type": "far_field"}}}},
        ),
        ({"turn_detection": None}, {"audio": {"input": {"turn_detection": None}}}),
        (
            {"turn_detection": {"type": "semantic_vad", "eagerness": "low"}},
            {"audio": {"input": {"turn_detection": {"type": "semantic_vad", "eagerness": "low"}}}},
        ),
        ({"tools": []}, {"tools": []}),
        ({"tool_choice": "required"}, {"tool_choice": "required"}),
        ({"max_response_output_tokens": "inf"}, {"max_output_tokens": "inf"}),
        ({"max_response_output_tokens": 300}, {"max_output_tokens": 300}),
        ({"tracing": None}, {"tracing": None}),
        ({"tracing": "auto"}, {"tracing": "auto"}),
    ],
)
def test_each_beta_field_has_its_ga_place(beta: dict[str, Any], ga: dict[str, Any]) -> None:
    assert beta_to_ga(beta) == TranslationResult("ga", {"type": "realtime", **ga})
    assert ga_to_beta({"type": "realtime", **ga}) == TranslationResult("beta", beta)


@pytest.mark.parametrize("order", [["audio", "text"], ["text", "audio"]])
def test_beta_speech_in_either_order_is_ga_audio(order: list[str]) -> None:
    assert beta_to_ga({"modalities": order}).body["output_modalities"] == ["audio"]


def test_ga_audio_is_beta_speech_with_its_transcript() -> None:
    assert ga_to_beta({"type": "realtime", "output_modalities": ["audio"]}).body == {
        "modalities": ["audio", "text"]
    }


def test_client_secret_lifetime_moves_to_the_top_level_of_the_ga_request() -> None:
    lifetime = {"anchor": "created_at", "seconds": 120}
    result = beta_to_ga({"model": "gpt-realtime", "client_secret": {"expires_after": lifetime}})
    assert result.expires_after == lifetime
    assert result.request == {
        "expires_after": lifetime,
        "session": {"type": "realtime", "model": "gpt-realtime"},
    }
    assert beta_to_ga({}).request == {"session": {"type": "realtime"}}


@pytest.mark.parametrize(
    ("expires_after", "beta"),
    [
        ({}, {"anchor": "created_at", "seconds": 600}),
        ({"seconds": 30}, {"anchor": "created_at", "seconds": 30}),
        ({"anchor": "created_at"}, {"anchor": "created_at", "seconds": 600}),
    ],
)
def test_a_partial_ga_lifetime_is_completed_with_the_ga_defaults(
    expires_after: dict[str, Any], beta: dict[str, Any]
) -> None:
    result = ga_to_beta({"type": "realtime"}, expires_after)
    assert result.request == {"client_secret": {"expires_after": beta}}
    assert result.ok


def test_ga_pcm_without_rate_is_pcm16_and_comes_back_with_its_rate() -> None:
    beta = ga_to_beta({"type": "realtime", "audio": {"input": {"format": {"type": "audio/pcm"}}}})
    assert beta.body == {"input_audio_format": "pcm16"}
    assert beta_to_ga(beta.body).body["audio"]["input"]["format"] == {
        "type": "audio/pcm",
        "rate": 24000,
    }


CAPTURE_ORDER_INFO = {
    "type": "function",
    "name": "CaptureOrderInfo",
    "description": "Extract order details mentioned in the conversation.",
    "parameters": {
        "type": "object",
        "properties": {
            "order_details": {"type": "string", "description": "What the customer ordered"},
            "phone_number": {"type": "string", "description": "Customer phone number"},
            "discount_coupon": {"type": "string", "description": "Coupon or discount mentioned"},
        },
        "required": ["phone_number"],
    },
}


def test_seed_000_ga_session_translates_to_beta() -> None:
    session = {
        "type": "realtime",
        "model": "gpt-realtime",
        "audio": {
            "input": {"turn_detection": {"type": "server_vad"}},
            "output": {"voice": "marin"},
        },
        "instructions": "You take orders for a pizzeria.",
        "tools": [CAPTURE_ORDER_INFO],
        "tool_choice": "none",
    }
    result = ga_to_beta(session, {"anchor": "created_at", "seconds": 600})
    assert result.ok
    assert result.request == {
        "model": "gpt-realtime",
        "turn_detection": {"type": "server_vad"},
        "voice": "marin",
        "instructions": "You take orders for a pizzeria.",
        "tools": [CAPTURE_ORDER_INFO],
        "tool_choice": "none",
        "client_secret": {"expires_after": {"anchor": "created_at", "seconds": 600}},
    }
    assert list(BETA_REQUEST.iter_errors(result.request)) == []


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ({}, "beta"),
        ({"model": "gpt-realtime", "tools": []}, "beta"),
        ({"voice": "marin", "temperature": 0.8}, "beta"),
        ({"type": "realtime"}, "ga"),
        ({"include": []}, "ga"),
        ({"max_output_tokens": 10, "model": "gpt-realtime"}, "ga"),
        ({"voice": "marin", "audio": {}, "type": "realtime"}, "ga"),
        ({"voice": "marin", "audio": {}}, "beta"),
        ({"temperature": 0.8, "max_output_tokens": 10, "include": []}, "beta"),
        ({"session": {}}, "ga"),
        ({"session": {"voice": "marin"}, "expires_after": {}}, "ga"),
        ({"expires_after": {"seconds": 60}}, "beta"),
    ],
)
def test_vocabulary_of_is_the_one_the_user_meant(config: dict[str, Any], expected: str) -> None:
    """`session` or `type` decide; else any beta-only key; else GA-only keys make a GA config
    lacking type."""
    assert vocabulary_of(config) == expected


def test_every_vocabulary_key_belongs_to_one_side_only() -> None:
    assert not BETA_ONLY_KEYS & GA_ONLY_KEYS


MIXED = {
    "type": "realtime",
    "model": "gpt-realtime",
    "voice": "marin",
    "temperature": 0.8,
    "audio": {"output": {"speed": 1.1}},
}
MIXED_PROBLEM = Problem(
    "",
    "mixed_vocabulary",
    "the config mixes beta keys (temperature, voice) with GA keys (audio, type); write it in one "
    "vocabulary: beta for POST /realtime/sessions, GA for POST /realtime/client_secrets.",
    "It reads as GA because it has 'type': change or remove temperature, voice.",
    {"beta": ["temperature", "voice"], "ga": ["audio", "type"]},
)


def test_a_mixed_config_is_one_error_naming_both_sides_keys() -> None:
    assert vocabulary_problems(MIXED) == (MIXED_PROBLEM,)
    assert vocabulary_problems({"voice": "marin"}) == ()
    assert vocabulary_problems({"type": "realtime", "model": "gpt-realtime"}) == ()
    (beta,) = vocabulary_problems({"temperature": 0.8, "include": [], "max_output_tokens": 9})
    assert beta.hint == (
        "It reads as beta because it has no 'type': change or remove include, max_output_tokens."
    )


NOT_GA = "(POST /realtime/client_secrets)"
NOT_BETA = "(POST /realtime/sessions)"
USE_BETA = "use the sessions endpoint (endpoint 'sessions')"
USE_GA = "use the client-secrets endpoint (endpoint 'client-secrets')"


@pytest.mark.parametrize(
    ("config", "path", "message", "hint"),
    [
        (
            {"max_output_tokens": 100},
            "max_output_tokens",
            f"max_output_tokens is the GA name {NOT_GA}; this beta config calls it "
            "max_response_output_tokens.",
            "Write it as max_response_output_tokens.",
        ),
        (
            {"output_modalities": ["audio"]},
            "output_modalities",
            f"output_modalities is the GA name {NOT_GA}; this beta config calls it modalities.",
            'Write it as modalities: ["audio", "text"].',
        ),
        (
            {"audio": {"output": {"voice": "marin"}, "input": {"format": {"type": "audio/pcmu"}}}},
            "audio",
            f"audio is a GA key {NOT_GA}; this beta config writes audio settings as flat keys.",
            "Write audio.output.voice as voice, audio.input.format as input_audio_format.",
        ),
        (
            {"audio": {}},
            "audio",
            f"audio is a GA key {NOT_GA}; this beta config writes audio settings as flat keys.",
            "Use the flat beta keys instead: voice, speed, output_audio_format, "
            "input_audio_format, input_audio_transcription, input_audio_noise_reduction, "
            "turn_detection.",
        ),
        (
            {"include": []},
            "include",
            f"include is a GA key {NOT_GA}; beta sessions have no include.",
            f"Remove it, or write the whole config in the GA vocabulary and {USE_GA}.",
        ),
    ],
)
def test_a_ga_key_in_a_beta_config_gets_its_beta_name(
    config: dict[str, Any], path: str, message: str, hint: str
) -> None:
    mixed = {"temperature": 0.8, **config}
    assert foreign_keys(mixed, "beta") == [path]
    (problem,) = foreign_key_problems(mixed, "beta")
    assert (problem.path, problem.rule, problem.message, problem.hint) == (
        path,
        "other_vocabulary",
        message,
        hint,
    )
    assert problem.value == config[path]


@pytest.mark.parametrize(
    ("config", "path", "message", "hint"),
    [
        (
            {"voice": "marin"},
            "voice",
            f"voice is the beta name {NOT_BETA}; this GA config calls it audio.output.voice.",
            "Write it as audio.output.voice.",
        ),
        (
            {"input_audio_format": "g711_alaw"},
            "input_audio_format",
            f"input_audio_format is the beta name {NOT_BETA}; this GA config calls it "
            "audio.input.format.",
            'Write it as audio.input.format: {"type": "audio/pcma"}.',
        ),
        (
            {"max_response_output_tokens": "inf"},
            "max_response_output_tokens",
            f"max_response_output_tokens is the beta name {NOT_BETA}; this GA config calls it "
            "max_output_tokens.",
            "Write it as max_output_tokens.",
        ),
        (
            {"modalities": ["mime"]},
            "modalities",
            f"modalities is the beta name {NOT_BETA}; this GA config calls it output_modalities.",
            "Write it as output_modalities.",
        ),
        (
            {"temperature": 0.8},
            "temperature",
            f"temperature is a beta key {NOT_BETA}; GA sessions have no temperature.",
            f"Remove it, or write the whole config in the beta vocabulary and {USE_BETA}.",
        ),
        (
            {"client_secret": {"value": "ek_live_secret"}},
            "client_secret",
            f"client_secret is a beta key {NOT_BETA}; a GA secret's lifetime is the top-level "
            "expires_after of the request, outside the session.",
            'Remove it, and write the lifetime next to the session, {"session": {...}, '
            '"expires_after": {"seconds": 600}}, or pass it as the lifetime '
            "argument (expires_after_seconds).",
        ),
    ],
)
def test_a_beta_key_in_a_ga_config_gets_its_ga_name(
    config: dict[str, Any], path: str, message: str, hint: str
) -> None:
    (problem,) = foreign_key_problems({"type": "realtime", **config}, "ga")
    assert (problem.path, problem.rule, problem.message, problem.hint) == (
        path,
        "other_vocabulary",
        message,
        hint,
    )
    assert "ek_live" not in repr(problem)


def test_translating_a_mixed_config_reports_it_and_keeps_its_own_side() -> None:
    to_ga = beta_to_ga(MIXED)
    assert to_ga.problems[0] == MIXED_PROBLEM
    assert to_ga.body == {
        "type": "realtime",
        "model": "gpt-realtime",
        "audio": {"output": {"voice": "marin"}},
    }
    to_beta = ga_to_beta(MIXED)
    assert to_beta.problems == (MIXED_PROBLEM,)
    assert to_beta.body == {"model": "gpt-realtime", "speed": 1.1}


@pytest.mark.parametrize(
    ("translate", "config", "message", "hint"),
    [
        (
            beta_to_ga,
            {"type": "realtime", "audio": {}},
            "the config is already in the GA vocabulary (it has audio, type).",
            "Send it to POST /realtime/client_secrets as it is.",
        ),
        (
            ga_to_beta,
            {"voice": "marin"},
            "the config is already in the beta vocabulary (it has voice).",
            "Send it to POST /realtime/sessions as it is.",
        ),
    ],
)
def test_a_config_already_in_the_target_vocabulary_is_reported(
    translate: Any, config: dict[str, Any], message: str, hint: str
) -> None:
    (problem,) = translate(config).problems
    assert (problem.path, problem.rule, problem.message, problem.hint) == (
        "",
        "vocabulary",
        message,
        hint,
    )


NOT_IN_GA = "not supported by POST /realtime/client_secrets"
NOT_IN_BETA = "not supported by POST /realtime/sessions"
NO_BETA_PLACE = f"{NOT_IN_BETA} (the beta vocabulary has no place for it)."
REMOVE_OR_GA = f"Remove it, or {USE_GA}."


@pytest.mark.parametrize(
    ("config", "path", "rule", "message", "hint"),
    [
        (
            {"temperature": 0.8},
            "temperature",
            "no_equivalent",
            f"{NOT_IN_GA} (GA sessions have no temperature).",
            f"Remove it, or {USE_BETA}.",
        ),
        (
            {"modalities": ["audio"]},
            "modalities",
            "invalid_value",
            '[\'audio\'] cannot be translated (the GA API takes only ["audio"] or ["text"]).',
            'Use ["text"] or ["audio", "text"].',
        ),
        (
            {"input_audio_format": "pcm8"},
            "input_audio_format",
            "invalid_value",
            "'pcm8' cannot be translated (not a beta audio format).",
            "Use pcm16, g711_ulaw or g711_alaw.",
        ),
        (
            {"client_secret": {"value": "ek_live", "expires_at": 1}, "model": "m"},
            "client_secret.value",
            "no_equivalent",
            f"{NOT_IN_GA} (the secret takes only expires_after).",
            "Remove it.",
        ),
        (
            {"client_secret": "ek_live"},
            "client_secret",
            "type",
            "must be an object to be translated, not str.",
            "Write it as an object.",
        ),
    ],
)
def test_what_ga_cannot_say_is_one_problem_at_the_beta_path(
    config: dict[str, Any], path: str, rule: str, message: str, hint: str
) -> None:
    problem = beta_to_ga(config).problems[0]
    assert (problem.path, problem.rule, problem.message, problem.hint, problem.severity) == (
        path,
        rule,
        message,
        hint,
        "error",
    )
    assert "ek_live" not in repr(problem)


@pytest.mark.parametrize(
    ("session", "path", "rule", "message", "hint"),
    [
        (
            {"include": ["item.input_audio_transcription.logprobs"]},
            "include",
            "no_equivalent",
            f"{NOT_IN_BETA} (beta sessions have no include).",
            REMOVE_OR_GA,
        ),
        (
            {"truncation": "auto"},
            "truncation",
            "no_equivalent",
            f"{NOT_IN_BETA} (beta sessions have no truncation).",
            REMOVE_OR_GA,
        ),
        (
            {"prompt": None},
            "prompt",
            "no_equivalent",
            f"{NOT_IN_BETA} (beta sessions have no prompt).",
            REMOVE_OR_GA,
        ),
        (
            {"audio": {"output": {"voice": {"id": "voice_123"}}}},
            "audio.output.voice",
            "no_equivalent",
            f"a custom voice is {NOT_IN_BETA} (beta voices are names only).",
            f"Use a built-in voice name, or {USE_GA}.",
        ),
        (
            {"audio": {"input": {"format": {"type": "audio/wav"}}}},
            "audio.input.format.type",
            "invalid_value",
            "'audio/wav' cannot be translated (not a GA audio format).",
            "Use one of audio/pcm, audio/pcmu, audio/pcma.",
        ),
        (
            {"audio": {"output": {"format": {"type": "audio/pcm", "rate": 16000}}}},
            "audio.output.format.rate",
            "invalid_value",
            "16000 cannot be translated (pcm16 is 24000 only).",
            "Use 24000 or leave it out.",
        ),
        (
            {"audio": {"output": {"format": {"type": "audio/pcmu", "rate": 8000}}}},
            "audio.output.format.rate",
            "no_equivalent",
            NO_BETA_PLACE,
            REMOVE_OR_GA,
        ),
        (
            {"audio": {"input": {"format": "pcm16"}}},
            "audio.input.format",
            "type",
            "must be an object to be translated, not str.",
            "Write it as an object.",
        ),
        (
            {"audio": {"input": {"delay": 1}}},
            "audio.input.delay",
            "no_equivalent",
            NO_BETA_PLACE,
            REMOVE_OR_GA,
        ),
        ({"audio": {"echo": {}}}, "audio.echo", "no_equivalent", NO_BETA_PLACE, REMOVE_OR_GA),
        (
            {"output_modalities": ["audio", "text"]},
            "output_modalities",
            "invalid_value",
            "['audio', 'text'] cannot be translated (the GA API takes only [\"audio\"] or "
            '["text"]).',
            'Use ["audio"] or ["text"].',
        ),
        (
            {"type": "transcription"},
            "type",
            "invalid_value",
            f"a 'transcription' session is {NOT_IN_BETA} (only realtime sessions have a beta "
            "equivalent).",
            f'Use type "realtime", or {USE_GA}.',
        ),
    ],
)
def test_what_beta_cannot_say_is_one_problem_at_the_ga_path(
    session: dict[str, Any], path: str, rule: str, message: str, hint: str
) -> None:
    result = ga_to_beta({"type": "realtime", "model": "gpt-realtime", **session})
    (problem,) = result.problems
    assert (problem.path, problem.rule, problem.message, problem.hint, problem.severity) == (
        path,
        rule,
        message,
        hint,
        "error",
    )
    assert not result.ok
    assert result.body == {"model": "gpt-realtime"}


def test_problems_do_not_stop_the_rest_of_the_translation() -> None:
    result = beta_to_ga({"temperature": 0.8, "voice": "marin", "input_audio_format": "mp3"})
    assert [problem.path for problem in result.problems] == ["temperature", "input_audio_format"]
    assert result.body == {"type": "realtime", "audio": {"output": {"voice": "marin"}}}


def test_keys_of_neither_vocabulary_pass_through_for_the_validator() -> None:
    assert beta_to_ga({"metadata": {"a": 1}}).body == {"type": "realtime", "metadata": {"a": 1}}
    assert ga_to_beta({"type": "realtime", "metadata": {"a": 1}}).body == {"metadata": {"a": 1}}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                ["type", "input", "output", "format", "voice", "rate", "expires_after", "x"]
            ),
            children,
            max_size=3,
        )
    ),
    max_leaves=8,
)
odd_configs = st.dictionaries(
    st.sampled_from(sorted(BETA_ONLY_KEYS | GA_ONLY_KEYS | {"model", "tools", "x"})),
    json_values,
    max_size=6,
)


def has_parent(config: Any, path: str) -> bool:
    """Whether everything above the last segment of a dotted path exists in the config."""
    node = config
    for part in path.split(".")[:-1]:
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


@given(odd_configs | json_values)
def test_odd_values_never_crash_and_problems_point_into_the_source(config: Any) -> None:
    for result in (beta_to_ga(config), ga_to_beta(config, config)):
        for problem in result.problems:
            assert problem.severity == "error"
            assert has_parent(config, problem.path), problem


def test_import_pulls_in_nothing_heavy() -> None:
    code = (
        "import json, sys, realtime_sessions; before = set(sys.modules); "
        "import realtime_sessions._translate; "
        "print(json.dumps(sorted(set(sys.modules) - before)))"
    )
    found = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    heavy = {"httpx", "jsonschema", "yaml", "click", "realtime_sessions_client"}
    assert not heavy & {name.split(".")[0] for name in json.loads(found.stdout)}


# A whole GA request ("envelope"): the body `realtime-sessions config` prints, kept in a file.
LIFETIME = {"anchor": "created_at", "seconds": 600}
ENVELOPE = {
    "session": {
        "type": "realtime",
        "model": "gpt-realtime",
        "audio": {"output": {"voice": "marin"}},
    },
    "expires_after": LIFETIME,
}
ENVELOPE_AS_BETA = {
    "model": "gpt-realtime",
    "voice": "marin",
    "client_secret": {"expires_after": LIFETIME},
}


def test_a_ga_request_is_valid_and_builds_itself_or_its_beta_body() -> None:
    original = copy.deepcopy(ENVELOPE)
    assert validate(ENVELOPE).problems == ()
    assert validate(ENVELOPE, endpoint="sessions").problems == ()
    built = build_request(ENVELOPE, endpoint="client-secrets")
    assert built == ENVELOPE
    assert built is not ENVELOPE
    assert built["session"] is not ENVELOPE["session"]
    assert build_request(ENVELOPE, endpoint="sessions") == ENVELOPE_AS_BETA
    assert build_request({"session": {"type": "realtime"}}) == {"session": {"type": "realtime"}}
    assert original == ENVELOPE


def test_expires_after_seconds_overrides_the_requests_lifetime() -> None:
    lifetime = {"anchor": "created_at", "seconds": 30}
    assert build_request(ENVELOPE, expires_after_seconds=30) == {
        **ENVELOPE,
        "expires_after": lifetime,
    }
    assert build_request(ENVELOPE, endpoint="sessions", expires_after_seconds=30) == {
        **ENVELOPE_AS_BETA,
        "client_secret": {"expires_after": lifetime},
    }
    assert ENVELOPE["expires_after"] == LIFETIME


def test_a_partial_request_lifetime_is_completed_for_beta() -> None:
    request = {"session": {"type": "realtime"}, "expires_after": {"seconds": 120}}
    assert build_request(request, endpoint="sessions") == {
        "client_secret": {"expires_after": {"anchor": "created_at", "seconds": 120}}
    }


def without_tool_choice(config: dict[str, Any]) -> dict[str, Any]:
    """Generated tool choices may name no generated tool; their translation is tested above."""
    return {key: value for key, value in config.items() if key != "tool_choice"}


@given(beta_configs.map(without_tool_choice))
def test_beta_to_the_printed_ga_request_and_back_is_the_identity(config: dict[str, Any]) -> None:
    assume(validate(config, endpoint="sessions").ok)
    request = build_request(config, endpoint="client-secrets")
    assert validate(request, endpoint="sessions").ok
    back = build_request(request, endpoint="sessions")
    assert same_modalities_in_any_order(back) == same_modalities_in_any_order(config)
    assert build_request(request, endpoint="client-secrets") == request


@given(ga_sessions.map(without_tool_choice), nullable(lifetimes))
def test_a_ga_request_to_beta_and_back_is_the_identity(
    session: dict[str, Any], expires_after: dict[str, Any] | None
) -> None:
    request = {"session": session} | (
        {} if expires_after is None else {"expires_after": expires_after}
    )
    assume(validate(request).ok)
    beta = build_request(request, endpoint="sessions")
    assert build_request(beta, endpoint="client-secrets") == request


def problems_of(
    config: Any, endpoint: Endpoint = "client-secrets"
) -> list[tuple[str, str, str, str]]:
    """(path, rule, message, hint) of every problem, in order."""
    report = validate(config, endpoint=endpoint)
    return [(p.path, p.rule, p.message, p.hint) for p in report.problems]


SESSION = {"type": "realtime", "model": "gpt-realtime"}


@pytest.mark.parametrize(
    ("config", "endpoint", "expected"),
    [
        (
            {
                "session": {**SESSION, "audio": {"output": {"speed": 3}}},
                "expires_after": {"anchor": "created_at", "seconds": 5},
            },
            "client-secrets",
            [
                (
                    "expires_after.seconds",
                    "minimum",
                    "5 is below the minimum 10.",
                    "Use a value from 10 to 7200.",
                ),
                (
                    "session.audio.output.speed",
                    "maximum",
                    "3 is above the maximum 1.5.",
                    "Use a value from 0.25 to 1.5.",
                ),
            ],
        ),
        (
            {"session": {**SESSION, "tool_choice": "required"}, "expires_after": {"seconds": 9}},
            "sessions",
            [
                (
                    "expires_after.seconds",
                    "minimum",
                    "9 is below the minimum 10.",
                    "Use a value from 10 to 7200.",
                ),
                (
                    "session.tool_choice",
                    "tool_choice_needs_tools",
                    "'required' forces a tool call, but no tools are defined.",
                    "Add tools, or use 'auto'.",
                ),
            ],
        ),
        (
            {"session": {**SESSION, "tools": ["lookup"], "include": []}},
            "sessions",
            [
                (
                    "session.tools[0]",
                    "tool_definition",
                    "'lookup' is a bare tool name; a tool must be a full definition.",
                    'Write {"type": "function", "name": "lookup", "description": "...", '
                    '"parameters": {"type": "object", "properties": {}}}.',
                ),
                (
                    "session.include",
                    "no_equivalent",
                    f"{NOT_IN_BETA} (beta sessions have no include).",
                    REMOVE_OR_GA,
                ),
            ],
        ),
        (
            {"session": {"voice": "marin"}},
            "client-secrets",
            [
                (
                    "session.type",
                    "required",
                    "'type' is required.",
                    "Set it to one of 'realtime', 'transcription'.",
                ),
                (
                    "session.voice",
                    "other_vocabulary",
                    f"voice is the beta name {NOT_BETA}; this GA config calls it "
                    "audio.output.voice.",
                    "Write it as audio.output.voice.",
                ),
            ],
        ),
        (
            {"session": "gpt-realtime", "expire_after": {}},
            "sessions",
            [
                (
                    "session",
                    "type",
                    "expected an object, got the string 'gpt-realtime'.",
                    "Write an object.",
                ),
                (
                    "expire_after",
                    "unknown_key",
                    "unknown key 'expire_after'.",
                    "did you mean 'expires_after'?",
                ),
            ],
        ),
    ],
)
def test_problems_of_a_ga_request_point_into_it(
    config: dict[str, Any], endpoint: Endpoint, expected: list[tuple[str, str, str, str]]
) -> None:
    assert problems_of(config, endpoint) == expected


def test_session_keys_beside_the_session_are_one_error_naming_them() -> None:
    request = {"session": SESSION, "voice": "marin", "instructions": "Hi.", "expires_after": {}}
    (problem,) = validate(request).problems
    assert (problem.path, problem.rule, problem.message, problem.hint, problem.value) == (
        "",
        "mixed_vocabulary",
        f"the config is a whole {NOT_GA[1:-1]} request (it has session) but also has session "
        "keys at its top level (instructions, voice); the request takes only session and "
        "expires_after.",
        "Move instructions, voice into session, or write the session alone without the envelope.",
        ["instructions", "voice"],
    )


BARE_LIFETIME_MESSAGE = (
    f"expires_after is not a session setting: {NOT_GA[1:-1]} takes the secret's lifetime next "
    "to the session, not inside it."
)


@pytest.mark.parametrize("endpoint", ["client-secrets", "sessions"])
def test_a_bare_ga_session_with_a_lifetime_is_shown_the_request_form(endpoint: Endpoint) -> None:
    """The GA API takes expires_after only next to the session, so a bare session may not."""
    config = {**SESSION, "expires_after": {"anchor": "created_at", "seconds": 600}}
    assert problems_of(config, endpoint) == [
        (
            "expires_after",
            "unknown_key",
            BARE_LIFETIME_MESSAGE,
            'Wrap the session in the request to keep the lifetime in the file: {"session": '
            '{...}, "expires_after": {"anchor": "created_at", "seconds": 600}}; or pass '
            "the lifetime argument (expires_after_seconds).",
        )
    ]


def test_a_lifetime_inside_the_requests_session_is_moved_out() -> None:
    request = {"session": {**SESSION, "expires_after": {"seconds": 60}}}
    assert problems_of(request) == [
        (
            "session.expires_after",
            "unknown_key",
            BARE_LIFETIME_MESSAGE,
            'Move it out of session, next to it: {"session": {...}, "expires_after": '
            '{"seconds": 60}}.',
        )
    ]


def test_a_beta_config_with_a_ga_lifetime_gets_its_beta_place() -> None:
    assert problems_of({"model": "gpt-realtime", "expires_after": {"seconds": 60}}) == [
        (
            "expires_after",
            "other_vocabulary",
            f"expires_after is the GA name {NOT_GA}; this beta config calls it "
            "client_secret.expires_after.",
            'Write it as client_secret: {"expires_after": {"anchor": "created_at", '
            '"seconds": 60}}.',
        )
    ]


def test_an_invalid_ga_request_is_a_config_error_with_its_paths() -> None:
    with pytest.raises(ConfigError) as raised:
        build_request({"session": SESSION, "expires_after": {"seconds": 1}}, endpoint="sessions")
    assert [p.path for p in raised.value.report.errors] == ["expires_after.seconds"]
