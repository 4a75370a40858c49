"""The session config of `create` and `config`: a file plus flags, the flags winning.

Flags are written into the vocabulary the file uses (beta when there is no file), so that every
path the library reports points into the user's own config. Values are placed as given: judging
them is the library's job.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import click
from realtime_sessions import (
    DEFAULT_ENDPOINT,
    ENDPOINTS,
    FIELDS,
    Vocabulary,
    beta_to_ga,
    ga_to_beta,
    is_envelope,
    vocabulary_of,
)

from ._common import (
    flags_need,
)
from ._files import (
    STDIN,
    FileProblem,
    display_name,
    load_config,
    load_document,
    read_text,
)

F = TypeVar("F", bound=Callable[..., Any])
Path = tuple[str, ...]

# Where each flag's value goes, in the beta and in the GA vocabulary (None: nowhere): the
# library's field table, by the option that sets the field.
_PLACES: dict[str, tuple[Path, Path | None]] = {
    field.cli_option: ((field.beta_key,), field.ga_path) for field in FIELDS
}
# Turn detection fields set by flags: parameter name -> (config key, flag).
_VAD_FIELDS = {
    "vad_threshold": ("threshold", "--vad-threshold"),
    "prefix_padding_ms": ("prefix_padding_ms", "--prefix-padding-ms"),
    "silence_duration_ms": ("silence_duration_ms", "--silence-duration-ms"),
    "idle_timeout_ms": ("idle_timeout_ms", "--idle-timeout-ms"),
    "eagerness": ("eagerness", "--eagerness"),
    "create_response": ("create_response", "--[no-]create-response"),
    "interrupt_response": ("interrupt_response", "--[no-]interrupt-response"),
}
_TRANSCRIPTION_FIELDS = {
    "transcription_model": "model",
    "transcription_language": "language",
    "transcription_prompt": "prompt",
    "transcription_keyword": "keywords",
    "transcription_delay": "delay",
}
# Settings only GA sessions have: flag parameter -> place in the session. Without a file they
# make the config a GA one (`type` from --session-type, else realtime).
_GA_ONLY_PLACES: dict[str, Path] = {
    "session_type": ("type",),
    "reasoning_effort": ("reasoning", "effort"),
    "parallel_tool_calls": ("parallel_tool_calls",),
}
_TOOL_CHOICE_MODES = ("auto", "none", "required")


class TokenLimit(click.ParamType):
    """A whole number or `inf`; the range is the library's to check."""

    name = "INTEGER|inf"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, int) or value == "inf":
            return value
        try:
            return int(value)
        except ValueError:
            self.fail(f"{value!r} is neither a whole number nor 'inf'.", param, ctx)


class FiniteFloat(click.ParamType):
    """A decimal number; nan and inf are refused, since no JSON body can carry them."""

    name = "FLOAT"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = click.FLOAT.convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number.", param, ctx)
        return number


