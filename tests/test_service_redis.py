"""Limits that hold across instances: two `realtime-sessions serve` processes, one real Redis."""

from __future__ import annotations

import asyncio
import json
import subprocess
from collections.abc import Iterator

import httpx
import pytest

from .service_support import (
    API_KEY,
    CALLER_TOKEN,
    CLI,
    ServeProcess,
    free_port,
    policy_data,
    redis_server,
)

AUTH = {"Authorization": f"Bearer {CALLER_TOKEN}"}
LIMIT = 9


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


async def burst(urls: list[str], count: int) -> list[int]:
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=count)) as client:
        answers = await asyncio.gather(
            *(client.post(f"{urls[n % len(urls)]}/v1/session", headers=AUTH) for n in range(count))
        )
    return [answer.status_code for answer in answers]


def test_two_instances_share_one_limit(emulator, redis_url: str, tmp_path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(
        json.dumps(
            policy_data(
                limits={"rate": f"{LIMIT}/minute"}, upstream={"base_url": emulator.base_url}
            )
        )
    )
    with (
        ServeProcess(policy, "--storage", redis_url) as first,
        ServeProcess(policy, "--storage", redis_url) as second,
    ):
        statuses = asyncio.run(burst([first.url, second.url], 4 * LIMIT))
        refused = httpx.post(f"{first.url}/v1/session", headers=AUTH)
    assert statuses.count(200) == LIMIT
    assert statuses.count(429) == 3 * LIMIT
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) >= 1
    outputs = first.output + second.output
    assert outputs.count("Uvicorn running on http://127.0.0.1:") == 2
    assert outputs.count("minted session sess_") == LIMIT
    for secret in (CALLER_TOKEN, API_KEY, "ek_"):
        assert secret not in outputs


def test_workers_share_the_limit_through_redis(emulator, redis_url: str, tmp_path) -> None:
    policy = tmp_path / "policy.json"
    data = policy_data(limits={"rate": f"{LIMIT}/minute"}, upstream={"base_url": emulator.base_url})
    data["auth"]["tokens"][0]["caller"] = "workers"  # a key of its own in the shared Redis
    policy.write_text(json.dumps(data))
    with ServeProcess(policy, "--storage", redis_url, "--workers", "2") as served:
        statuses = asyncio.run(burst([served.url], 3 * LIMIT))
    assert statuses.count(200) == LIMIT


def test_serve_refuses_to_start_when_redis_does_not_answer(tmp_path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps(policy_data()))
    storage = f"redis://127.0.0.1:{free_port()}/0"
    result = subprocess.run(
        [CLI, "serve", "--policy", str(policy), "--storage", storage],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "OPENAI_API_KEY": API_KEY},
        timeout=60,
    )
    assert result.returncode == 75
    assert (
        result.stderr
        == f"error: --storage {storage}: Redis does not answer (ConnectionError); start it or fix the address.\n"
    )
