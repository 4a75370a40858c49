"""The prepared mint path against the generated client and models it replaces on the hot path.

Each config's request is built once (`_transport.prepare`) and each answer is read once as JSON
(`session_from_answer`). These tests hold both to the generated code: the method, URL, headers
and JSON the generated operation sends, and what the generated response models make of every
answer the emulator and the test fixtures give.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import realtime_sessions_client.models as models
import respx
from realtime_sessions import ENDPOINT_SPECS, SessionsClient, build_request
from realtime_sessions._responses import session_from_answer
from realtime_sessions._transport import JSON_ENCODER, OPERATIONS, api_client, prepare
from realtime_sessions_emulator import Emulator

from tests.test_client import ANSWER
from tests.test_end_to_end import BETA_CONFIG, SEED_000_SESSION
from tests.test_new_endpoints import FLAT_TRANSCRIPTION, GA_TRANSCRIPTION, TRANSLATION

BASE = "https://api.example.test/v1"
AZURE = "https://fast-path.openai.azure.com/openai/v1"
KEY = "test-fast-path-key"
CONFIGS: list[tuple[str, dict[str, Any], int | None]] = [
    ("sessions", {}, None),
    ("client-secrets", {}, None),
    ("sessions", BETA_CONFIG, 120),
    ("client-secrets", {k: v for k, v in BETA_CONFIG.items() if k != "temperature"}, None),
    ("client-secrets", SEED_000_SESSION, 300),
    ("sessions", SEED_000_SESSION, None),
    ("client-secrets", {"model": "gpt-realtime", "instructions": 'Grüße, 日本語 \u2028 "q"'}, 60),
    ("translations", TRANSLATION, 120),
    ("transcription-sessions", GA_TRANSCRIPTION, None),
    ("transcription-sessions", FLAT_TRANSCRIPTION, 600),
]
IDS = [f"{endpoint}-{index}" for index, (endpoint, _, _) in enumerate(CONFIGS)]
_REFUSED = {
    "error": {"message": "refused", "type": "invalid_request_error", "param": None, "code": None}
}


def _generated_request(
    endpoint: str, body: dict[str, Any], base_url: str = BASE, **auth: Any
) -> httpx.Request:
    """What the generated operation itself sends for `body` (through its own httpx client)."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(400, json=_REFUSED)

    operation, model = OPERATIONS[endpoint]
    api = api_client(
        base_url,
        KEY,
        {"User-Agent": "fast-path-test"},
        httpx.Timeout(5),
        {"transport": httpx.MockTransport(answer)},
        **auth,
    )
    operation.sync_detailed(client=api, body=model.from_dict(body))
    return sent[0]


def _assert_same_request(ours: httpx.Request, generated: httpx.Request) -> None:
    assert (ours.method, ours.url) == (generated.method, generated.url)
    # The same JSON value (types included); the generated model may order keys differently.
    assert json.loads(ours.content) == json.loads(generated.content)
    assert len(ours.content) == len(generated.content)
    for name in ("Content-Type", "Authorization", "api-key"):
        assert ours.headers.get(name) == generated.headers.get(name), name


@pytest.mark.parametrize(("endpoint", "config", "seconds"), CONFIGS, ids=IDS)
def test_prepared_request_is_what_the_generated_client_sends(
    endpoint: str, config: dict[str, Any], seconds: int | None
) -> None:
    body = build_request(config, endpoint=endpoint, expires_after_seconds=seconds)
    generated = _generated_request(endpoint, body)
    prepared = prepare(BASE, endpoint, body, {})
    assert prepared.method == generated.method == ENDPOINT_SPECS[endpoint].method
    assert str(prepared.url) == str(generated.url) == BASE + ENDPOINT_SPECS[endpoint].path
    assert json.loads(prepared.content) == json.loads(generated.content)
    # Encoded the way httpx encodes the generated client's body: compact UTF-8, nothing escaped.
    assert JSON_ENCODER.encode(json.loads(generated.content)).encode() == generated.content
    assert prepared.content == JSON_ENCODER.encode(body).encode()
    for name, value in prepared.headers.items():
        assert generated.headers[name] == value


