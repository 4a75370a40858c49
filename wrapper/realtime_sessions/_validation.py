"""Validate a session config before anything is sent: every problem at once, with path and fix.

The schema-level rules come from the packaged contract (openapi.yaml) through `_schema_check`;
this module orchestrates them and adds the cross-field rules a schema cannot say (tool names,
tool_choice against tools, turn detection per model). The better words live in
`_explanations`, the tools' JSON Schema checks in `_tool_schemas`, request building in
`_request`; the problems of keys of the other vocabulary come from `_translate`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from . import _contract
from ._endpoints import (
    DEFAULT_ENDPOINT,
    ENDPOINT_OF_VOCABULARY,
    ENDPOINT_SPECS,
    Endpoint,
    EndpointSpec,
    EndpointVocabulary,
)
from ._exceptions import ConfigError
from ._explanations import TURN_DETECTION_PATH, explain, realtime_model
from ._model_rules import model_rule_problems
from ._plain_data import plain_data_problem
from ._report import Problem, Report
from ._schema_check import SchemaChecker, describe, is_mapping
from ._tool_schemas import metaschema_errors, parameters_problems
from ._translate import (
    BETA_ONLY_KEYS,
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
from ._translate_kinds import ga_to_transcription_session, ga_to_translation

VOCABULARY_OF_ENDPOINT: dict[Endpoint, EndpointVocabulary] = {
    name: spec.vocabulary for name, spec in ENDPOINT_SPECS.items()
}
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
    "^tunnel_[a-z0-9]{32}$": "Use the id of a Secure MCP Tunnel: 'tunnel_' and 32 lowercase "
    "letters or digits.",
    "^v=0\\r?\\n[\\s\\S]*\\nm=": "Send the sdp of RTCPeerConnection.createOffer() as it is.",
}
# The endpoints whose session has a shape of its own, and how a GA session gets there.
_KIND_TRANSLATORS: dict[str, Callable[..., TranslationResult]] = {
    "translation": ga_to_translation,
    "transcription": ga_to_transcription_session,
}
# The top-level keys that only the other vocabulary has (see `foreign_keys`).
_OTHER_KEYS: dict[Vocabulary, frozenset[str]] = {"beta": GA_ONLY_KEYS, "ga": BETA_ONLY_KEYS}
# The report of every valid config, shared: it is frozen and holds nothing.
_CLEAN = Report(())


@functools.cache
def _checker() -> SchemaChecker:
    return SchemaChecker(_contract.spec(), _PATTERN_HINTS)


def validate(
    config: Any, *, endpoint: Endpoint = DEFAULT_ENDPOINT, deployment_names: bool = False
) -> Report:
    """Every problem of `config` for `endpoint`, found offline in one pass.

    `deployment_names=True` (Azure OpenAI, see `uses_azure`) takes the model as a deployment
    name, which may be anything: an unknown one is then no reason to warn.

    The config is judged in the vocabulary the user meant (`vocabulary_of`); each key of the
    other one is reported once, at its own path, and the rest is judged as usual. A whole GA
    request (`{"session": ..., "expires_after": ...}`) is judged as one, with paths from its top.
    """
    if deployment_names:
        report = validate(config, endpoint=endpoint)
        kept = tuple(p for p in report.problems if not _is_model_name_warning(p))
        return report if len(kept) == len(report.problems) else Report(kept)
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
    if endpoint not in ENDPOINT_SPECS:
        raise ConfigError(
            Report(
                (
                    Problem(
                        "endpoint",
                        "enum",
                        f"{describe(endpoint)} is not an endpoint.",
                        f"Use one of {', '.join(ENDPOINT_SPECS)}.",
                        argument="endpoint",
                    ),
                )
            ),
            subject="arguments",
        )
    unsendable = plain_data_problem(config)
    if unsendable is not None:
        return Report((unsendable,))
    if ENDPOINT_SPECS[endpoint].vocabulary in _KIND_TRANSLATORS:
        return _validate_own_shape(config, ENDPOINT_SPECS[endpoint])
    if is_envelope(config):
        return _validate_request(config, endpoint)
    vocabulary = vocabulary_of(config)
    config, problems = _set_aside(config, vocabulary)
    found = _checker().check(config, ENDPOINT_OF_VOCABULARY[vocabulary].session_schema)
    if found:
        problems += explain(found, config, vocabulary)
    problems += _cross_field_problems(config, vocabulary)
    if VOCABULARY_OF_ENDPOINT[endpoint] != vocabulary:
        flagged = {problem.path for problem in problems}
        problems += [p for p in translated(config, vocabulary).problems if p.path not in flagged]
    return Report(tuple(problems)) if problems else _CLEAN


def _is_model_name_warning(problem: Problem) -> bool:
    return problem.rule == "known_values" and problem.path in ("model", "session.model")


def written_as_ga(config: Mapping[str, Any]) -> bool:
    """Whether a config for an endpoint with its own session shape is a GA session (it has a
    `type`, alone or in a whole request) rather than written in that shape."""
    session = config.get("session") if is_envelope(config) else config
    return is_mapping(session) and "type" in session


def translated_to_own_shape(config: Mapping[str, Any], spec: EndpointSpec) -> TranslationResult:
    """A GA config (session or whole request) in the shape of `spec`'s endpoint; problem paths
    point into the config as written."""
    translate = _KIND_TRANSLATORS[spec.vocabulary]
    if not is_envelope(config):
        return translate(config)
    result = translate(config["session"], config.get("expires_after"))
    moved = tuple(attrs.evolve(p, path=_in_session(p.path)) for p in result.problems)
    return attrs.evolve(result, problems=moved)


def _validate_own_shape(config: Mapping[str, Any], spec: EndpointSpec) -> Report:
    """A config for the translation or the beta transcription endpoint: judged in that shape,
    or as a GA session and then translated to it."""
    if not written_as_ga(config):
        schema = spec.request_schema if is_envelope(config) else spec.session_schema
        problems = _checker().check(config, schema)
        if spec.vocabulary == "transcription":
            problems += model_rule_problems(config, "beta")
        return Report(tuple(problems)) if problems else _CLEAN
    problems = list(validate(config, endpoint=DEFAULT_ENDPOINT).problems)
    session = config["session"] if is_envelope(config) else config
    if is_mapping(session):
        flagged = {problem.path for problem in problems}
        found = translated_to_own_shape(config, spec).problems
        problems += [p for p in found if p.path not in flagged]
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
            inner += explain(in_session, session, "ga")
        inner += _cross_field_problems(session, "ga")
        if VOCABULARY_OF_ENDPOINT[endpoint] == "beta":
            flagged = {problem.path for problem in inner}
            moved = translated(request, "ga").problems
            inner += [p for p in moved if p.path not in flagged]
    problems += [attrs.evolve(p, path=_in_session(p.path)) for p in inner]
    return Report(tuple(problems)) if problems else _CLEAN


def _set_aside(
    config: Mapping[str, Any], vocabulary: Vocabulary, *, enveloped: bool = False
) -> tuple[Mapping[str, Any], list[Problem]]:
    """`config` without the keys that belong elsewhere, and the problems that say where.

    Keys of the other vocabulary get their names in this one, and a lifetime its place. The
    session of a whole request is GA whatever it holds, so it is never a mixed vocabulary.
    """
    if "expires_after" not in config and _OTHER_KEYS[vocabulary].isdisjoint(config):
        return config, []  # the usual case: every key in its place
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


def translated(config: Mapping[str, Any], vocabulary: Vocabulary) -> TranslationResult:
    """The config in the other vocabulary; a whole GA request's lifetime goes along."""
    if vocabulary == "beta":
        return beta_to_ga(config)
    if is_envelope(config):
        return ga_to_beta(config["session"], config.get("expires_after"))
    return ga_to_beta(config)


