"""Throughput of offline validation: `validate(config, endpoint=...)` on one thread.

Run it with `.venv/bin/python bench/bench_validation.py`; it prints a markdown table (median of
several runs) in well under 20 seconds. Add `--cpu-time` to count this process's CPU time
instead of wall-clock time, which other busy processes on the machine inflate. A larger
benchmark script can reuse it:

    from bench.bench_validation import run, table   # or `from bench_validation import ...`
    rows = run()
    print(table(rows))

The configs are valid ones, so the numbers measure the path every correct config takes. The
typical configs are the `TYPICAL` and `GA_TYPICAL` of tests/test_validation.py, copied here so
that the benchmark does not import the test suite (and with it jsonschema and hypothesis).
"""

from __future__ import annotations

import itertools
import statistics
import sys
import time
import timeit
from collections.abc import Callable
from typing import Any, TypedDict

from realtime_sessions import validate

TOOL = {
    "type": "function",
    "name": "CaptureOrderInfo",
    "description": "Extract order details mentioned in the conversation.",
    "parameters": {
        "type": "object",
        "properties": {"phone_number": {"type": "string"}},
        "required": ["phone_number"],
    },
}
MINIMAL = {"model": "gpt-realtime"}
TYPICAL = {
    "model": "gpt-realtime",
    "modalities": ["audio", "text"],
    "instructions": "You take orders.",
    "voice": "marin",
    "input_audio_format": "pcm16",
    "output_audio_format": "pcm16",
    "input_audio_transcription": {"model": "whisper-1", "language": "en"},
    "turn_detection": {"type": "server_vad", "threshold": 0.5, "silence_duration_ms": 200},
    "tools": [TOOL],
    "tool_choice": "auto",
    "temperature": 0.8,
    "max_response_output_tokens": "inf",
}
GA_TYPICAL = {
    "type": "realtime",
    "model": "gpt-realtime",
    "instructions": "You take orders.",
    "output_modalities": ["audio"],
    "audio": {
        "input": {
            "turn_detection": {"type": "server_vad"},
            "format": {"type": "audio/pcm", "rate": 24000},
        },
        "output": {"voice": "marin"},
    },
    "tools": [TOOL],
    "tool_choice": "none",
}


def make_tool(index: int, tag: str = "") -> dict[str, Any]:
    """A distinct, valid function tool; `tag` makes its parameters new to every cache."""
    return {
        "type": "function",
        "name": f"lookup_{index:02d}",
        "description": f"Look up record kind {index} by id.",
        "parameters": {
            "type": "object",
            "properties": {
                "id": {"type": "string", "description": f"The id of a kind {index} record.{tag}"},
                "limit": {"type": "integer", "minimum": 1, "maximum": 100},
                "fields": {"type": "array", "items": {"type": "string"}},
            },
            "required": ["id"],
            "additionalProperties": False,
        },
    }


TWENTY_TOOLS = {
    **TYPICAL,
    "tools": [make_tool(index) for index in range(20)],
    "tool_choice": {"type": "function", "name": "lookup_07"},
}


class Row(TypedDict):
    case: str
    endpoint: str
    configs_per_s: float
    us_per_config: float
    runs: int
    number: int
    per_s_runs: list[float]  # configs per second of each run


THOUSAND_TOOLS = "1,000 new tools (cache misses)"


def _fresh_tools(count: int) -> Callable[[], Any]:
    """`count` tools never seen before on every call: the tool-parameters cache always misses."""
    counter = itertools.count()

    def call() -> Any:
        tag = f" #{next(counter)}"
        config = {**TWENTY_TOOLS, "tools": [make_tool(i, tag) for i in range(count)]}
        return validate(config, endpoint="sessions")

    return call


CASES: list[tuple[str, str, Any]] = [
    ("minimal", "sessions", MINIMAL),
    ("typical beta", "sessions", TYPICAL),
    ("typical GA", "client-secrets", GA_TYPICAL),
    ("20 tools", "sessions", TWENTY_TOOLS),
]


def _measure(
    call: Callable[[], Any], repeat: int, seconds: float, clock: Callable[[], float]
) -> tuple[list[float], int]:
    """Seconds per call of each of `repeat` runs of about `seconds` each, and calls per run."""
    # Garbage collection stays on: it is part of the cost of validating.
    timer = timeit.Timer(call, setup="gc.enable()", timer=clock)
    started = clock()
    call()  # one call first: a slow case (1,000 new tools) is not timed ten times over
    first = clock() - started
    if first >= seconds:
        return [first, *(t for t in timer.repeat(repeat - 1, 1))], 1
    number, _ = timer.autorange()
    per_run = timer.timeit(number) / number
    number = max(1, int(seconds / per_run))
    return [t / number for t in timer.repeat(repeat, number)], number


def run(
    repeat: int = 7,
    seconds: float = 0.25,
    *,
    cold_tools: bool = True,
    clock: Callable[[], float] = time.perf_counter,
) -> list[Row]:
    """Measure every case; `cold_tools` adds 20 new tools per config (jsonschema at work)."""
    benchmarks: list[tuple[str, str, Callable[[], Any]]] = []
    for case, endpoint, config in CASES:
        report = validate(config, endpoint=endpoint)  # also compiles the schemas, warms caches
        if report.problems:
            raise AssertionError(f"the {case} config is not clean: {report.problems}")
        benchmarks.append((case, endpoint, lambda c=config, e=endpoint: validate(c, endpoint=e)))
    if cold_tools:
        benchmarks.append(("20 new tools (cache misses)", "sessions", _fresh_tools(20)))
        benchmarks.append((THOUSAND_TOOLS, "sessions", _fresh_tools(1000)))
    rows: list[Row] = []
    for case, endpoint, call in benchmarks:
        runs, number = _measure(call, repeat, seconds, clock)
        per_config = statistics.median(runs)
        rows.append(
            Row(
                case=case,
                endpoint=endpoint,
                configs_per_s=1 / per_config,
                us_per_config=per_config * 1e6,
                runs=repeat,
                number=number,
                per_s_runs=[1 / run for run in runs],
            )
        )
    return rows


def table(rows: list[Row]) -> str:
    """The rows as a markdown table."""
    lines = [
        "| config | endpoint | configs/s | µs/config |",
        "|---|---|---:|---:|",
    ]
    lines += [
        f"| {row['case']} | {row['endpoint']} | {row['configs_per_s']:,.0f} "
        f"| {row['us_per_config']:,.1f} |"
        for row in rows
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> list[Row]:
    cpu = "--cpu-time" in (sys.argv[1:] if argv is None else argv)
    rows = run(clock=time.process_time if cpu else time.perf_counter)
    print(table(rows))
    kind = "CPU" if cpu else "wall-clock"
    print(f"\nMedian of {rows[0]['runs']} runs per config, {kind} time, one thread.")
    return rows


if __name__ == "__main__":
    main()
