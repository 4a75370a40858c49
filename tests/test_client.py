"""Minting through the library: exact requests, every failure mapped, retries, no leaked secrets."""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import time
from typing import Any

import httpx
import pytest
import realtime_sessions._client as client_module
import respx
import tenacity
from realtime_sessions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncSessionsClient,
    AuthenticationError,
    ConfigError,
    RateLimitError,
    SessionsClient,
    acreate_session,
    create_session,
)

BASE = "https://api.openai.com/v1"
API_KEY = "sk-test-0123456789abcdefghijklmnopqrstuv"
SECRET = "ek_0123456789secretvalue"
BETA_ANSWER = {
    "id": "sess_123",
    "object": "realtime.session",
    "model": "gpt-realtime",
    "modalities": ["audio", "text"],
    "temperature": 0.7,
    "client_secret": {"value": SECRET, "expires_at": 2_000_000_000},
}
GA_ANSWER = {
    "value": SECRET,
    "expires_at": 2_000_000_000,
    "session": {
        "type": "realtime",
        "id": "sess_456",
        "object": "realtime.session",
        "model": "gpt-realtime",
    },
}


# The key tests run against both endpoints: the GA one is the default, the beta one is retired.
ROUTE = {"sessions": "/realtime/sessions", "client-secrets": "/realtime/client_secrets"}
ANSWER = {"sessions": BETA_ANSWER, "client-secrets": GA_ANSWER}
ENDPOINTS = pytest.mark.parametrize("endpoint", ["sessions", "client-secrets"])


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """A fake clock: retries record their delays instead of sleeping."""
    recorded: list[float] = []

    async def fake_asleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(client_module, "_sleep", recorded.append)
    monkeypatch.setattr(client_module, "_asleep", fake_asleep)
    return recorded


@pytest.fixture
def jitter_windows(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, float]]:
    """Full jitter made exact: tenacity's `random.uniform(low, high)` returns `high`, recorded."""
    windows: list[tuple[float, float]] = []

    def top_of_window(low: float, high: float) -> float:
        windows.append((low, high))
        return high

    monkeypatch.setattr(tenacity.wait.random, "uniform", top_of_window)
    return windows


def mint(mode: str, config: dict[str, Any] | None = None, **options: Any) -> Any:
    """Mint with the sync or the async API, so every behaviour is checked on both."""
    options.setdefault("api_key", API_KEY)
    if mode == "sync":
        return create_session(config, **options)
    return asyncio.run(acreate_session(config, **options))


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


EXACT_REQUESTS = {
    "sessions": (
        {"model": "gpt-realtime", "temperature": 0.7},
        b'{"model":"gpt-realtime","temperature":0.7}',
    ),
    "client-secrets": (
        {"model": "gpt-realtime"},
        b'{"session":{"type":"realtime","model":"gpt-realtime"}}',
    ),
}


@MODES
@ENDPOINTS
@respx.mock(base_url=BASE)
def test_sends_exactly_the_config_and_headers(
    respx_mock: respx.MockRouter, mode: str, endpoint: str
) -> None:
    route = respx_mock.post(ROUTE[endpoint]).respond(200, json=ANSWER[endpoint])
    config, body = EXACT_REQUESTS[endpoint]
    session = mint(mode, config, endpoint=endpoint, organization="org-1", project="proj-1")
    request = route.calls.last.request
    assert request.content == body
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["openai-organization"] == "org-1"
    assert request.headers["openai-project"] == "proj-1"
    assert "openai-beta" not in request.headers
    assert session.client_secret == SECRET
    assert session.endpoint == endpoint
    assert session.session_id == {"sessions": "sess_123", "client-secrets": "sess_456"}[endpoint]
    assert session.model == "gpt-realtime"
    assert session.expires_at.timestamp() == 2_000_000_000
    assert session.expires_at.tzinfo is not None
    assert "client_secret" not in session.config
    assert session.raw == ANSWER[endpoint]


@MODES
@respx.mock(base_url=BASE)
def test_empty_config_sends_an_empty_body(respx_mock: respx.MockRouter, mode: str) -> None:
    route = respx_mock.post("/realtime/sessions").respond(200, json=BETA_ANSWER)
    mint(mode, None, endpoint="sessions")
    assert route.calls.last.request.content == b"{}"


