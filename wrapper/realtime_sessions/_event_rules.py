"""Judge a client event before it is sent: every problem at once, with its path in the event.

The event schemas of the packaged contract decide what is valid; this module words their
problems for the mistakes people make with events (a tool given by name, the Chat Completions
shapes, beta names, a server event sent by the client) and adds the rules a schema cannot say:
a forced `tool_choice` must name a tool the response has. The session inside `session.update`
and the tools of `response.create` are judged by the session validator, so they get the same
problems and hints as a session config.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any

import attrs

from . import _contract
from ._report import Problem, Report, format_path
from ._schema_check import describe, did_you_mean, is_mapping, shown_as_json
from ._validation import _checker, _mcp_choice_problems, _tools_problems, validate

CLIENT_EVENT_SCHEMA = "RealtimeClientEvent"
SERVER_EVENT_SCHEMA = "RealtimeServerEvent"
Parts = tuple[str | int, ...]

# Beta-interface event names and the GA event that took each one's place.
_GA_EVENT_OF_BETA_EVENT = {
    "transcription_session.update": "session.update",
    "response.text.delta": "response.output_text.delta",
    "response.text.done": "response.output_text.done",
    "response.audio.delta": "response.output_audio.delta",
    "response.audio.done": "response.output_audio.done",
    "response.audio_transcript.delta": "response.output_audio_transcript.delta",
    "response.audio_transcript.done": "response.output_audio_transcript.done",
    "conversation.item.created": "conversation.item.added",
}
# Beta keys of a response and where GA has them (None: GA has no such setting).
_GA_KEY_OF_BETA_RESPONSE_KEY: dict[str, str | None] = {
    "modalities": "output_modalities",
    "voice": "audio.output.voice",
    "output_audio_format": "audio.output.format",
    "max_response_output_tokens": "max_output_tokens",
    "temperature": None,
}
# Session rules that judge tool_choice against the same config's tools; an update or a response
# may rely on tools defined elsewhere, so these are judged here against the effective tools.
_TOOL_CHOICE_RULES = frozenset({"tool_choice_unknown_function", "tool_choice_needs_tools"})
_CONTENT_PART_OF_ROLE = {"system": "input_text", "user": "input_text", "assistant": "output_text"}
_CLEAN = Report(())


@functools.cache
def client_event_types() -> tuple[str, ...]:
    """The `type`s a client may send, in the contract's order."""
    return tuple(_contract.schema(CLIENT_EVENT_SCHEMA)["discriminator"]["mapping"])


@functools.cache
def server_event_types() -> tuple[str, ...]:
    """The `type`s only the server sends."""
    return tuple(_contract.schema(SERVER_EVENT_SCHEMA)["discriminator"]["mapping"])


def validate_event(event: Any, *, session: Mapping[str, Any] | None = None) -> Report:
    """Every problem of a client event, found offline in one pass.

    `session`, when given, is the session config in effect (either vocabulary, or the whole
    request): a forced `tool_choice` of a `response.create` without its own `tools`, or of a
    `session.update` that keeps the session's tools, is then checked against its tools.
    """
    if not is_mapping(event):
        return Report(
            (
                Problem(
                    "",
                    "type",
                    f"an event must be an object, got {describe(event)}.",
                    'Write an object with its "type", such as {"type": "response.create"}.',
                ),
            )
        )
    kind = event.get("type")
    if isinstance(kind, str) and kind not in client_event_types():
        foreign = _foreign_event_problem(kind)
        if foreign is not None:
            return Report((foreign,))
    problems = _checker().check(event, CLIENT_EVENT_SCHEMA)
    if kind == "session.update" and is_mapping(event.get("session")):
        problems = _session_update_problems(problems, event["session"])
    problems = _explain(problems, event, session)
    problems += _tool_choice_problems(event, session)
    return Report(tuple(problems)) if problems else _CLEAN


def _moved(problem: Problem, prefix: Parts) -> Problem:
    """A problem of a part of the event, as seen from the event."""
    return attrs.evolve(problem, path=format_path((*prefix, *problem.parts)))


def _at(node: Any, parts: Parts) -> Any:
    """The value at `parts` inside the event, or None when the path leads nowhere."""
    for part in parts:
        if isinstance(part, int) and isinstance(node, (list, tuple)) and part < len(node):
            node = node[part]
        elif isinstance(part, str) and is_mapping(node):
            node = node.get(part)
        else:
            return None
    return node