_OPTIONS = [
    click.option(
        "--config",
        "config_file",
        metavar="FILE",
        type=click.Path(dir_okay=False, allow_dash=True),
        help="Session config, JSON or YAML, in the beta (flat) or GA (nested, "
        '"type": "realtime") vocabulary; - reads stdin. Flags override it.',
    ),
    click.option(
        "--endpoint",
        type=click.Choice(ENDPOINTS),
        default=DEFAULT_ENDPOINT,
        show_default=True,
        help="client-secrets is the GA POST /realtime/client_secrets (realtime and "
        "transcription sessions); sessions is the beta POST /realtime/sessions (retired on "
        "api.openai.com, still spoken by proxies); translations is POST "
        "/realtime/translations/client_secrets; transcription-sessions is the beta POST "
        "/realtime/transcription_sessions. Configs are translated where the endpoint can say "
        "what they say.",
    ),
    click.option(
        "--session-type",
        type=click.Choice(["realtime", "transcription"]),
        help="GA session type: transcription for a transcription-only session (input audio "
        "settings only).",
    ),
    click.option(
        "--expires-after",
        type=int,
        metavar="SECONDS",
        help="Lifetime of the client secret, 10 to 7200 seconds [server default: 600 on "
        "client-secrets, 60 on sessions].",
    ),
    click.option("--model", help="Realtime model, e.g. gpt-realtime or gpt-realtime-mini."),
    click.option("--voice", help="Voice of audio answers, e.g. marin, cedar, alloy."),
    click.option("--instructions", help="System instructions for the session."),
    click.option(
        "--instructions-file",
        metavar="FILE",
        type=click.Path(dir_okay=False, allow_dash=True),
        help="Read the instructions from a text file (- for stdin); a final newline is dropped.",
    ),
    click.option(
        "--modalities",
        metavar="LIST",
        help="Comma-separated answer modalities: text, or audio,text (GA: audio or text).",
    ),
    click.option(
        "--temperature", type=FiniteFloat(), help="Sampling temperature (beta only), 0.6 to 1.2."
    ),
    click.option("--speed", type=FiniteFloat(), help="Speaking speed, 0.25 to 1.5."),
    click.option(
        "--max-output-tokens",
        type=TokenLimit(),
        help="Output tokens per response, 1 to 4096, or inf.",
    ),
    click.option(
        "--input-audio-format",
        metavar="FORMAT",
        help="pcm16, g711_ulaw or g711_alaw (or the GA names audio/pcm, audio/pcmu, audio/pcma).",
    ),
    click.option("--output-audio-format", metavar="FORMAT", help="As --input-audio-format."),
    click.option(
        "--turn-detection",
        type=click.Choice(["server_vad", "semantic_vad", "none"]),
        help="How the end of the user's turn is detected; none turns it off. The VAD flags "
        "below without it refine the file's turn detection (or a new one: semantic_vad with "
        "--eagerness, server_vad otherwise).",
    ),
    click.option(
        "--vad-threshold", type=FiniteFloat(), help="server_vad activation threshold, 0 to 1."
    ),
    click.option("--prefix-padding-ms", type=int, help="server_vad audio kept before speech, ms."),
    click.option(
        "--silence-duration-ms", type=int, help="server_vad silence that ends a turn, ms."
    ),
    click.option(
        "--idle-timeout-ms",
        type=int,
        help="server_vad: respond after this idle time, 5000-30000 ms.",
    ),
    click.option("--eagerness", help="semantic_vad: low, medium, high or auto."),
    click.option(
        "--create-response/--no-create-response",
        default=None,
        help="Start a response when the turn ends [server default: yes].",
    ),
    click.option(
        "--interrupt-response/--no-interrupt-response",
        default=None,
        help="Interrupt a response when the user speaks [server default: yes].",
    ),
    click.option(
        "--noise-reduction",
        type=click.Choice(["near_field", "far_field", "none"]),
        help="Input noise reduction: near_field for headsets, far_field for rooms.",
    ),
    click.option("--transcription-model", help="Transcribe the user, e.g. gpt-4o-transcribe."),
    click.option(
        "--transcription-language",
        multiple=True,
        help="Spoken language, ISO-639-1 (en, de); repeat it for several possible languages "
        "(languages: gpt-transcribe, gpt-live-transcribe).",
    ),
    click.option(
        "--transcription-keyword",
        multiple=True,
        help="A word or phrase that guides the transcriber; repeatable (gpt-transcribe, "
        "gpt-live-transcribe).",
    ),
    click.option(
        "--transcription-delay",
        help="minimal, low, medium, high or xhigh: how long the transcriber waits "
        "(gpt-realtime-whisper).",
    ),
    click.option("--transcription-prompt", help="Guidance for the transcriber."),
    click.option(
        "--reasoning-effort",
        help="minimal, low, medium, high or xhigh (GA, reasoning models such as gpt-realtime-2).",
    ),
    click.option(
        "--parallel-tool-calls/--no-parallel-tool-calls",
        default=None,
        help="Let the model call several tools at once (GA, reasoning models).",
    ),
    click.option(
        "--tool",
        "tools",
        metavar="FILE",
        multiple=True,
        type=click.Path(dir_okay=False, allow_dash=True),
        help="JSON/YAML file with one full tool definition (function or MCP server) or a list "
        "of them; repeatable. Replaces the file's tools.",
    ),
    click.option(
        "--tool-choice",
        metavar="CHOICE",
        help="auto, none, required, the name of a function the model must call, or "
        "mcp:SERVER_LABEL[:TOOL] for a tool of that MCP server.",
    ),
    click.option("--tracing", is_flag=True, default=None, help='Trace to OpenAI ("auto").'),
]