@MODES
@respx.mock(base_url=BASE)
def test_ga_sends_the_nested_session(respx_mock: respx.MockRouter, mode: str) -> None:
    route = respx_mock.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
    config = {"type": "realtime", "model": "gpt-realtime", "audio": {"output": {"voice": "marin"}}}
    session = mint(mode, config, expires_after_seconds=600)
    # The validated body as built (the config's own key order, the lifetime after the session),
    # encoded compactly as httpx encodes the generated client's JSON.
    assert route.calls.last.request.content == (
        b'{"session":{"type":"realtime","model":"gpt-realtime","audio":{"output":{"voice":"marin"}}},'
        b'"expires_after":{"anchor":"created_at","seconds":600}}'
    )
    assert session.client_secret == SECRET
    assert session.session_id == "sess_456"
    assert session.endpoint == "client-secrets"


@respx.mock
def test_environment_configures_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", "https://proxy.example.test/v1/")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    route = respx.post("https://proxy.example.test/v1/realtime/sessions").respond(
        200, json=BETA_ANSWER
    )
    create_session({}, endpoint="sessions")
    headers = route.calls.last.request.headers
    assert headers["authorization"] == f"Bearer {API_KEY}"
    assert headers["openai-organization"] == "org-env"
    assert headers["openai-project"] == "proj-env"


@MODES
@respx.mock(base_url=BASE, assert_all_called=False)
def test_missing_key_fails_before_the_network(respx_mock: respx.MockRouter, mode: str) -> None:
    route = respx_mock.post("/realtime/sessions")
    with pytest.raises(AuthenticationError, match="no API key: set OPENAI_API_KEY"):
        mint(mode, {}, endpoint="sessions", api_key=None)
    assert not route.called


@MODES
@respx.mock(base_url=BASE, assert_all_called=False)
def test_ephemeral_key_cannot_mint(respx_mock: respx.MockRouter, mode: str) -> None:
    route = respx_mock.post("/realtime/sessions")
    with pytest.raises(
        AuthenticationError, match=r"an ephemeral key \(ek_\.\.\.\) cannot mint"
    ) as raised:
        mint(mode, {}, endpoint="sessions", api_key="ek_abcdef")
    assert "ek_abcdef" not in str(raised.value)
    assert not route.called


@MODES
@respx.mock(base_url=BASE, assert_all_called=False)
def test_invalid_config_sends_nothing(respx_mock: respx.MockRouter, mode: str) -> None:
    route = respx_mock.post("/realtime/sessions")
    with pytest.raises(ConfigError) as raised:
        mint(mode, {"temperature": 5, "voice": "fable"}, endpoint="sessions")
    assert [p.path for p in raised.value.report.errors] == ["temperature", "voice"]
    assert not route.called


ENVELOPE_400 = {
    "error": {
        "message": "Missing required parameter: 'tool_choice.name'.",
        "type": "invalid_request_error",
        "param": "tool_choice.name",
        "code": "missing_required_parameter",
    }
}


@pytest.mark.parametrize(
    ("status", "body", "error_type", "retryable"),
    [
        (400, ENVELOPE_400, APIStatusError, False),
        (
            401,
            {
                "error": {
                    "message": "Incorrect API key provided: sk-test***stuv.",
                    "type": "invalid_request_error",
                    "param": None,
                    "code": "invalid_api_key",
                }
            },
            AuthenticationError,
            False,
        ),
        (
            403,
            {
                "error": {
                    "message": "Project lacks access.",
                    "type": "invalid_request_error",
                    "param": None,
                    "code": None,
                }
            },
            AuthenticationError,
            False,
        ),
        (
            404,
            {
                "error": {
                    "message": "Not found.",
                    "type": "invalid_request_error",
                    "param": None,
                    "code": None,
                }
            },
            APIStatusError,
            False,
        ),
        (408, None, APIStatusError, True),
        (409, None, APIStatusError, True),
        (422, None, APIStatusError, False),
        (
            429,
            {
                "error": {
                    "message": "Rate limit reached.",
                    "type": "requests",
                    "param": None,
                    "code": "rate_limit_exceeded",
                }
            },
            RateLimitError,
            True,
        ),
        (500, None, APIStatusError, True),
        (502, None, APIStatusError, True),
        (503, None, APIStatusError, True),
    ],
)
@MODES
@ENDPOINTS
@respx.mock(base_url=BASE)
def test_every_status_maps_to_its_error(
    respx_mock: respx.MockRouter,
    mode: str,
    endpoint: str,
    status: int,
    body: Any,
    error_type: type,
    retryable: bool,
    sleeps: list[float],
) -> None:
    route = respx_mock.post(ROUTE[endpoint])
    route.respond(status, json=body) if body else route.respond(status)
    with pytest.raises(error_type) as raised:
        mint(mode, {}, endpoint=endpoint, max_retries=0)
    error = raised.value
    assert type(error) is error_type
    assert error.status == status
    assert error.retryable is retryable
    if body:
        assert error.message.startswith(
            body["error"]["message"].replace("sk-test***stuv", "sk-***")[:20]
        )
        assert error.code == body["error"]["code"]
    else:
        assert error.message.startswith(f"HTTP {status} ")
        assert "an empty body" in error.message


