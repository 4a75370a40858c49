"""The Realtime conversation: a validated WebSocket connection, forced function calls, and a
server-side tool runner.

    from realtime_sessions.realtime import connect
    with connect(model="gpt-realtime") as conn:            # OPENAI_API_KEY, OPENAI_BASE_URL
        conn.send(session_update({...}))
        arguments = conn.force_function_call("CaptureOrderInfo")

Events sent are validated first (ConfigError, nothing sent); `error` events are raised as
ServerEventError with `retryable`. `ToolRunner` answers the model's function calls on the
server, over a session of its own or a call's sideband (`connect(call_id=...)`).
"""

from __future__ import annotations

from ._connection import (
    DEFAULT_EVENT_TIMEOUT,
    AsyncRealtimeConnection,
    RealtimeConnection,
    ServerEvent,
    aconnect,
    connect,
    realtime_url,
)
from ._exceptions import ServerEventError
from ._tool_runner import DEFAULT_TOOL_TIMEOUT, Tool, ToolRunner, definition_of

__all__ = [
    "DEFAULT_EVENT_TIMEOUT",
    "DEFAULT_TOOL_TIMEOUT",
    "AsyncRealtimeConnection",
    "RealtimeConnection",
    "ServerEvent",
    "ServerEventError",
    "Tool",
    "ToolRunner",
    "aconnect",
    "connect",
    "definition_of",
    "realtime_url",
]
