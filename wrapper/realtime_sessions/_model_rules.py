"""Settings the contract allows but only some models take: warnings (or the one error the
documentation states as a must), judged from the model names the config gives.

Sources: the GA reference's prose (facts note, sections 1 and 2): `reasoning` and
`parallel_tool_calls` for reasoning models; `languages` and `keywords` for gpt-transcribe and
gpt-live-transcribe; `delay` for gpt-realtime-whisper, which takes no `prompt` in GA sessions and
needs `turn_detection: null` in transcription sessions. Unknown models are never judged.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import _contract
from ._endpoints import Vocabulary
from ._report import Problem
from ._schema_check import is_mapping

# The known models that reason; the other known ones are known not to.
REASONING_MODELS = frozenset({"gpt-realtime-2", "gpt-realtime-2.1", "gpt-realtime-2.1-mini"})
_REASONING_ONLY = ("reasoning", "parallel_tool_calls")
_KEYWORD_MODELS = ("gpt-transcribe", "gpt-live-transcribe")
_WHISPER_REALTIME = "gpt-realtime-whisper"


def model_rule_problems(config: Mapping[str, Any], vocabulary: Vocabulary) -> list[Problem]:
    """Every model rule the config breaks, at its path."""
    return _reasoning_warnings(config) + _transcription_problems(config, vocabulary)


def _reasoning_warnings(config: Mapping[str, Any]) -> list[Problem]:
    """`reasoning` and `parallel_tool_calls` with a model known not to reason."""
    if "reasoning" not in config and "parallel_tool_calls" not in config:
        return []  # the usual case, decided without looking at the model
    model = config.get("model")
    known = _contract.schema("RealtimeModel")["x-known-values"]
    if not isinstance(model, str) or model not in known or model in REASONING_MODELS:
        return []
    return [
        Problem(
            key,
            "model_support",
            f"{key} is taken by reasoning models only (such as gpt-realtime-2), and {model} "
            "is not one.",
            f"Use a reasoning model such as {min(REASONING_MODELS)!r}, or remove {key}.",
            config[key],
            "warning",
        )
        for key in _REASONING_ONLY
        if key in config
    ]


def _input(config: Mapping[str, Any]) -> Any:
    audio = config.get("audio")
    return audio.get("input") if is_mapping(audio) else None


def _transcription_problems(config: Mapping[str, Any], vocabulary: Vocabulary) -> list[Problem]:
    if vocabulary == "beta":
        path, transcription = "input_audio_transcription", config.get("input_audio_transcription")
    else:
        path = "audio.input.transcription"
        audio_input = _input(config)
        transcription = audio_input.get("transcription") if is_mapping(audio_input) else None
    if not is_mapping(transcription) or not isinstance(transcription.get("model"), str):
        return []
    model = transcription["model"]
    problems = [
        _model_warning(f"{path}.{key}", transcription[key], model, _KEYWORD_MODELS)
        for key in ("languages", "keywords")
        if key in transcription and model not in _KEYWORD_MODELS
    ]
    if "delay" in transcription and model != _WHISPER_REALTIME:
        problems.append(
            _model_warning(f"{path}.delay", transcription["delay"], model, (_WHISPER_REALTIME,))
        )
    if "prompt" in transcription and model == _WHISPER_REALTIME and vocabulary == "ga":
        problems.append(
            Problem(
                f"{path}.prompt",
                "model_support",
                f"{_WHISPER_REALTIME} takes no prompt in GA sessions.",
                f"Remove prompt, or use another transcription model such as {_KEYWORD_MODELS[0]!r}.",
                transcription["prompt"],
                "warning",
            )
        )
    if model == _WHISPER_REALTIME and config.get("type") == "transcription":
        problems += _whisper_turn_detection(_input(config))
    return problems


def _model_warning(path: str, value: Any, model: str, takers: tuple[str, ...]) -> Problem:
    key = path.rsplit(".", 1)[-1]
    return Problem(
        path,
        "model_support",
        f"{key} is only taken by {' and '.join(takers)}, not {model}.",
        f"Use {takers[0]!r} as the transcription model, or remove {key}.",
        value,
        "warning",
    )


def _whisper_turn_detection(audio_input: Mapping[str, Any]) -> list[Problem]:
    """gpt-realtime-whisper transcription sessions need `turn_detection: null`."""
    explicit = "turn_detection" in audio_input
    turn = audio_input.get("turn_detection")
    if explicit and turn is None:
        return []
    why = (
        ", and it is set."
        if explicit
        else "; the server default server_vad applies unless it is null."
    )
    return [
        Problem(
            "audio.input.turn_detection",
            "whisper_turn_detection",
            f"{_WHISPER_REALTIME} transcription sessions take no turn detection{why}",
            "Set audio.input.turn_detection to null.",
            turn if explicit else None,
            "error" if explicit else "warning",
        )
    ]