def test_envelope_fields_are_parsed() -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post("/realtime/sessions").respond(
            400, json=ENVELOPE_400, headers={"x-request-id": "req_9"}
        )
        with pytest.raises(APIStatusError) as raised:
            mint("sync", {}, endpoint="sessions")
    error = raised.value
    assert (error.status, error.type, error.code, error.param, error.request_id) == (
        400,
        "invalid_request_error",
        "missing_required_parameter",
        "tool_choice.name",
        "req_9",
    )
    assert error.message == "Missing required parameter: 'tool_choice.name'."


@pytest.mark.parametrize(
    ("content", "headers", "expected"),
    [
        (b"", {}, "HTTP 400 Bad Request with an empty body."),
        (
            b"<!DOCTYPE html><html>Bad gateway</html>",
            {"content-type": "text/html"},
            "HTTP 400 Bad Request with an HTML page (a proxy or gateway answered, not the API).",
        ),
        (
            b"upstream said no",
            {"content-type": "text/plain"},
            "HTTP 400 Bad Request with 'upstream said no'.",
        ),
        (
            b'{"error": {"message": "", "type": "", "code": "", "param": ""}}',
            {},
            "HTTP 400 Bad Request with ",
        ),
        (b'["not", "an", "envelope"]', {}, "HTTP 400 Bad Request with "),
    ],
)
def test_odd_error_bodies_are_tolerated(
    content: bytes, headers: dict[str, str], expected: str
) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post("/realtime/sessions").respond(400, content=content, headers=headers)
        with pytest.raises(APIStatusError) as raised:
            mint("sync", {}, endpoint="sessions")
    assert raised.value.message.startswith(expected)
    assert raised.value.code is None


@MODES
@ENDPOINTS
def test_beta_shape_disabled_explains_the_way_out(mode: str, endpoint: str) -> None:
    retired = {
        "error": {
            "message": "The Realtime Beta API is no longer supported. Please use /v1/realtime for the GA API.",
            "type": "invalid_request_error",
            "param": None,
            "code": "beta_api_shape_disabled",
        }
    }
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint]).respond(400, json=retired)
        with pytest.raises(APIStatusError) as raised:
            mint(mode, {}, endpoint=endpoint)
    assert route.call_count == 1
    assert raised.value.code == "beta_api_shape_disabled"
    message = str(raised.value)
    if endpoint == "sessions":
        assert "OpenAI retired the beta Realtime API on 2026-05-12" in message
        assert "(endpoint 'client-secrets')" in message
        assert "--endpoint" not in message  # the CLI adds its flag from error.endpoint
        assert raised.value.endpoint == "sessions"
    else:  # Already on the GA endpoint: something else made the request look beta.
        assert "Mint through POST /realtime/client_secrets instead" not in message
        assert "remove the `OpenAI-Beta: realtime=v1` header" in message
        assert "GA body shape" in message


@MODES
@ENDPOINTS
def test_server_errors_are_retried_with_backoff(
    mode: str, endpoint: str, sleeps: list[float], jitter_windows: list[tuple[float, float]]
) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint])
        failures = [httpx.Response(status) for status in (503, 500, 502, 500, 503, 500)]
        route.side_effect = [*failures, httpx.Response(200, json=ANSWER[endpoint])]
        session = mint(mode, {}, endpoint=endpoint, max_retries=6)
    assert session.client_secret == SECRET
    assert route.call_count == 7
    # Full jitter draws from [0, window]; the window doubles from 0.5 s and stops at 8 s.
    assert jitter_windows == [(0, 0.5), (0, 1.0), (0, 2.0), (0, 4.0), (0, 8.0), (0, 8.0)]
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


