"""Builders of client events that cannot send the usual mistakes.

Each returns a plain dict, ready for `json.dumps` and the socket, after `validate_event` found
nothing wrong with it; otherwise it raises ConfigError with the whole report. Keyword arguments
left as None are left out of the event, so the session's setting stays in effect.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._event_rules import validate_event
from ._exceptions import ConfigError
from ._report import Problem, Report
from ._request import build_request
from ._schema_check import is_mapping

Event = dict[str, Any]


def _checked(event: Event, session: Mapping[str, Any] | None = None) -> Event:
    report = validate_event(event, session=session)
    if not report.ok:
        raise ConfigError(report, subject=f"{event['type']} event")
    return event


def _event(kind: str, event_id: str | None, **fields: Any) -> Event:
    """An event of `kind` with the fields that were given (None means: leave it out)."""
    event: Event = {"type": kind}
    if event_id is not None:
        event["event_id"] = event_id
    event.update({key: value for key, value in fields.items() if value is not None})
    return event


def session_update(config: Mapping[str, Any], *, event_id: str | None = None) -> Event:
    """`session.update` from any session config `create_session` accepts, in either vocabulary.

    A beta (flat) config is translated to the GA session; a whole GA request gives its session.
    The secret's lifetime (`expires_after`, `client_secret`) belongs to minting and is left out.
    A transcription session (`"type": "transcription"`) is sent as written.
    """
    if is_mapping(config) and config.get("type") == "transcription":
        session = dict(config)
    else:
        session = build_request(config)["session"]
    return _checked(_event("session.update", event_id, session=session))


def item_reference(item_id: str) -> dict[str, Any]:
    """An item already in the conversation, for `response_create(input=[...])`."""
    return {"type": "item_reference", "id": item_id}


def _items(entries: Iterable[Any]) -> list[Any]:
    """Input entries: items, or conversation.item.create events (their item is used)."""
    return [
        entry["item"]
        if is_mapping(entry) and entry.get("type") == "conversation.item.create"
        else entry
        for entry in entries
    ]


def response_create(
    *,
    out_of_band: bool = False,
    conversation: str | None = None,
    input: Sequence[Any] | None = None,
    instructions: str | None = None,
    tools: Sequence[Mapping[str, Any]] | None = None,
    tool_choice: Any = None,
    output_modalities: Sequence[str] | None = None,
    metadata: Mapping[str, str] | None = None,
    max_output_tokens: int | str | None = None,
    audio: Mapping[str, Any] | None = None,
    prompt: Mapping[str, Any] | None = None,
    parallel_tool_calls: bool | None = None,
    reasoning: Mapping[str, Any] | None = None,
    event_id: str | None = None,
    session: Mapping[str, Any] | None = None,
) -> Event:
    """`response.create`; with no arguments, `{"type": "response.create"}`.

    `out_of_band=True` keeps the response out of the default conversation
    (`conversation: "none"`). `input` replaces the context: `[]` for none, or items
    (`item_reference(id)`, `user_message(...)`, ...); leave it None to let the model see the
    whole conversation. `tools` replaces the session's tools for this response. `session` is the
    session config in effect, to check a forced `tool_choice` against its tools.
    """
    if out_of_band and conversation not in (None, "none"):
        raise ConfigError(
            Report(
                (
                    Problem(
                        "response.conversation",
                        "out_of_band",
                        f"out_of_band means conversation 'none', not {conversation!r}.",
                        "Give one of out_of_band and conversation.",
                        conversation,
                    ),
                )
            ),
            subject="response.create event",
        )
    response = {
        key: value
        for key, value in {
            "conversation": "none" if out_of_band else conversation,
            "output_modalities": None if output_modalities is None else list(output_modalities),
            "instructions": instructions,
            "audio": audio,
            "tools": None if tools is None else list(tools),
            "tool_choice": tool_choice,
            "parallel_tool_calls": parallel_tool_calls,
            "reasoning": reasoning,
            "max_output_tokens": max_output_tokens,
            "metadata": None if metadata is None else dict(metadata),
            "prompt": prompt,
            "input": None if input is None else _items(input),
        }.items()
        if value is not None
    }
    return _checked(_event("response.create", event_id, response=response or None), session)


def force_function_call(
    tool: Mapping[str, Any] | str,
    *,
    instructions: str | None = None,
    metadata: Mapping[str, str] | None = None,
    input: Sequence[Any] | None = None,
    out_of_band: bool = True,
    event_id: str | None = None,
    session: Mapping[str, Any] | None = None,
) -> Event:
    """A `response.create` that makes the model call one function now, answering in text.

    `tool` is the function's full definition, or its name when `session` (the session config in
    effect) defines it: the definition is then copied from there, because a response's `tools`
    replace the session's. The response is out of band by default and carries `metadata`
    (default `{"function": NAME}`) so that its `response.done` can be matched.
    """
    definition = _definition(tool, session)
    name = definition.get("name")
    return response_create(
        out_of_band=out_of_band,
        input=input,
        instructions=instructions,
        tools=[definition],
        tool_choice={"type": "function", "name": name},
        output_modalities=["text"],
        metadata={"function": name} if metadata is None and isinstance(name, str) else metadata,
        event_id=event_id,
    )


def _definition(
    tool: Mapping[str, Any] | str, session: Mapping[str, Any] | None
) -> Mapping[str, Any]:
    if not isinstance(tool, str):
        return tool
    found = tool_definitions(session) if session is not None else {}
    if tool in found:
        return found[tool]
    where = (
        f"the session's tools ({', '.join(found) or 'none'})"
        if session is not None
        else "no session"
    )
    raise ConfigError(
        Report(
            (
                Problem(
                    "response.tools[0]",
                    "tool_definition",
                    f"{tool!r} is a bare tool name, and {where} defines it; a response needs the "
                    "full definition.",
                    "Pass the tool's full definition, or the session config that defines it "
                    "(session=...).",
                    tool,
                ),
            )
        ),
        subject="response.create event",
    )


def tool_definitions(session: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The function tools of a session config (either vocabulary, or a whole request), by name."""
    inner = session.get("session") if is_mapping(session) else None
    tools = (inner if is_mapping(inner) else session).get("tools", [])
    return {
        tool["name"]: tool
        for tool in tools
        if is_mapping(tool) and isinstance(tool.get("name"), str)
    }