def _foreign_event_problem(kind: str) -> Problem | None:
    """A server event or a beta event name in `type`, named as such."""
    listed = ", ".join(client_event_types())
    ga_name = _GA_EVENT_OF_BETA_EVENT.get(kind)
    if kind == "transcription_session.update":
        return Problem(
            "type",
            "beta_interface",
            f"{kind!r} is the beta interface's event; GA changes a transcription session with "
            "'session.update'.",
            'Send {"type": "session.update", "session": {"type": "transcription", ...}}.',
            kind,
        )
    if ga_name is not None:
        return Problem(
            "type",
            "beta_interface",
            f"{kind!r} is the beta name of the server event {ga_name!r}; the server sends it, "
            "a client cannot.",
            f"Listen for {ga_name!r}; a client sends one of {listed}.",
            kind,
        )
    if kind in server_event_types():
        return Problem(
            "type",
            "server_event",
            f"{kind!r} is a server event: the server sends it, a client cannot.",
            f"A client sends one of {listed}.",
            kind,
        )
    return None


def _session_update_problems(problems: list[Problem], session: Mapping[str, Any]) -> list[Problem]:
    """The session of an update judged like a GA session config, where it is a realtime one."""
    kind = session.get("type")
    if kind == "transcription" or "session" in session or kind not in (None, "realtime"):
        return problems
    kept = [p for p in problems if p.parts[:1] != ("session",)]
    if kind is None:
        kept.append(
            Problem(
                "session.type",
                "required",
                "'type' is required: session.update takes the GA session, which names its kind.",
                'Add "type": "realtime" (or "transcription" for a transcription session).',
            )
        )
        session = {"type": "realtime", **session}
    for problem in validate(session).problems:
        if problem.rule == "mixed_vocabulary" or (
            problem.rule in _TOOL_CHOICE_RULES and "tools" not in session
        ):
            continue
        if problem.rule == "other_vocabulary" and "endpoint" in problem.hint:
            problem = attrs.evolve(problem, hint="Remove it; the GA interface has no such setting.")
        kept.append(_moved(problem, ("session",)))
    return kept


def _explain(
    problems: list[Problem], event: Mapping[str, Any], session: Mapping[str, Any] | None
) -> list[Problem]:
    """Specific words for the usual mistakes; one problem for each wrong content part."""
    explained: list[Problem] = []
    seen: set[str] = set()
    wrong_parts = {
        p.parts[:-1]
        for p in problems
        if p.rule == "enum" and p.parts[-1:] == ("type",) and "content" in p.parts
    }
    for problem in problems:
        parts = problem.parts
        if any(parts[: len(where)] == where and parts != (*where, "type") for where in wrong_parts):
            continue
        better = _explain_one(problem, parts, event, session)
        if better.path in seen and better.rule in ("tool_form", "tool_choice_form"):
            continue
        seen.add(better.path)
        explained.append(better)
    return explained


def _explain_one(
    problem: Problem, parts: Parts, event: Mapping[str, Any], session: Mapping[str, Any] | None
) -> Problem:
    value = problem.value
    if parts[:2] == ("response", "tools") and len(parts) == 3 and isinstance(value, str):
        return _bare_tool_name(problem.path, value, session)
    if parts[:1] in (("response",), ("session",)) and parts[1:2] == ("tools",) and len(parts) >= 3:
        tool = _at(event, parts[:3])
        if is_mapping(tool) and is_mapping(tool.get("function")):
            return _chat_style_tool(format_path(parts[:3]), tool)
    if parts[:2] == ("response", "tool_choice"):
        choice = _at(event, parts[:2])
        if is_mapping(choice) and is_mapping(choice.get("function")):
            return _chat_style_tool_choice(choice)
    beta_key = (
        len(parts) == 2 and parts[0] == "response" and parts[1] in _GA_KEY_OF_BETA_RESPONSE_KEY
    )
    if problem.rule == "unknown_key" and beta_key:
        return _beta_response_key(problem, str(parts[1]))
    if problem.rule == "maxItems" and parts == ("response", "output_modalities"):
        return Problem(
            problem.path,
            "output_modalities_combination",
            f"{value} is not a combination the API accepts.",
            'Use ["audio"] for speech (it comes with its transcript) or ["text"] for text only.',
            value,
        )
    return _explain_item(problem, parts, event)