@MODES
@ENDPOINTS
def test_retries_stop_after_max_retries(mode: str, endpoint: str, sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint]).respond(500)
        with pytest.raises(APIStatusError):
            mint(mode, {}, endpoint=endpoint, max_retries=3)
    assert route.call_count == 4
    assert len(sleeps) == 3


@MODES
@ENDPOINTS
@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_never_retried(
    mode: str, endpoint: str, status: int, sleeps: list[float]
) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint]).respond(status)
        with pytest.raises((APIStatusError, AuthenticationError)):
            mint(mode, {}, endpoint=endpoint, max_retries=5)
    assert route.call_count == 1
    assert sleeps == []


@MODES
@ENDPOINTS
def test_retry_after_seconds_is_honoured(mode: str, endpoint: str, sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint])
        route.side_effect = [
            httpx.Response(429, headers={"retry-after": "3"}),
            httpx.Response(429, headers={"retry-after": "1.5"}),
            httpx.Response(200, json=ANSWER[endpoint]),
        ]
        mint(mode, {}, endpoint=endpoint)
    assert sleeps == [3.0, 1.5]


@MODES
@ENDPOINTS
def test_retry_after_http_date_is_honoured_and_capped(
    mode: str, endpoint: str, sleeps: list[float]
) -> None:
    soon = email.utils.formatdate(time.time() + 20, usegmt=True)
    later = email.utils.formatdate(time.time() + 3600, usegmt=True)
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint])
        route.side_effect = [
            httpx.Response(503, headers={"retry-after": soon}),
            httpx.Response(429, headers={"retry-after": later}),
            httpx.Response(200, json=ANSWER[endpoint]),
        ]
        mint(mode, {}, endpoint=endpoint)
    assert 17 <= sleeps[0] <= 20
    assert sleeps[1] == 60.0


@MODES
@ENDPOINTS
def test_rate_limit_error_carries_retry_after(
    mode: str, endpoint: str, sleeps: list[float]
) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post(ROUTE[endpoint]).respond(429, headers={"retry-after": "7"})
        with pytest.raises(RateLimitError) as raised:
            mint(mode, {}, endpoint=endpoint, max_retries=0)
    assert raised.value.retry_after == 7.0


@MODES
@ENDPOINTS
def test_connection_errors_are_retried_then_raised(
    mode: str, endpoint: str, sleeps: list[float]
) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint]).mock(
            side_effect=httpx.ConnectError("connection refused")
        )
        with pytest.raises(
            APIConnectionError, match=r"could not talk to https://api\.openai\.com/v1"
        ) as raised:
            mint(mode, {}, endpoint=endpoint)
    assert route.call_count == 3
    assert raised.value.retryable


@MODES
def test_timeouts_raise_api_timeout_error(mode: str, sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post("/realtime/sessions").mock(side_effect=httpx.ReadTimeout("slow"))
        with pytest.raises(APITimeoutError) as raised:
            mint(mode, {}, endpoint="sessions", max_retries=1)
    assert raised.value.retryable
    assert raised.value.kind == "timeout"


@MODES
@ENDPOINTS
def test_malformed_success_body_is_a_retryable_error(
    mode: str, endpoint: str, sleeps: list[float]
) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint])
        route.side_effect = [
            httpx.Response(200, content=b'{"client_secret": {"value": "ek_'),
            httpx.Response(200, json={"id": "sess_no_secret"}),
            httpx.Response(200, json=ANSWER[endpoint]),
        ]
        session = mint(mode, {}, endpoint=endpoint)
    assert session.client_secret == SECRET
    assert route.call_count == 3


def test_malformed_body_error_message() -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post("/realtime/sessions").respond(200, content=b"{not json")
        with pytest.raises(APIConnectionError) as raised:
            mint("sync", {}, endpoint="sessions", max_retries=0)
    assert str(raised.value).startswith(
        "the server answered HTTP 200 but the body is not a session"
    )


