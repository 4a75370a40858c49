"""Validate a session config before anything is sent: every problem at once, with path and fix.

The schema-level rules come from the packaged contract (openapi.yaml) through `_schema_check`;
this module adds what a schema cannot say readably (combinations, cross-references between
fields, friendlier messages for the usual mistakes) and builds the exact request body.
"""

from __future__ import annotations

import functools
import json
import marshal
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from . import _contract
from ._schema_check import SchemaChecker, describe, is_mapping
from .errors import ConfigError
from .report import Problem, Report, format_path
from .translate import Vocabulary, beta_to_ga, ga_to_beta, vocabulary_of, vocabulary_problems

Endpoint = Literal["client-secrets", "sessions"]
ENDPOINTS: tuple[Endpoint, ...] = ("client-secrets", "sessions")
DEFAULT_ENDPOINT: Endpoint = "client-secrets"

VOCABULARY_OF_ENDPOINT: dict[Endpoint, Vocabulary] = {"sessions": "beta", "client-secrets": "ga"}
_TURN_DETECTION_PATH = {"beta": "turn_detection", "ga": "audio.input.turn_detection"}
_VOICE_PATH = {"beta": "voice", "ga": "audio.output.voice"}
_SERVER_VAD_ONLY = ("threshold", "prefix_padding_ms", "silence_duration_ms", "idle_timeout_ms")
_SEMANTIC_VAD_ONLY = ("eagerness",)
_PATTERN_HINTS = {
    "^[a-z]{2}$": "Use a two-letter lowercase ISO-639-1 code such as 'en' or 'de'.",
    "^[a-zA-Z0-9_-]{1,64}$": "Use letters, digits, '_' and '-' only, at most 64 characters.",
}
_EXPIRES_AFTER_BOUNDS = (10, 7200)
_ACCEPTED_MODALITIES = (frozenset({"text"}), frozenset({"audio", "text"}))
_USUAL_MODALITIES = (["audio", "text"], ["text"], ["text", "audio"])  # accepted, seen at a glance
_MODALITIES = frozenset({"text", "audio"})
# `json.dumps(..., sort_keys=True)` without building an encoder on every call.
_CANONICAL_JSON = json.JSONEncoder(sort_keys=True)
# Where in a tool's parameters the metaschema is broken, and how.
_Errors = tuple[tuple[str, str], ...]
# The report of every valid config, shared: it is frozen and holds nothing.
_CLEAN = Report(())


@functools.cache
def _checker() -> SchemaChecker:
    return SchemaChecker(_contract.spec())


def validate(config: Any, *, endpoint: Endpoint = DEFAULT_ENDPOINT) -> Report:
    """Every problem of `config` for `endpoint`, found offline in one pass."""
    if not is_mapping(config):
        return Report(
            (Problem("", "type", f"a session config must be an object, got {describe(config)}."),)
        )
    mixed = vocabulary_problems(config)
    if mixed:
        return Report(mixed)
    vocabulary = vocabulary_of(config)
    problems = _checker().check(config, _contract.SCHEMA_OF_VOCABULARY[vocabulary])
    if problems:
        problems = _explain(problems, config, vocabulary)
    problems += _cross_field_problems(config, vocabulary)
    if VOCABULARY_OF_ENDPOINT[endpoint] != vocabulary:
        flagged = {problem.path for problem in problems}
        problems += [p for p in _translate(config, vocabulary).problems if p.path not in flagged]
    return Report(tuple(problems)) if problems else _CLEAN


def _translate(config: Mapping[str, Any], vocabulary: Vocabulary) -> Any:
    return beta_to_ga(config) if vocabulary == "beta" else ga_to_beta(config)


