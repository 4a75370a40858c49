"""The client and the CLI against a server that misbehaves (tests/misbehaving_server.py).

Real sockets on 127.0.0.1: what the user gets when a server resets, hangs up, stalls, trickles,
echoes the key back, nests deeply, redirects, rate-limits or answers far too much. These pin
today's behaviour; cases still wrong (see issue 14) get their tests with their fixes.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest
from click.testing import CliRunner
from realtime_sessions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncSessionsClient,
    AuthenticationError,
    RateLimitError,
    Session,
    SessionsClient,
)
from realtime_sessions_cli.app import cli

from tests.misbehaving_server import (
    MisbehavingServer,
    echo_request,
    hang_up,
    huge_body,
    nested,
    redirect,
    reset,
    respond,
    retry_after,
    stall,
    trickle_body,
    trickle_headers,
)

KEY = "test-key-for-a-misbehaving-server-0123456789"
SECRET = "ek_from_a_misbehaving_server"
GA_PATH = "/v1/realtime/client_secrets"


def ga_answer() -> dict[str, Any]:
    return {
        "value": SECRET,
        "expires_at": int(time.time()) + 600,
        "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1"},
    }


def mint(server: MisbehavingServer, config: Any = None, **options: Any) -> Session:
    options = {"timeout": 5, "max_retries": 1, **options}
    with SessionsClient(api_key=KEY, base_url=server.base_url, **options) as client:
        return client.create({} if config is None else config, endpoint="client-secrets")


@pytest.fixture(autouse=True)
def _no_openai_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)


def test_a_well_behaved_answer_mints_and_the_wire_shows_what_was_sent() -> None:
    with MisbehavingServer(respond(200, json=ga_answer())) as server:
        session = mint(server, {"model": "gpt-realtime", "instructions": "Be brief."})
    assert session.client_secret == SECRET
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", GA_PATH)
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {
        "session": {"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief."}
    }


def test_a_reset_is_retried_with_the_same_body() -> None:
    with MisbehavingServer(reset(), respond(200, json=ga_answer())) as server:
        assert mint(server, {"model": "gpt-realtime"}).client_secret == SECRET
    first, second = server.requests
    assert first.body == second.body


@pytest.mark.parametrize(
    ("behaviour", "words"),
    [
        (reset(), "Connection reset by peer"),
        (hang_up(), "Server disconnected without sending a response"),
    ],
    ids=["reset", "hang-up"],
)
def test_a_connection_that_keeps_failing_ends_in_a_retryable_error(
    behaviour: Any, words: str
) -> None:
    with MisbehavingServer(behaviour) as server, pytest.raises(APIConnectionError) as raised:
        mint(server, max_retries=1)
    assert len(server.requests) == 2
    assert raised.value.retryable
    assert str(raised.value).startswith(f"could not talk to {server.base_url}: ")
    assert words in str(raised.value)


def test_a_server_that_never_answers_times_out() -> None:
    with MisbehavingServer(stall()) as server, pytest.raises(APITimeoutError) as raised:
        mint(server, timeout=0.5, max_retries=0)
    assert raised.value.retryable
    assert raised.value.kind == "timeout"
    assert str(raised.value) == f"no answer from {server.base_url} in time (ReadTimeout)."


@pytest.mark.parametrize(
    "behaviour",
    [
        trickle_headers(200, json=ga_answer(), lines=4, every=0.05),
        trickle_body(200, json=ga_answer(), piece=32, every=0.01),
    ],
    ids=["headers", "body"],
)
def test_an_answer_that_arrives_in_pieces_is_read_whole(behaviour: Any) -> None:
    with MisbehavingServer(behaviour) as server:
        assert mint(server, timeout=5).client_secret == SECRET


@pytest.mark.parametrize(("status", "error"), [(400, APIStatusError), (401, AuthenticationError)])
def test_a_server_echoing_the_key_never_gets_it_shown(status: int, error: type) -> None:
    with MisbehavingServer(echo_request(status)) as server, pytest.raises(error) as raised:
        mint(server)
    assert len(server.requests) == 1
    assert raised.value.status == status
    assert not raised.value.retryable
    assert "authorization: Bearer ***" in str(raised.value)
    for shown in (str(raised.value), repr(raised.value), json.dumps(raised.value.to_dict())):
        assert KEY not in shown


def test_a_redirect_is_not_followed_nor_retried() -> None:
    elsewhere = MisbehavingServer(respond(200, json=ga_answer()))
    moved = redirect(elsewhere.base_url + "/realtime/client_secrets")
    with elsewhere, MisbehavingServer(moved) as server, pytest.raises(APIStatusError) as raised:
        mint(server, max_retries=2)
    assert elsewhere.requests == []  # the key never went to the other host
    assert len(server.requests) == 1
    assert raised.value.status == 307
    assert not raised.value.retryable


def test_retry_after_is_carried_and_zero_retries_at_once() -> None:
    with MisbehavingServer(retry_after("7")) as server, pytest.raises(RateLimitError) as raised:
        mint(server, max_retries=0)
    assert raised.value.retry_after == 7.0
    assert raised.value.retryable
    with MisbehavingServer(retry_after("0"), respond(200, json=ga_answer())) as server:
        assert mint(server, max_retries=1).client_secret == SECRET
    assert len(server.requests) == 2


def test_a_huge_success_body_mints_nothing_and_is_retryable() -> None:
    huge = MisbehavingServer(huge_body(20_000_000))
    with huge, pytest.raises(APIConnectionError) as raised:
        mint(huge, max_retries=0)
    assert raised.value.retryable
    assert raised.value.status == 200
    assert "nothing usable was minted" in str(raised.value)


def test_a_huge_error_body_is_an_error_of_its_status() -> None:
    huge = MisbehavingServer(huge_body(20_000_000, status=400))
    with huge, pytest.raises(APIStatusError) as raised:
        mint(huge)
    assert raised.value.status == 400
    assert not raised.value.retryable


def test_a_nested_error_envelope_keeps_its_message() -> None:
    with (
        MisbehavingServer(nested(50, status=400)) as server,
        pytest.raises(APIStatusError) as raised,
    ):
        mint(server)
    assert str(raised.value) == "nested"
    assert raised.value.status == 400


def test_a_nested_success_that_is_no_session_is_retryable() -> None:
    with MisbehavingServer(nested(50)) as server, pytest.raises(APIConnectionError) as raised:
        mint(server, max_retries=0)
    assert raised.value.retryable
    assert raised.value.status == 200


def test_an_html_gateway_page_is_a_retryable_status_error() -> None:
    page = respond(
        502, body="<html><body>Bad gateway</body></html>", headers=[("Content-Type", "text/html")]
    )
    with MisbehavingServer(page) as server, pytest.raises(APIStatusError) as raised:
        mint(server, max_retries=0)
    assert raised.value.retryable
    assert "an HTML page (a proxy or gateway answered, not the API)" in str(raised.value)


def test_the_async_client_retries_a_reset() -> None:
    async def amint(base_url: str) -> Session:
        async with AsyncSessionsClient(api_key=KEY, base_url=base_url, timeout=5) as client:
            return await client.create({}, endpoint="client-secrets")

    with MisbehavingServer(reset(), respond(200, json=ga_answer())) as server:
        assert asyncio.run(amint(server.base_url)).client_secret == SECRET
    assert len(server.requests) == 2


# --- the CLI's exit codes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("behaviour", "code"),
    [
        (respond(200, json=ga_answer()), 0),
        (echo_request(401), 3),
        (echo_request(400), 4),
        (reset(), 75),
        (retry_after("0"), 75),
    ],
    ids=["ok", "401", "400", "reset", "429"],
)
def test_the_cli_exits_with_the_documented_code(behaviour: Any, code: int) -> None:
    with MisbehavingServer(behaviour) as server:
        result = CliRunner().invoke(
            cli,
            ["create", "--base-url", server.base_url, "--max-retries", "0", "--output", "token"],
            env={"OPENAI_API_KEY": KEY},
        )
    assert result.exit_code == code, result.output
    assert KEY not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    if code == 0:
        assert result.stdout == f"{SECRET}\n"
    else:
        assert result.stderr.startswith("error: ")
