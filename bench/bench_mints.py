"""What a mint costs the client, side by side with raw httpx and the official SDK.

The emulator runs in its own process (`emulator_process`), so `time.process_time()` here is the
client's CPU alone, and a busy machine disturbs it less than wall time. Variants run interleaved
in chunks, in a rotating order, and each number is the median over the chunks: the other engineers'
processes on this 2-core machine come and go during a run, and a median shrugs off a noisy chunk.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import socket
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypedDict
from urllib.parse import urlsplit

import httpx
from emulator_process import EmulatorProcess
from openai import OpenAI
from realtime_sessions import (
    Endpoint,
    SessionsClient,
    build_request,
)

API_KEY = "sk-bench"
RAW = "raw httpx"
OURS = "realtime_sessions"
OURS_NEW = "realtime_sessions, new config each mint"
RAW_NEW = "raw httpx, new body each mint"
SDK = "openai SDK"
SOCKET = "raw socket"
_TOOL = {
    "type": "function",
    "name": "lookup_order",
    "description": "Look up an order by its number.",
    "parameters": {
        "type": "object",
        "properties": {"order_number": {"type": "string"}},
        "required": ["order_number"],
    },
}
_INSTRUCTIONS = "You take pizza orders. Confirm every item."
_TRANSCRIPTION = {"model": "gpt-4o-transcribe", "language": "en"}
_TURN_DETECTION = {"type": "server_vad", "threshold": 0.5, "silence_duration_ms": 300}
# One typical session in each vocabulary (each translates exactly into the other), so that the
# two endpoints are compared on the same session and neither pays for a translation.
BETA_CONFIG: dict[str, Any] = {
    "model": "gpt-realtime",
    "voice": "marin",
    "instructions": _INSTRUCTIONS,
    "input_audio_transcription": _TRANSCRIPTION,
    "turn_detection": _TURN_DETECTION,
    "tools": [_TOOL],
    "tool_choice": "auto",
}
GA_CONFIG: dict[str, Any] = {
    "type": "realtime",
    "model": "gpt-realtime",
    "instructions": _INSTRUCTIONS,
    "audio": {
        "input": {"transcription": _TRANSCRIPTION, "turn_detection": _TURN_DETECTION},
        "output": {"voice": "marin"},
    },
    "tools": [_TOOL],
    "tool_choice": "auto",
}


@dataclass(frozen=True)
class Case:
    endpoint: Endpoint
    path: str
    config: dict[str, Any]

    @functools.cached_property
    def body(self) -> dict[str, Any]:
        """The validated request body: what every client sends."""
        return build_request(self.config, endpoint=self.endpoint)

    @functools.cached_property
    def payload(self) -> bytes:
        return json.dumps(self.body).encode()


CASES = (
    Case("sessions", "/realtime/sessions", BETA_CONFIG),
    Case("client-secrets", "/realtime/client_secrets", GA_CONFIG),
)
RAW_HEADERS = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
AUTH_HEADER = {"Authorization": f"Bearer {API_KEY}"}


class MintRow(TypedDict):
    endpoint: str
    client: str
    cpu_us: float
    wall_us: float
    mints: int
    chunks: int
    cpu_chunks: list[float]  # µs per mint of each chunk, in round order


class CapacityRow(TypedDict):
    client: str
    endpoint: str
    mints_per_s: float
    client_cpu_us: float
    emulator_cpu_us: float | None
    mints: int
    rate_chunks: list[float]  # mints/s of each chunk, in round order


@dataclass
class _Samples:
    """Per-mint CPU and wall seconds of each chunk, and the emulator's CPU over all chunks."""

    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    emulator_cpu: float | None = None
    mints: int = 0


Key = tuple[str, str]


def _raw_post(client: httpx.Client, path: str, payload: bytes) -> Any:
    """The floor: a prebuilt body, and only the parsing any caller needs to read the secret."""
    response = client.post(path, content=payload)
    if response.status_code != 200:
        raise RuntimeError(f"raw httpx: HTTP {response.status_code} {response.text[:200]}")
    return response.json()