@MODES
@ENDPOINTS
def test_secrets_never_reach_logs_reprs_or_errors(
    mode: str, endpoint: str, caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.DEBUG)
    leaked_401 = {
        "error": {
            "message": f"Incorrect API key provided: {API_KEY}.",
            "type": "invalid_request_error",
            "param": None,
            "code": "invalid_api_key",
        }
    }
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint])
        route.side_effect = [httpx.Response(500), httpx.Response(200, json=ANSWER[endpoint])]
        session = mint(mode, {}, endpoint=endpoint)
        route.side_effect = None
        route.return_value = httpx.Response(401, json=leaked_401)
        with pytest.raises(AuthenticationError) as raised:
            mint(mode, {}, endpoint=endpoint)
    shown = [caplog.text, repr(session), str(session), str(raised.value), repr(raised.value)]
    shown.append(repr(SessionsClient(api_key=API_KEY)))
    for text in shown:
        assert API_KEY not in text
        assert SECRET not in text
    assert "Incorrect API key provided: ***." in str(raised.value)
    assert session.to_dict(redact_secret=True)["client_secret"]["value"] == "[redacted]"
    assert session.to_dict()["client_secret"]["value"] == SECRET


def test_injected_http_client_is_used_and_left_unchanged() -> None:
    seen: list[str] = []
    transport = httpx.MockTransport(
        lambda request: (seen.append(str(request.url)), httpx.Response(200, json=BETA_ANSWER))[1]
    )
    user_client = httpx.Client(transport=transport)
    with SessionsClient(api_key=API_KEY, http_client=user_client) as client:
        session = client.create({}, endpoint="sessions")
    assert session.client_secret == SECRET
    assert seen == [f"{BASE}/realtime/sessions"]
    assert "authorization" not in user_client.headers
    assert not user_client.is_closed


def test_async_client_reuses_one_pool_for_concurrent_mints() -> None:
    calls: list[httpx.Request] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json=BETA_ANSWER)

    async def main() -> list[Any]:
        user_client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with AsyncSessionsClient(api_key=API_KEY, http_client=user_client) as client:
            return await asyncio.gather(
                *(client.create({"voice": "marin"}, endpoint="sessions") for _ in range(20))
            )

    sessions = asyncio.run(main())
    assert len(sessions) == 20
    assert all(call.content == b'{"voice":"marin"}' for call in calls)


def _sent_bodies(route: respx.Route) -> list[bytes]:
    return [call.request.content for call in route.calls]


