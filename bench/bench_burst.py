"""A burst: many clients open a connection to the emulator at the same moment and mint once.

This is what a fleet of workers started together (a workflow fan-out, a load test) does to a
server. Each round opens `connections` sockets at once, sends one prebuilt mint request on each
and reads the answer; a connection that is refused, reset or closed without a whole answer
counts as a reset, one without an answer within the timeout as a timeout. The emulator's RSS
comes from /proc/PID/status (VmHWM: the peak so far).

The client shares the machine's cores with the emulator, so it must cost little, or the row
measures the client: the request's bytes are built once, and one thread drives every socket
with non-blocking `socket` calls and a `selectors` loop (asyncio's streams cost it 3-4 times
as much CPU per connection). Its own CPU per mint and the emulator's are reported beside the
rate, so a reader can see which side a slow run spent its time in.
"""

from __future__ import annotations

import errno
import re
import selectors
import socket
import time
from typing import TypedDict
from urllib.parse import urlsplit

from bench_mints import API_KEY, CASES
from emulator_process import EmulatorProcess

_LENGTH = re.compile(rb"(?im)^content-length:[ \t]*(\d+)")
_OK = b"HTTP/1.1 200 "


class BurstRow(TypedDict):
    connections: int
    rounds: int
    mints: int
    mints_per_s: float
    resets: int
    timeouts: int
    other_answers: int
    emulator_rss_mb: float | None
    client_cpu_us: float
    emulator_cpu_us: float | None


def _request(base_url: str) -> bytes:
    case = CASES[-1]
    url = urlsplit(base_url)
    head = (
        f"POST {url.path}{case.path} HTTP/1.1\r\nHost: {url.netloc}\r\n"
        f"Authorization: Bearer {API_KEY}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(case.payload)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + case.payload


class _Exchange:
    """One fresh connection's mint: what is left to send, what came back, and its outcome."""

    __slots__ = ("expected", "outcome", "received", "sock", "unsent")

    def __init__(self, address: tuple[str, int], request: bytes) -> None:
        self.sock = socket.socket(socket.AF_INET6 if ":" in address[0] else socket.AF_INET)
        self.sock.setblocking(False)
        self.unsent = memoryview(request)
        self.received = b""
        self.expected = -1  # the whole answer's length, once its head is in
        self.outcome = ""
        code = self.sock.connect_ex(address)
        if code not in (0, errno.EINPROGRESS):
            self.outcome = "reset"

    def on_writable(self) -> bool:
        """Send what the socket takes; True once the whole request is out."""
        if self.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR):
            self.outcome = "reset"  # refused: the connect itself failed
            return False
        self.unsent = self.unsent[self.sock.send(self.unsent) :]
        return not self.unsent

    def on_readable(self) -> None:
        """Read what arrived; sets the outcome once the answer is whole or the peer closed."""
        data = self.sock.recv(1 << 16)
        if not data:
            self.outcome = "reset"  # closed before a whole answer
            return
        self.received += data
        if self.expected < 0 and (end := self.received.find(b"\r\n\r\n")) >= 0:
            length = _LENGTH.search(self.received, 0, end)
            self.expected = end + 4 + (int(length[1]) if length else 0)
        if 0 <= self.expected <= len(self.received):
            self.outcome = "ok" if self.received.startswith(_OK) else "other"


def _burst(address: tuple[str, int], request: bytes, connections: int, timeout: float) -> list[str]:
    """Open `connections` connections at once and drive them all until answered or timed out."""
    exchanges = [_Exchange(address, request) for _ in range(connections)]
    pending = 0
    with selectors.DefaultSelector() as selector:
        for exchange in exchanges:
            if not exchange.outcome:
                selector.register(exchange.sock, selectors.EVENT_WRITE, exchange)
                pending += 1
        deadline = time.monotonic() + timeout
        while pending and (left := deadline - time.monotonic()) > 0:
            for key, events in selector.select(left):
                exchange = key.data
                try:
                    if events & selectors.EVENT_WRITE:
                        if exchange.on_writable():
                            selector.modify(exchange.sock, selectors.EVENT_READ, exchange)
                    else:
                        exchange.on_readable()
                except OSError:
                    exchange.outcome = "reset"
                if exchange.outcome:
                    selector.unregister(exchange.sock)
                    pending -= 1
    for exchange in exchanges:
        exchange.sock.close()
    return [exchange.outcome or "timeout" for exchange in exchanges]


def _peak_rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def run(
    emulator: EmulatorProcess, connections: int = 256, rounds: int = 8, timeout: float = 10.0
) -> BurstRow:
    """`rounds` bursts of `connections` simultaneous fresh connections, one mint each."""
    url = urlsplit(emulator.base_url)
    address = (url.hostname or "127.0.0.1", url.port or 80)
    request = _request(emulator.base_url)
    outcomes: list[str] = []
    emulator_cpu = emulator.cpu_seconds()
    cpu, started = time.process_time(), time.perf_counter()
    for _ in range(rounds):
        outcomes += _burst(address, request, connections, timeout)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    if emulator_cpu is not None and (now := emulator.cpu_seconds()) is not None:
        emulator_cpu = now - emulator_cpu
    mints = outcomes.count("ok")
    return BurstRow(
        connections=connections,
        rounds=rounds,
        mints=mints,
        mints_per_s=mints / wall,
        resets=outcomes.count("reset"),
        timeouts=outcomes.count("timeout"),
        other_answers=outcomes.count("other"),
        emulator_rss_mb=_peak_rss_mb(emulator.pid),
        client_cpu_us=cpu / len(outcomes) * 1e6,
        emulator_cpu_us=None if emulator_cpu is None else emulator_cpu / len(outcomes) * 1e6,
    )


if __name__ == "__main__":
    from emulator_process import running_emulator

    with running_emulator() as running:
        print(run(running))
