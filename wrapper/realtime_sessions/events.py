"""Client events of a Realtime conversation, validated before they are sent.

    from realtime_sessions.events import force_function_call, validate_event
    event = force_function_call("CaptureOrderInfo", session=config)   # a plain dict
    report = validate_event({"type": "response.create", "response": {...}})

Every builder returns a validated plain dict or raises ConfigError with the whole report.
"""

from __future__ import annotations

from ._event_builders import (
    assistant_message,
    conversation_item_create,
    conversation_item_delete,
    conversation_item_retrieve,
    conversation_item_truncate,
    force_function_call,
    function_call_output,
    input_audio_buffer_append,
    input_audio_buffer_clear,
    input_audio_buffer_commit,
    item_reference,
    output_audio_buffer_clear,
    response_cancel,
    response_create,
    session_update,
    system_message,
    tool_definitions,
    user_message,
)
from ._event_rules import client_event_types, server_event_types, validate_event
from ._event_schema import event_json_schema

__all__ = [
    "assistant_message",
    "client_event_types",
    "conversation_item_create",
    "conversation_item_delete",
    "conversation_item_retrieve",
    "conversation_item_truncate",
    "event_json_schema",
    "force_function_call",
    "function_call_output",
    "input_audio_buffer_append",
    "input_audio_buffer_clear",
    "input_audio_buffer_commit",
    "item_reference",
    "output_audio_buffer_clear",
    "response_cancel",
    "response_create",
    "server_event_types",
    "session_update",
    "system_message",
    "tool_definitions",
    "user_message",
    "validate_event",
]
