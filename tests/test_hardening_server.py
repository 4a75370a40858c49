"""Issue 14, server behaviour seen from the client: a trickling server cannot hold an attempt
past its timeout, a deeply nested answer is an unusable answer, `Retry-After: -1` backs off."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from click.testing import CliRunner
from realtime_sessions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncSessionsClient,
    SessionsClient,
)
from realtime_sessions._responses import parse_retry_after
from realtime_sessions_cli.app import cli

from tests.misbehaving_server import (
    MisbehavingServer,
    nested,
    respond,
    retry_after,
    trickle_body,
    trickle_headers,
)

KEY = "test-key-for-hardening-0123456789"


def ga_answer() -> dict[str, Any]:
    return {
        "value": "ek_minted_for_hardening",
        "expires_at": int(time.time()) + 600,
        "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1"},
    }


@pytest.mark.parametrize(
    "behaviour",
    [
        trickle_headers(200, json={"ok": 1}, lines=40, every=0.2),
        trickle_body(200, json=ga_answer(), piece=1, every=0.2),
    ],
    ids=["headers", "body"],
)
def test_a_trickling_server_cannot_hold_an_attempt_past_its_timeout(behaviour):
    with MisbehavingServer(behaviour) as server:
        started = time.monotonic()
        with (
            SessionsClient(api_key=KEY, base_url=server.base_url, timeout=1.5, max_retries=0) as c,
            pytest.raises(APITimeoutError),
        ):
            c.create({})
        assert time.monotonic() - started < 3.0


def test_the_async_client_keeps_the_deadline_too():
    async def mint() -> None:
        async with AsyncSessionsClient(
            api_key=KEY, base_url=server.base_url, timeout=1.5, max_retries=0
        ) as client:
            await client.create({})

    with MisbehavingServer(trickle_headers(200, json={"ok": 1}, lines=40, every=0.2)) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            asyncio.run(mint())
        assert time.monotonic() - started < 3.0


def test_cli_create_timeout_bounds_the_whole_attempt():
    with MisbehavingServer(trickle_headers(200, json={"ok": 1}, lines=40, every=0.2)) as server:
        started = time.monotonic()
        result = CliRunner().invoke(
            cli,
            ["create", "--base-url", server.base_url, "--timeout", "1", "--max-retries", "0"],
            env={"OPENAI_API_KEY": KEY},
        )
        assert result.exit_code == 75, result.output
        assert time.monotonic() - started < 3.0


def test_a_slow_but_timely_answer_is_still_read():
    with (
        MisbehavingServer(trickle_body(200, json=ga_answer(), piece=64, every=0.05)) as server,
        SessionsClient(api_key=KEY, base_url=server.base_url, timeout=10) as client,
    ):
        assert client.create({}).client_secret == "ek_minted_for_hardening"


def test_a_deeply_nested_200_is_an_unusable_answer():
    with (
        MisbehavingServer(nested(100_000, 200)) as server,
        SessionsClient(api_key=KEY, base_url=server.base_url, max_retries=0) as client,
        pytest.raises(APIConnectionError, match="not a session"),
    ):
        client.create({})


def test_a_deeply_nested_400_is_a_refusal():
    with (
        MisbehavingServer(nested(100_000, 400)) as server,
        SessionsClient(api_key=KEY, base_url=server.base_url, max_retries=0) as client,
        pytest.raises(APIStatusError) as raised,
    ):
        client.create({})
    assert raised.value.status == 400
    assert not raised.value.retryable


@pytest.mark.parametrize("value", ["-1", "-0.5", "nan", "-inf"])
def test_a_negative_retry_after_is_no_delay_asked_for(value):
    assert parse_retry_after(value) is None


def test_retry_after_minus_one_backs_off_instead_of_retrying_at_once(monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr("realtime_sessions._client._sleep", slept.append)
    with (
        MisbehavingServer(retry_after("-1"), respond(200, json=ga_answer())) as server,
        SessionsClient(api_key=KEY, base_url=server.base_url, max_retries=1) as client,
    ):
        client.create({})
    assert len(slept) == 1
    assert slept[0] > 0