def _item_parts(parts: Parts) -> Parts | None:
    """The path of the conversation item a problem is in (`item`, `response.input[i]`)."""
    if parts[:1] == ("item",):
        return parts[:1]
    if parts[:2] == ("response", "input"):
        return parts[:3]
    return None


def _explain_item(problem: Problem, parts: Parts, event: Mapping[str, Any]) -> Problem:
    """Problems inside a conversation item."""
    item_parts = _item_parts(parts)
    item = None if item_parts is None else _at(event, item_parts)
    if item_parts is None or len(parts) <= len(item_parts) or not is_mapping(item):
        return problem
    field = parts[len(item_parts) :]
    value = problem.value
    if field == ("type",) and value == "item_reference":
        return attrs.evolve(
            problem,
            rule="item_reference_place",
            message="an item_reference can only be part of a response's input, not be added "
            "to the conversation.",
            hint="Put it in response.input of a response.create; the item it names is already "
            "in the conversation.",
        )
    if field == ("role",) and value == "developer":
        return attrs.evolve(
            problem, hint="The Realtime API has no developer role; use 'system' for instructions."
        )
    if field == ("content",) and problem.rule == "type" and isinstance(value, str):
        return _content_as_text(problem, item.get("role"), value)
    if len(field) == 3 and field[0] == "content" and field[2] == "type" and problem.rule == "enum":
        return _content_part_for_role(problem, item)
    if field in (("output",), ("arguments",)) and problem.rule == "type" and value is not None:
        return attrs.evolve(
            problem,
            hint=f"Serialize it to JSON text first: write {shown_as_json(shown_as_json(value))}.",
        )
    return problem


def _content_as_text(problem: Problem, role: Any, text: str) -> Problem:
    """Content written as a bare string: the list of one text part the role takes."""
    part = _CONTENT_PART_OF_ROLE.get(role, "input_text") if isinstance(role, str) else "input_text"
    written = shown_as_json([{"type": part, "text": text}])
    return attrs.evolve(problem, hint=f"content is a list of parts: write {written}.")


def _settings_key(kind: Any) -> str:
    """The part of an event whose tools a forced tool_choice is judged against ("": none)."""
    if not isinstance(kind, str):
        return ""
    return {"response.create": "response", "session.update": "session"}.get(kind, "")


def _content_part_for_role(problem: Problem, item: Mapping[str, Any]) -> Problem:
    role = item.get("role")
    mapping = _contract.schema("RealtimeMessageItem")["discriminator"]["mapping"]
    schema = mapping.get(role) if isinstance(role, str) else None
    if schema is None:
        return problem
    allowed = _part_types(schema.rsplit("/", 1)[-1])
    shown = ", ".join(allowed)
    hint = did_you_mean(problem.value, allowed) if isinstance(problem.value, str) else ""
    return attrs.evolve(
        problem,
        rule="content_part_for_role",
        message=f"{describe(problem.value)} is not a content part of a {role} message "
        f"(those take {shown}).",
        hint=hint or f"Use one of {shown}.",
    )


@functools.cache
def _part_types(message_schema: str) -> tuple[str, ...]:
    """The content part types a message schema of the contract accepts."""
    parts = _contract.schema(message_schema)["properties"]["content"]["items"]
    target = _contract.schema(parts["$ref"].rsplit("/", 1)[-1])
    if "discriminator" in target:
        return tuple(target["discriminator"]["mapping"])
    return tuple(target["properties"]["type"]["enum"])


def _bare_tool_name(path: str, name: str, session: Mapping[str, Any] | None) -> Problem:
    """The seed-000 mistake: a tool named where its definition belongs.

    The hint shows the session's definition of that name when the session is known.
    """
    known = [
        tool
        for tool in _session_tools(session) or ()
        if is_mapping(tool) and tool.get("name") == name
    ]
    placeholder = {
        "type": "function",
        "name": name,
        "description": "...",
        "parameters": {"type": "object", "properties": {}},
    }
    definition = known[0] if known else placeholder
    return Problem(
        path,
        "tool_definition",
        f"{name!r} is a bare tool name; response.tools takes full definitions, and they replace "
        "the session's tools for this response, so the session's definition is not used.",
        f"Give the full definition, such as {shown_as_json(definition)}, or leave response.tools "
        "out so that the session's definition stays in effect.",
        name,
    )


