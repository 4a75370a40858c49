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
ROUNDS, PER_ROUND = 5, 200


def _rate(run) -> float:
    rates = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(PER_ROUND):
            run()
        rates.append(PER_ROUND / (time.perf_counter() - started))
    return statistics.median(rates)


def main() -> None:
    with Emulator(faults=FaultPlan(), seed=1) as emulator:
        with connect(model="gpt-realtime", api_key=KEY, base_url=emulator.base_url) as conn:
            conn.send(session_update({"type": "realtime", "tools": [TOOL], "tool_choice": "none"}))
            conn.recv_until("session.updated")
            library = _rate(lambda: conn.force_function_call("CaptureOrderInfo"))

            def turn() -> None:
                conn.send(user_message("hello"))
                conn.send({"type": "response.create", "response": {"output_modalities": ["text"]}})
                conn.recv_until("response.done")

            turns = _rate(turn)
        event = json.dumps(force_function_call(TOOL))
        headers = {"Authorization": f"Bearer {KEY}"}
        with ws_connect(emulator.realtime_url, additional_headers=headers) as ws:
            ws.recv()

            def raw() -> None:
                ws.send(event)
                while json.loads(ws.recv())["type"] != "response.done":
                    pass

            plain = _rate(raw)
    print("| round trip (emulator in process) | per second |")
    print("| --- | ---: |")
    print(f"| forced call, library `force_function_call` | {library:,.0f} |")
    print(f"| forced call, plain `websockets` client | {plain:,.0f} |")
    print(f"| text turn (user message + response.create + response.done), library | {turns:,.0f} |")


if __name__ == "__main__":
    main()
