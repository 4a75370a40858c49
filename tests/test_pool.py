"""Our clients' own pool gives each idle connection to one request: no ConnectionNotAvailable.

httpcore 1.0's pool pass hands one idle connection to every queued request (encode/httpcore#1035);
all but one then fail with ConnectionNotAvailable and queue again. The same workload runs through
a plain httpx client (upstream's pool) and through ours, against the emulator.
"""

from __future__ import annotations

import asyncio
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