def build_request(
    config: Any,
    *,
    endpoint: Endpoint = DEFAULT_ENDPOINT,
    expires_after_seconds: int | None = None,
) -> dict[str, Any]:
    """The exact body `endpoint` will receive, or ConfigError with every problem.

    The config may be written in either vocabulary; it is translated when the endpoint speaks
    the other one. `expires_after_seconds` sets the client secret's lifetime in whichever form
    the endpoint takes, overriding one written in the config.
    """
    report = validate(config, endpoint=endpoint)
    extra = _expiry_problems(expires_after_seconds)
    if extra:
        report = Report(report.problems + extra)
    if not report.ok:
        raise ConfigError(report)
    vocabulary = vocabulary_of(config)
    target = VOCABULARY_OF_ENDPOINT[endpoint]
    if target == vocabulary:
        body = dict(config) if target == "beta" else {"session": dict(config)}
    else:
        body = _translate(config, vocabulary).request
    if expires_after_seconds is not None:
        lifetime = {"anchor": "created_at", "seconds": expires_after_seconds}
        if target == "beta":
            body["client_secret"] = {"expires_after": lifetime}
        else:
            body["expires_after"] = lifetime
    return body


def _expiry_problems(seconds: Any) -> tuple[Problem, ...]:
    if seconds is None:
        return ()
    low, high = _EXPIRES_AFTER_BOUNDS
    if isinstance(seconds, bool) or not isinstance(seconds, int) or not low <= seconds <= high:
        return (
            Problem(
                "expires_after_seconds",
                "range",
                f"{describe(seconds)} is not a whole number of seconds from {low} to {high}.",
                f"Use {low} to {high} seconds.",
                seconds,
            ),
        )
    return ()


def _explain(problems: list[Problem], config: Mapping[str, Any], vocabulary: str) -> list[Problem]:
    """Replace generic schema messages with specific ones for the mistakes people really make."""
    chat_style = _chat_style_tool_choice(config)
    turn_path = _TURN_DETECTION_PATH[vocabulary]
    explained: list[Problem] = []
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
        elif problem.rule == "maxItems" and path == "output_modalities":
            problem = Problem(
                path,
                "output_modalities_combination",
                f"{problem.value} is not a combination GA sessions accept.",
                'Use ["audio"] for speech (it comes with its transcript) or ["text"] for text only.',
                problem.value,
            )
        elif problem.rule == "pattern":
            pattern = problem.message.rsplit(" ", 1)[-1].rstrip(".")
            problem = Problem(
                path, "pattern", problem.message, _PATTERN_HINTS.get(pattern, ""), problem.value
            )
        explained.append(problem)
    return explained


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
    )


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
    )


def _cross_field_problems(config: Mapping[str, Any], vocabulary: str) -> list[Problem]:
    problems: list[Problem] = []
    if vocabulary == "beta":
        problems += _modalities_problems(config.get("modalities"))
    tools = config.get("tools")
    names: list[str] = []
    if isinstance(tools, (list, tuple)):
        problems += _tools_problems(tools, names)
    problems += _tool_choice_problems(config.get("tool_choice"), names, bool(tools))
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


def _modalities_problems(modalities: Any) -> list[Problem]:
    if not isinstance(modalities, (list, tuple)) or modalities in _USUAL_MODALITIES:
        return []
    if not all(isinstance(m, str) for m in modalities):
        return []
    distinct = set(modalities)
    if len(distinct) != len(modalities) or distinct in _ACCEPTED_MODALITIES:
        return []
    if not distinct <= _MODALITIES:
        return []
    return [
        Problem(
            "modalities",
            "modalities_combination",
            f"{list(modalities)} is not a combination the API accepts.",
            'Use ["text"] for text only or ["audio", "text"] for speech (audio always comes with its transcript).',
            list(modalities),
        )
    ]


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
    """The problems of a tool's parameters from their metaschema errors (None: not JSON)."""
    path = f"tools[{index}].parameters"
    if errors is None:
        return [Problem(path, "json_schema", "is not plain JSON data.", "Use only JSON values.")]
    return [
        Problem(path + where, "json_schema", message, "Fix the function's JSON Schema.")
        for where, message in errors
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
    """Metaschema errors of a tool's parameters; cached because workers reuse the same tools.

    jsonschema is imported here, not at module import, so configs without tools stay fast.
    """
    found = []
    for error in _metaschema_validator().iter_errors(json.loads(canonical)):
        where = format_path(tuple(error.absolute_path))
        found.append(("." + where if where and not where.startswith("[") else where, error.message))
    return tuple(found)


@functools.cache
def _metaschema_validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(Draft202012Validator.META_SCHEMA)
