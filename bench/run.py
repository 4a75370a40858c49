"""`make bench`: every benchmark of the project in one run, checked against its targets.

Run from the repository root with the project's venv: `.venv/bin/python bench/run.py`. It prints
markdown tables (targets first, each with its goal, median, min-max over its rounds and verdict,
then the details) and writes them to bench/results.md. It takes about six minutes on a 2-core
machine and needs nothing beyond the venv (`make install`). Every comparison runs its variants
in interleaved rounds, so a change of the machine's load hits every variant alike.
"""

from __future__ import annotations

import asyncio
import os
import platform
import signal
import statistics
import sys
import time
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

import bench_async
import bench_burst
import bench_cold_start
import bench_events
import bench_mints
import bench_realtime
import bench_service
import bench_validation
from bench_burst import BurstRow
from bench_cold_start import BIG_YAML, ColdStartRow
from bench_mints import OURS, OURS_NEW, RAW, RAW_NEW, SDK, SOCKET, CapacityRow, MintRow
from emulator_process import LOOPBACK, running_emulator
from targets import (
    Target,
    at_least,
    at_most,
    count,
    megabytes,
    milliseconds,
    per_round,
    seconds,
    spread_around_median,
    steady_at_least,
)
from targets import table as targets_table

RESULTS = Path(__file__).with_name("results.md")
README = Path(__file__).resolve().parents[1] / "README.md"
QUOTE_START, QUOTE_END = "<!-- quoted from bench/results.md by make bench -->", "<!-- end -->"
VALIDATE = "realtime-sessions validate FILE"
IMPORT_OPENAI = 'python -c "import openai"'
HELP = "realtime-sessions --help"
PASS = "python -c pass"
# Targets of the surfaces whose issues set none (issues 16 and 17), chosen by the benchmark:
# the slowest valid client event still validates far faster than a conversation sends events,
# and the library's forced call keeps most of a bare socket's round-trip rate.
EVENTS_GOAL = 10_000
REALTIME_GOAL = 0.8


@dataclass(frozen=True)
class Sizes:
    """How much each benchmark does; `FULL` is `make bench`, `TINY` is the harness's test."""

    validation_repeat: int = 7
    validation_seconds: float = 0.25
    event_chunks: int = 7
    event_chunk: int = 2000
    event_file: int = 20_000
    event_file_runs: int = 1
    cold_runs: int = 7
    yaml_bytes: int = 1 << 20
    mints: int = 960
    mint_chunk: int = 120
    mint_warmup: int = 100
    capacity_mints: int = 2000
    capacity_chunk: int = 500
    capacity_warmup: int = 200
    burst_connections: int = 256
    burst_rounds: int = 8
    service_sequential: int = 600
    service_concurrent: int = 960
    service_chunks: int = 6
    async_rounds: int = 6
    async_mints: int = 300
    async_warmup: int = 128
    realtime_rounds: int = 6
    realtime_per_round: int = 150


FULL = Sizes()
TINY = Sizes(
    validation_repeat=2,
    validation_seconds=0.01,
    event_chunks=2,
    event_chunk=20,
    event_file=40,
    event_file_runs=1,
    cold_runs=1,
    yaml_bytes=1 << 14,
    mints=20,
    mint_chunk=10,
    mint_warmup=2,
    capacity_mints=20,
    capacity_chunk=10,
    capacity_warmup=2,
    burst_connections=16,
    burst_rounds=1,
    service_sequential=12,
    service_concurrent=24,
    service_chunks=2,
    async_rounds=2,
    async_mints=20,
    async_warmup=0,
    realtime_rounds=2,
    realtime_per_round=6,
)


@dataclass(frozen=True)
class Measured:
    """Everything one run measured."""

    validation: list[bench_validation.Row]
    events: dict[str, list[float]]
    event_command: tuple[int, float, float]  # events in the file, events per second, seconds
    cold: list[ColdStartRow]
    mints: list[MintRow]
    capacity: list[CapacityRow]
    burst: BurstRow
    service: bench_service.Result
    async_rows: list[bench_async.AsyncRow]
    realtime: dict[str, list[float]]
    seconds: float


def _row(rows: list[MintRow], endpoint: str, client: str) -> MintRow:
    return next(r for r in rows if r["endpoint"] == endpoint and r["client"] == client)


