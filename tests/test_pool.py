"""Our clients' own pool gives each idle connection to one request: no ConnectionNotAvailable.

httpcore 1.0's pool pass hands one idle connection to every queued request (encode/httpcore#1035);
all but one then fail with ConnectionNotAvailable and queue again. The same workload runs through
a plain httpx client (upstream's pool) and through ours, against the emulator.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx
import pytest
from realtime_sessions import AsyncSessionsClient, ConfigError, SessionsClient
from realtime_sessions_emulator import Emulator

CONFIG = {"type": "realtime", "model": "gpt-realtime"}
LIMITS = httpx.Limits(max_connections=4, max_keepalive_connections=4)
ROUNDS, CONCURRENT = 3, 32


@pytest.fixture
def unavailable(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts ConnectionNotAvailable: a request handed a connection another request took."""
    seen = [0]
    original = httpcore.AsyncHTTPConnection.handle_async_request

    async def counting(self: Any, request: Any) -> Any:
        try:
            return await original(self, request)
        except httpcore.ConnectionNotAvailable:
            seen[0] += 1
            raise

    monkeypatch.setattr(httpcore.AsyncHTTPConnection, "handle_async_request", counting)
    return seen


def _pool_of(client: Any) -> Any:
    return client._own._transport._pool


async def _rounds(mint: Any) -> None:
    for _ in range(ROUNDS):
        await asyncio.gather(*(mint() for _ in range(CONCURRENT)))


def test_upstream_pool_retries_for_taken_connections_and_ours_never(
    emulator: Emulator, unavailable: list[int]
) -> None:
    async def raw() -> None:
        url = f"{emulator.base_url}/realtime/client_secrets"
        headers = {"Authorization": "Bearer sk-pool"}
        async with httpx.AsyncClient(limits=LIMITS) as client:

            async def mint() -> None:
                answer = await client.post(url, json={"session": CONFIG}, headers=headers)
                assert answer.status_code == 200

            await _rounds(mint)

    async def ours() -> tuple[int, int]:
        async with AsyncSessionsClient(
            api_key="sk-pool", base_url=emulator.base_url, limits=LIMITS, max_retries=0
        ) as client:

            async def mint() -> None:
                assert (await client.create(CONFIG)).client_secret.startswith("ek_")

            await _rounds(mint)
            pool = _pool_of(client)
            return len(pool.connections), pool._max_connections

    asyncio.run(raw())
    without_fix, unavailable[0] = unavailable[0], 0
    connections, limit = asyncio.run(ours())
    assert without_fix > 0  # the bug the fix is for (if httpcore fixed it, unpin and drop _pool)
    assert unavailable[0] == 0
    assert 1 <= connections <= limit == 4


def test_the_pool_fix_is_applied_to_our_own_pools_only(emulator: Emulator) -> None:
    with SessionsClient(api_key="sk-pool", base_url=emulator.base_url) as client:
        client.create(CONFIG)
        assert type(_pool_of(client)).__name__ == "_SyncPool"
    user_client = httpx.Client()
    with SessionsClient(
        api_key="sk-pool", base_url=emulator.base_url, http_client=user_client
    ) as client:
        client.create(CONFIG)
        assert client._own is None  # no pool of our own is made beside the user's
    assert type(user_client._transport._pool) is httpcore.ConnectionPool
    assert type(user_client.cookies) is httpx.Cookies
    assert not user_client.is_closed
    user_client.close()


def test_limits_and_http2_reach_our_pool(emulator: Emulator) -> None:
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=2, keepalive_expiry=7)
    for http2 in (False, True):
        client = AsyncSessionsClient(
            api_key="sk-pool", base_url=emulator.base_url, limits=limits, http2=http2
        )
        pool = _pool_of(client)
        settings = (pool._max_connections, pool._max_keepalive_connections, pool._keepalive_expiry)
        assert settings == (3, 2, 7)
        assert pool._http2 is http2

        async def mint_and_close(client: AsyncSessionsClient = client) -> str:
            async with client:
                return (await client.create(CONFIG)).client_secret

        # The emulator speaks HTTP/1.1 in the clear: an http2 pool falls back to it.
        assert asyncio.run(mint_and_close()).startswith("ek_")
    with SessionsClient(api_key="sk-pool", base_url=emulator.base_url, http2=True) as sync:
        assert sync.create(CONFIG).client_secret.startswith("ek_")
        assert _pool_of(sync)._http2 is True


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"limits": httpx.Limits(max_connections=2)}, "limits"),
        ({"http2": True}, "http2"),
    ],
)
def test_pool_options_beside_an_injected_client_are_refused(
    options: dict[str, Any], named: str
) -> None:
    with pytest.raises(ConfigError, match="http_client= the pool is that client's") as raised:
        SessionsClient(api_key="sk-pool", http_client=httpx.Client(), **options)
    assert raised.value.report.problems[0].path == named


