"""Validate a session config before anything is sent: every problem at once, with path and fix.

The schema-level rules come from the packaged contract (openapi.yaml) through `_schema_check`;
this module adds what a schema cannot say readably (combinations, cross-references between
fields, friendlier messages for the usual mistakes) and builds the exact request body.
"""

from __future__ import annotations

import functools
import json
import marshal
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import attrs

from . import _contract
from ._endpoints import (
    DEFAULT_ENDPOINT,
    ENDPOINT_OF_VOCABULARY,
    ENDPOINT_SPECS,
    Endpoint,
)
from ._exceptions import ConfigError
from ._report import Problem, Report, format_path
from ._schema_check import SchemaChecker, describe, is_mapping
from ._translate import (
    GA_ONLY_KEYS,
    SESSION_KEYS,
    TranslationResult,
    Vocabulary,
    beta_to_ga,
    envelope_problems,
    foreign_key_problems,
    ga_to_beta,
    is_envelope,
    misplaced_lifetime_problem,
    vocabulary_of,
    vocabulary_problems,
)

VOCABULARY_OF_ENDPOINT: dict[Endpoint, Vocabulary] = {
    name: spec.vocabulary for name, spec in ENDPOINT_SPECS.items()
}
_TURN_DETECTION_PATH = {"beta": "turn_detection", "ga": "audio.input.turn_detection"}
_VOICE_PATH = {"beta": "voice", "ga": "audio.output.voice"}
_TRANSCRIPTION_MODEL_PATH = {
    "beta": "input_audio_transcription.model",
    "ga": "audio.input.transcription.model",
}
_GA_FORMAT_PATHS = ("audio.input.format", "audio.output.format")
_SERVER_VAD_ONLY = ("threshold", "prefix_padding_ms", "silence_duration_ms", "idle_timeout_ms")
_SEMANTIC_VAD_ONLY = ("eagerness",)
# Snapshots older than semantic_vad; they answer "Unknown parameter: 'turn_detection.eagerness'".
_PRE_SEMANTIC_VAD_MODELS = frozenset(
    {
        "gpt-4o-realtime-preview-2024-10-01",
        "gpt-4o-realtime-preview-2024-12-17",
        "gpt-4o-mini-realtime-preview-2024-12-17",
    }
)
# How to write a value that matches each regex of the contract; tests check that none is missing.
_PATTERN_HINTS = {
    "^[a-z]{2}$": "Use a two-letter lowercase ISO-639-1 code such as 'en' or 'de'.",
    "^[a-zA-Z0-9_-]{1,64}$": "Use letters, digits, '_' and '-' only, at most 64 characters.",
    "^voice_": "Use the id of a custom voice, which starts with 'voice_'.",
    "^v=0\\r?\\n[\\s\\S]*\\nm=": "Send the sdp of RTCPeerConnection.createOffer() as it is.",
}
# `json.dumps(..., sort_keys=True)` without building an encoder on every call.
_CANONICAL_JSON = json.JSONEncoder(sort_keys=True)


class _SchemaError(NamedTuple):
    """Where a tool's parameters break JSON Schema, and how; `value` is JSON text, so that
    cached errors hand every report its own copy."""

    where: str
    rule: str
    message: str
    hint: str
    value: str


_Errors = tuple[_SchemaError, ...]
# Keywords whose value is one subschema, a list of them, or subschemas by name: where `$ref`s
# live. Other keywords hold data (`const`, `enum`, `default`) or annotations.
_SUBSCHEMAS = frozenset(
    {
        "items",
        "prefixItems",
        "additionalItems",
        "additionalProperties",
        "unevaluatedItems",
        "unevaluatedProperties",
        "contains",
        "propertyNames",
        "not",
        "if",
        "then",
        "else",
        "allOf",
        "anyOf",
        "oneOf",
    }
)
_SUBSCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
# The report of every valid config, shared: it is frozen and holds nothing.
_CLEAN = Report(())


@functools.cache
def _checker() -> SchemaChecker:
    return SchemaChecker(_contract.spec(), _PATTERN_HINTS)


