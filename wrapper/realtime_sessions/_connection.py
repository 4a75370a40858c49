"""A Realtime conversation over the WebSocket, sync and async, from a server or a script.

The socket URL follows the base URL (argument, OPENAI_BASE_URL, the contract's default):
`http(s)://host/v1` becomes `ws(s)://host/v1/realtime`, so whatever mints against an emulator
also converses with it. Every event sent is validated first (a mistake raises ConfigError and
nothing leaves the process); every `error` event received is raised as ServerEventError.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import secrets
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

import attrs
from jsonschema import Draft202012Validator
from websockets.asyncio.client import ClientConnection as AsyncClientConnection
from websockets.asyncio.client import connect as async_ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection
from websockets.sync.client import connect as ws_connect

from . import _event_builders
from ._event_rules import validate_event
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigError,
    RateLimitError,
    ServerEventError,
)
from ._report import Problem, Report
from ._secrets import redact, scrub
from ._settings import checked_base_url

DEFAULT_EVENT_TIMEOUT = 30.0
_MAX_MESSAGE_BYTES = 16 << 20  # an input_audio_buffer.append may carry 15 MiB
Event = dict[str, Any]
_AUTHORIZATION = re.compile(r"((?:Authorization|Sec-WebSocket-Protocol):\s*).*", re.IGNORECASE)


class _Redacting(logging.Filter):
    """websockets logs handshake headers at DEBUG; the key must not reach any log."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = _AUTHORIZATION.sub(r"\1***", record.getMessage())
        record.msg, record.args = redact(text), ()
        return True


_LOG = logging.getLogger("realtime_sessions.websocket")
_LOG.addFilter(_Redacting())


@attrs.frozen
class ServerEvent:
    """One server event: its `type`, the server's `event_id`, and the whole event as `data`
    (`event["response"]` works too)."""

    type: str
    event_id: str | None
    data: Event = attrs.field(repr=False)

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


def realtime_url(
    base_url: str | None = None, *, model: str | None = None, call_id: str | None = None
) -> str:
    """The WebSocket URL for this base URL: `ws(s)://.../realtime?model=...` or `?call_id=...`."""
    url = checked_base_url(base_url)
    url = "ws" + url.removeprefix("http") + "/realtime"
    query = {key: value for key, value in (("model", model), ("call_id", call_id)) if value}
    return f"{url}?{urlencode(query)}" if query else url


def _credential(api_key: str | None, client_secret: str | None) -> str:
    key = client_secret or api_key or os.environ.get("OPENAI_API_KEY", "")
    if key.strip():
        return key.strip()
    problem = Problem(
        path="api_key",
        rule="required",
        message="no API key or client secret: a Realtime socket needs one.",
        hint="Pass api_key= (server side) or client_secret= (an ek_), or set OPENAI_API_KEY.",
        argument="api_key",
    )
    raise ConfigError(Report((problem,)), subject="client settings")


def _handshake_error(error: Exception, key: str) -> APIError:
    if isinstance(error, InvalidStatus):
        status = error.response.status_code
        body: Any = {}
        try:
            body = json.loads(error.response.body or b"{}").get("error") or {}
        except (ValueError, AttributeError):
            body = {}
        message = scrub(str(body.get("message") or f"handshake refused with {status}"), key)
        details = {"status": status, "code": body.get("code"), "type": body.get("type")}
        if status in (401, 403):
            return AuthenticationError(message, **details)
        if status == 429:
            return RateLimitError(message, **details)
        return APIStatusError(message, **details)
    return APIConnectionError(scrub(f"cannot open the Realtime socket: {error}", key))