def _mint_targets(mints: list[MintRow]) -> list[Target]:
    """Issue 20's CPU-per-mint rows, one per endpoint, ratios chunk round by chunk round; each
    against a reference doing the same job (a new config each mint: raw httpx posting a new
    body each mint, which the emulator also answers more slowly than a body it has seen)."""
    found: list[Target] = []
    for name, client, reference, goal in (
        ("client CPU per mint vs raw httpx, same config", OURS, RAW, 0.95),
        ("a new config each mint vs raw httpx with a new body each mint", OURS_NEW, RAW_NEW, 1.25),
        ("client CPU per mint vs the official SDK", OURS, SDK, 0.45),
    ):
        for endpoint in dict.fromkeys(row["endpoint"] for row in mints):
            ours, other = _row(mints, endpoint, client), _row(mints, endpoint, reference)
            found.append(
                at_most(
                    f"{name} ({endpoint})",
                    goal,
                    per_round(ours["cpu_chunks"], other["cpu_chunks"]),
                    detail=f"{ours['cpu_us']:,.0f} vs {other['cpu_us']:,.0f} µs",
                )
            )
    return found


def _async_targets(rows: list[bench_async.AsyncRow]) -> list[Target]:
    found = []
    for concurrency in dict.fromkeys(row["concurrency"] for row in rows):
        by_client = {row["client"]: row for row in rows if row["concurrency"] == concurrency}
        ours, raw = by_client[OURS]["mints_per_s"], by_client[RAW]["mints_per_s"]
        failed = sum(by_client[OURS]["failures"]) + sum(by_client[RAW]["failures"])
        target = steady_at_least(
            f"async throughput vs raw httpx, concurrency {concurrency}",
            1.0,
            0.1,
            per_round(ours, raw),
            detail=f"ours {min(ours):,.0f}-{max(ours):,.0f}/s, {spread_around_median(ours)}; "
            f"raw {min(raw):,.0f}-{max(raw):,.0f}/s"
            + (f"; {failed} failed mints" if failed else ""),
            steady=ours,
        )
        found.append(replace(target, met=target.met and not failed))
    return found


def _cold_targets(cold: list[ColdStartRow]) -> tuple[list[Target], list[Target]]:
    """Issue 20's cold-start rows, and issue 13's."""
    start = {row["command"]: row for row in cold}

    def runs(command: str) -> list[float]:
        return start[command]["runs_ms"]

    validate, openai = start[VALIDATE]["median_ms"], start[IMPORT_OPENAI]["median_ms"]
    help_, pass_ = start[HELP]["median_ms"], start[PASS]["median_ms"]
    issue_20 = [
        at_most(
            "1 MB YAML config, `validate` wall",
            0.25,
            [ms / 1e3 for ms in runs(BIG_YAML)],
            seconds,
        ),
        at_most(
            "`validate FILE` with a tool, cold start vs `import openai`",
            0.15,
            per_round(runs(VALIDATE), runs(IMPORT_OPENAI)),
            detail=f"{validate:,.0f} vs {openai:,.0f} ms",
        ),
        at_most(
            "`--help` cold start vs `python -c pass`",
            4,
            per_round(runs(HELP), runs(PASS)),
            detail=f"{help_:,.0f} vs {pass_:,.0f} ms",
        ),
    ]
    issue_13 = [
        at_most("`validate FILE` cold start (issue 13)", 150, runs(VALIDATE), milliseconds),
        Target(
            "`validate FILE` peak RSS (issue 13)",
            "<= 40.0 MB",
            (start[VALIDATE]["peak_rss_mb"],),
            start[VALIDATE]["peak_rss_mb"] <= 40,
            megabytes,
            f"the highest of {start[VALIDATE]['runs']} runs",
        ),
    ]
    return issue_20, issue_13


def _burst_target(burst: BurstRow) -> Target:
    lost = burst["resets"] + burst["timeouts"] + burst["other_answers"]
    total = burst["connections"] * burst["rounds"]
    return Target(
        f"emulator, burst of {burst['connections']} new connections at once",
        "0 resets, >= 2,000 mints/s",
        (burst["mints_per_s"],),
        lost == 0 and burst["mints_per_s"] >= 2_000,
        count,
        f"{lost} of {total:,} lost; mints/s over all {burst['rounds']} rounds together",
    )