def _cross_field_problems(config: Mapping[str, Any], vocabulary: Vocabulary) -> list[Problem]:
    problems: list[Problem] = []
    tools = config.get("tools")
    names: list[str] = []
    if isinstance(tools, (list, tuple)):
        problems += _tools_problems(tools, names, plain=True)
    choice = config.get("tool_choice")
    # None and a mode other than 'required' break neither rule.
    if not (choice is None or (type(choice) is str and choice != "required")):
        problems += _tool_choice_problems(choice, names, bool(tools))
        if isinstance(tools, (list, tuple)):
            problems += _mcp_choice_problems(choice, tools)
    turn = config.get("turn_detection") if vocabulary == "beta" else _ga_turn_detection(config)
    if is_mapping(turn):
        problems += _turn_detection_warnings(turn, config.get("model"), vocabulary)
    return problems + model_rule_problems(config, vocabulary)


def _mcp_choice_problems(
    choice: Any,
    tools: list[Any] | tuple[Any, ...],
    *,
    key: str = "",
    among: str = "the MCP tools",
) -> list[Problem]:
    """A forced MCP tool_choice must name the server_label of one of the MCP tools; `key`
    (an event's "response" or "session") prefixes the path, `among` says whose tools."""
    if not (is_mapping(choice) and choice.get("type") == "mcp"):
        return []
    label = choice.get("server_label")
    labels = [
        tool["server_label"]
        for tool in tools
        if is_mapping(tool)
        and tool.get("type") == "mcp"
        and isinstance(tool.get("server_label"), str)
    ]
    if not isinstance(label, str) or label in labels:
        return []
    listed = ", ".join(map(repr, labels)) if labels else "none are defined"
    prefix = f"{key}." if key else ""
    return [
        Problem(
            f"{prefix}tool_choice.server_label",
            "tool_choice_unknown_server",
            f"tool_choice names the MCP server {label!r}, which is not among {among} ({listed}).",
            f"Add an MCP tool with server_label {label!r} to {prefix}tools, or name one of the "
            "defined servers.",
            label,
        )
    ]


def _ga_turn_detection(config: Mapping[str, Any]) -> Any:
    audio = config.get("audio")
    audio_input = audio.get("input") if is_mapping(audio) else None
    return audio_input.get("turn_detection") if is_mapping(audio_input) else None


def _turn_detection_warnings(
    turn: Mapping[str, Any], model: Any, vocabulary: Vocabulary
) -> list[Problem]:
    """Settings the contract allows that some servers refuse (facts note, sections 1 and 5)."""
    path = TURN_DETECTION_PATH[vocabulary]
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
                f"Use a newer model such as {realtime_model()!r}, or server_vad turn detection.",
                turn[key],
                "warning",
            )
        )
    return problems


def _tools_problems(
    tools: list[Any] | tuple[Any, ...], names: list[str], *, plain: bool = False
) -> list[Problem]:
    """Tool names used twice and parameters that are no JSON Schema, tool by tool.

    Collects the tools' names into `names`. The parameters of all tools are judged in one go,
    which is cheaper than one at a time; `plain` says the tools passed `plain_data_problem`.
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
    judged = iter(metaschema_errors(schemas, plain=plain) if schemas else ())
    problems: list[Problem] = []
    for index, duplicate, has_parameters in entries:
        if duplicate is not None:
            problems.append(duplicate)
        if has_parameters:
            errors = next(judged)
            if errors != ():
                problems += parameters_problems(errors, index)
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