def _caller_instructions(counter: Iterator[int]) -> str:
    """A new caller's instructions; the counters of ours and raw httpx are apart, so neither
    sends a body the emulator has seen (it keeps each body's verdict) and both pay alike."""
    return f"{_INSTRUCTIONS} Caller {next(counter)}."


def _new_config_mint(client: SessionsClient, case: Case, counter: Iterator[int]) -> object:
    """A token service for many users: a new `instructions` string each mint (a cache miss)."""
    config = {**case.config, "instructions": _caller_instructions(counter)}
    return client.create(config, endpoint=case.endpoint)


def _raw_new_body_post(client: httpx.Client, case: Case, counter: Iterator[int]) -> Any:
    """The same job done by hand: the body with this caller's `instructions`, posted as a person
    writes it with httpx (`json=`, the key in `headers=`), and the answer read as JSON."""
    instructions = _caller_instructions(counter)
    if "session" in case.body:
        body = {**case.body, "session": {**case.body["session"], "instructions": instructions}}
    else:
        body = {**case.body, "instructions": instructions}
    response = client.post(case.path, json=body, headers=AUTH_HEADER)
    if response.status_code != 200:
        raise RuntimeError(f"raw httpx: HTTP {response.status_code} {response.text[:200]}")
    return response.json()