@pytest.mark.parametrize(
    ("options", "message"),
    [({"limits": 4}, "limits must be an httpx.Limits"), ({"http2": "yes"}, "http2 must be True")],
)
def test_pool_options_of_the_wrong_type_are_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        AsyncSessionsClient(api_key="sk-pool", **options)


class _ClosingServer:
    """A keep-alive HTTP/1.1 server that answers one mint per connection, then closes it (as a
    server does when its idle timeout runs out, without a `Connection: close` header)."""

    ANSWER = json.dumps(
        {
            "value": "ek_closing_server",
            "expires_at": 4_000_000_000,
            "session": {"type": "realtime", "model": "gpt-realtime"},
        }
    ).encode()

    def __init__(self, header: bytes = b"") -> None:
        self._header = header
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}/v1"
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            with connection:
                received = b""
                while b"\r\n\r\n" not in received:
                    received += connection.recv(65536)
                head, _, body = received.partition(b"\r\n\r\n")
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                while len(body) < length:
                    body += connection.recv(65536)
                connection.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                    + self._header
                    + f"content-length: {len(self.ANSWER)}\r\n\r\n".encode()
                    + self.ANSWER
                )

    def close(self) -> None:
        self._listener.close()


@pytest.fixture
def closing_server() -> Iterator[_ClosingServer]:
    server = _ClosingServer()
    yield server
    server.close()


def test_an_idle_connection_the_server_closed_is_never_handed_out(
    closing_server: _ClosingServer,
) -> None:
    """The pool polls an idle connection's socket only when about to hand it out (not every
    connection on every pass): a mint after the server closed the connection gets a new one,
    with no retry to hide a failure."""

    async def mints() -> list[str]:
        async with AsyncSessionsClient(
            api_key="sk-pool", base_url=closing_server.base_url, max_retries=0
        ) as client:
            secrets = []
            for _ in range(3):
                secrets.append((await client.create(CONFIG)).client_secret)
                await asyncio.sleep(0.2)  # the server's FIN arrives; the connection is idle
            return secrets

    assert asyncio.run(mints()) == ["ek_closing_server"] * 3
    with SessionsClient(
        api_key="sk-pool", base_url=closing_server.base_url, max_retries=0
    ) as client:
        for _ in range(3):
            assert client.create(CONFIG).client_secret == "ek_closing_server"
            time.sleep(0.2)
    assert closing_server.connections == 6


def test_idle_sockets_are_polled_about_once_a_mint_not_once_per_connection(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Upstream's pass asks every connection `has_expired()` twice a mint (a socket poll for
    each idle one); at 16 connections that is about 30 polls a mint, ours about one."""
    polls = [0]
    original = httpcore.AsyncHTTPConnection.has_expired

    def counting(self: Any) -> bool:
        polls[0] += 1
        return original(self)

    monkeypatch.setattr(httpcore.AsyncHTTPConnection, "has_expired", counting)
    limits = httpx.Limits(max_connections=16, max_keepalive_connections=16)

    async def ours() -> None:
        async with AsyncSessionsClient(
            api_key="sk-pool", base_url=emulator.base_url, limits=limits, max_retries=0
        ) as client:
            await asyncio.gather(*(client.create(CONFIG) for _ in range(16)))  # open 16
            polls[0] = 0
            for _ in range(4):
                await asyncio.gather(*(client.create(CONFIG) for _ in range(16)))

    asyncio.run(ours())
    # One poll per mint for the connection it is handed, plus at most one sweep of all 16.
    assert polls[0] <= 64 + 16 * 2


def test_a_full_pool_replaces_a_connection_closed_on_our_side() -> None:
    """`Connection: close` closes the connection on our side after the answer; in a pool of one
    the next mint must not wait for the once-a-second clean-up to find room."""
    server = _ClosingServer(b"connection: close\r\n")
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)

    async def mints() -> list[str]:
        async with AsyncSessionsClient(
            api_key="sk-pool", base_url=server.base_url, limits=limits, max_retries=0
        ) as client:
            return [(await client.create(CONFIG)).client_secret for _ in range(4)]

    try:
        assert asyncio.run(asyncio.wait_for(mints(), 10)) == ["ek_closing_server"] * 4
        assert server.connections == 4
    finally:
        server.close()
