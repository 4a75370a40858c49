"""A test HTTP server that misbehaves on demand, on real sockets of 127.0.0.1.

Clients meet servers (proxies, gateways, a broken deployment) that trickle their answers, reset
connections, echo secrets back, nest JSON absurdly deep, redirect, or send odd Retry-After
values. This server does each on request, so that client tests can pin what a user gets:

    from tests.misbehaving_server import MisbehavingServer, respond, reset

    with MisbehavingServer(reset(), respond(200, json=ANSWER)) as server:
        client = SessionsClient(api_key=KEY, base_url=server.base_url)
        client.create({})                      # the first attempt is reset, the retry mints
        assert len(server.requests) == 2
        assert server.requests[0].body == b"{}"

Each behaviour answers one request; the Nth request gets the Nth behaviour and the last one
repeats (`server.behaviours` may be reassigned while it runs). Every answer closes its
connection, so each attempt of a client is a fresh connection and shows up in `requests`.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

BASE_PATH = "/v1"


@dataclass(frozen=True)
class Received:
    """One request as the server read it: what a client really sent on the wire."""

    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Wire:
    """The connection a behaviour answers on."""

    connection: socket.socket
    stopping: threading.Event

    def send(self, data: bytes) -> None:
        self.connection.sendall(data)

    def pause(self, seconds: float) -> bool:
        """Wait (False when the server is closing: stop misbehaving then)."""
        return not self.stopping.wait(seconds)

    def reset(self) -> None:
        """Close with RST instead of FIN: the client sees `connection reset by peer`."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()


Behaviour = Callable[[Received, Wire], None]


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Whatever"


def head(status: int, headers: Iterable[tuple[str, str]] = (), length: int | None = None) -> bytes:
    """A status line and headers (Connection: close, and Content-Length when given)."""
    lines = [f"HTTP/1.1 {status} {_reason(status)}"]
    lines += [f"{name}: {value}" for name, value in headers]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _content(json_body: Any, body: bytes | str) -> tuple[bytes, tuple[tuple[str, str], ...]]:
    if json_body is not None:
        return json.dumps(json_body).encode(), (("Content-Type", "application/json"),)
    return (body.encode() if isinstance(body, str) else body), ()


def envelope(message: str, code: str | None = None, type: str = "invalid_request_error") -> Any:
    """OpenAI's error envelope."""
    return {"error": {"message": message, "type": type, "param": None, "code": code}}


def respond(
    status: int = 200,
    *,
    json: Any = None,
    body: bytes | str = b"",
    headers: Sequence[tuple[str, str]] = (),
) -> Behaviour:
    """A well-formed answer: `json` (as application/json) or raw `body`."""
    content, content_headers = _content(json, body)

    def behave(request: Received, wire: Wire) -> None:
        wire.send(head(status, [*content_headers, *headers], len(content)) + content)

    return behave


def trickle_headers(
    status: int = 200, *, json: Any = None, lines: int = 10, every: float = 0.5
) -> Behaviour:
    """The status line at once, then one filler header line every `every` seconds, then the
    answer: each read is quick, the whole answer as slow as `lines * every`."""
    content, content_headers = _content(json, b"")

    def behave(request: Received, wire: Wire) -> None:
        wire.send(f"HTTP/1.1 {status} {_reason(status)}\r\n".encode())
        for number in range(lines):
            if not wire.pause(every):
                return
            wire.send(f"X-Trickle-{number}: {number}\r\n".encode())
        rest = head(status, content_headers, len(content)).split(b"\r\n", 1)[1]
        wire.send(rest + content)

    return behave


def trickle_body(
    status: int = 200, *, json: Any = None, piece: int = 1, every: float = 0.5
) -> Behaviour:
    """Headers at once, then the body `piece` bytes every `every` seconds."""
    content, content_headers = _content(json, b"")

    def behave(request: Received, wire: Wire) -> None:
        wire.send(head(status, content_headers, len(content)))
        for start in range(0, len(content), piece):
            if not wire.pause(every):
                return
            wire.send(content[start : start + piece])

    return behave


def stall(seconds: float = 3600) -> Behaviour:
    """Read the request and say nothing (until `seconds` pass or the server closes)."""

    def behave(request: Received, wire: Wire) -> None:
        wire.pause(seconds)

    return behave


def reset() -> Behaviour:
    """Read the request, then reset the connection."""

    def behave(request: Received, wire: Wire) -> None:
        wire.reset()

    return behave


def hang_up() -> Behaviour:
    """Read the request, then close the connection without a byte of answer."""

    def behave(request: Received, wire: Wire) -> None:
        return None

    return behave