def session_options(command: F) -> F:
    """Add --config, --endpoint, --expires-after and every session flag to a command."""
    for option in reversed(_OPTIONS):
        command = option(command)
    return command


def build_config(config_file: str | None, flags: Mapping[str, Any]) -> dict[str, Any]:
    """The file's config (or an empty beta one) with the given flags written into it.

    `flags` holds the session option values by parameter name; None and () mean unset.
    """
    _one_stdin(config_file, flags)
    config = copy.deepcopy(load_config(config_file)) if config_file else {}
    ga_only = {name: flags[name] for name in _GA_ONLY_PLACES if flags.get(name) is not None}
    if ga_only and not config_file:
        config = {"type": ga_only.get("session_type", "realtime")}
    vocabulary: Vocabulary = vocabulary_of(config)
    # The flags set the session, also when the file is a whole GA request around it.
    session = config["session"] if is_envelope(config) else config
    if not isinstance(session, dict):
        return config  # no session to set: validation reports what the file holds instead
    for name, value in _flag_values(flags, vocabulary).items():
        path = _place(name, vocabulary, config_file)
        existing = _get(session, path)
        if name == "transcription" and isinstance(existing, Mapping):
            value = {**existing, **value}
        _put(session, path, _merge_typed(existing, value))
    if any(flags.get(name) is not None for name in ("turn_detection", *_VAD_FIELDS)):
        path = _place("turn_detection", vocabulary, config_file)
        _put(session, path, _turn_detection(_get(session, path), flags))
    for name, value in ga_only.items():
        if vocabulary != "ga":
            raise click.UsageError(
                f"--{name.replace('_', '-')} has no place in the beta (flat) config of "
                f"{display_name(config_file or '')}: only GA sessions have it. Drop the flag, "
                'or write the file in the GA vocabulary ("type": "realtime").'
            )
        _put(session, _GA_ONLY_PLACES[name], value)
    return config


def _place(name: str, vocabulary: Vocabulary, config_file: str | None) -> Path:
    path = _PLACES[name][vocabulary == "ga"]
    if path is None:
        raise click.UsageError(
            f"--{name.replace('_', '-')} has no place in the GA (nested) config of "
            f"{display_name(config_file or '')}: GA sessions have no such setting. "
            "Drop the flag, or write the file in the beta vocabulary."
        )
    return path


def _one_stdin(config_file: str | None, flags: Mapping[str, Any]) -> None:
    readers = [config_file, flags.get("instructions_file"), *flags.get("tools", ())]
    if readers.count(STDIN) > 1:
        raise click.UsageError(
            "only one of --config, --instructions-file and --tool can read stdin (-)."
        )


def _flag_values(flags: Mapping[str, Any], vocabulary: Vocabulary) -> dict[str, Any]:
    """The set flags, by `_PLACES` name, as values of `vocabulary` (turn detection aside:
    its flags combine with the file's value)."""
    given = {name: value for name, value in flags.items() if value is not None and value != ()}
    if "instructions" in given and "instructions_file" in given:
        raise click.UsageError("give --instructions or --instructions-file, not both.")
    values: dict[str, Any] = {}
    for name in ("model", "voice", "instructions", "temperature", "speed", "max_output_tokens"):
        if name in given:
            values[name] = given[name]
    languages = given.pop("transcription_language", ())
    if len(languages) == 1:
        given["transcription_language"] = languages[0]
    elif languages:
        given["transcription_languages"] = list(languages)
    if "transcription_keyword" in given:
        given["transcription_keyword"] = list(given["transcription_keyword"])
    fields = {**_TRANSCRIPTION_FIELDS, "transcription_languages": "languages"}
    transcription = {key: given[name] for name, key in fields.items() if name in given}
    if transcription:
        given["transcription"] = transcription
    for name, convert in _CONVERTERS.items():  # in the order the config shows them
        if name in given:
            place, converted = convert(given[name], vocabulary)
            values[place] = converted
    return values


def _instructions_file(path: str, _: Vocabulary) -> tuple[str, Any]:
    return "instructions", read_text(path).removesuffix("\n")


def _modalities(text: str, _: Vocabulary) -> tuple[str, Any]:
    return "modalities", [part.strip() for part in text.split(",") if part.strip()]


def _input_audio_format(name: str, vocabulary: Vocabulary) -> tuple[str, Any]:
    return "input_audio_format", _audio_format(name, vocabulary)


