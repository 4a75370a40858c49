"""A burst: many clients open a connection to the emulator at the same moment and mint once.

This is what a fleet of workers started together (a workflow fan-out, a load test) does to a
server. Each round opens `connections` sockets at once, sends one prebuilt mint request on each
and reads the answer; a connection that is refused, reset or closed without a whole answer
counts as a reset, one
without an answer within the timeout as a timeout. The emulator's RSS comes from /proc/PID/status (VmHWM: the peak so far).
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import TypedDict
from urllib.parse import urlsplit

from bench_mints import API_KEY, CASES
from emulator_process import EmulatorProcess

_LENGTH = re.compile(rb"(?im)^content-length:[ \t]*(\d+)")


class BurstRow(TypedDict):
    connections: int
    rounds: int
    mints: int
    mints_per_s: float
    resets: int
    timeouts: int
    other_answers: int
    emulator_rss_mb: float | None


def _request(base_url: str) -> bytes:
    case = CASES[-1]
    url = urlsplit(base_url)
    head = (
        f"POST {url.path}{case.path} HTTP/1.1\r\nHost: {url.netloc}\r\n"
        f"Authorization: Bearer {API_KEY}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(case.payload)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + case.payload


async def _one(host: str, port: int, request: bytes, timeout: float) -> str:
    """'ok', 'reset', 'timeout' or 'other' for one fresh connection and one mint."""
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
        try:
            writer.write(request)
            await writer.drain()
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
            length = _LENGTH.search(head)
            await asyncio.wait_for(reader.readexactly(int(length[1]) if length else 0), timeout)
        finally:
            writer.close()
    except asyncio.TimeoutError:
        return "timeout"
    except (OSError, asyncio.IncompleteReadError):
        return "reset"
    return "ok" if head.startswith(b"HTTP/1.1 200 ") else "other"


def _peak_rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


async def _rounds(
    base_url: str, connections: int, rounds: int, timeout: float
) -> tuple[list[str], float]:
    url = urlsplit(base_url)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    request = _request(base_url)
    outcomes: list[str] = []
    started = time.perf_counter()
    for _ in range(rounds):
        outcomes += await asyncio.gather(
            *(_one(host, port, request, timeout) for _ in range(connections))
        )
    return outcomes, time.perf_counter() - started


def run(
    emulator: EmulatorProcess, connections: int = 256, rounds: int = 8, timeout: float = 10.0
) -> BurstRow:
    """`rounds` bursts of `connections` simultaneous fresh connections, one mint each."""
    outcomes, wall = asyncio.run(_rounds(emulator.base_url, connections, rounds, timeout))
    return BurstRow(
        connections=connections,
        rounds=rounds,
        mints=outcomes.count("ok"),
        mints_per_s=outcomes.count("ok") / wall,
        resets=outcomes.count("reset"),
        timeouts=outcomes.count("timeout"),
        other_answers=outcomes.count("other"),
        emulator_rss_mb=_peak_rss_mb(emulator.pid),
    )


if __name__ == "__main__":
    from emulator_process import running_emulator

    with running_emulator() as running:
        print(run(running))
