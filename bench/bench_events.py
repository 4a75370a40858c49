"""Client event validation throughput: the library call and the `event validate` command.

Run from the repository root: `.venv/bin/python bench/bench_events.py`. Prints a markdown table.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from realtime_sessions import validate_event

TOOL = {
    "type": "function",
    "name": "CaptureOrderInfo",
    "description": "Extract order details mentioned in the conversation.",
    "parameters": {
        "type": "object",
        "properties": {"phone_number": {"type": "string"}, "order_details": {"type": "string"}},
        "required": ["phone_number"],
    },
}
FORCED = {"type": "function", "name": "CaptureOrderInfo"}
EVENTS: dict[str, dict[str, Any]] = {
    "response.create, forced call (valid)": {
        "type": "response.create",
        "response": {
            "conversation": "none",
            "output_modalities": ["text"],
            "tools": [TOOL],
            "tool_choice": FORCED,
            "metadata": {"topic": "CaptureOrderInfo"},
        },
    },
    "response.create, seed 000 (invalid)": {
        "type": "response.create",
        "response": {"tools": ["CaptureOrderInfo"], "tool_choice": FORCED},
    },
    "conversation.item.create, user text (valid)": {
        "type": "conversation.item.create",
        "item": {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": "hi"}],
        },
    },
    "input_audio_buffer.append, 20 ms (valid)": {
        "type": "input_audio_buffer.append",
        "audio": "A" * 1280,
    },
}
CHUNK = 2000
CHUNKS = 7
FILE_EVENTS = 20000


def rates(event: dict[str, Any], chunks: int = CHUNKS, chunk: int = CHUNK) -> list[float]:
    """Events per second of each of `chunks` chunks of `chunk` calls."""
    validate_event(event)  # compile the schemas first
    found = []
    for _ in range(chunks):
        start = time.perf_counter()
        for _ in range(chunk):
            validate_event(event)
        found.append(chunk / (time.perf_counter() - start))
    return found


def per_second(event: dict[str, Any]) -> float:
    """Median events per second over CHUNKS chunks of CHUNK calls."""
    return statistics.median(rates(event))


def command_per_second(count: int = FILE_EVENTS, runs: int = 3) -> tuple[float, float]:
    """Events per second of `event validate` on one file of `count` events, and its time."""
    events = [list(EVENTS.values())[i % 4 if i % 4 != 1 else 0] for i in range(count)]
    script = Path(sys.executable).with_name("realtime-sessions")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.json"
        path.write_text(json.dumps(events))
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run(
                [str(script), "event", "validate", str(path)], capture_output=True
            )
            times.append(time.perf_counter() - start)
            assert done.returncode == 0, done.stdout[-500:]
    best = statistics.median(times)
    return count / best, best


def main() -> None:
    print("| event | validate_event calls per second |")
    print("|---|---|")
    for name, event in EVENTS.items():
        print(f"| {name} | {per_second(event):,.0f} |")
    rate, seconds = command_per_second()
    print(
        f"\n`realtime-sessions event validate` on a file of {FILE_EVENTS:,} valid events: "
        f"{seconds:.2f} s, {rate:,.0f} events per second (start-up included)."
    )


if __name__ == "__main__":
    main()