@respx.mock(base_url=BASE)
def test_a_config_changed_after_a_mint_sends_its_new_content(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/realtime/sessions").respond(200, json=BETA_ANSWER)
    parameters = {"type": "object", "properties": {"n": {"type": "string"}}}
    tool = {"type": "function", "name": "lookup", "description": "Find", "parameters": parameters}
    config = {"instructions": "first", "tools": [tool]}
    with SessionsClient(api_key=API_KEY, endpoint="sessions") as client:
        client.create(config)
        parameters["properties"]["n"]["type"] = "integer"  # a nested change, in place
        client.create(config)
        # Equal to the first config, but built anew: it must not pick up the nested change.
        client.create(
            {
                "instructions": "first",
                "tools": [
                    {
                        **tool,
                        "parameters": {"type": "object", "properties": {"n": {"type": "string"}}},
                    }
                ],
            }
        )
    first, changed, again = _sent_bodies(route)
    assert b'"n":{"type":"string"}' in first
    assert b'"n":{"type":"integer"}' in changed
    assert again == first


@respx.mock(base_url=BASE)
def test_a_valid_config_does_not_vouch_for_a_look_alike(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/realtime/sessions").respond(200, json=BETA_ANSWER)
    with SessionsClient(api_key=API_KEY, endpoint="sessions") as client:
        client.create({"max_response_output_tokens": 1})
        with pytest.raises(ConfigError) as raised:  # True == 1 in Python, not in JSON Schema
            client.create({"max_response_output_tokens": True})
        with pytest.raises(ConfigError):  # an invalid config is refused every time
            client.create({"max_response_output_tokens": True})
    assert raised.value.report.errors[0].path == "max_response_output_tokens"
    assert _sent_bodies(route) == [b'{"max_response_output_tokens":1}']


@respx.mock(base_url=BASE)
def test_every_request_is_logged_even_for_a_config_seen_before(
    respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    respx_mock.post("/realtime/sessions").respond(200, json=BETA_ANSWER)
    caplog.set_level(logging.DEBUG, logger="realtime_sessions")
    with SessionsClient(api_key=API_KEY, endpoint="sessions") as client:
        for _ in range(3):
            client.create({"voice": "marin"})
    posts = [r.getMessage() for r in caplog.records if r.getMessage().startswith("POST")]
    assert posts == [f"POST sessions ({BASE}), fields: ['voice']"] * 3


@MODES
def test_retries_are_numbered_from_the_first_attempt(
    mode: str, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="realtime_sessions")
    with respx.mock(base_url=BASE) as mock:
        mock.post("/realtime/sessions").side_effect = [
            httpx.Response(503),
            httpx.Response(429, headers={"retry-after": "2"}),
            httpx.Response(200, json=BETA_ANSWER),
        ]
        mint(mode, {}, endpoint="sessions")
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2
    assert messages[0].startswith("mint attempt 1 failed (HTTP 503 Service Unavailable")
    assert messages[1].startswith("mint attempt 2 failed (")
    assert messages[1].endswith("retrying in 2.00s")
    assert sleeps[1] == 2.0


def _undecodable(request: httpx.Request) -> httpx.Response:
    """A 200 that claims gzip but is not: httpx fails while decoding, after the answer came."""
    return httpx.Response(
        200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip at all")
    )


@MODES
@ENDPOINTS
def test_an_undecodable_body_is_a_retryable_connection_error(
    mode: str, endpoint: str, sleeps: list[float]
) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint]).mock(side_effect=_undecodable)
        with pytest.raises(APIConnectionError) as raised:
            mint(mode, {}, endpoint=endpoint, max_retries=0)
        route.side_effect = [_undecodable, httpx.Response(200, json=ANSWER[endpoint])]
        session = mint(mode, {}, endpoint=endpoint)
    assert type(raised.value) is APIConnectionError
    assert raised.value.retryable
    assert "could not be decoded" in str(raised.value)
    assert "content-encoding" in str(raised.value)
    assert session.client_secret == SECRET
    assert len(sleeps) == 1


@MODES
def test_a_redirect_loop_is_not_retried(mode: str, sleeps: list[float]) -> None:
    sent: list[httpx.Request] = []

    def redirect_to_itself(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(307, headers={"location": str(request.url)})

    transport = httpx.MockTransport(redirect_to_itself)
    client_type = httpx.Client if mode == "sync" else httpx.AsyncClient
    http_client = client_type(transport=transport, follow_redirects=True, max_redirects=2)
    with pytest.raises(APIConnectionError) as raised:
        mint(mode, {}, http_client=http_client, max_retries=3)
    assert len(sent) == 3  # the request and two redirects, never a retry
    assert sleeps == []
    assert raised.value.retryable is False
    assert str(raised.value).startswith(f"{BASE} kept redirecting")
    assert "Point base_url (or OPENAI_BASE_URL) at the API itself" in str(raised.value)


UNUSABLE_ANSWERS = [
    ("sessions", {"client_secret": {"value": SECRET, "expires_at": "soon"}}),
    ("sessions", {"client_secret": {"value": SECRET, "expires_at": 99_999_999_999_999}}),
    ("sessions", {"client_secret": {"value": SECRET, "expires_at": float("nan")}}),
    ("sessions", {"client_secret": {"value": SECRET, "expires_at": True}}),
    ("sessions", {"client_secret": {"value": None, "expires_at": 2_000_000_000}}),
    ("sessions", {"client_secret": {"value": "", "expires_at": 2_000_000_000}}),
    ("client-secrets", {"expires_at": 2_000_000_000, "session": GA_ANSWER["session"]}),
    ("client-secrets", {**GA_ANSWER, "value": None}),
    ("client-secrets", {**GA_ANSWER, "value": ""}),
    ("client-secrets", {**GA_ANSWER, "expires_at": "soon"}),
    ("client-secrets", {**GA_ANSWER, "expires_at": 99_999_999_999_999}),
    ("client-secrets", {**GA_ANSWER, "expires_at": float("inf")}),
]


@MODES
@pytest.mark.parametrize(("endpoint", "answer"), UNUSABLE_ANSWERS)
def test_a_success_with_unusable_fields_mints_nothing(
    mode: str, endpoint: str, answer: dict[str, Any], sleeps: list[float]
) -> None:
    body = json.dumps(answer).encode()  # NaN and Infinity as a lenient server would write them
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint]).respond(200, content=body)
        with pytest.raises(APIConnectionError) as raised:
            mint(mode, {}, endpoint=endpoint, max_retries=0)
        route.side_effect = [
            httpx.Response(200, content=body),
            httpx.Response(200, json=ANSWER[endpoint]),
        ]
        session = mint(mode, {}, endpoint=endpoint)
    assert type(raised.value) is APIConnectionError
    assert raised.value.retryable
    assert raised.value.status == 200
    assert "nothing usable was minted" in str(raised.value)
    assert SECRET not in str(raised.value)
    assert session.client_secret == SECRET