def _output_audio_format(name: str, vocabulary: Vocabulary) -> tuple[str, Any]:
    return "output_audio_format", _audio_format(name, vocabulary)


def _noise_reduction(kind: str, _: Vocabulary) -> tuple[str, Any]:
    return "noise_reduction", None if kind == "none" else {"type": kind}


def _transcription(fields: dict[str, Any], _: Vocabulary) -> tuple[str, Any]:
    return "transcription", fields


def _tools(paths: tuple[str, ...], _: Vocabulary) -> tuple[str, Any]:
    return "tools", [tool for path in paths for tool in _load_tools(path)]


def _tool_choice(choice: str, _: Vocabulary) -> tuple[str, Any]:
    if choice in _TOOL_CHOICE_MODES:
        return "tool_choice", choice
    kind, _, rest = choice.partition(":")
    if kind == "mcp" and rest:
        label, _, name = rest.partition(":")
        forced = {"type": "mcp", "server_label": label}
        return "tool_choice", {**forced, "name": name} if name else forced
    return "tool_choice", {"type": "function", "name": choice}


def _tracing(_: Any, __: Vocabulary) -> tuple[str, Any]:
    return "tracing", "auto"


# Flags whose value is rewritten before it is placed: parameter -> (place, value).
_CONVERTERS: dict[str, Callable[[Any, Vocabulary], tuple[str, Any]]] = {
    "instructions_file": _instructions_file,
    "modalities": _modalities,
    "input_audio_format": _input_audio_format,
    "output_audio_format": _output_audio_format,
    "noise_reduction": _noise_reduction,
    "transcription": _transcription,
    "tools": _tools,
    "tool_choice": _tool_choice,
    "tracing": _tracing,
}


def _audio_format(name: str, vocabulary: Vocabulary) -> Any:
    """A format flag in the vocabulary's form; both spellings work, unknown names pass on."""
    if vocabulary == "ga":
        translated = beta_to_ga({"input_audio_format": name})
        return translated.body["audio"]["input"]["format"] if translated.ok else {"type": name}
    translated = ga_to_beta({"type": "realtime", "audio": {"input": {"format": {"type": name}}}})
    return translated.body["input_audio_format"] if translated.ok else name


def _turn_detection(existing: Any, flags: Mapping[str, Any]) -> Any:
    """--turn-detection and the VAD flags applied to the file's turn detection.

    The same type keeps the file's fields; another type starts afresh, since each type takes
    only its own fields. Mixing types' fields is passed on for the library to explain.
    """
    fields = {
        key: flags[name] for name, (key, _) in _VAD_FIELDS.items() if flags.get(name) is not None
    }
    kind = flags.get("turn_detection")
    if kind == "none":
        if fields:
            given = [flag for name, (_, flag) in _VAD_FIELDS.items() if flags.get(name) is not None]
            raise flags_need(given, "turn detection; drop --turn-detection none.")
        return None
    if kind is None:
        if isinstance(existing, Mapping):
            return {**existing, **fields}
        kind = "semantic_vad" if "eagerness" in fields else "server_vad"
    return _merge_typed(existing, {"type": kind, **fields})


def _merge_typed(existing: Any, new: Any) -> Any:
    """An object flag value over the file's object of the same `type` (keeping, say, a GA
    format's rate); anything else is replaced by the flag's value."""
    if (
        isinstance(new, Mapping)
        and isinstance(existing, Mapping)
        and existing.get("type") == new.get("type")
    ):
        return {**existing, **new}
    return new


def _load_tools(path: str) -> list[Any]:
    document = load_document(path)
    if isinstance(document, Mapping):
        return [document]
    if isinstance(document, list):
        return document
    raise FileProblem(
        display_name(path),
        'a tool file must hold a tool definition ({"type": "function", "name": ...} or '
        '{"type": "mcp", "server_label": ...}) or a list of them',
    )


def _get(config: Mapping[str, Any], path: Path) -> Any:
    value: Any = config
    for part in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _put(config: dict[str, Any], path: Path, value: Any) -> None:
    """Set a nested key; a flag below a value that is not an object replaces that value."""
    target = config
    for part in path[:-1]:
        inner = target.get(part)
        if not isinstance(inner, dict):
            inner = dict(inner) if isinstance(inner, Mapping) else {}
            target[part] = inner
        target = inner
    target[path[-1]] = value