@pytest.mark.parametrize(
    ("base_url", "auth", "options"),
    [
        (BASE, {}, {}),
        (AZURE, {"azure": True}, {}),
        (AZURE, {"azure": True, "token_provider": lambda: "entra-1"}, {"tp": "entra-1"}),
    ],
    ids=["openai", "azure-key", "azure-entra"],
)
@pytest.mark.parametrize("injected", [False, True], ids=["own-pool", "injected"])
def test_our_wire_request_is_the_generated_clients(
    base_url: str, auth: dict[str, Any], options: dict[str, Any], injected: bool
) -> None:
    """Both ways we send (our pool, a user's client) against the generated operation's own
    send with the same settings: every header, the URL, the JSON; from cache too."""
    endpoint, config, seconds = CONFIGS[4]
    body = build_request(config, endpoint=endpoint, expires_after_seconds=seconds)
    generated = _generated_request(endpoint, body, base_url, **auth)
    extra: dict[str, Any] = {}
    if "tp" in options:
        extra["azure_ad_token_provider"] = lambda: options["tp"]
    with respx.mock(assert_all_called=True) as mock:
        route = mock.post(base_url + ENDPOINT_SPECS[endpoint].path)
        route.return_value = httpx.Response(200, json=ANSWER[endpoint])
        user = httpx.Client(headers={"X-User": "theirs"}) if injected else None
        with SessionsClient(api_key=KEY, base_url=base_url, http_client=user, **extra) as ours:
            for _ in range(2):  # the second from cache
                ours.create(config, endpoint=endpoint, expires_after_seconds=seconds)
    assert route.call_count == 2
    for call in route.calls:
        _assert_same_request(call.request, generated)
        assert call.request.headers["User-Agent"].startswith("realtime-sessions/")
        assert call.request.headers.get("X-User") == ("theirs" if injected else None)
    if user is not None:
        assert "authorization" not in user.headers
        assert "api-key" not in user.headers
        assert user.auth is None
        assert not user.is_closed
        user.close()


def _reference(answer: dict[str, Any], endpoint: str) -> tuple[Any, Any, dict[str, Any]]:
    """Secret, expiry and whole answer as the generated response model reads them."""
    spec = ENDPOINT_SPECS[endpoint]
    parsed = getattr(models, spec.response_schema).from_dict(answer)
    found = []
    for path in (spec.secret_at, spec.expiry_at):
        node: Any = parsed
        for part in path:
            node = getattr(node, part)
        found.append(node)
    return found[0], found[1], parsed.to_dict()


def _assert_agrees(answer: dict[str, Any], endpoint: str) -> None:
    spec = ENDPOINT_SPECS[endpoint]
    secret, expiry, data = _reference(answer, endpoint)
    for may_hold_mcp in (True, False):
        session = session_from_answer(answer, endpoint=endpoint, may_hold_mcp=may_hold_mcp)
        assert session.client_secret == secret
        assert session.expires_at.timestamp() == expiry
        assert session.raw == data
        if spec.session_at is None:
            assert session.config == {k: v for k, v in data.items() if k != spec.secret_at[0]}
        else:
            assert session.config == data[spec.session_at[0]]


@pytest.mark.parametrize("endpoint", sorted(ANSWER))
def test_fixture_answers_agree_with_the_generated_models(endpoint: str) -> None:
    _assert_agrees(ANSWER[endpoint], endpoint)


@pytest.mark.parametrize(("endpoint", "config", "seconds"), CONFIGS, ids=IDS)
def test_emulator_answers_agree_with_the_generated_models(
    emulator: Emulator, endpoint: str, config: dict[str, Any], seconds: int | None
) -> None:
    answers: list[httpx.Response] = []
    user_client = httpx.Client(event_hooks={"response": [lambda r: r.read() and answers.append(r)]})
    body = build_request(config, endpoint=endpoint, expires_after_seconds=seconds)
    generated = _generated_request(endpoint, body, emulator.base_url)
    with SessionsClient(api_key=KEY, base_url=emulator.base_url, http_client=user_client) as ours:
        session = ours.create(config, endpoint=endpoint, expires_after_seconds=seconds)
    assert [answer.status_code for answer in answers] == [200]
    _assert_same_request(answers[0].request, generated)
    _assert_agrees(answers[0].json(), endpoint)
    assert session.raw == answers[0].json()


def test_an_echoed_mcp_credential_is_masked_however_the_server_escapes_or_encodes_it() -> None:
    tool = {"type": "mcp", "server_label": "s", "authorization": "secret-mcp-token"}
    answer = json.loads(json.dumps(ANSWER["client-secrets"]))
    answer["session"]["tools"] = [tool]
    plain = json.dumps(answer).encode()
    escaped = plain.replace(b'"mcp"', b'"\\u006dcp"')  # the bytes do not say "mcp"
    wide = json.dumps(answer).encode("utf-16")  # json.loads reads UTF-16 and UTF-32 too
    for content in (plain, escaped, wide, json.dumps(answer).encode("utf-32-be")):
        with respx.mock:
            respx.post(BASE + "/realtime/client_secrets").respond(200, content=content)
            with SessionsClient(api_key=KEY, base_url=BASE) as ours:
                session = ours.create({})
        assert session.config["tools"][0]["authorization"] == "***"


def test_a_prepared_request_never_shows_the_key_in_its_headers() -> None:
    # For a user's client, the prepared headers carry the key (Bearer or Azure's api-key).
    azure_key = "azure-key-0123456789"
    headers = {"Authorization": f"Bearer {KEY}", "api-key": azure_key}
    prepared = prepare(BASE, "client-secrets", {"session": {"type": "realtime"}}, headers)
    assert KEY not in repr(prepared)
    assert azure_key not in repr(prepared)
