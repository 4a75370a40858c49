"""The library against the local emulator: real HTTP, every fault mode, both endpoints."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import realtime_sessions._client as client_module
from realtime_sessions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncSessionsClient,
    AuthenticationError,
    RateLimitError,
    SessionsClient,
    validate,
)
from realtime_sessions_emulator import Emulator, FaultPlan

# The GA session of the out-of-band function-calling thread (seed 000), with its tool in full.
SEED_000_SESSION = {
    "type": "realtime",
    "model": "gpt-realtime",
    "audio": {"input": {"turn_detection": {"type": "server_vad"}}, "output": {"voice": "marin"}},
    "instructions": "You take orders for a pizzeria.",
    "tools": [
        {
            "type": "function",
            "name": "CaptureOrderInfo",
            "description": "Extract order details mentioned in the conversation.",
            "parameters": {
                "type": "object",
                "properties": {
                    "order_details": {"type": "string", "description": "What the customer ordered"},
                    "phone_number": {"type": "string", "description": "Customer phone number"},
                    "discount_coupon": {
                        "type": "string",
                        "description": "Coupon or discount mentioned",
                    },
                },
                "required": ["phone_number"],
            },
        }
    ],
    "tool_choice": "none",
}
BETA_CONFIG = {
    "model": "gpt-realtime",
    "voice": "marin",
    "modalities": ["audio", "text"],
    "temperature": 0.8,
}


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []

    async def fake_asleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(client_module, "_sleep", recorded.append)
    monkeypatch.setattr(client_module, "_asleep", fake_asleep)
    return recorded


def client(emulator: Emulator, **options: Any) -> SessionsClient:
    return SessionsClient(api_key="sk-emulator", base_url=emulator.base_url, **options)


@pytest.mark.parametrize(
    ("endpoint", "config"),
    [
        ("sessions", BETA_CONFIG),
        ("client-secrets", BETA_CONFIG),
        ("client-secrets", SEED_000_SESSION),
        ("sessions", SEED_000_SESSION),
    ],
)
def test_the_same_config_mints_through_either_endpoint(
    emulator: Emulator, endpoint: str, config: dict
) -> None:
    endpoint_config = dict(config)
    if endpoint == "client-secrets":
        endpoint_config.pop("temperature", None)
    assert validate(endpoint_config, endpoint=endpoint).ok
    with client(emulator) as minting:
        session = minting.create(endpoint_config, endpoint=endpoint, expires_after_seconds=120)
    assert session.client_secret.startswith("ek_")
    assert session.session_id.startswith("sess_")
    assert 100 < session.seconds_left <= 120
    assert session.endpoint == endpoint
    voice = (
        session.config["voice"]
        if endpoint == "sessions"
        else session.config["audio"]["output"]["voice"]
    )
    assert voice == "marin"


def test_seed_000_config_keeps_its_tool_through_the_ga_endpoint(emulator: Emulator) -> None:
    with client(emulator) as minting:
        session = minting.create(SEED_000_SESSION)
    assert session.config["tools"][0]["name"] == "CaptureOrderInfo"
    assert session.config["tool_choice"] == "none"


def test_async_client_mints_concurrently(emulator: Emulator) -> None:
    async def main() -> list[Any]:
        async with AsyncSessionsClient(
            api_key="sk-emulator", base_url=emulator.base_url
        ) as minting:
            return await asyncio.gather(
                *(minting.create(BETA_CONFIG, endpoint="sessions") for _ in range(16))
            )

    secrets = {session.client_secret for session in asyncio.run(main())}
    assert len(secrets) == 16


@pytest.mark.parametrize("kind", ["429", "500", "502", "503", "malformed"])
def test_transient_faults_are_retried_until_the_mint_succeeds(
    emulator: Emulator, sleeps: list[float], kind: str
) -> None:
    emulator.faults = FaultPlan(kind=kind, first=2, retry_after=3)
    with client(emulator) as minting:
        session = minting.create(BETA_CONFIG, endpoint="sessions")
    assert session.client_secret.startswith("ek_")
    assert len(sleeps) == 2
    if kind == "429":
        assert sleeps == [3.0, 3.0]


@pytest.mark.parametrize(
    ("kind", "error", "status"),
    [
        ("429", RateLimitError, 429),
        ("500", APIStatusError, 500),
        ("502", APIStatusError, 502),
        ("503", APIStatusError, 503),
        ("malformed", APIConnectionError, 200),
        ("drop", APIConnectionError, None),
    ],
)
def test_persistent_faults_end_in_the_documented_error(
    emulator: Emulator, sleeps: list[float], kind: str, error: type, status: int | None
) -> None:
    emulator.faults = FaultPlan(kind=kind)
    with client(emulator, max_retries=2) as minting, pytest.raises(error) as raised:
        minting.create(BETA_CONFIG, endpoint="sessions")
    assert type(raised.value) is error
    assert raised.value.retryable
    assert raised.value.status == status
    assert len(sleeps) == 2


def test_slow_answers_end_in_a_timeout(emulator: Emulator, sleeps: list[float]) -> None:
    emulator.faults = FaultPlan(kind="slow", slow_seconds=1.0)
    with client(emulator, timeout=0.2, max_retries=1) as minting, pytest.raises(APITimeoutError):
        minting.create(BETA_CONFIG, endpoint="sessions")
    assert len(sleeps) == 1


def test_retired_beta_is_terminal_and_points_to_ga(emulator: Emulator, sleeps: list[float]) -> None:
    emulator.faults = FaultPlan(kind="retired")
    with client(emulator) as minting:
        with pytest.raises(APIStatusError) as raised:
            minting.create(BETA_CONFIG, endpoint="sessions")
        assert raised.value.code == "beta_api_shape_disabled"
        assert not raised.value.retryable
        assert "POST /realtime/client_secrets" in str(raised.value)
        assert sleeps == []
        ga_config = {key: value for key, value in BETA_CONFIG.items() if key != "temperature"}
        assert minting.create(ga_config, endpoint="client-secrets").client_secret.startswith("ek_")


def test_missing_key_never_reaches_the_server(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    before = emulator.requests
    with SessionsClient(base_url=emulator.base_url) as minting, pytest.raises(AuthenticationError):
        minting.create({})
    assert emulator.requests == before