def validate(config: Any, *, endpoint: Endpoint = DEFAULT_ENDPOINT) -> Report:
    """Every problem of `config` for `endpoint`, found offline in one pass.

    The config is judged in the vocabulary the user meant (`vocabulary_of`); each key of the
    other one is reported once, at its own path, and the rest is judged as usual. A whole GA
    request (`{"session": ..., "expires_after": ...}`) is judged as one, with paths from its top.
    """
    if not is_mapping(config):
        return Report(
            (
                Problem(
                    "",
                    "type",
                    f"a session config must be an object, got {describe(config)}.",
                    'Write an object of settings, such as {"model": "gpt-realtime"}.',
                ),
            )
        )
    if is_envelope(config):
        return _validate_request(config, endpoint)
    vocabulary = vocabulary_of(config)
    config, problems = _set_aside(config, vocabulary)
    found = _checker().check(config, ENDPOINT_OF_VOCABULARY[vocabulary].session_schema)
    if found:
        problems += _explain(found, config, vocabulary)
    problems += _cross_field_problems(config, vocabulary)
    if VOCABULARY_OF_ENDPOINT[endpoint] != vocabulary:
        flagged = {problem.path for problem in problems}
        problems += [p for p in _translate(config, vocabulary).problems if p.path not in flagged]
    return Report(tuple(problems)) if problems else _CLEAN


def _validate_request(request: Mapping[str, Any], endpoint: Endpoint) -> Report:
    """A whole GA request, checked against the contract's request schema as the API does.

    The session's problems are explained and translated like those of a bare GA session, then
    moved under `session`, so that every path still points into the user's file.
    """
    problems = list(envelope_problems(request))
    request = {key: value for key, value in request.items() if key not in SESSION_KEYS}
    session = request["session"]
    inner: list[Problem] = []
    if is_mapping(session):
        session, inner = _set_aside(session, "ga", enveloped=True)
        request["session"] = session
    in_session: list[Problem] = []
    for problem in _checker().check(request, ENDPOINT_OF_VOCABULARY["ga"].request_schema):
        path = problem.path
        # `session.type` keeps the checker's words: `_explain` words a missing type for bare
        # configs, which the envelope's `session` is not.
        if path.startswith("session.") and path != "session.type":
            in_session.append(attrs.evolve(problem, path=path.removeprefix("session.")))
        else:
            problems.append(problem)
    if is_mapping(session):
        if in_session:
            inner += _explain(in_session, session, "ga")
        inner += _cross_field_problems(session, "ga")
        if VOCABULARY_OF_ENDPOINT[endpoint] == "beta":
            flagged = {problem.path for problem in inner}
            translated = _translate(request, "ga").problems
            inner += [p for p in translated if p.path not in flagged]
    problems += [attrs.evolve(p, path=_in_session(p.path)) for p in inner]
    return Report(tuple(problems)) if problems else _CLEAN


def _set_aside(
    config: Mapping[str, Any], vocabulary: Vocabulary, *, enveloped: bool = False
) -> tuple[Mapping[str, Any], list[Problem]]:
    """`config` without the keys that belong elsewhere, and the problems that say where.

    Keys of the other vocabulary get their names in this one, and a lifetime its place. The
    session of a whole request is GA whatever it holds, so it is never a mixed vocabulary.
    """
    problems: list[Problem] = []
    key_problems = foreign_key_problems(config, vocabulary)
    if key_problems and not enveloped:
        problems += vocabulary_problems(config)
    problems += key_problems
    misplaced = [problem.path for problem in key_problems]  # each at its own top-level key
    if "expires_after" in config:
        lifetime = config["expires_after"]
        problems.append(misplaced_lifetime_problem(lifetime, vocabulary, enveloped=enveloped))
        misplaced.append("expires_after")
    if misplaced:
        config = {key: value for key, value in config.items() if key not in misplaced}
    return config, problems


def _in_session(path: str) -> str:
    """A session path as seen from the request around it."""
    return f"session.{path}" if path else "session"


def _translate(config: Mapping[str, Any], vocabulary: Vocabulary) -> TranslationResult:
    """The config in the other vocabulary; a whole GA request's lifetime goes along."""
    if vocabulary == "beta":
        return beta_to_ga(config)
    if is_envelope(config):
        return ga_to_beta(config["session"], config.get("expires_after"))
    return ga_to_beta(config)