@MODES
@respx.mock(base_url=BASE)
def test_no_timeout_means_waiting_as_long_as_it_takes(
    respx_mock: respx.MockRouter, mode: str
) -> None:
    route = respx_mock.post(ROUTE["client-secrets"]).respond(200, json=GA_ANSWER)
    assert SessionsClient(api_key=API_KEY, timeout=None).timeout == httpx.Timeout(None)
    mint(mode, {}, timeout=None)
    waits = route.calls.last.request.extensions["timeout"]
    assert waits == {"connect": None, "read": None, "write": None, "pool": None}


@MODES
@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("api.openai.com/v1", "it does not start with http:// or https://"),
        ("ftp://api.openai.com/v1", "it does not start with http:// or https://"),
        ("https://", "it has no host"),
        ("http://[::1", "it cannot be parsed"),
    ],
)
@pytest.mark.parametrize("via", ["argument", "environment"])
@respx.mock(assert_all_called=False)
def test_a_bad_base_url_is_a_config_error_before_anything_is_sent(
    respx_mock: respx.MockRouter,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    url: str,
    reason: str,
    via: str,
    sleeps: list[float],
) -> None:
    anything = respx_mock.route()
    options: dict[str, Any] = {"max_retries": 3}
    if via == "environment":
        monkeypatch.setenv("OPENAI_BASE_URL", url)
    else:
        options["base_url"] = url
    with pytest.raises(ConfigError) as raised:
        mint(mode, {}, **options)
    (problem,) = raised.value.report.problems
    assert (problem.path, problem.rule, problem.value) == ("base_url", "url", url.rstrip("/"))
    assert problem.message.startswith(f"{url.rstrip('/')!r}")
    assert reason in problem.message
    assert ("(the value of OPENAI_BASE_URL)" in problem.message) is (via == "environment")
    assert problem.hint == "Include the scheme and host, e.g. https://api.openai.com/v1."
    assert str(raised.value).startswith("invalid client settings (1 problem):")
    assert not anything.called
    assert sleeps == []


PROXY_KEY = "my-proxy-key-123"  # not sk-shaped, so only the literal replacement can hide it


@MODES
@ENDPOINTS
def test_a_key_of_any_shape_never_reaches_messages_or_logs(
    mode: str, endpoint: str, caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.DEBUG)
    rejected = {"error": {"message": f"Bad key {PROXY_KEY} for this proxy.", "code": "bad_key"}}
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(ROUTE[endpoint])
        route.side_effect = httpx.ConnectError(f"proxy refused credentials {PROXY_KEY}")
        with pytest.raises(APIConnectionError) as unreachable:
            mint(mode, {}, endpoint=endpoint, api_key=PROXY_KEY, max_retries=1)
        route.side_effect = None
        route.return_value = httpx.Response(401, json=rejected)
        with pytest.raises(AuthenticationError) as refused:
            mint(mode, {}, endpoint=endpoint, api_key=PROXY_KEY)
    assert route.calls.last.request.headers["authorization"] == f"Bearer {PROXY_KEY}"
    assert str(unreachable.value).endswith("proxy refused credentials ***.")
    assert str(refused.value).startswith("Bad key *** for this proxy.")
    for error in (unreachable.value, refused.value):
        assert PROXY_KEY not in str(error)
        assert PROXY_KEY not in repr(error)
    assert "proxy refused credentials ***" in caplog.text  # the retry was logged, scrubbed
    assert PROXY_KEY not in caplog.text


@MODES
def test_a_dummy_key_too_short_to_be_real_leaves_messages_whole(mode: str) -> None:
    """Local setups use keys like `local`: scrubbing them would print `***host`."""
    with respx.mock(base_url="http://localhost:8080/v1") as mock:
        mock.post("/realtime/client_secrets").side_effect = httpx.ConnectError(
            "connection to localhost:8080 refused"
        )
        with pytest.raises(APIConnectionError) as raised:
            mint(mode, {}, api_key="local", base_url="http://localhost:8080/v1", max_retries=0)
    assert str(raised.value) == (
        "could not talk to http://localhost:8080/v1: connection to localhost:8080 refused."
    )
