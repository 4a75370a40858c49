"""Callers with JWTs from an identity provider, verified against its JWKS served on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from realtime_sessions_service import create_app

from .service_support import API_KEY, Jwks, ServedApp, policy_data

ISSUER = "https://login.example"
AUDIENCE = "realtime-token-service"


@pytest.fixture(scope="module")
def jwks() -> Iterator[Jwks]:
    provider = Jwks()
    yield provider
    provider.close()


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def service(emulator, jwks: Jwks, sent: list[httpx.Request]) -> Iterator[ServedApp]:
    async def record(request: httpx.Request) -> None:
        sent.append(request)

    auth = {
        "mode": "jwt",
        "jwks_url": jwks.url,
        "issuer": ISSUER,
        "audience": AUDIENCE,
        "caller_claim": "email",
    }
    policy = policy_data(auth=auth, upstream={"base_url": emulator.base_url})
    upstream = httpx.AsyncClient(event_hooks={"request": [record]})
    with ServedApp(create_app(policy, api_key=API_KEY, http_client=upstream)) as served:
        yield served


def claims(**changes: Any) -> dict[str, Any]:
    now = int(time.time())
    base = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "exp": now + 300,
        "iat": now,
        "email": "ada@example.com",
    }
    base.update(changes)
    return {name: value for name, value in base.items() if value is not None}


def mint(service: ServedApp, token: str) -> httpx.Response:
    return httpx.post(f"{service.url}/v1/session", headers={"Authorization": f"Bearer {token}"})


def test_a_valid_jwt_mints_and_its_claim_names_the_caller(
    service: ServedApp, jwks: Jwks, sent
) -> None:
    answer = mint(service, jwks.token(claims()))
    assert answer.status_code == 200
    assert answer.json()["value"].startswith("ek_")
    assert json.loads(sent[0].content)["session"]["tracing"] == {
        "metadata": {"caller_id": "ada@example.com"}
    }


@pytest.mark.parametrize(
    "bad",
    [
        {"exp": int(time.time()) - 10},
        {"aud": "another-service"},
        {"iss": "https://evil.example"},
        {"exp": None},
        {"aud": None},
        {"email": None},
        {"email": ""},
    ],
    ids=["expired", "audience", "issuer", "no-exp", "no-aud", "no-caller", "empty-caller"],
)
def test_a_jwt_breaking_a_rule_gets_the_bare_401(service: ServedApp, jwks: Jwks, sent, bad) -> None:
    answer = mint(service, jwks.token(claims(**bad)))
    assert answer.status_code == 401
    assert answer.json() == {"error": {"code": "unauthorized", "message": "Unauthorized."}}
    assert sent == []


def test_forged_and_malformed_jwts_get_401(service: ServedApp, jwks: Jwks, sent) -> None:
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged = jwks.token(claims(), key=other_key)
    unknown_kid = jwks.token(claims(), kid="not-in-jwks")
    header, payload, signature = jwks.token(claims()).split(".")
    tampered = ".".join([header, payload[:-2] + "AA", signature])
    hs256 = __import__("jwt").encode(
        claims(), "shared-secret-guess-of-32-bytes!!", algorithm="HS256"
    )
    for token in (forged, unknown_kid, tampered, hs256, "not.a.jwt", "x"):
        assert mint(service, token).status_code == 401
    assert sent == []


def test_an_unreachable_identity_provider_is_a_temporary_503(emulator) -> None:
    auth = {
        "mode": "jwt",
        "jwks_url": "http://127.0.0.1:9/jwks.json",
        "issuer": ISSUER,
        "audience": AUDIENCE,
    }
    policy = policy_data(auth=auth, upstream={"base_url": emulator.base_url})
    provider = Jwks()
    token = provider.token(claims())
    provider.close()
    with ServedApp(create_app(policy, api_key=API_KEY)) as served:
        answer = mint(served, token)
    assert answer.status_code == 503
    assert answer.json()["error"]["code"] == "identity_provider_unavailable"
    assert answer.headers["retry-after"] == "1"


def test_no_jwt_reaches_the_logs(
    service: ServedApp, jwks: Jwks, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    good, expired = jwks.token(claims()), jwks.token(claims(exp=int(time.time()) - 10))
    minted = mint(service, good)
    assert mint(service, expired).status_code == 401
    assert "for caller ada@example.com" in caplog.text
    for secret in (good, expired, minted.json()["value"], API_KEY):
        assert secret not in caplog.text


def test_unknown_key_ids_do_not_make_the_service_hammer_the_jwks(
    service: ServedApp, jwks: Jwks
) -> None:
    assert mint(service, jwks.token(claims())).status_code == 200
    before = jwks.fetches
    for attempt in range(5):
        assert mint(service, jwks.token(claims(), kid=f"guess-{attempt}")).status_code == 401
    assert jwks.fetches - before <= 1
