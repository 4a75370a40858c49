"""A fast HTTP/1.1 keep-alive server for the async benchmark, run in its own process.

It answers every POST with one fixed, valid GA answer, so that the clients, not the server,
are what gets measured; it listens with a backlog of 1,024, so a burst of connects is never
reset. `python bench/loopback_server.py` prints `export OPENAI_BASE_URL=...` like the emulator.
"""

from __future__ import annotations

import asyncio
import json
import time

ANSWER = json.dumps(
    {
        "value": "ek_loopback0123456789",
        "expires_at": int(time.time()) + 3600,
        "session": {"type": "realtime", "id": "sess_loopback", "model": "gpt-realtime"},
    }
).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    + f"content-length: {len(ANSWER)}\r\n\r\n".encode()
    + ANSWER
)


class _Mints(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport
        self._buffer = b""

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := self._buffer.find(b"\r\n\r\n")) >= 0:
            head = self._buffer[:end].lower()
            start = head.find(b"content-length:")
            length = int(head[start + 15 :].split(b"\r\n", 1)[0]) if start >= 0 else 0
            if len(self._buffer) < end + 4 + length:
                return
            self._buffer = self._buffer[end + 4 + length :]
            self._transport.write(RESPONSE)  # type: ignore[attr-defined]


async def _serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Mints, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(f"export OPENAI_BASE_URL=http://127.0.0.1:{port}/v1", flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(_serve())