def build_request(
    config: Any,
    *,
    endpoint: Endpoint = DEFAULT_ENDPOINT,
    expires_after_seconds: int | None = None,
) -> dict[str, Any]:
    """The exact body `endpoint` will receive, or ConfigError with every problem.

    The config may be written in either vocabulary, a GA one as a session or as the whole
    request; it is translated when the endpoint speaks the other one. `expires_after_seconds`
    sets the client secret's lifetime in whichever form the endpoint takes, overriding one
    written in the config.
    """
    report = validate(config, endpoint=endpoint)
    extra = _expiry_problems(expires_after_seconds, endpoint)
    if extra:
        report = Report(report.problems + extra)
    if not report.ok:
        raise ConfigError(report)
    vocabulary = vocabulary_of(config)
    target = VOCABULARY_OF_ENDPOINT[endpoint]
    if target != vocabulary:
        body = _translate(config, vocabulary).request
    elif target == "beta":
        body = dict(config)
    elif is_envelope(config):
        body = {**config, "session": dict(config["session"])}
    else:
        body = {"session": dict(config)}
    if expires_after_seconds is not None:
        # Where the endpoint takes it: the whole top-level key is replaced, as the user asked.
        place = ENDPOINT_SPECS[endpoint].lifetime_at
        lifetime: dict[str, Any] = {"anchor": "created_at", "seconds": expires_after_seconds}
        for key in reversed(place[1:]):
            lifetime = {key: lifetime}
        body[place[0]] = lifetime
    return body


def _expiry_problems(seconds: Any, endpoint: Endpoint) -> tuple[Problem, ...]:
    if seconds is None:
        return ()
    low, high = ENDPOINT_SPECS[endpoint].lifetime_bounds()
    if isinstance(seconds, bool) or not isinstance(seconds, int) or not low <= seconds <= high:
        return (
            Problem(
                "expires_after_seconds",
                "range",
                f"{describe(seconds)} is not a whole number of seconds from {low} to {high}.",
                f"Use {low} to {high} seconds.",
                seconds,
                argument="expires_after_seconds",
            ),
        )
    return ()


def _explain(problems: list[Problem], config: Mapping[str, Any], vocabulary: str) -> list[Problem]:
    """Replace generic schema messages with specific ones for the mistakes people really make."""
    chat_style = _chat_style_tool_choice(config)
    turn_path = _TURN_DETECTION_PATH[vocabulary]
    explained: list[Problem] = []
    if vocabulary == "ga" and "type" not in config:
        problems = [_explain_missing_type(p, config) if p.path == "type" else p for p in problems]
    for problem in problems:
        path = problem.path
        if chat_style is not None and (path == "tool_choice" or path.startswith("tool_choice.")):
            if chat_style not in explained:
                explained.append(chat_style)
            continue
        if path.startswith("tools[") and path.endswith("]") and isinstance(problem.value, str):
            name = problem.value
            problem = Problem(
                path,
                "tool_definition",
                f"{name!r} is a bare tool name; a tool must be a full definition.",
                "Write "
                + json.dumps(
                    {
                        "type": "function",
                        "name": name,
                        "description": "...",
                        "parameters": {"type": "object", "properties": {}},
                    }
                )
                + ".",
                name,
            )
        elif problem.rule == "unknown_key" and path.startswith(turn_path + "."):
            problem = _explain_turn_detection_key(problem, turn_path)
        elif problem.rule == "not" and path == _VOICE_PATH[vocabulary]:
            problem = Problem(
                path,
                "voice",
                f"the Realtime API refuses the voice {problem.value!r} (it exists for text-to-speech only).",
                _known_voices_hint(),
                problem.value,
            )
        elif problem.rule == "contains" and path == "modalities":
            if any(_says_more_about_modalities(other) for other in problems):
                continue
            problem = Problem(
                path,
                "modalities_combination",
                f"{list(problem.value)} is not a combination the API accepts.",
                'Use ["text"] for text only or ["audio", "text"] for speech (audio always comes with its transcript).',
                list(problem.value),
            )
        elif problem.rule == "maxItems" and path == "output_modalities":
            problem = Problem(
                path,
                "output_modalities_combination",
                f"{problem.value} is not a combination GA sessions accept.",
                'Use ["audio"] for speech (it comes with its transcript) or ["text"] for text only.',
                problem.value,
            )
        elif problem.rule == "known_values" and path == "model":
            problem = _explain_model_name(problem, vocabulary)
        elif problem.rule == "type" and path in _GA_FORMAT_PATHS and isinstance(problem.value, str):
            problem = _explain_format_name(problem)
        explained.append(problem)
    return explained


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
        f"model such as {_realtime_model()!r}.",
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


def _realtime_model() -> str:
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


def _cross_field_problems(config: Mapping[str, Any], vocabulary: Vocabulary) -> list[Problem]:
    problems: list[Problem] = []
    tools = config.get("tools")
    names: list[str] = []
    if isinstance(tools, (list, tuple)):
        problems += _tools_problems(tools, names)
    problems += _tool_choice_problems(config.get("tool_choice"), names, bool(tools))
    turn = config.get("turn_detection") if vocabulary == "beta" else _ga_turn_detection(config)
    if is_mapping(turn):
        problems += _turn_detection_warnings(turn, config.get("model"), vocabulary)
    return problems


