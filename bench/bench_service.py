"""The token service against a hand-written forwarder: mints per second and added latency.

Three processes besides this one: the emulator (upstream), `realtime-sessions serve` (caller
auth, policy, rate limit, library mint) and `bench/forwarder.py` (the usual hand-written route),
both under uvicorn with one worker and the same settings. Added latency is a sequential
request's latency through a route minus the same request straight to the emulator, at p50 and
p99; throughput is the median of interleaved chunks at a fixed concurrency.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from math import inf
from pathlib import Path

import httpx
from targets import Target, at_least, at_most, per_round, table

BENCH = Path(__file__).resolve().parent
CLI = str(Path(sys.executable).with_name("realtime-sessions"))
API_KEY = "bench-key-not-real"
CALLER_TOKEN = "bench-caller-token"
SESSION = {"type": "realtime", "model": "gpt-realtime"}
SERVICE, FORWARDER, DIRECT = "token service", "hand-written forwarder", "emulator directly"
THROUGHPUT_GOAL, LATENCY_GOAL = 0.85, 1.3


@dataclass(frozen=True)
class Route:
    name: str
    url: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Row:
    name: str
    mints_per_s: float
    p50_ms: float
    p99_ms: float


@dataclass(frozen=True)
class Result:
    rows: dict[str, Row]
    concurrency: int
    sequential: int
    concurrent: int
    load: float
    chunk_rates: dict[str, list[float]]  # mints/s of each throughput chunk, in round order
    chunk_latencies: dict[str, list[list[float]]]  # ms of each request, per latency chunk

    def added(self, name: str, field: str) -> float:
        return getattr(self.rows[name], field) - getattr(self.rows[DIRECT], field)

    def _added_ratios(self, fraction: float) -> list[float]:
        """Service over forwarder added latency at `fraction`, chunk by chunk."""
        found = []
        for direct, mine, other in zip(
            *(self.chunk_latencies[name] for name in (DIRECT, SERVICE, FORWARDER)), strict=True
        ):
            base = _percentile(direct, fraction)
            theirs = _percentile(other, fraction) - base
            found.append((_percentile(mine, fraction) - base) / theirs if theirs > 0 else inf)
        return found

    def targets(self) -> list[Target]:
        """Issue 18's three targets, with the chunks' min and max."""
        ours, theirs = self.rows[SERVICE], self.rows[FORWARDER]
        found = [
            at_least(
                f"service mints/s vs hand-written forwarder (concurrency {self.concurrency})",
                THROUGHPUT_GOAL,
                per_round(self.chunk_rates[SERVICE], self.chunk_rates[FORWARDER]),
                detail=f"{ours.mints_per_s:,.0f} vs {theirs.mints_per_s:,.0f}/s",
            )
        ]
        for field, label, fraction in (("p50_ms", "p50", 0.5), ("p99_ms", "p99", 0.99)):
            mine, other = self.added(SERVICE, field), self.added(FORWARDER, field)
            found.append(
                at_most(
                    f"service added latency vs forwarder ({label})",
                    LATENCY_GOAL,
                    self._added_ratios(fraction),
                    detail=f"all chunks: {mine:.2f} vs {other:.2f} ms",
                )
            )
        return found

    def markdown(self) -> str:
        header = "| route | mints/s | p50 ms | p99 ms | added p50 ms | added p99 ms |\n"
        header += "| --- | ---: | ---: | ---: | ---: | ---: |\n"
        lines = [
            f"| {row.name} | {row.mints_per_s:,.0f} | {row.p50_ms:.2f} | {row.p99_ms:.2f} | "
            + ("-" if row.name == DIRECT else f"{self.added(row.name, 'p50_ms'):.2f}")
            + " | "
            + ("-" if row.name == DIRECT else f"{self.added(row.name, 'p99_ms'):.2f}")
            + " |"
            for row in self.rows.values()
        ]
        return (
            "## Token service vs a hand-written forwarder (bench/bench_service.py)\n\n"
            f"`realtime-sessions serve` (static-token auth, policy, in-memory rate limit, the "
            f"library's mint) and `bench/forwarder.py` (httpx post, answer passed through), each "
            f"one uvicorn worker, minting from the emulator in its own process. Latency: "
            f"{self.sequential:,} sequential keep-alive requests per route in interleaved chunks; "
            f"added = through the route minus straight to the emulator. Throughput: "
            f"{self.concurrent:,} requests per route at concurrency {self.concurrency}, median of "
            f"interleaved chunks. Load generator, routes and emulator share the machine (load "
            f"average {self.load:.1f} when the run ended: each process hop waits for a core, "
            "so read the ratios, not the absolute numbers).\n\n" + header + "\n".join(lines) + "\n"
        )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(url: str, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the process exited with {process.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            httpx.get(url, timeout=1)
            return
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up in {timeout} s")


@contextlib.contextmanager
def _process(command: list[str], ready_url: str, env: dict[str, str]) -> Iterator[None]:
    process = subprocess.Popen(
        command, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait_for(ready_url, process)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def _routes(base_url: str) -> Iterator[list[Route]]:
    env = {"OPENAI_API_KEY": API_KEY, "OPENAI_BASE_URL": base_url}
    digest = hashlib.sha256(CALLER_TOKEN.encode()).hexdigest()
    policy = {
        "session": {**SESSION, "tracing": None},
        "auth": {"mode": "static", "tokens": [{"caller": "bench", "sha256": digest}]},
        "limits": {"rate": "1000000/second"},
        "origins": ["http://localhost:5173"],
    }
    service_port, forwarder_port = _free_port(), _free_port()
    with tempfile.TemporaryDirectory() as folder:
        policy_path = Path(folder) / "policy.json"
        policy_path.write_text(json.dumps(policy))
        serve = [CLI, "serve", "--policy", str(policy_path), "--port", str(service_port)]
        forwarder = [sys.executable, str(BENCH / "forwarder.py"), str(forwarder_port)]
        with (
            _process(serve, f"http://127.0.0.1:{service_port}/healthz", env),
            _process(forwarder, f"http://127.0.0.1:{forwarder_port}/", env),
        ):
            yield [
                Route(
                    DIRECT,
                    f"{base_url}/realtime/client_secrets",
                    {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"},
                    json.dumps({"session": SESSION}).encode(),
                ),
                Route(
                    SERVICE,
                    f"http://127.0.0.1:{service_port}/v1/session",
                    {"Authorization": f"Bearer {CALLER_TOKEN}"},
                    b"",
                ),
                Route(FORWARDER, f"http://127.0.0.1:{forwarder_port}/token", {}, b""),
            ]


def _latencies(routes: list[Route], requests: int, chunks: int) -> dict[str, list[list[float]]]:
    seen: dict[str, list[list[float]]] = {route.name: [] for route in routes}
    with contextlib.ExitStack() as stack:
        clients = {route.name: stack.enter_context(httpx.Client()) for route in routes}
        for route in routes:  # warm-up: connections, caches, the JWKS-free first mint
            for _ in range(50):
                _checked(
                    clients[route.name].post(route.url, headers=route.headers, content=route.body)
                )
        for round_ in range(chunks):
            for route in routes[:: 1 if round_ % 2 == 0 else -1]:
                client, chunk = clients[route.name], []
                for _ in range(requests // chunks):
                    started = time.perf_counter()
                    _checked(client.post(route.url, headers=route.headers, content=route.body))
                    chunk.append((time.perf_counter() - started) * 1000)
                seen[route.name].append(chunk)
    return seen


def _checked(answer: httpx.Response) -> None:
    if answer.status_code != 200 or "ek_" not in answer.text:
        raise RuntimeError(f"{answer.request.url}: HTTP {answer.status_code} {answer.text[:200]}")


async def _throughput(
    routes: list[Route], requests: int, chunks: int, concurrency: int
) -> dict[str, list[float]]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    rates: dict[str, list[float]] = {route.name: [] for route in routes}
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:

        async def drive(route: Route, count: int) -> float:
            remaining = count

            async def worker() -> None:
                nonlocal remaining
                while remaining > 0:
                    remaining -= 1
                    answer = await client.post(route.url, headers=route.headers, content=route.body)
                    _checked(answer)

            started = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return count / (time.perf_counter() - started)

        for route in routes:
            await drive(route, concurrency * 10)
        for round_ in range(chunks):
            for route in routes[:: 1 if round_ % 2 == 0 else -1]:
                rates[route.name].append(await drive(route, requests // chunks))
    return rates


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def run(
    base_url: str,
    sequential: int = 900,
    concurrent: int = 1800,
    concurrency: int = 16,
    chunks: int = 6,
    progress: Callable[[str], object] = lambda text: None,
) -> Result:
    """Start the two routes in front of the emulator at `base_url` and measure them."""
    with _routes(base_url) as routes:
        progress("token service: sequential latency ...")
        latencies = _latencies(routes, sequential, chunks)
        progress("token service: concurrent throughput ...")
        rates = asyncio.run(_throughput(routes, concurrent, chunks, concurrency))
    pooled = {
        name: [ms for chunk in chunks_ for ms in chunk] for name, chunks_ in latencies.items()
    }
    rows = {
        route.name: Row(
            route.name,
            statistics.median(rates[route.name]),
            _percentile(pooled[route.name], 0.5),
            _percentile(pooled[route.name], 0.99),
        )
        for route in routes
    }
    return Result(rows, concurrency, sequential, concurrent, os.getloadavg()[0], rates, latencies)


if __name__ == "__main__":
    from emulator_process import running_emulator

    with running_emulator() as emulator:
        result = run(emulator.base_url, progress=lambda text: print(text, file=sys.stderr))
    print(result.markdown())
    print(table(result.targets()))
