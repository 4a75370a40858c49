"""Async throughput, side by side: raw httpx, realtime_sessions and aiohttp, same pool limits.

The server is `loopback_server` in its own process (a fixed answer, backlog 1,024), so the
clients are what gets measured. Each round runs every client at each concurrency in a rotating
order, at low concurrency in slices taken in turn (`_slices`); a round's ratio is ours over raw
httpx of the same round, and the table gives min and max over the rounds.
ConnectionNotAvailable is counted per mint: httpcore raises it when its pool hands a connection
that another request already took.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypedDict

import aiohttp
import httpcore
import httpx
from bench_mints import API_KEY, GA_CONFIG, OURS, RAW, RAW_HEADERS
from realtime_sessions import APIConnectionError, AsyncSessionsClient, build_request

AIOHTTP = "aiohttp"
CLIENTS = (RAW, OURS, AIOHTTP)
PATH = "/realtime/client_secrets"
# The shortest run of one client inside a round (see _slices).
SLICE_MINTS = 50
# How long every client keeps an idle connection (longer than any client's round).
KEEPALIVE_SECONDS = 60.0


class AsyncRow(TypedDict):
    client: str
    concurrency: int
    rounds: int
    mints_per_s: list[float]  # one per round
    cpu_us: list[float]
    unavailable_per_mint: list[float]
    failures: list[int]  # transport errors (none retried: max_retries=0)


class _Unavailable:
    """Counts httpcore's ConnectionNotAvailable while installed."""

    def __init__(self) -> None:
        self.count = 0
        self._original = httpcore.AsyncHTTPConnection.handle_async_request

    def __enter__(self) -> _Unavailable:
        original, counter = self._original, self

        async def counting(connection: Any, request: Any) -> Any:
            try:
                return await original(connection, request)
            except httpcore.ConnectionNotAvailable:
                counter.count += 1
                raise

        httpcore.AsyncHTTPConnection.handle_async_request = counting  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc_info: object) -> None:
        httpcore.AsyncHTTPConnection.handle_async_request = self._original  # type: ignore[method-assign]


_FAILURES = (httpx.TransportError, APIConnectionError, aiohttp.ClientError)


async def _drive(
    call: Callable[[], Awaitable[object]], mints: int, concurrency: int
) -> tuple[float, float, int]:
    """Wall and CPU seconds of `mints` calls, `concurrency` at a time, and how many failed:
    a failed mint is counted and shown (it fails the target), not a crash of the run."""
    remaining, failures = mints, 0

    async def worker() -> None:
        nonlocal remaining, failures
        while remaining > 0:
            remaining -= 1
            try:
                await call()
            except _FAILURES:
                failures += 1

    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - wall, time.process_time() - cpu, failures