def _ga_turn_detection(config: Mapping[str, Any]) -> Any:
    audio = config.get("audio")
    audio_input = audio.get("input") if is_mapping(audio) else None
    return audio_input.get("turn_detection") if is_mapping(audio_input) else None


def _turn_detection_warnings(
    turn: Mapping[str, Any], model: Any, vocabulary: Vocabulary
) -> list[Problem]:
    """Settings the contract allows that some servers refuse (facts note, sections 1 and 5)."""
    path = _TURN_DETECTION_PATH[vocabulary]
    kind = turn.get("type")
    problems: list[Problem] = []
    if kind == "server_vad" and "idle_timeout_ms" in turn:
        problems.append(
            Problem(
                f"{path}.idle_timeout_ms",
                "unreliable_field",
                "some deployments answer unknown_parameter for idle_timeout_ms; don't rely on it.",
                "Check that your deployment accepts it, and remove it if the server refuses it.",
                turn["idle_timeout_ms"],
                "warning",
            )
        )
    if kind == "semantic_vad" and isinstance(model, str) and model in _PRE_SEMANTIC_VAD_MODELS:
        key = "eagerness" if "eagerness" in turn else "type"
        refused = "rejects turn_detection.eagerness" if key == "eagerness" else "may refuse it"
        problems.append(
            Problem(
                f"{path}.{key}",
                "model_support",
                f"{model} is a snapshot older than semantic_vad and {refused}.",
                f"Use a newer model such as {_realtime_model()!r}, or server_vad turn detection.",
                turn[key],
                "warning",
            )
        )
    return problems


def _tools_problems(tools: list[Any] | tuple[Any, ...], names: list[str]) -> list[Problem]:
    """Tool names used twice and parameters that are no JSON Schema, tool by tool.

    Collects the tools' names into `names`. The parameters of all tools are judged in one go,
    which is cheaper than one at a time.
    """
    seen: set[str] = set()
    entries: list[tuple[int, Problem | None, bool]] = []
    schemas: list[Mapping[str, Any]] = []
    for index, tool in enumerate(tools):
        if not is_mapping(tool):
            continue
        name = tool.get("name")
        duplicate = None
        if isinstance(name, str):
            if name in seen:
                duplicate = Problem(
                    f"tools[{index}].name",
                    "unique_tool_names",
                    f"the tool name {name!r} is used twice.",
                    "Give every tool its own name.",
                    name,
                )
            names.append(name)
            seen.add(name)
        parameters = tool.get("parameters")
        has_parameters = is_mapping(parameters)
        if has_parameters:
            schemas.append(parameters)
        entries.append((index, duplicate, has_parameters))
    judged = iter(_metaschema_errors(schemas) if schemas else ())
    problems: list[Problem] = []
    for index, duplicate, has_parameters in entries:
        if duplicate is not None:
            problems.append(duplicate)
        if has_parameters:
            errors = next(judged)
            if errors != ():
                problems += _parameters_problems(errors, index)
    return problems


def _tool_choice_problems(choice: Any, names: list[str], has_tools: bool) -> list[Problem]:
    if choice == "required" and not has_tools:
        return [
            Problem(
                "tool_choice",
                "tool_choice_needs_tools",
                "'required' forces a tool call, but no tools are defined.",
                "Add tools, or use 'auto'.",
                choice,
            )
        ]
    if is_mapping(choice) and choice.get("type") == "function":
        name = choice.get("name")
        if isinstance(name, str) and name not in names:
            listed = ", ".join(map(repr, names)) if names else "none are defined"
            return [
                Problem(
                    "tool_choice.name",
                    "tool_choice_unknown_function",
                    f"tool_choice names the function {name!r}, which is not in tools ({listed}).",
                    f"Add a tool named {name!r} to tools, or name one of the defined tools.",
                    name,
                )
            ]
    return []


def _parameters_problems(errors: _Errors | None, index: int) -> list[Problem]:
    """The problems of a tool's parameters from their JSON Schema errors (None: not JSON)."""
    path = f"tools[{index}].parameters"
    if errors is None:
        return [Problem(path, "json_schema", "is not plain JSON data.", "Use only JSON values.")]
    return [
        Problem(path + error.where, error.rule, error.message, error.hint, json.loads(error.value))
        for error in errors
    ]


