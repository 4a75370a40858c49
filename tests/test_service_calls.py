"""WebRTC through the unified interface: the contract row, the emulator, the library, the service."""

from __future__ import annotations

import asyncio
import json
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import httpx
import pytest
import yaml
from realtime_sessions import (
    CALL_ENDPOINT,
    AsyncSessionsClient,
    AuthenticationError,
    ConfigError,
    SessionsClient,
)
from realtime_sessions_service import create_app

from .service_support import API_KEY, CALLER_TOKEN, ROOT, ServedApp, policy_data

OFFER = (
    "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
    "a=group:BUNDLE 0 1\r\na=msid-semantic: WMS\r\n"
    "m=audio 9 UDP/TLS/RTP/SAVPF 111 0\r\nc=IN IP4 0.0.0.0\r\na=ice-ufrag:abcd\r\n"
    "a=ice-pwd:abcdefghijklmnopqrstuvwx\r\na=setup:actpass\r\na=mid:0\r\na=sendrecv\r\n"
    "a=rtcp-mux\r\na=rtpmap:111 opus/48000/2\r\na=fmtp:111 minptime=10;useinbandfec=1\r\n"
    "a=rtpmap:0 PCMU/8000\r\n"
    "m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\na=mid:1\r\n"
    "a=sctp-port:5000\r\n"
)
SESSION = {"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief."}


