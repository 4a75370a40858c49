"""Specific words for the mistakes people really make, keyed by the rule the checker reports.

The contract-driven checker (`_schema_check`) says what rule a value breaks in generic words;
`explain` replaces them where a better message and fix are known (a bare tool name, a
text-to-speech voice, a transcription model given as the model, ...).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from . import _contract
from ._endpoints import ENDPOINT_OF_VOCABULARY, Vocabulary
from ._report import Problem
from ._schema_check import is_mapping
from ._translate import GA_ONLY_KEYS, beta_to_ga, ga_to_beta

TURN_DETECTION_PATH = {"beta": "turn_detection", "ga": "audio.input.turn_detection"}
_VOICE_PATH = {"beta": "voice", "ga": "audio.output.voice"}
_TRANSCRIPTION_MODEL_PATH = {
    "beta": "input_audio_transcription.model",
    "ga": "audio.input.transcription.model",
}
_GA_FORMAT_PATHS = ("audio.input.format", "audio.output.format")
_SERVER_VAD_ONLY = ("threshold", "prefix_padding_ms", "silence_duration_ms", "idle_timeout_ms")
_SEMANTIC_VAD_ONLY = ("eagerness",)
# What a transcription session refuses (the realtime-only settings), and what to do instead.
_NOT_TRANSCRIPTION = "use type 'realtime' for a session that answers"
_TRANSCRIPTION_REFUSED = frozenset(
    {
        "model",
        "instructions",
        "audio.output",
        "tools",
        "tool_choice",
        "tracing",
        "output_modalities",
        "truncation",
        "prompt",
        "max_output_tokens",
        "reasoning",
        "parallel_tool_calls",
    }
)
_TRANSCRIPTION_HINTS = {
    "model": "The transcription model goes in audio.input.transcription.model, e.g. "
    '{"audio": {"input": {"transcription": {"model": "gpt-4o-transcribe"}}}}; or '
    f"{_NOT_TRANSCRIPTION}.",
    "audio.output": "Transcription sessions never speak: remove audio.output, or "
    f"{_NOT_TRANSCRIPTION}.",
}


def explain(problems: list[Problem], config: Mapping[str, Any], vocabulary: str) -> list[Problem]:
    """Replace generic schema messages with specific ones for the mistakes people really make."""
    chat_style = _chat_style_tool_choice(config)
    explained: list[Problem] = []
    if vocabulary == "ga" and "type" not in config:
        problems = [_explain_missing_type(p, config) if p.path == "type" else p for p in problems]
    if vocabulary == "ga" and config.get("type") == "transcription":
        problems = [_explain_transcription_key(p) for p in problems]
    for problem in problems:
        path = problem.path
        if chat_style is not None and (path == "tool_choice" or path.startswith("tool_choice.")):
            if chat_style not in explained:
                explained.append(chat_style)
            continue
        if path.startswith("tools[") and path.endswith("]") and isinstance(problem.value, str):
            explained.append(_explain_bare_tool_name(problem))
            continue
        explanation = _EXPLANATIONS.get(problem.rule)
        better = problem if explanation is None else explanation(problem, problems, vocabulary)
        if better is not None:
            explained.append(better)
    return explained


def _explain_transcription_key(problem: Problem) -> Problem:
    """A realtime-only setting in a transcription session: say so, and where it goes instead."""
    if problem.rule != "unknown_key" or problem.path not in _TRANSCRIPTION_REFUSED:
        return problem
    hint = _TRANSCRIPTION_HINTS.get(problem.path, f"Remove it, or {_NOT_TRANSCRIPTION}.")
    return Problem(
        problem.path,
        "transcription_session",
        f"{problem.path} is not a setting of transcription sessions (type 'transcription'), "
        "which only transcribe the input audio.",
        hint,
        problem.value,
    )


def _explain_bare_tool_name(problem: Problem) -> Problem:
    name = problem.value
    example = {
        "type": "function",
        "name": name,
        "description": "...",
        "parameters": {"type": "object", "properties": {}},
    }
    return Problem(
        problem.path,
        "tool_definition",
        f"{name!r} is a bare tool name; a tool must be a full definition.",
        "Write " + json.dumps(example) + ".",
        name,
    )


def _explain_unknown_key(problem: Problem, _: list[Problem], vocabulary: Vocabulary) -> Problem:
    turn_path = TURN_DETECTION_PATH[vocabulary]
    if not problem.path.startswith(turn_path + "."):
        return problem
    return _explain_turn_detection_key(problem, turn_path)


def _explain_refused_voice(problem: Problem, _: list[Problem], vocabulary: Vocabulary) -> Problem:
    if problem.path != _VOICE_PATH[vocabulary]:
        return problem
    return Problem(
        problem.path,
        "voice",
        f"the Realtime API refuses the voice {problem.value!r} (it exists for text-to-speech only).",
        _known_voices_hint(),
        problem.value,
    )


def _explain_modalities(problem: Problem, problems: list[Problem], _: Vocabulary) -> Problem | None:
    """None when another problem says more (then "text is missing" would only be noise)."""
    if problem.path != "modalities":
        return problem
    if any(_says_more_about_modalities(other) for other in problems):
        return None
    return Problem(
        problem.path,
        "modalities_combination",
        f"{list(problem.value)} is not a combination the API accepts.",
        'Use ["text"] for text only or ["audio", "text"] for speech (audio always comes with its transcript).',
        list(problem.value),
    )


def _explain_output_modalities(problem: Problem, _: list[Problem], __: Vocabulary) -> Problem:
    if problem.path != "output_modalities":
        return problem
    return Problem(
        problem.path,
        "output_modalities_combination",
        f"{problem.value} is not a combination GA sessions accept.",
        'Use ["audio"] for speech (it comes with its transcript) or ["text"] for text only.',
        problem.value,
    )


def _explain_known_values(problem: Problem, _: list[Problem], vocabulary: Vocabulary) -> Problem:
    return _explain_model_name(problem, vocabulary) if problem.path == "model" else problem


def _explain_type(problem: Problem, _: list[Problem], __: Vocabulary) -> Problem:
    if problem.path in _GA_FORMAT_PATHS and isinstance(problem.value, str):
        return _explain_format_name(problem)
    return problem


_Explanation = Callable[[Problem, list[Problem], Vocabulary], "Problem | None"]
# The explanations, keyed by the rule the checker reports; each leaves other paths alone.
_EXPLANATIONS: dict[str, _Explanation] = {
    "unknown_key": _explain_unknown_key,
    "not": _explain_refused_voice,
    "contains": _explain_modalities,
    "maxItems": _explain_output_modalities,
    "known_values": _explain_known_values,
    "type": _explain_type,
}


def _says_more_about_modalities(problem: Problem) -> bool:
    """An empty list or an unknown item: then "text is missing" would only be noise."""
    return problem.path.startswith("modalities[") or (
        problem.path == "modalities" and problem.rule == "minItems"
    )


def _explain_missing_type(problem: Problem, config: Mapping[str, Any]) -> Problem:
    """A GA config without `type`: say what made it GA, and the way back to beta."""
    ga_keys = sorted(GA_ONLY_KEYS.intersection(config))
    beta = ga_to_beta({"type": "realtime", **{key: config[key] for key in ga_keys}})
    beta_keys = [key for key in beta.body if key not in ga_keys]
    hint = 'Add "type": "realtime"'
    if beta_keys and beta.ok:
        hint += (
            f", or write {', '.join(beta_keys)} instead for {ENDPOINT_OF_VOCABULARY['beta'].label}"
        )
    return Problem(
        problem.path,
        problem.rule,
        f"'type' is required: with {', '.join(ga_keys)} this is a GA config (the session of "
        f"{ENDPOINT_OF_VOCABULARY['ga'].label}), and GA configs need it.",
        hint + ".",
    )


def _explain_model_name(problem: Problem, vocabulary: Vocabulary) -> Problem:
    """A transcription model given as the session model gets pointed to its place."""
    transcription = _contract.schema("InputAudioTranscription")["properties"]["model"]
    if problem.value not in transcription["x-known-values"]:
        return problem
    return Problem(
        problem.path,
        "transcription_model",
        f"{problem.value!r} is a transcription model, not a Realtime model.",
        f"Move it to {_TRANSCRIPTION_MODEL_PATH[vocabulary]}, and set model to a Realtime "
        f"model such as {realtime_model()!r}.",
        problem.value,
        "warning",
    )


def _explain_format_name(problem: Problem) -> Problem:
    """A beta format name in a GA config: show the GA object that says the same."""
    translated = beta_to_ga({"input_audio_format": problem.value})
    if not translated.ok:
        return problem
    written = json.dumps(translated.body["audio"]["input"]["format"])
    return Problem(problem.path, problem.rule, problem.message, f"Write {written}.", problem.value)


def _explain_turn_detection_key(problem: Problem, turn_path: str) -> Problem:
    key = problem.path[len(turn_path) + 1 :]
    if key in _SERVER_VAD_ONLY:
        owner, other = "server_vad", "semantic_vad"
    elif key in _SEMANTIC_VAD_ONLY:
        owner, other = "semantic_vad", "server_vad"
    else:
        return problem
    return Problem(
        problem.path,
        "turn_detection_field",
        f"{key!r} is only used with {owner} turn detection, not {other}.",
        f"Remove {key!r}, or set {turn_path}.type to {owner!r}.",
        problem.value,
    )


def realtime_model() -> str:
    """The model to suggest: the first the contract knows."""
    return _contract.schema("RealtimeModel")["x-known-values"][0]


def _known_voices_hint() -> str:
    known = _contract.schema("Voice")["x-known-values"]
    return "Use one of " + ", ".join(known) + "."


def _chat_style_tool_choice(config: Mapping[str, Any]) -> Problem | None:
    """The Chat Completions form {"type": "function", "function": {"name": ...}} gets its own fix."""
    choice = config.get("tool_choice")
    if not is_mapping(choice) or not is_mapping(choice.get("function")):
        return None
    name = choice["function"].get("name", "NAME")
    return Problem(
        "tool_choice",
        "tool_choice_form",
        "this is the Chat Completions form of tool_choice; the Realtime API names the function directly.",
        f'Write {{"type": "function", "name": {json.dumps(name)}}}.',
        choice,
    )