def _interleaved(
    calls: dict[Key, Callable[[], object]],
    mints: int,
    chunk: int,
    warmup: int,
    emulator: EmulatorProcess | None = None,
) -> dict[Key, _Samples]:
    """Run `mints` calls of each, `chunk` at a time, rotating which variant goes first."""
    for call in calls.values():
        for _ in range(warmup):
            call()
    samples = {key: _Samples() for key in calls}
    order = list(calls)
    for round_ in range(mints // chunk):
        shift = round_ % len(order)
        for key in order[shift:] + order[:shift]:
            call, sample = calls[key], samples[key]
            before = emulator.cpu_seconds() if emulator else None
            cpu, wall = time.process_time(), time.perf_counter()
            for _ in range(chunk):
                call()
            sample.wall.append((time.perf_counter() - wall) / chunk)
            sample.cpu.append((time.process_time() - cpu) / chunk)
            after = emulator.cpu_seconds() if emulator else None
            if before is not None and after is not None:
                sample.emulator_cpu = (sample.emulator_cpu or 0.0) + after - before
            sample.mints += chunk
    return samples


def sequential(
    base_url: str, mints: int = 2000, chunk: int = 100, warmup: int = 100
) -> list[MintRow]:
    """One mint after the other on one client each: (a) raw httpx, (b) ours, (c) the SDK; a
    new config each mint through ours and a new body each mint through raw httpx."""
    with (
        httpx.Client(base_url=base_url, headers=RAW_HEADERS) as raw,
        httpx.Client(base_url=base_url) as raw_by_hand,
        SessionsClient(api_key=API_KEY, base_url=base_url) as ours,
        OpenAI(api_key=API_KEY, base_url=base_url, max_retries=0) as sdk,
    ):
        calls: dict[Key, Callable[[], object]] = {}
        for case in CASES:
            sdk_create = (
                sdk.beta.realtime.sessions.create
                if case.endpoint == "sessions"
                else sdk.realtime.client_secrets.create
            )
            calls[case.endpoint, RAW] = functools.partial(_raw_post, raw, case.path, case.payload)
            calls[case.endpoint, OURS] = functools.partial(
                ours.create, case.config, endpoint=case.endpoint
            )
            calls[case.endpoint, OURS_NEW] = functools.partial(
                _new_config_mint, ours, case, itertools.count(2 * 10**8)
            )
            calls[case.endpoint, RAW_NEW] = functools.partial(
                _raw_new_body_post, raw_by_hand, case, itertools.count(10**8)
            )
            calls[case.endpoint, SDK] = functools.partial(sdk_create, **case.body)
        samples = _interleaved(calls, mints, chunk, warmup)
    return [
        MintRow(
            endpoint=endpoint,
            client=client,
            cpu_us=statistics.median(sample.cpu) * 1e6,
            wall_us=statistics.median(sample.wall) * 1e6,
            mints=sample.mints,
            chunks=len(sample.cpu),
            cpu_chunks=[cpu * 1e6 for cpu in sample.cpu],
        )
        for (endpoint, client), sample in samples.items()
    ]


class RawConnection:
    """One keep-alive HTTP/1.1 connection sending a prebuilt request: the lightest client, so
    that the emulator, not the client, is what gets measured."""

    _LENGTH = re.compile(rb"(?im)^content-length:[ \t]*(\d+)")

    def __init__(self, base_url: str, path: str, payload: bytes) -> None:
        url = urlsplit(base_url)
        self._request = (
            f"POST {url.path}{path} HTTP/1.1\r\nHost: {url.netloc}\r\n"
            f"Authorization: Bearer {API_KEY}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n"
        ).encode() + payload
        self._base_url = base_url
        self._connect()

    def _receive(self) -> bytes:
        data = self._socket.recv(1 << 16)
        if not data:
            raise ConnectionError("the emulator closed the connection")
        return data

    def mint(self) -> None:
        try:
            self._mint()
        except (ConnectionError, OSError):
            # The emulator closes keep-alive connections left idle (issue 14's socket timeout),
            # which a loaded machine can make happen between chunks: connect again, once.
            self._socket.close()
            self._connect()
            self._mint()

    def _connect(self) -> None:
        url = urlsplit(self._base_url)
        self._socket = socket.create_connection((url.hostname, url.port or 80))
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _mint(self) -> None:
        self._socket.sendall(self._request)
        buffer = b""
        while (end := buffer.find(b"\r\n\r\n")) < 0:
            buffer += self._receive()
        head = buffer[:end]
        if not head.startswith(b"HTTP/1.1 200 "):
            raise RuntimeError(f"raw socket: {head[:100]!r}")
        length = self._LENGTH.search(head)
        if length is None:
            raise RuntimeError("raw socket: an answer without Content-Length")
        body = buffer[end + 4 :]
        while len(body) < int(length[1]):
            body += self._receive()

    def close(self) -> None:
        self._socket.close()


def capacity(
    emulator: EmulatorProcess, mints: int = 2000, chunk: int = 500, warmup: int = 200
) -> list[CapacityRow]:
    """Mints per second the emulator answers to one sequential client: a raw socket, and the
    httpx.Client that bounds every Python client built on httpx."""
    connections = [RawConnection(emulator.base_url, case.path, case.payload) for case in CASES]
    try:
        with httpx.Client(base_url=emulator.base_url, headers=RAW_HEADERS) as raw:
            calls: dict[Key, Callable[[], object]] = {}
            for case, connection in zip(CASES, connections, strict=True):
                calls[case.endpoint, SOCKET] = connection.mint
                calls[case.endpoint, RAW] = functools.partial(
                    _raw_post, raw, case.path, case.payload
                )
            samples = _interleaved(calls, mints, chunk, warmup, emulator)
    finally:
        for connection in connections:
            connection.close()
    return [
        CapacityRow(
            client=client,
            endpoint=endpoint,
            mints_per_s=1 / statistics.median(sample.wall),
            client_cpu_us=statistics.median(sample.cpu) * 1e6,
            emulator_cpu_us=(
                None if sample.emulator_cpu is None else sample.emulator_cpu / sample.mints * 1e6
            ),
            mints=sample.mints,
            rate_chunks=[1 / wall for wall in sample.wall],
        )
        for (endpoint, client), sample in samples.items()
    ]