class _Conversation:
    """What the sync and async connections share: validation out, parsing in, the backlog of
    events read while waiting for something else, and the session in effect."""

    def __init__(self, key: str, raw: bool) -> None:
        self._key = key
        self._raw = raw
        self.session: Event | None = None
        self.backlog: deque[Event] = deque()

    def outgoing(self, event: Mapping[str, Any]) -> str:
        report = validate_event(event, session=self.session)
        if not report.ok:
            kind = event.get("type") if isinstance(event, Mapping) else None
            raise ConfigError(report, subject=f"{kind or 'client'} event")
        return json.dumps(event)

    def incoming(self, message: str | bytes) -> Event:
        try:
            event = json.loads(message)
        except ValueError:
            raise APIConnectionError("the server sent a message that is not JSON") from None
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            raise APIConnectionError("the server sent a message that is not an event")
        if event["type"] in ("session.created", "session.updated"):
            self.session = event.get("session")
        return event

    def deliver(self, event: Event) -> ServerEvent | Event:
        if event["type"] == "error":
            raise self.error_of(event)
        if self._raw:
            return event
        return ServerEvent(event["type"], event.get("event_id"), event)

    def error_of(self, event: Event) -> ServerEventError:
        error = event.get("error") or {}
        message = scrub(str(error.get("message") or "the server sent an error event"), self._key)
        return ServerEventError(
            message,
            type=error.get("type"),
            code=error.get("code"),
            param=error.get("param"),
            event_id=error.get("event_id"),
        )

    def dropped(self, error: Exception) -> APIConnectionError:
        return APIConnectionError(scrub(f"the Realtime socket closed: {error}", self._key))

    def forced(
        self,
        tool: Mapping[str, Any] | str,
        *,
        instructions: str | None,
        metadata: Mapping[str, str] | None,
        input: Sequence[Any] | None,
        out_of_band: bool,
    ) -> tuple[Event, Mapping[str, Any]]:
        """The `response.create` that forces `tool`, and the definition it carries."""
        name = tool if isinstance(tool, str) else tool.get("name")
        tag = {"function": name, "request": secrets.token_hex(6)} if metadata is None else metadata
        event = _event_builders.force_function_call(
            tool,
            session=self.session,
            instructions=instructions,
            metadata=tag,
            input=input,
            out_of_band=out_of_band,
            event_id=f"event_force_{secrets.token_hex(6)}",
        )
        return event, event["response"]["tools"][0]

    def belongs(self, sent: Event, event: Event, ours: set[str]) -> bool:
        """Whether `event` is part of the forced call's own response (not kept for `recv`)."""
        response = event.get("response") if isinstance(event.get("response"), dict) else {}
        if (
            event["type"] == "response.created"
            and response.get("metadata") == sent["response"]["metadata"]
        ):
            ours.add(response.get("id"))
        return event.get("response_id") in ours or response.get("id") in ours

    def matches(self, sent: Event, event: Event) -> bool:
        """The answer to the forced call: its `response.done`, or an error about it."""
        if event["type"] == "error":
            return (event.get("error") or {}).get("event_id") == sent.get("event_id")
        return (
            event["type"] == "response.done"
            and (event.get("response") or {}).get("metadata") == sent["response"]["metadata"]
        )

    def arguments(self, event: Event, tool: Mapping[str, Any]) -> dict[str, Any]:
        if event["type"] == "error":
            raise self.error_of(event)
        response = event["response"]
        if response.get("status") != "completed":
            details = response.get("status_details") or {}
            error = details.get("error") or {}
            raise ServerEventError(
                f"the forced call's response ended {response.get('status')!r}",
                type=error.get("type"),
                code=error.get("code") or details.get("reason"),
            )
        for item in response.get("output") or []:
            if item.get("type") == "function_call" and item.get("name") == tool["name"]:
                return _checked_arguments(item.get("arguments"), tool)
        raise ServerEventError(
            f"the response holds no call of {tool['name']!r} (the model answered otherwise)",
            code="no_function_call",
            retryable=True,
        )


def _checked_arguments(text: Any, tool: Mapping[str, Any]) -> dict[str, Any]:
    try:
        arguments = json.loads(text)
    except (TypeError, ValueError):
        arguments = None
    if not isinstance(arguments, dict):
        raise ServerEventError(
            f"{tool['name']}: the arguments are not a JSON object", code="invalid_arguments"
        )
    schema = tool.get("parameters") or {"type": "object"}
    problem = next(Draft202012Validator(schema).iter_errors(arguments), None)
    if problem is not None:
        where = "".join(f"[{p!r}]" for p in problem.absolute_path) or "the arguments"
        raise ServerEventError(
            f"{tool['name']}: {where} break the tool's parameter schema: {problem.message}",
            code="invalid_arguments",
            retryable=True,
        )
    return arguments