def targets(measured: Measured) -> list[Target]:
    """Every target: issue 20's table first, then the other issues' surfaces."""
    tools = next(
        row for row in measured.validation if row["case"] == bench_validation.THOUSAND_TOOLS
    )
    typical = min(
        (row for row in measured.validation if row["case"].startswith("typical")),
        key=lambda row: row["configs_per_s"],
    )
    light = min(
        (row for row in measured.capacity if row["client"] == SOCKET),
        key=lambda row: row["mints_per_s"],
    )
    slowest = min(
        (name for name in measured.events if "(valid)" in name),
        key=lambda name: min(measured.events[name]),
    )
    library = measured.realtime[bench_realtime.LIBRARY]
    plain = measured.realtime[bench_realtime.PLAIN]
    cold_20, cold_13 = _cold_targets(measured.cold)
    return [
        *_mint_targets(measured.mints),
        *_async_targets(measured.async_rows),
        at_least(
            "new tool parameter schemas checked per second (a 1,000-tool config)",
            5_000,
            [per_s * 1000 for per_s in tools["per_s_runs"]],
            count,
            f"{tools['us_per_config'] / 1e6:.2f} s per config; goal <= 0.30 s",
        ),
        *cold_20,
        _burst_target(measured.burst),
        *cold_13,
        at_least(
            "typical configs validated per second, slowest vocabulary (issue 13)",
            20_000,
            typical["per_s_runs"],
            count,
            typical["case"],
        ),
        at_least(
            "emulator mints/s, one sequential raw-socket client (issue 14)",
            2_000,
            light["rate_chunks"],
            count,
            f"slowest endpoint, {light['endpoint']}",
        ),
        *measured.service.targets(),
        at_least(
            "client events validated per second, slowest valid event (issue 16)",
            EVENTS_GOAL,
            measured.events[slowest],
            count,
            slowest,
        ),
        at_least(
            "Realtime socket: forced calls/s, library vs plain `websockets` (issue 17)",
            REALTIME_GOAL,
            per_round(library, plain),
        ),
    ]


def _table(header: list[str], rows: list[list[str]], right: int = 1) -> str:
    """A markdown table; columns from `right` on are numbers, right-aligned."""
    align = ["---" if i < right else "---:" for i in range(len(header))]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in [header, align, *rows])


def _maybe(value: float | None, form: str) -> str:
    """A figure read from /proc, which another OS does not have."""
    return "n/a" if value is None else form.format(value)


def _reference_cpu(mints: list[MintRow], row: MintRow) -> float:
    """CPU per mint of the raw httpx row doing `row`'s job: a new body for a new config."""
    reference = RAW_NEW if row["client"] in (OURS_NEW, RAW_NEW) else RAW
    return _row(mints, row["endpoint"], reference)["cpu_us"]


def _mints_section(mints: list[MintRow]) -> list[str]:
    return [
        "## Cost of one mint (sequential, one client each, emulator in its own process)",
        f"Median over {mints[0]['chunks']} interleaved chunks of "
        f"{mints[0]['mints'] // mints[0]['chunks']} mints "
        f"({mints[0]['mints']:,} per row, after a warm-up). CPU is the client process's "
        "`time.process_time()`; raw httpx posts a prebuilt body and parses the answer; "
        "realtime_sessions is `SessionsClient().create(config, endpoint=...)` with validation "
        "and its default retries, the same config every mint (its prepared request is cached) "
        "or a new `instructions` string each mint (a token service for many users); raw httpx "
        "with a new body each mint is that job by hand (`client.post(path, json=body, "
        "headers=...)`, then `response.json()`), the reference of the new-config row, as the "
        "emulator answers a body it has not seen more slowly; the SDK is "
        "`openai.OpenAI(max_retries=0)`. CPU vs raw divides by the raw httpx row of the same "
        "job (same body, or a new body each mint).",
        _table(
            ["endpoint", "client", "CPU µs/mint", "wall µs/mint", "mints/s", "CPU vs raw"],
            [
                [
                    row["endpoint"],
                    row["client"],
                    f"{row['cpu_us']:,.0f}",
                    f"{row['wall_us']:,.0f}",
                    f"{1e6 / row['wall_us']:,.0f}",
                    f"{row['cpu_us'] / _reference_cpu(mints, row):.2f}x",
                ]
                for row in mints
            ],
            right=2,
        ),
    ]