def _chat_style_tool(path: str, tool: Mapping[str, Any]) -> Problem:
    inner = tool["function"]
    flat = {
        "type": "function",
        **{k: inner[k] for k in ("name", "description", "parameters") if k in inner},
    }
    return Problem(
        path,
        "tool_form",
        "this is the Chat Completions form of a tool; Realtime tools are flat, without 'function'.",
        f"Write {shown_as_json(flat)}.",
        dict(tool),
    )


def _chat_style_tool_choice(choice: Mapping[str, Any]) -> Problem:
    name = choice["function"].get("name", "NAME")
    return Problem(
        "response.tool_choice",
        "tool_choice_form",
        "this is the Chat Completions form of tool_choice; the Realtime API names the function directly.",
        f'Write {{"type": "function", "name": {json.dumps(name)}}}.',
        dict(choice),
    )


def _beta_response_key(problem: Problem, key: str) -> Problem:
    ga_key = _GA_KEY_OF_BETA_RESPONSE_KEY[key]
    if ga_key is None:
        message = f"{key!r} is a beta-interface setting; GA responses have no {key}."
        hint = f"Remove {key!r}."
    else:
        message = f"{key!r} is the beta-interface name; GA calls it response.{ga_key}."
        hint = f"Write it as response.{ga_key}."
    return attrs.evolve(problem, rule="beta_interface", message=message, hint=hint)


def _tool_names(tools: Any) -> list[str]:
    if not isinstance(tools, (list, tuple)):
        return []
    return [
        tool["name"] for tool in tools if is_mapping(tool) and isinstance(tool.get("name"), str)
    ]


def _session_tools(session: Mapping[str, Any] | None) -> Any:
    """The tools of a known session config (a whole request's session counts), else None."""
    if session is None or not is_mapping(session):
        return None
    inner = session.get("session")
    if is_mapping(inner):
        session = inner
    return session.get("tools", [])


def _tool_choice_problems(
    event: Mapping[str, Any], session: Mapping[str, Any] | None
) -> list[Problem]:
    """A forced tool_choice against the effective tools, and the session rules on tool lists."""
    key = _settings_key(event.get("type"))
    settings = event.get(key) if key else None
    if not is_mapping(settings):
        return []
    problems: list[Problem] = []
    tools = settings.get("tools")
    bare: set[str] = set()
    if key == "response" and isinstance(tools, (list, tuple)):
        # The session rules on a list of tools: names used twice, parameters that are no schema.
        problems += [_moved(p, ("response",)) for p in _tools_problems(list(tools), [])]
        bare = {tool for tool in tools if isinstance(tool, str)}
    if "tools" in settings:
        if key == "session":
            return problems  # the session validator judged the update's own tools and choice
        effective, owner = tools, "this response's tools"
    else:
        effective, owner = _session_tools(session), "the session's tools"
        if effective is None:
            return problems
    if not isinstance(effective, (list, tuple)):
        return problems
    return problems + _forced_choice_problems(
        settings.get("tool_choice"), effective, bare, owner, key
    )


def _forced_choice_problems(
    choice: Any, tools: list[Any] | tuple[Any, ...], bare: set[str], owner: str, key: str
) -> list[Problem]:
    """A forced tool_choice must have a tool to call: any tool for 'required', the named
    function, or an MCP tool of the named server."""
    where = f"{key}.tool_choice"
    if choice == "required" and not tools:
        return [
            Problem(
                where,
                "tool_choice_needs_tools",
                f"'required' forces a tool call, but {owner} are empty.",
                f"Add tools to {key}.tools, or use 'auto'.",
                choice,
            )
        ]
    if not is_mapping(choice):
        return []
    if choice.get("type") == "mcp":
        return _mcp_choice_problems(choice, tools, key=key, among=f"the MCP tools in {owner}")
    name = choice.get("name")
    names = _tool_names(tools)
    if choice.get("type") != "function" or not isinstance(name, str):
        return []
    if name in names or name in bare:
        return []
    listed = ", ".join(map(repr, names)) if names else "there are none"
    return [
        Problem(
            where + ".name",
            "tool_choice_unknown_function",
            f"tool_choice forces the function {name!r}, which is not among {owner} ({listed}).",
            f"Add its full definition to {key}.tools, or force one of {owner}.",
            name,
        )
    ]