async def _one_concurrency(
    base_url: str, concurrency: int, rounds: int, mints: int, warmup: int
) -> list[AsyncRow]:
    payload = httpx.Request("POST", "http://x", json=build_request(GA_CONFIG)).content
    # Idle connections are kept for a minute by every client: with httpx's default of 5 s, the
    # client that ran after raw httpx's slowest rounds at concurrency 64 (55/s, over 5 s)
    # reopened all 64 connections inside its own timed round.
    limits = httpx.Limits(
        max_connections=concurrency,
        max_keepalive_connections=concurrency,
        keepalive_expiry=KEEPALIVE_SECONDS,
    )
    connector = aiohttp.TCPConnector(limit=concurrency, keepalive_timeout=KEEPALIVE_SECONDS)
    async with (
        httpx.AsyncClient(base_url=base_url, headers=RAW_HEADERS, limits=limits) as raw,
        AsyncSessionsClient(
            api_key=API_KEY, base_url=base_url, limits=limits, max_retries=0
        ) as ours,
        aiohttp.ClientSession(
            base_url=base_url + "/", headers=RAW_HEADERS, connector=connector
        ) as aio,
    ):

        async def raw_mint() -> object:
            response = await raw.post(PATH, content=payload)
            return response.json()

        async def our_mint() -> object:
            return await ours.create(GA_CONFIG)

        async def aio_mint() -> object:
            async with aio.post(PATH.lstrip("/"), data=payload) as response:
                return await response.json()

        calls = {RAW: raw_mint, OURS: our_mint, AIOHTTP: aio_mint}
        for call in calls.values():
            await _drive(call, max(concurrency * 2, warmup), concurrency)  # open the pools, warm up
        rows = {
            name: AsyncRow(
                client=name,
                concurrency=concurrency,
                rounds=rounds,
                mints_per_s=[],
                cpu_us=[],
                unavailable_per_mint=[],
                failures=[],
            )
            for name in calls
        }
        slices = _slices(mints, concurrency)
        for round_ in range(rounds):
            order = list(calls)
            order = order[round_ % 3 :] + order[: round_ % 3]
            totals = {name: [0.0, 0.0, 0, 0] for name in order}  # wall, CPU, failed, CNA
            for size in slices:
                for name in order:
                    with _Unavailable() as unavailable:
                        wall, cpu, failed = await _drive(calls[name], size, concurrency)
                    total = totals[name]
                    total[0] += wall
                    total[1] += cpu
                    total[2] += failed
                    total[3] += unavailable.count
            for name, (wall, cpu, failed, unavailable_count) in totals.items():
                rows[name]["mints_per_s"].append(mints / wall)
                rows[name]["cpu_us"].append(cpu / mints * 1e6)
                rows[name]["unavailable_per_mint"].append(unavailable_count / mints)
                rows[name]["failures"].append(int(failed))
    return list(rows.values())


def _slices(mints: int, concurrency: int) -> list[int]:
    """A round's mints per client cut into slices run in turn (A, B, C, A, B, C, ...).

    At concurrency 1 a 300-mint round lasts a third of a second, so one pause of the machine
    (another process, a GC) landing on one client's run swung the ratio from 74% to 130%;
    slices of 50 spread such pauses over every client. A slice stays at least eight mints per
    worker, so that starting and draining the workers stays a small part of it: at
    concurrency 64 the round is one slice.
    """
    count = max(1, mints // max(SLICE_MINTS, concurrency * 8))
    return [mints // count + (index < mints % count) for index in range(count)]


async def run(
    base_url: str,
    rounds: int = 6,
    mints: int = 300,
    warmup: int = 128,
    progress: Callable[[str], object] = lambda text: None,
) -> list[AsyncRow]:
    """Every client at concurrency 1, 8 and 64, `rounds` interleaved rounds of `mints` each,
    after a warm-up of `warmup` mints (at least two per connection)."""
    found: list[AsyncRow] = []
    for concurrency in (1, 8, 64):
        progress(f"async mints, concurrency {concurrency} ...")
        found += await _one_concurrency(base_url, concurrency, rounds, mints, warmup)
    return found


def ratios(rows: list[AsyncRow], concurrency: int) -> list[float]:
    """Ours over raw httpx, round by round."""
    by_client = {row["client"]: row for row in rows if row["concurrency"] == concurrency}
    return [
        o / r
        for o, r in zip(by_client[OURS]["mints_per_s"], by_client[RAW]["mints_per_s"], strict=True)
    ]


def table(rows: list[AsyncRow]) -> str:
    lines = [
        "| concurrency | client | mints/s min-max | CPU µs/mint min-max | vs raw min-max "
        "| ConnectionNotAvailable per mint | failed mints |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        raw = next(r for r in rows if r["concurrency"] == row["concurrency"] and r["client"] == RAW)
        share = [a / b for a, b in zip(row["mints_per_s"], raw["mints_per_s"], strict=True)]
        lines.append(
            f"| {row['concurrency']} | {row['client']} | {min(row['mints_per_s']):,.0f}-{max(row['mints_per_s']):,.0f} "
            f"| {min(row['cpu_us']):,.0f}-{max(row['cpu_us']):,.0f} | {min(share):.0%}-{max(share):.0%} "
            f"| {max(row['unavailable_per_mint']):.2f} | {sum(row['failures'])} |"
        )
    return "\n".join(lines)
