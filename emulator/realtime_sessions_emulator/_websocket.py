"""`GET /v1/realtime`: the Realtime WebSocket, on the same port as the minting endpoints.

http.server reads the upgrade request in its thread; this module answers the handshake with
`websockets`' sans-I/O `ServerProtocol` and hands the socket to `websockets.sync`'s
`Connection`, so the threaded server, its limits and its port serve both HTTP and WebSocket.

Authentication is the API's: `Authorization: Bearer <key>` or the browser subprotocols
`realtime` + `openai-insecure-api-key.<key>`. Any non-empty API key is accepted; an `ek_` must be
one this emulator minted and not expired, and the session starts with the config it was minted
with. `?model=` starts a session; `?call_id=rtc_...` attaches a server (API key only) to a call
that `POST /v1/realtime/calls` or `Emulator.open_call()` created: its sockets share one
conversation and all see its events. Faults (the same `FaultPlan`) apply to `response.create`:
`drop` closes the socket without a close frame, `slow` delays the response, `429` sends
`rate_limits.updated` and a `rate_limit_exceeded` error, and the other kinds a `server_error`.
"""

from __future__ import annotations

import collections
import contextlib
import copy
import json
import logging
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.protocol import State
from websockets.server import ServerProtocol
from websockets.sync.connection import Connection

from ._conversation import Conversation, Event, event_validator, merge_session

SUBPROTOCOL = "realtime"
KEY_SUBPROTOCOL = "openai-insecure-api-key."
_TOKEN_BYTES = 4 << 20  # minted tokens remembered, by their answers' size (oldest go first)
_CREDENTIAL_HEADER = re.compile(r"((?:Authorization|Sec-WebSocket-Protocol):\s*).*", re.IGNORECASE)


class _MaskCredentials(logging.Filter):
    """websockets logs the handshake's headers at DEBUG; keys and tokens stay out of logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = _CREDENTIAL_HEADER.sub(r"\1***", record.getMessage()), ()
        return True


_LOG = logging.getLogger("realtime_sessions_emulator.websocket")
_LOG.addFilter(_MaskCredentials())


class _Drop(Exception):
    """The drop fault: end the TCP connection without a close frame."""


class _Refusal(Exception):
    def __init__(self, status: int, message: str, code: str | None) -> None:
        super().__init__(message)
        self.status, self.code = status, code

    def body(self) -> bytes:
        error = {"message": str(self), "type": "invalid_request_error", "param": None}
        return json.dumps({"error": {**error, "code": self.code}}).encode()


_SessionOf = Callable[[dict[str, Any]], dict[str, Any]]  # a mint's answer -> its session


def _ga_session(minted: dict[str, Any]) -> dict[str, Any]:
    return dict(minted["session"])


class _Tokens:
    """The `ek_` secrets this emulator minted: value -> (expires_at, the mint's answer as sent,
    how to find the session in it), bounded by bytes so that a client minting all day does not
    grow the emulator."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._size = 0
        self._known: collections.OrderedDict[str, tuple[int, bytes, _SessionOf]] = (
            collections.OrderedDict()
        )

    def remember(self, value: str, expires_at: int, answer: bytes, session_of: _SessionOf) -> None:
        """Keep the mint's answer as sent; `session_of` finds the session in it when a socket
        uses the token (most are never used here, so the work waits until then)."""
        with self._lock:
            self._known[value] = (expires_at, answer, session_of)
            self._size += len(answer)
            while self._size > _TOKEN_BYTES:
                _, (_, dropped, _) = self._known.popitem(last=False)
                self._size -= len(dropped)

    def expire(self, value: str) -> None:
        """End a token's lifetime now (tests of the expired case need no sleep)."""
        with self._lock:
            if value in self._known:
                self._known[value] = (0, *self._known[value][1:])

    def session_of(self, value: str) -> dict[str, Any]:
        with self._lock:
            found = self._known.get(value)
        if found is None:
            raise _Refusal(
                401,
                "Incorrect API key provided: ek_***. The ephemeral key is not one this emulator "
                "minted (it forgets them when it restarts).",
                "invalid_api_key",
            )
        expires_at, answer, session_of = found
        if expires_at <= time.time():
            raise _Refusal(
                401,
                "The ephemeral key (ek_***) has expired; mint a new one.",
                "invalid_api_key",
            )
        return session_of(json.loads(answer))