def _metaschema_errors(schemas: list[Mapping[str, Any]]) -> Sequence[_Errors | None]:
    """The metaschema errors of each tool's parameters, or None for those not plain JSON data.

    The answers depend on the parameters' content only, which the caller may change between
    calls, so they are cached by a serialization of that content: `marshal`, several times
    cheaper than canonical JSON. marshal writes dicts, lists, tuples, strings, ints, floats,
    booleans and None only for exactly those types (it refuses subclasses) and writes other
    bytes-like objects as bytes, which JSON refuses. So when the bytes decode to data JSON
    accepts, that data is an exact copy of the parameters, and equal bytes mean equal
    parameters. The rest (subclasses, bytes, sets, cycles) goes the canonical JSON way.
    """
    try:
        key = marshal.dumps(schemas)
    except ValueError:  # an object marshal refuses, or nesting too deep for it
        if len(schemas) > 1:
            return [_metaschema_errors([schema])[0] for schema in schemas]
        return [_errors_of_json(schemas[0])]
    found = _errors_of_marshalled(key)
    if None not in found:
        return found
    return [
        _errors_of_json(schema) if errors is None else errors
        for schema, errors in zip(schemas, found, strict=True)
    ]


@functools.lru_cache(maxsize=1024)
def _errors_of_marshalled(key: bytes) -> tuple[_Errors | None, ...]:
    """`_errors_of_json` of each marshalled schema (None for those not plain JSON data)."""
    return tuple(_errors_of_json(schema) for schema in marshal.loads(key))


def _errors_of_json(schema: Any) -> _Errors | None:
    try:
        canonical = _CANONICAL_JSON.encode(schema)
    except (TypeError, ValueError):
        return None
    return _json_schema_errors(canonical)


@functools.lru_cache(maxsize=1024)
def _json_schema_errors(canonical: str) -> _Errors:
    """JSON Schema errors of a tool's parameters; cached because workers reuse the same tools.

    The metaschema's first; once it passes, `$ref`s that point nowhere (to the metaschema a
    `$ref` is just a string; before it passes, `$id`s need not be strings to resolve against).
    jsonschema is imported here, not at module import, so configs without tools stay fast.
    """
    schema = json.loads(canonical)
    found = [
        _SchemaError(
            _subpath(error.absolute_path),
            "json_schema",
            error.message,
            "Fix the function's JSON Schema.",
            json.dumps(error.instance),
        )
        for error in _metaschema_validator().iter_errors(schema)
    ]
    if not found:
        found += _dangling_refs(schema)
    return tuple(found)


def _subpath(parts: Sequence[str | int]) -> str:
    """The path below `parameters`, ready to append to it."""
    where = format_path(tuple(parts))
    return "." + where if where and not where.startswith("[") else where


def _dangling_refs(schema: Mapping[str, Any]) -> list[_SchemaError]:
    """Local `$ref`s (`#...`) that resolve to nothing, at the path of each `$ref`."""
    from referencing import Registry
    from referencing.exceptions import Unresolvable
    from referencing.jsonschema import DRAFT202012

    root = DRAFT202012.create_resource(schema)
    found = []
    for parts, ref, resolver in _local_refs(schema, (), Registry().resolver_with_root(root)):
        try:
            resolver.lookup(ref)
        except Unresolvable:
            found.append(
                _SchemaError(
                    _subpath((*parts, "$ref")),
                    "json_schema_ref",
                    f"{ref!r} points to nothing in this schema.",
                    "Point it at a schema defined here, such as '#/$defs/Name', or define that.",
                    json.dumps(ref),
                )
            )
    return found


def _local_refs(
    node: Any, parts: tuple[str | int, ...], resolver: Any
) -> Iterator[tuple[tuple[str | int, ...], str, Any]]:
    """(path, ref, resolver) for every local `$ref` in a schema, with the resolver of its base.

    Only subschema positions are visited: a `$ref` inside `const` or `enum` is data.
    """
    from referencing.jsonschema import DRAFT202012

    if not isinstance(node, Mapping):
        return
    if isinstance(node.get("$id"), str) and parts:
        resolver = resolver.in_subresource(DRAFT202012.create_resource(node))
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#"):
        yield parts, ref, resolver
    for key, value in node.items():
        if key in _SUBSCHEMA_MAPS and isinstance(value, Mapping):
            for name, subschema in value.items():
                yield from _local_refs(subschema, (*parts, key, name), resolver)
        elif key in _SUBSCHEMAS and isinstance(value, list):
            for index, subschema in enumerate(value):
                yield from _local_refs(subschema, (*parts, key, index), resolver)
        elif key in _SUBSCHEMAS:
            yield from _local_refs(value, (*parts, key), resolver)


@functools.cache
def _metaschema_validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(Draft202012Validator.META_SCHEMA)