def _emulator_sections(capacity: list[CapacityRow], burst: BurstRow) -> list[str]:
    return [
        "## Emulator capacity (one sequential keep-alive client)",
        "A raw socket sending a prebuilt request measures the emulator; httpx.Client is the "
        "ceiling of any httpx-based client on this machine. Emulator CPU comes from "
        "/proc/PID/stat (10 ms ticks).",
        _table(
            ["client", "endpoint", "mints/s", "client CPU µs/mint", "emulator CPU µs/mint"],
            [
                [
                    row["client"],
                    row["endpoint"],
                    f"{row['mints_per_s']:,.0f}",
                    f"{row['client_cpu_us']:,.0f}",
                    _maybe(row["emulator_cpu_us"], "{:,.0f}"),
                ]
                for row in capacity
            ],
            right=2,
        ),
        f"## Emulator burst ({burst['rounds']} rounds of {burst['connections']} connections "
        "opened at once)",
        "Each connection is new, sends one GA mint and reads the answer (bench/bench_burst.py): "
        "a fleet of workers started together. Resets are refused, reset or cut connections; "
        "timeouts had no answer within 10 s. RSS is the emulator's peak (VmHWM) over the whole "
        "run.",
        _table(
            [
                "connections",
                "mints",
                "mints/s",
                "resets",
                "timeouts",
                "client CPU µs/mint",
                "emulator CPU µs/mint",
                "emulator peak RSS MB",
            ],
            [
                [
                    str(burst["connections"]),
                    f"{burst['mints']:,}",
                    f"{burst['mints_per_s']:,.0f}",
                    str(burst["resets"]),
                    str(burst["timeouts"]),
                    f"{burst['client_cpu_us']:,.0f}",
                    _maybe(burst["emulator_cpu_us"], "{:,.0f}"),
                    _maybe(burst["emulator_rss_mb"], "{:.1f}"),
                ]
            ],
            right=0,
        ),
    ]


def _offline_sections(measured: Measured) -> list[str]:
    cold = measured.cold
    openai_ms = next(row["median_ms"] for row in cold if row["command"] == IMPORT_OPENAI)
    events, rate, took = measured.event_command
    return [
        f"## Cold start (median of {cold[0]['runs']} interleaved runs, bytecode cached)",
        f"`{BIG_YAML}` validates a GA config of about 1 MB of YAML (many long tools).",
        _table(
            ["command", "median ms", "min ms", "peak RSS MB", "vs import openai"],
            [
                [
                    f"`{row['command']}`",
                    f"{row['median_ms']:,.0f}",
                    f"{row['min_ms']:,.0f}",
                    f"{row['peak_rss_mb']:.1f}",
                    f"{row['median_ms'] / openai_ms:.2f}x",
                ]
                for row in cold
            ],
        ),
        "## Offline validation throughput (bench/bench_validation.py)",
        bench_validation.table(measured.validation),
        "## Client events validated per second (bench/bench_events.py)",
        _table(
            ["event", "validate_event calls/s, median", "min - max"],
            [
                [name, f"{statistics.median(rates):,.0f}", f"{min(rates):,.0f} - {max(rates):,.0f}"]
                for name, rates in measured.events.items()
            ],
        ),
        f"`realtime-sessions event validate` on a file of {events:,} valid events: "
        f"{took:.2f} s, {rate:,.0f} events per second (start-up included).",
    ]


def render(measured: Measured, found: list[Target]) -> str:
    met = sum(target.met for target in found)
    sections = [
        "# realtime-sessions benchmarks",
        f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, httpx {version('httpx')}, "
        f"openai {version('openai')}, aiohttp {version('aiohttp')}, "
        f"realtime-sessions {version('realtime-sessions')}; `bench/run.py` took "
        f"{measured.seconds:.0f} s; load average {os.getloadavg()[0]:.1f} at the end.",
        f"## Targets: {met} of {len(found)} met",
        "Ratios are taken round by round (both sides measured in the same interleaved round); "
        "the verdict reads the median; the async rows need ours >= 100% of raw httpx in every "
        "round and ours' own mints/s within +-10% of its median over the rounds.",
        targets_table(found),
        *_mints_section(measured.mints),
        "## Async throughput (loopback server in its own process, same pool limits)",
        "Every client at concurrency 1, 8 and 64, interleaved rounds (rotating order); min-max "
        "over the rounds. The server is bench/loopback_server.py (one fixed answer, asyncio, "
        "backlog 1,024), so the clients are what gets measured. realtime_sessions is "
        "`AsyncSessionsClient` with the same `httpx.Limits`; raw httpx is "
        "`AsyncClient(limits=...)` posting a prebuilt body; aiohttp is `ClientSession` with "
        "`TCPConnector(limit=...)`, a second reference. CPU is this process's per mint; "
        "ConnectionNotAvailable is the worst round's count per mint.",
        bench_async.table(measured.async_rows),
        *_emulator_sections(measured.capacity, measured.burst),
        *_offline_sections(measured),
        "## Realtime socket round trips (bench/bench_realtime.py)",
        "The emulator runs in the benchmark's process (both sides share the GIL), so the rates "
        "bound the library's own cost; the two forced-call kinds take turns every round.",
        bench_realtime.table(measured.realtime),
    ]
    return "\n\n".join(sections) + "\n\n" + measured.service.markdown()