class RealtimeConnection:
    """A blocking Realtime WebSocket: `send` validated events, `recv` server events."""

    def __init__(self, socket: ClientConnection, conversation: _Conversation) -> None:
        self._socket = socket
        self._conversation = conversation

    @property
    def session(self) -> Event | None:
        """The session in effect, from the last `session.created` or `session.updated` read."""
        return self._conversation.session

    def send(self, event: Mapping[str, Any]) -> None:
        """Validate `event` (ConfigError, nothing sent), then send it."""
        text = self._conversation.outgoing(event)
        try:
            self._socket.send(text)
        except ConnectionClosed as closed:
            raise self._conversation.dropped(closed) from None

    def _next(self, timeout: float | None) -> Event:
        if self._conversation.backlog:
            return self._conversation.backlog.popleft()
        try:
            message = self._socket.recv(timeout)
        except TimeoutError:
            raise APITimeoutError(f"no server event within {timeout:g} s") from None
        except ConnectionClosed as closed:
            raise self._conversation.dropped(closed) from None
        return self._conversation.incoming(message)

    def recv(self, timeout: float | None = DEFAULT_EVENT_TIMEOUT) -> Any:
        """The next server event (a ServerEvent, or a dict with `raw=True`); an `error` event
        is raised as ServerEventError. APITimeoutError after `timeout` seconds of silence."""
        return self._conversation.deliver(self._next(timeout))

    def __iter__(self) -> Iterator[Any]:
        while True:
            try:
                yield self.recv(None)
            except APIConnectionError:
                return

    def recv_until(self, kind: str, timeout: float = DEFAULT_EVENT_TIMEOUT) -> Any:
        """Read events up to the first of type `kind` (returned); the others are dropped."""
        deadline = time.monotonic() + timeout
        while True:
            event = self.recv(max(0.0, deadline - time.monotonic()))
            if (event["type"] if isinstance(event, dict) else event.type) == kind:
                return event

    def force_function_call(
        self,
        tool: Mapping[str, Any] | str,
        *,
        instructions: str | None = None,
        metadata: Mapping[str, str] | None = None,
        input: Sequence[Any] | None = None,
        out_of_band: bool = True,
        timeout: float = DEFAULT_EVENT_TIMEOUT,
    ) -> dict[str, Any]:
        """Make the model call `tool` now and return its arguments, checked against its schema.

        Sends an out-of-band `response.create` that forces the function (a bare name is looked
        up in the session in effect), waits for the `response.done` whose metadata matches, and
        keeps the other events for `recv`. APITimeoutError after `timeout` s.
        """
        sent, definition = self._conversation.forced(
            tool, instructions=instructions, metadata=metadata, input=input, out_of_band=out_of_band
        )
        self.send(sent)
        deadline = time.monotonic() + timeout
        skipped: list[Event] = []
        ours: set[str] = set()
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise APITimeoutError(
                        f"no response.done for the forced call within {timeout:g} s"
                    )
                event = self._next(left)
                if self._conversation.matches(sent, event):
                    return self._conversation.arguments(event, definition)
                if not self._conversation.belongs(sent, event, ours):
                    skipped.append(event)
        finally:
            self._conversation.backlog.extend(skipped)

    def close(self) -> None:
        self._socket.close()

    def __enter__(self) -> RealtimeConnection:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncRealtimeConnection:
    """The asyncio twin of RealtimeConnection (same methods, awaited)."""

    def __init__(self, socket: AsyncClientConnection, conversation: _Conversation) -> None:
        self._socket = socket
        self._conversation = conversation

    @property
    def session(self) -> Event | None:
        return self._conversation.session

    async def send(self, event: Mapping[str, Any]) -> None:
        text = self._conversation.outgoing(event)
        try:
            await self._socket.send(text)
        except ConnectionClosed as closed:
            raise self._conversation.dropped(closed) from None

    async def _next(self, timeout: float | None) -> Event:
        if self._conversation.backlog:
            return self._conversation.backlog.popleft()
        try:
            message = await asyncio.wait_for(self._socket.recv(), timeout)
        except (TimeoutError, asyncio.TimeoutError):
            raise APITimeoutError(f"no server event within {timeout:g} s") from None
        except ConnectionClosed as closed:
            raise self._conversation.dropped(closed) from None
        return self._conversation.incoming(message)

    async def recv(self, timeout: float | None = DEFAULT_EVENT_TIMEOUT) -> Any:
        return self._conversation.deliver(await self._next(timeout))

    async def __aiter__(self) -> AsyncIterator[Any]:
        while True:
            try:
                yield await self.recv(None)
            except APIConnectionError:
                return

    async def recv_until(self, kind: str, timeout: float = DEFAULT_EVENT_TIMEOUT) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            event = await self.recv(max(0.0, deadline - time.monotonic()))
            if (event["type"] if isinstance(event, dict) else event.type) == kind:
                return event

    async def force_function_call(
        self,
        tool: Mapping[str, Any] | str,
        *,
        instructions: str | None = None,
        metadata: Mapping[str, str] | None = None,
        input: Sequence[Any] | None = None,
        out_of_band: bool = True,
        timeout: float = DEFAULT_EVENT_TIMEOUT,
    ) -> dict[str, Any]:
        sent, definition = self._conversation.forced(
            tool, instructions=instructions, metadata=metadata, input=input, out_of_band=out_of_band
        )
        await self.send(sent)
        deadline = time.monotonic() + timeout
        skipped: list[Event] = []
        ours: set[str] = set()
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise APITimeoutError(
                        f"no response.done for the forced call within {timeout:g} s"
                    )
                event = await self._next(left)
                if self._conversation.matches(sent, event):
                    return self._conversation.arguments(event, definition)
                if not self._conversation.belongs(sent, event, ours):
                    skipped.append(event)
        finally:
            self._conversation.backlog.extend(skipped)

    async def close(self) -> None:
        await self._socket.close()

    async def __aenter__(self) -> AsyncRealtimeConnection:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _headers(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def connect(
    *,
    model: str | None = None,
    call_id: str | None = None,
    api_key: str | None = None,
    client_secret: str | None = None,
    base_url: str | None = None,
    raw: bool = False,
    timeout: float = DEFAULT_EVENT_TIMEOUT,
) -> RealtimeConnection:
    """Open a Realtime socket: `model=` for a new session, `call_id=` to attach to a call
    (sideband, API key only), `client_secret=` for an `ek_`. Waits for `session.created`.
    `raw=True` gives plain dicts instead of ServerEvent."""
    key = _credential(api_key, client_secret)
    url = realtime_url(base_url, model=model, call_id=call_id)
    try:
        socket = ws_connect(
            url,
            additional_headers=_headers(key),
            open_timeout=timeout,
            max_size=_MAX_MESSAGE_BYTES,
            logger=_LOG,
        )
    except (InvalidHandshake, OSError, TimeoutError) as error:
        raise _handshake_error(error, key) from None
    connection = RealtimeConnection(socket, _Conversation(key, raw))
    try:
        connection.recv_until("session.created", timeout)
    except BaseException:
        connection.close()
        raise
    return connection


async def aconnect(
    *,
    model: str | None = None,
    call_id: str | None = None,
    api_key: str | None = None,
    client_secret: str | None = None,
    base_url: str | None = None,
    raw: bool = False,
    timeout: float = DEFAULT_EVENT_TIMEOUT,
) -> AsyncRealtimeConnection:
    """The asyncio `connect`."""
    key = _credential(api_key, client_secret)
    url = realtime_url(base_url, model=model, call_id=call_id)
    try:
        socket = await async_ws_connect(
            url,
            additional_headers=_headers(key),
            open_timeout=timeout,
            max_size=_MAX_MESSAGE_BYTES,
            logger=_LOG,
        )
    except (InvalidHandshake, OSError, TimeoutError) as error:
        raise _handshake_error(error, key) from None
    connection = AsyncRealtimeConnection(socket, _Conversation(key, raw))
    try:
        await connection.recv_until("session.created", timeout)
    except BaseException:
        await connection.close()
        raise
    return connection
