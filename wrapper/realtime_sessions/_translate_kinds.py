"""Translate a GA session to the endpoints with a session shape of their own, and back.

`POST /realtime/translations/client_secrets` takes a translation session (`model`, the input's
transcription and noise reduction, the output's language); `POST /realtime/transcription_sessions`
(beta) takes a flat transcription session with its lifetime in `client_secret.expires_at`. A GA
config is carried over as far as the target can say it; every other setting becomes an error at
its path in the user's config, never dropped. Standard library only, like `_translate`.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ._endpoints import ENDPOINT_SPECS, Path
from ._report import Problem, format_path
from ._translate import TranslationResult, beta_format_name, ga_format_of_beta

_TO_TRANSLATION = ENDPOINT_SPECS["translations"].label
_TO_TRANSCRIPTION = ENDPOINT_SPECS["transcription-sessions"].label
_TO_GA = ENDPOINT_SPECS["client-secrets"].label
# GA transcription session input settings -> their flat transcription-session keys.
_FLAT_KEY_OF_INPUT = {
    "format": "input_audio_format",
    "transcription": "input_audio_transcription",
    "noise_reduction": "input_audio_noise_reduction",
    "turn_detection": "turn_detection",
}
_INPUT_OF_FLAT_KEY = {flat: key for key, flat in _FLAT_KEY_OF_INPUT.items()}


def ga_to_translation(session: Mapping[str, Any], expires_after: Any = None) -> TranslationResult:
    """The translation session that says what a GA realtime session says (`target` is "ga":
    the request wraps it in `session`, with `expires_after` next to it)."""
    problems: list[Problem] = []
    body: dict[str, Any] = {}
    for key, value in session.items():
        if key == "type":
            if value != "realtime":
                problems.append(_wrong_kind(value, "realtime", _TO_TRANSLATION))
        elif key == "model":
            body["model"] = copy.deepcopy(value)
        elif key == "audio" and isinstance(value, Mapping):
            problems += _audio_to_translation(value, body)
        else:
            problems.append(_no_place((key,), value, _TO_TRANSLATION))
    return TranslationResult("ga", body, copy.deepcopy(expires_after), tuple(problems))


def _audio_to_translation(audio: Mapping[str, Any], body: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for direction, settings in audio.items():
        if direction != "input" or not isinstance(settings, Mapping):
            problems.append(_no_place(("audio", direction), settings, _TO_TRANSLATION))
            continue
        for name, value in settings.items():
            path = ("audio", "input", name)
            if name == "noise_reduction":
                _put(body, path, copy.deepcopy(value))
            elif name == "transcription" and (value is None or isinstance(value, Mapping)):
                extra = [key for key in (value or {}) if key != "model"]
                problems += [_no_place((*path, key), value[key], _TO_TRANSLATION) for key in extra]
                _put(body, path, None if value is None else {"model": value.get("model")})
            else:
                problems.append(_no_place(path, value, _TO_TRANSLATION))
    return problems


def ga_to_transcription_session(
    session: Mapping[str, Any], expires_after: Any = None
) -> TranslationResult:
    """The flat body of the beta transcription endpoint for a GA transcription session; a GA
    `expires_after` becomes `client_secret.expires_at`."""
    problems: list[Problem] = []
    body: dict[str, Any] = {}
    for key, value in session.items():
        if key == "type":
            if value != "transcription":
                problems.append(_wrong_kind(value, "transcription", _TO_TRANSCRIPTION))
        elif key == "include":
            body["include"] = copy.deepcopy(value)
        elif key == "audio" and isinstance(value, Mapping):
            problems += _audio_to_flat(value, body)
        else:
            problems.append(_no_place((key,), value, _TO_TRANSCRIPTION))
    if expires_after is not None:
        body["client_secret"] = {"expires_at": copy.deepcopy(expires_after)}
    return TranslationResult("beta", body, problems=tuple(problems))


def _audio_to_flat(audio: Mapping[str, Any], body: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for direction, settings in audio.items():
        if direction != "input" or not isinstance(settings, Mapping):
            problems.append(_no_place(("audio", direction), settings, _TO_TRANSCRIPTION))
            continue
        for name, value in settings.items():
            path = ("audio", "input", name)
            if name == "format":
                flat, found = beta_format_name(path, value)
                problems += found
                if not found:
                    body["input_audio_format"] = flat
            elif name in _FLAT_KEY_OF_INPUT:
                body[_FLAT_KEY_OF_INPUT[name]] = copy.deepcopy(value)
            else:
                problems.append(_no_place(path, value, _TO_TRANSCRIPTION))
    return problems


def transcription_session_to_ga(body: Mapping[str, Any]) -> TranslationResult:
    """The GA transcription session (and `expires_after`) of a flat transcription-session body."""
    problems: list[Problem] = []
    session: dict[str, Any] = {"type": "transcription"}
    expires_after = None
    for key, value in body.items():
        if key == "include":
            session["include"] = copy.deepcopy(value)
        elif key == "client_secret" and isinstance(value, Mapping):
            expires_after = copy.deepcopy(value.get("expires_at"))
        elif key == "input_audio_format" and isinstance(value, str):
            _put(session, ("audio", "input", "format"), ga_format_of_beta(value))
        elif key in _INPUT_OF_FLAT_KEY and key != "input_audio_format":
            _put(session, ("audio", "input", _INPUT_OF_FLAT_KEY[key]), copy.deepcopy(value))
        else:
            problems.append(_no_place((key,), value, _TO_GA))
    return TranslationResult("ga", session, expires_after, tuple(problems))


def _wrong_kind(value: Any, wanted: str, target: str) -> Problem:
    return Problem(
        "type",
        "invalid_value",
        f"a {value!r} session is not supported by {target} (it takes {wanted} sessions only).",
        f'Use type "{wanted}", or the endpoint that takes {value!r} sessions.',
        value,
    )


def _no_place(path: Path, value: Any, target: str) -> Problem:
    return Problem(
        format_path(path),
        "no_equivalent",
        f"not supported by {target} (its sessions have no place for it).",
        "Remove it, or use the client-secrets endpoint (endpoint 'client-secrets').",
        value,
    )


def _put(target: dict[str, Any], path: Path, value: Any) -> None:
    for part in path[:-1]:
        target = target.setdefault(part, {})
    target[path[-1]] = value