class _Call:
    """A call a browser holds (no media here): its conversation and the sockets attached."""

    def __init__(self, conversation: Conversation) -> None:
        self.conversation = conversation
        self.peers: list[Connection] = []
        self.lock = threading.Lock()

    def send(self, events: list[Event]) -> None:
        with self.lock:
            peers = list(self.peers)
        for peer in peers:
            for event in events:
                with contextlib.suppress(ConnectionClosed, OSError):
                    peer.send(json.dumps(event))


class Realtime:
    """The WebSocket side of one emulator: minted tokens, calls, and the socket sessions."""

    def __init__(
        self,
        path: str,
        default_session: Callable[[str | None], dict[str, Any]],
        draw_fault: Callable[[], Any],
        seed: int,
        max_message_bytes: int,
    ) -> None:
        self.path = path
        self._default_session = default_session
        self._draw_fault = draw_fault
        self.seed = seed
        self._max_message_bytes = max_message_bytes
        self._validator = event_validator()
        self.tokens = _Tokens()
        self._calls: dict[str, _Call] = {}
        self._calls_lock = threading.Lock()

    def remember_minted(self, secret: str, expires_at: int, answer: bytes, beta: bool) -> None:
        """Keep a freshly minted secret and its answer, so that a socket can use its session."""
        session_of = self._beta_session if beta else _ga_session
        self.tokens.remember(secret, expires_at, answer, session_of)

    def _beta_session(self, minted: dict[str, Any]) -> dict[str, Any]:
        """The beta shape is a flat session around the secret: the GA session it stands for."""
        session = self._default_session(minted.get("model"))
        session["instructions"] = minted.get("instructions", session["instructions"])
        session["audio"]["output"]["voice"] = minted.get("voice", "alloy")
        for key in ("tools", "tool_choice"):
            if key in minted:
                session[key] = minted[key]
        return session

    def open_call(self, session: dict[str, Any] | None = None) -> str:
        """A new call with this session (or the defaults), as if a browser had posted its SDP;
        its id (`rtc_...`) is what a server attaches to with `?call_id=`."""
        call_id = "rtc_" + secrets.token_hex(12)
        config = self._default_session((session or {}).get("model"))
        merge_session(config, session or {})  # the defaults, then what was given
        conversation = Conversation(copy.deepcopy(config), self.seed, self._validator)
        with self._calls_lock:
            self._calls[call_id] = _Call(conversation)
        return call_id

    def adopt_call(
        self,
        location: str | None,
        authorization: str | None,
        session: dict[str, Any] | None = None,
    ) -> None:
        """A call `POST /v1/realtime/calls` created (its `Location`) becomes a conversation a
        server can attach to, with the session it was created with: the multipart `session`
        part, else the session of the `ek_` it was posted with, else the defaults."""
        if not location:
            return
        if session is None:
            session = self._session_of_token(_bearer(authorization))
        call_id = location.rsplit("/", 1)[1]
        config = self._default_session((session or {}).get("model"))
        merge_session(config, session or {})
        conversation = Conversation(config, self.seed, self._validator)
        with self._calls_lock:
            self._calls[call_id] = _Call(conversation)

    def _session_of_token(self, key: str) -> dict[str, Any] | None:
        if not key.startswith("ek_"):
            return None
        try:
            return self.tokens.session_of(key)
        except _Refusal:
            return None

    def serve(self, sock: socket.socket, target: str, headers: Mapping[str, str]) -> None:
        """Answer the upgrade on `sock` (already read by http.server) and run the session."""
        protocol = ServerProtocol(
            select_subprotocol=lambda _, offered: SUBPROTOCOL if SUBPROTOCOL in offered else None,
            max_size=self._max_message_bytes,
            logger=_LOG,
        )
        # The protocol parses the handshake itself: give it the request http.server consumed.
        lines = [f"GET {target} HTTP/1.1", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
        protocol.receive_data("\r\n".join(lines).encode("latin-1"))
        events = protocol.events_received()
        if not events or not isinstance(events[0], Request):
            return
        request = events[0]
        try:
            call, conversation = self._admit(target, headers)
        except _Refusal as refusal:
            response = _json_response(refusal.status, refusal.body())
        else:
            response = protocol.accept(request)
        protocol.send_response(response)
        sock.sendall(b"".join(protocol.data_to_send()))
        if protocol.state is not State.OPEN:
            return
        sock.settimeout(None)  # a conversation may be quiet for minutes
        connection = Connection(sock, protocol)
        try:
            self._run(connection, call, conversation)
        finally:
            if call is not None:
                with call.lock:
                    call.peers.remove(connection)
            connection.close()

    def _admit(self, target: str, headers: Mapping[str, str]) -> tuple[_Call | None, Conversation]:
        if urlsplit(target).path != self.path:
            raise _Refusal(404, f"Invalid URL (GET {urlsplit(target).path})", None)
        query = parse_qs(urlsplit(target).query)
        key = _bearer(headers.get("Authorization")) or _subprotocol_key(headers)
        if not key:
            raise _Refusal(
                401,
                "You didn't provide an API key. Send 'Authorization: Bearer YOUR_KEY', or the "
                f"subprotocols '{SUBPROTOCOL}' and '{KEY_SUBPROTOCOL}<key>' from a browser.",
                "invalid_api_key",
            )
        call_id = query.get("call_id", [None])[0]
        if call_id is not None:
            with self._calls_lock:
                call = self._calls.get(call_id)
            if call is None or key.startswith("ek_"):
                raise _Refusal(404, f"Call '{call_id}' not found.", "call_id_not_found")
            return call, call.conversation
        model = query.get("model", [None])[0]
        if key.startswith("ek_"):
            session = self.tokens.session_of(key)
        else:
            session = self._default_session(model)
        return None, Conversation(session, self.seed, self._validator)

    def _run(self, connection: Connection, call: _Call | None, conversation: Conversation) -> None:
        if call is None:
            connection.send(json.dumps(conversation.created()))
        else:
            with call.lock:  # joined before anyone else can send it an event
                connection.send(json.dumps(conversation.created()))
                call.peers.append(connection)
        intercept = self._interceptor(conversation)
        try:
            for message in connection:
                try:
                    events = conversation.handle(message, intercept)
                except _Drop:
                    with contextlib.suppress(OSError):
                        connection.socket.shutdown(socket.SHUT_RDWR)
                    return
                if call is not None:
                    call.send(events)
                else:
                    for event in events:
                        connection.send(json.dumps(event))
        except ConnectionClosed:
            return

    def _interceptor(self, conversation: Conversation) -> Callable[[Event], list[Event] | None]:
        def intercept(event: Event) -> list[Event] | None:
            fault = self._draw_fault()
            if fault is None:
                return None
            if fault.kind == "slow":
                time.sleep(fault.slow_seconds)
                return None
            if fault.kind == "drop":
                raise _Drop
            client_id = event.get("event_id")
            if fault.kind == "429":
                return conversation.rate_limited(client_id, fault.retry_after)
            return [conversation.server_error(client_id)]

        return intercept


def _bearer(authorization: str | None) -> str:
    scheme, _, key = (authorization or "").partition(" ")
    return key.strip() if scheme.lower() == "bearer" else ""


def _subprotocol_key(headers: Mapping[str, str]) -> str:
    offered = [p.strip() for p in headers.get("Sec-WebSocket-Protocol", "").split(",")]
    if SUBPROTOCOL not in offered:
        return ""
    keys = [p[len(KEY_SUBPROTOCOL) :] for p in offered if p.startswith(KEY_SUBPROTOCOL)]
    return keys[0] if keys else ""


def _json_response(status: int, body: bytes) -> Response:
    reasons = {400: "Bad Request", 401: "Unauthorized", 404: "Not Found"}
    headers = Headers(
        [
            ("Content-Type", "application/json"),
            ("Content-Length", str(len(body))),
            ("Connection", "close"),
        ]
    )
    return Response(status, reasons.get(status, "Error"), headers, body)