def function_call_output(
    call_id: str,
    output: Any,
    *,
    item_id: str | None = None,
    previous_item_id: str | None = None,
    event_id: str | None = None,
) -> Event:
    """`conversation.item.create` with a function's result; a non-string `output` is sent as JSON.

    Send `response_create()` after it: the output alone does not start a response.
    """
    text = output if isinstance(output, str) else json.dumps(output)
    item = {"type": "function_call_output", "call_id": call_id, "output": text}
    if item_id is not None:
        item["id"] = item_id
    return conversation_item_create(item, previous_item_id=previous_item_id, event_id=event_id)


def _message(
    role: str,
    parts: list[dict[str, Any]],
    item_id: str | None,
    previous_item_id: str | None,
    event_id: str | None,
) -> Event:
    item: dict[str, Any] = {"type": "message", "role": role, "content": parts}
    if item_id is not None:
        item["id"] = item_id
    return conversation_item_create(item, previous_item_id=previous_item_id, event_id=event_id)


def user_message(
    *texts: str,
    audio: bytes | str | None = None,
    image_url: str | None = None,
    item_id: str | None = None,
    previous_item_id: str | None = None,
    event_id: str | None = None,
) -> Event:
    """`conversation.item.create` with a user message: text parts, then audio (bytes are
    base64-encoded), then an image (a data URI)."""
    parts: list[dict[str, Any]] = [{"type": "input_text", "text": text} for text in texts]
    if audio is not None:
        parts.append({"type": "input_audio", "audio": _base64(audio)})
    if image_url is not None:
        parts.append({"type": "input_image", "image_url": image_url})
    return _message("user", parts, item_id, previous_item_id, event_id)


def system_message(
    text: str,
    *,
    item_id: str | None = None,
    previous_item_id: str | None = None,
    event_id: str | None = None,
) -> Event:
    """`conversation.item.create` with a system message."""
    return _message(
        "system", [{"type": "input_text", "text": text}], item_id, previous_item_id, event_id
    )


def assistant_message(
    text: str,
    *,
    item_id: str | None = None,
    previous_item_id: str | None = None,
    event_id: str | None = None,
) -> Event:
    """`conversation.item.create` with an assistant text message (a client cannot add assistant audio)."""
    return _message(
        "assistant", [{"type": "output_text", "text": text}], item_id, previous_item_id, event_id
    )


def conversation_item_create(
    item: Mapping[str, Any], *, previous_item_id: str | None = None, event_id: str | None = None
) -> Event:
    """`conversation.item.create` with any item; `previous_item_id="root"` puts it first."""
    return _checked(
        _event(
            "conversation.item.create", event_id, previous_item_id=previous_item_id, item=dict(item)
        )
    )


def conversation_item_retrieve(item_id: str, *, event_id: str | None = None) -> Event:
    return _checked(_event("conversation.item.retrieve", event_id, item_id=item_id))


def conversation_item_delete(item_id: str, *, event_id: str | None = None) -> Event:
    return _checked(_event("conversation.item.delete", event_id, item_id=item_id))


def conversation_item_truncate(
    item_id: str, audio_end_ms: int, *, content_index: int = 0, event_id: str | None = None
) -> Event:
    """Cut an assistant audio message where playback stopped."""
    return _checked(
        _event(
            "conversation.item.truncate",
            event_id,
            item_id=item_id,
            content_index=content_index,
            audio_end_ms=audio_end_ms,
        )
    )


def _base64(audio: bytes | str) -> str:
    return audio if isinstance(audio, str) else base64.b64encode(audio).decode("ascii")


def input_audio_buffer_append(audio: bytes | str, *, event_id: str | None = None) -> Event:
    """Audio in the session's input format; bytes are base64-encoded, a string is sent as is."""
    return _checked(_event("input_audio_buffer.append", event_id, audio=_base64(audio)))


def input_audio_buffer_commit(*, event_id: str | None = None) -> Event:
    return _checked(_event("input_audio_buffer.commit", event_id))


def input_audio_buffer_clear(*, event_id: str | None = None) -> Event:
    return _checked(_event("input_audio_buffer.clear", event_id))


def output_audio_buffer_clear(*, event_id: str | None = None) -> Event:
    return _checked(_event("output_audio_buffer.clear", event_id))


def response_cancel(response_id: str | None = None, *, event_id: str | None = None) -> Event:
    """Stop `response_id`, or the response in progress in the default conversation."""
    return _checked(_event("response.cancel", event_id, response_id=response_id))