def echo_request(status: int = 400) -> Behaviour:
    """An error envelope whose message repeats the request's headers (the API key among them)
    and body, like a debugging gateway; plus the Authorization header echoed as a header."""

    def behave(request: Received, wire: Wire) -> None:
        shown = "; ".join(f"{name}: {value}" for name, value in request.headers.items())
        message = f"Echo of {request.method} {request.path} ({shown}) body {request.body!r}"
        echoed = [("X-Echo-Authorization", request.headers.get("authorization", ""))]
        respond(status, json=envelope(message, "echo"), headers=echoed)(request, wire)

    return behave


def nested(depth: int, status: int = 200) -> Behaviour:
    """A JSON answer nested `depth` levels deep: a 200 of nested objects, or an error envelope
    whose `param` is nested lists."""

    def behave(request: Received, wire: Wire) -> None:
        if status == 200:
            content = b'{"a":' * depth + b"1" + b"}" * depth
        else:
            error = b'{"error": {"message": "nested", "type": "invalid_request_error", '
            content = error + b'"code": null, "param": ' + b"[" * depth + b"]" * depth + b"}}"
        wire.send(head(status, [("Content-Type", "application/json")], len(content)) + content)

    return behave


def redirect(location: str | None = None, status: int = 307) -> Behaviour:
    """A redirect to `location` (default: the same URL, a loop)."""

    def behave(request: Received, wire: Wire) -> None:
        target = location or f"http://{request.headers.get('host', '')}{request.path}"
        wire.send(head(status, [("Location", target)], 0))

    return behave


def retry_after(value: str, status: int = 429) -> Behaviour:
    """An error (429 by default) whose Retry-After header is `value`, verbatim: "-1", "nan",
    "1e9", a date in the past, garbage."""
    body = envelope("Rate limit reached for requests.", "rate_limit_exceeded", "requests")
    return respond(status, json=body, headers=[("Retry-After", value)])


def huge_body(size: int, status: int = 200, content_type: str = "application/json") -> Behaviour:
    """An answer of `size` bytes (a JSON string of filler), streamed in 64 KiB pieces."""

    def behave(request: Received, wire: Wire) -> None:
        wire.send(head(status, [("Content-Type", content_type)], size))
        filler = b'"' + b"x" * (size - 2) + b'"' if size >= 2 else b"x" * size
        view = memoryview(filler)
        for start in range(0, size, 1 << 16):
            if wire.stopping.is_set():
                return
            wire.send(view[start : start + (1 << 16)])

    return behave


class MisbehavingServer:
    """Serves `behaviours` (one per request, the last repeating) on 127.0.0.1 until closed."""

    def __init__(self, *behaviours: Behaviour) -> None:
        if not behaviours:
            raise ValueError("give at least one behaviour")
        self.behaviours: list[Behaviour] = list(behaviours)
        self.requests: list[Received] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._open: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self.port = self._listener.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}{BASE_PATH}"
        self._acceptor = threading.Thread(target=self._accept, name="misbehaving", daemon=True)
        self._acceptor.start()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:  # closed
                return
            with self._lock:
                self._open.add(connection)
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        try:
            connection.settimeout(30)
            request = _read_request(connection.makefile("rb"))
            if request is None:
                return
            with self._lock:
                index = len(self.requests)
                self.requests.append(request)
                behaviour = self.behaviours[min(index, len(self.behaviours) - 1)]
            behaviour(request, Wire(connection, self._stopping))
        except OSError:  # the client went away, or the behaviour reset the connection
            pass
        finally:
            with self._lock:
                self._open.discard(connection)
            with contextlib.suppress(OSError):
                connection.close()

    def close(self) -> None:
        """Stop accepting, wake every behaviour that waits, and close every connection."""
        self._stopping.set()
        with contextlib.suppress(OSError):  # wakes the blocked accept() (close alone does not)
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            for connection in self._open:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)
        self._acceptor.join(5)

    def __enter__(self) -> MisbehavingServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _read_request(stream: Any) -> Received | None:
    """One HTTP/1.1 request (Content-Length or chunked body); None if the client sent none."""
    line = stream.readline(65537)
    if not line.strip():
        return None
    method, target, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while (header := stream.readline(65537)) not in (b"\r\n", b"\n", b""):
        name, _, value = header.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        pieces = []
        while size := int(stream.readline(1024).split(b";")[0], 16):
            pieces.append(stream.read(size))
            stream.readline(1024)
        while stream.readline(1024).strip():
            pass
        body = b"".join(pieces)
    else:
        body = stream.read(int(headers.get("content-length") or 0))
    return Received(method, target, headers, body)
