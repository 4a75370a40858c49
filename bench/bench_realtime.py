"""Realtime conversation round trips against the emulator over a real socket on 127.0.0.1.

Run from the repository root: `.venv/bin/python bench/bench_realtime.py`. Prints a markdown
table: forced calls per second through the library's `force_function_call` (validation, the
socket, matching, the schema check of the arguments) next to the same event sent with a plain
`websockets` client that only waits for `response.done`, and text turns per second. The
emulator runs in this process, so both sides share the GIL: the numbers bound the library's
own cost, not the API's latency.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

from realtime_sessions.events import force_function_call, session_update, user_message
from realtime_sessions.realtime import connect
from realtime_sessions_emulator import Emulator, FaultPlan
from websockets.sync.client import connect as ws_connect

KEY = "bench-key-not-real"
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
ROUNDS, PER_ROUND = 6, 150
LIBRARY, PLAIN, TURN = (
    "forced call, library `force_function_call`",
    "forced call, plain `websockets` client",
    "text turn (user message + response.create + response.done), library",
)


def _timed(call: Callable[[], object], count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        call()
    return count / (time.perf_counter() - started)


def run(rounds: int = ROUNDS, per_round: int = PER_ROUND) -> dict[str, list[float]]:
    """Round trips per second of each round; the three kinds take turns within every round."""
    with (
        Emulator(faults=FaultPlan(), seed=1) as emulator,
        connect(model="gpt-realtime", api_key=KEY, base_url=emulator.base_url) as conn,
        ws_connect(
            emulator.realtime_url, additional_headers={"Authorization": f"Bearer {KEY}"}
        ) as ws,
    ):
        conn.send(session_update({"type": "realtime", "tools": [TOOL], "tool_choice": "none"}))
        conn.recv_until("session.updated")
        ws.recv()
        event = json.dumps(force_function_call(TOOL))

        def plain() -> None:
            ws.send(event)
            while json.loads(ws.recv())["type"] != "response.done":
                pass

        def turn() -> None:
            conn.send(user_message("hello"))
            conn.send({"type": "response.create", "response": {"output_modalities": ["text"]}})
            conn.recv_until("response.done")

        calls = {LIBRARY: lambda: conn.force_function_call("CaptureOrderInfo"), PLAIN: plain}
        found: dict[str, list[float]] = {name: [] for name in (*calls, TURN)}
        for call in calls.values():
            _timed(call, per_round // 5)  # warm-up
        for round_ in range(rounds):
            for name in list(calls)[:: 1 if round_ % 2 == 0 else -1]:
                found[name].append(_timed(calls[name], per_round))
        # Last: every turn grows the conversation, which the emulator re-serialises for `usage`.
        found[TURN] = [_timed(turn, per_round // 3) for _ in range(rounds)]
    return found


def table(found: dict[str, list[float]]) -> str:
    lines = ["| round trip (emulator in process) | per second, median | min - max |"]
    lines.append("| --- | ---: | ---: |")
    lines += [
        f"| {name} | {statistics.median(rates):,.0f} | {min(rates):,.0f} - {max(rates):,.0f} |"
        for name, rates in found.items()
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(run()))