def parts_of(request: httpx.Request) -> dict[str, tuple[str, str]]:
    """name -> (content type, text) of a multipart request the service or library sent."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    return {
        part.get_param("name", header="content-disposition"): (
            part.get_content_type(),
            part.get_payload(decode=True).decode(),
        )
        for part in message.iter_parts()
    }


def test_the_contract_has_the_calls_row_in_both_forms() -> None:
    contract = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    operation = contract["paths"][CALL_ENDPOINT.path]["post"]
    assert set(operation["requestBody"]["content"]) == {"multipart/form-data", "application/sdp"}
    assert set(operation["responses"]["201"]["content"]) == {"application/sdp"}
    assert operation["responses"]["201"]["headers"]["Location"]["required"] is True
    assert CALL_ENDPOINT.label == "POST /realtime/calls"


def test_the_emulator_answers_a_raw_offer_with_an_ephemeral_key(emulator) -> None:
    answer = httpx.post(
        f"{emulator.base_url}/realtime/calls",
        content=OFFER,
        headers={"Authorization": "Bearer ek_from_a_mint", "Content-Type": "application/sdp"},
    )
    assert answer.status_code == 201
    assert answer.headers["content-type"] == "application/sdp"
    assert answer.headers["location"].startswith("/v1/realtime/calls/rtc_")
    lines = answer.text.split("\r\n")
    assert lines[0] == "v=0"
    assert "a=group:BUNDLE 0 1" in lines
    assert [line for line in lines if line.startswith("m=")] == [
        "m=audio 9 UDP/TLS/RTP/SAVPF 111",
        "m=application 9 UDP/DTLS/SCTP webrtc-datachannel",
    ]
    assert "a=rtpmap:111 opus/48000/2" in lines
    assert lines.count("a=setup:active") == 2
    assert sum(line.startswith("a=fingerprint:sha-256 ") for line in lines) == 2


def test_the_emulator_checks_the_multipart_session_against_the_contract(emulator) -> None:
    url = f"{emulator.base_url}/realtime/calls"
    headers = {"Authorization": "Bearer test-key"}
    good = {
        "sdp": (None, OFFER, "application/sdp"),
        "session": (None, json.dumps(SESSION), "application/json"),
    }
    assert httpx.post(url, files=good, headers=headers).status_code == 201
    bad = {**good, "session": (None, json.dumps({**SESSION, "voice": "marin"}), "application/json")}
    refused = httpx.post(url, files=bad, headers=headers)
    assert refused.status_code == 400
    assert refused.json()["error"]["param"] == "session.voice"
    assert refused.json()["error"]["code"] == "unknown_parameter"
    no_offer = httpx.post(url, files={"session": good["session"]}, headers=headers)
    assert no_offer.status_code == 400
    not_sdp = httpx.post(
        url, content=b"hello", headers={**headers, "Content-Type": "application/sdp"}
    )
    assert (not_sdp.status_code, not_sdp.json()["error"]["code"]) == (400, "invalid_offer")
    as_json = httpx.post(url, json={"sdp": OFFER}, headers=headers)
    assert (as_json.status_code, as_json.json()["error"]["code"]) == (
        400,
        "unsupported_content_type",
    )
    assert (
        httpx.post(url, content=OFFER, headers={"Content-Type": "application/sdp"}).status_code
        == 401
    )


def test_the_library_posts_the_offer_and_the_validated_session(emulator) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> None:
        request.read()
        sent.append(request)

    with (
        httpx.Client(event_hooks={"request": [record]}) as http,
        SessionsClient(api_key=API_KEY, base_url=emulator.base_url, http_client=http) as client,
    ):
        call = client.create_call(OFFER, SESSION)
    assert call.call_id.startswith("rtc_")
    assert call.location == f"/v1/realtime/calls/{call.call_id}"
    assert call.sdp.startswith("v=0\r\n")
    assert "sdp" not in repr(call)
    assert sent[0].url.path == "/v1/realtime/calls"
    parts = parts_of(sent[0])
    assert parts["sdp"][1] == OFFER
    assert parts["session"] == ("application/json", json.dumps(SESSION))


def test_the_library_refuses_a_bad_offer_or_session_before_sending(emulator) -> None:
    with SessionsClient(api_key=API_KEY, base_url=emulator.base_url) as client:
        before = emulator.requests
        with pytest.raises(
            ConfigError, match=r"invalid call \(1 problem\):\n  - sdp: the SDP offer must be text"
        ):
            client.create_call("not an offer", SESSION)
        with pytest.raises(ConfigError, match=r"audio\.output\.speed"):
            client.create_call(OFFER, {**SESSION, "audio": {"output": {"speed": 9}}})
        assert emulator.requests == before
    with pytest.raises(AuthenticationError, match="no API key"):
        SessionsClient(api_key="", base_url=emulator.base_url).create_call(OFFER, SESSION)


def test_the_async_client_starts_calls_too(emulator) -> None:
    async def start() -> Any:
        async with AsyncSessionsClient(api_key=API_KEY, base_url=emulator.base_url) as client:
            return await client.create_call(OFFER, SESSION)

    assert asyncio.run(start()).call_id.startswith("rtc_")


@pytest.fixture
def relay(emulator) -> Any:
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        await request.aread()
        sent.append(request)

    upstream = httpx.AsyncClient(event_hooks={"request": [record]})
    policy = policy_data(
        upstream={"base_url": emulator.base_url}, max_body_bytes=8192, limits={"rate": "2/minute"}
    )
    with ServedApp(create_app(policy, api_key=API_KEY, http_client=upstream)) as served:
        yield served, sent


def post_offer(url: str, offer: str | bytes, token: str = CALLER_TOKEN) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/sdp"}
    return httpx.post(f"{url}/v1/calls", content=offer, headers=headers)


def test_the_service_relays_an_offer_with_the_policy_session(relay) -> None:
    served, sent = relay
    answer = post_offer(served.url, OFFER)
    assert answer.status_code == 201
    body = answer.json()
    assert set(body) == {"sdp", "call_id"}
    assert body["call_id"].startswith("rtc_")
    assert body["sdp"].startswith("v=0\r\n")
    assert "ek_" not in answer.text
    assert API_KEY not in answer.text
    parts = parts_of(sent[0])
    assert parts["sdp"][1] == OFFER
    assert json.loads(parts["session"][1]) == {
        "type": "realtime",
        "model": "gpt-realtime",
        "instructions": "Be brief.",
        "tracing": {"metadata": {"caller_id": "web"}},
    }
    assert sent[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_the_service_refuses_calls_like_mints(relay) -> None:
    served, sent = relay
    assert post_offer(served.url, OFFER, token="wrong").status_code == 401
    too_big = post_offer(served.url, OFFER + "a=x\r\n" * 2000)
    assert too_big.status_code == 413
    not_sdp = post_offer(served.url, "hello")
    assert not_sdp.status_code == 400
    assert (not_sdp.json()["error"]["code"], not_sdp.json()["error"]["field"]) == (
        "invalid_offer",
        "sdp",
    )
    assert post_offer(served.url, OFFER).status_code == 201
    limited = post_offer(served.url, OFFER)
    assert limited.status_code == 429
    assert "retry-after" in limited.headers
    assert len(sent) == 1