_STARTED = time.perf_counter()


def _progress(text: str) -> None:
    print(f"[{time.perf_counter() - _STARTED:5.0f} s] {text}", file=sys.stderr, flush=True)


def measure(sizes: Sizes = FULL) -> Measured:
    """Run every benchmark once, in one process (servers in their own)."""
    started = time.perf_counter()
    _progress("validation throughput ...")
    validation = bench_validation.run(sizes.validation_repeat, sizes.validation_seconds)
    _progress("client events ...")
    events = {
        name: bench_events.rates(event, sizes.event_chunks, sizes.event_chunk)
        for name, event in bench_events.EVENTS.items()
    }
    event_command = (
        sizes.event_file,
        *bench_events.command_per_second(sizes.event_file, sizes.event_file_runs),
    )
    _progress("cold start ...")
    cold = bench_cold_start.run(sizes.cold_runs, sizes.yaml_bytes)
    with running_emulator() as emulator:
        _progress(f"sequential mints against {emulator.base_url} ...")
        mints = bench_mints.sequential(
            emulator.base_url, sizes.mints, sizes.mint_chunk, sizes.mint_warmup
        )
        _progress("emulator capacity ...")
        capacity = bench_mints.capacity(
            emulator, sizes.capacity_mints, sizes.capacity_chunk, sizes.capacity_warmup
        )
        _progress("emulator burst ...")
        burst = bench_burst.run(emulator, sizes.burst_connections, sizes.burst_rounds)
        service = bench_service.run(
            emulator.base_url,
            sizes.service_sequential,
            sizes.service_concurrent,
            chunks=sizes.service_chunks,
            progress=_progress,
        )
    with running_emulator(command=LOOPBACK) as loopback:
        _progress(f"async mints against {loopback.base_url} ...")
        async_rows = asyncio.run(
            bench_async.run(
                loopback.base_url,
                sizes.async_rounds,
                sizes.async_mints,
                sizes.async_warmup,
                progress=_progress,
            )
        )
    _progress("Realtime socket ...")
    realtime = bench_realtime.run(sizes.realtime_rounds, sizes.realtime_per_round)
    return Measured(
        validation,
        events,
        event_command,
        cold,
        mints,
        capacity,
        burst,
        service,
        async_rows,
        realtime,
        time.perf_counter() - started,
    )


def quoted(results: str) -> str:
    """What README's Benchmarks section quotes of a results file: its first line (when, where,
    versions) and the targets table with its count of met."""
    first = results.split("\n\n", 2)[1]
    targets_ = results.split("\n## Targets: ", 1)[1].split("\n## ", 1)[0].strip()
    met, _, rest = targets_.partition("\n\n")
    return f"{first}\n\n**Targets: {met}.** {rest}"


def with_quote(readme: str, results: str) -> str:
    """`readme` with the text between its quote marks replaced by the quote of `results`."""
    before, start, rest = readme.partition(QUOTE_START)
    _, end, after = rest.partition(QUOTE_END)
    if not start or not end:
        raise ValueError(f"README.md has no {QUOTE_START} ... {QUOTE_END} block")
    return f"{before}{start}\n{quoted(results)}\n{end}{after}"


def main() -> None:
    # A terminated run still stops its servers (the `with` blocks' exits run on SystemExit).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    measured = measure()
    text = render(measured, targets(measured))
    print(text)
    RESULTS.write_text(text)
    README.write_text(with_quote(README.read_text(), text))
    _progress(f"written to {RESULTS}, quoted in {README.name}")


if __name__ == "__main__":
    main()
