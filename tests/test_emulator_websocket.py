"""The emulator's Realtime WebSocket, seen from a plain `websockets` client (not the library's
connection), over real sockets on 127.0.0.1."""

from __future__ import annotations

import json

import httpx
import pytest
from realtime_sessions_emulator import Emulator, FaultPlan
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

KEY = "test-key-not-real"
ORDER_TOOL = {
    "type": "function",
    "name": "CaptureOrderInfo",
    "description": "Extract order details mentioned in the conversation.",
    "parameters": {
        "type": "object",
        "properties": {
            "order_details": {"type": "string", "description": "What the customer ordered"},
            "phone_number": {"type": "string", "description": "Customer phone number"},
            "discount_coupon": {"type": "string", "description": "Coupon or discount mentioned"},
            "quantity": {"type": "integer", "minimum": 1, "maximum": 9},
            "size": {"enum": ["small", "large"]},
        },
        "required": ["phone_number"],
    },
}
OFFER = (  # a browser's minimal WebRTC offer: one audio section and the data channel
    "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
    "a=group:BUNDLE 0 1\r\na=msid-semantic: WMS\r\n"
    "m=audio 9 UDP/TLS/RTP/SAVPF 111 0\r\nc=IN IP4 0.0.0.0\r\na=ice-ufrag:abcd\r\n"
    "a=ice-pwd:abcdefghijklmnopqrstuvwx\r\na=setup:actpass\r\na=mid:0\r\na=sendrecv\r\n"
    "a=rtcp-mux\r\na=rtpmap:111 opus/48000/2\r\na=fmtp:111 minptime=10;useinbandfec=1\r\n"
    "a=rtpmap:0 PCMU/8000\r\n"
    "m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\na=mid:1\r\n"
    "a=sctp-port:5000\r\n"
)
FORCED = {
    "type": "response.create",
    "event_id": "evt_force",
    "response": {
        "conversation": "none",
        "output_modalities": ["text"],
        "tools": [ORDER_TOOL],
        "tool_choice": {"type": "function", "name": "CaptureOrderInfo"},
        "metadata": {"topic": "CaptureOrderInfo"},
    },
}


@pytest.fixture(scope="module")
def emulator():
    with Emulator(seed=7, faults=FaultPlan()) as running:
        yield running


def _open(emulator, query="?model=gpt-realtime", **kwargs):
    kwargs.setdefault("additional_headers", {"Authorization": f"Bearer {KEY}"})
    return connect(emulator.realtime_url + query, open_timeout=5, **kwargs)


def _recv(ws):
    return json.loads(ws.recv(5))


def _until(ws, kind):
    seen = []
    while True:
        event = _recv(ws)
        seen.append(event)
        if event["type"] == kind:
            return seen


def test_the_first_event_is_session_created_with_the_model_asked_for(emulator):
    with _open(emulator, "?model=gpt-realtime-mini") as ws:
        event = _recv(ws)
    assert event["type"] == "session.created"
    assert event["event_id"].startswith("event_")
    assert event["session"]["model"] == "gpt-realtime-mini"
    assert event["session"]["object"] == "realtime.session"
    assert event["session"]["audio"]["output"]["voice"] == "alloy"


def test_no_key_is_refused_with_401_in_the_envelope(emulator):
    with pytest.raises(InvalidStatus) as refused:
        connect(emulator.realtime_url + "?model=gpt-realtime", open_timeout=5)
    assert refused.value.response.status_code == 401
    assert json.loads(refused.value.response.body)["error"]["code"] == "invalid_api_key"


def _mint(emulator, session, expires=600):
    answer = httpx.post(
        emulator.base_url + "/realtime/client_secrets",
        headers={"Authorization": f"Bearer {KEY}"},
        json={"expires_after": {"anchor": "created_at", "seconds": expires}, "session": session},
    )
    answer.raise_for_status()
    return answer.json()["value"]


def test_a_minted_ek_carries_its_session_over_the_browser_subprotocols(emulator):
    secret = _mint(
        emulator, {"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief."}
    )
    offered = ["realtime", f"openai-insecure-api-key.{secret}"]
    with _open(emulator, "", additional_headers={}, subprotocols=offered) as ws:
        assert ws.subprotocol == "realtime"
        event = _recv(ws)
    assert event["session"]["instructions"] == "Be brief."


def test_an_unknown_or_expired_ek_is_refused_without_echoing_it(emulator):
    for secret in ("ek_" + "0" * 30, _mint(emulator, {"type": "realtime"}, expires=10)):
        if not secret.startswith("ek_0"):
            emulator.expire_token(secret)  # its 10 s lifetime is over, without a sleep
        with pytest.raises(InvalidStatus) as refused:
            _open(emulator, additional_headers={"Authorization": f"Bearer {secret}"})
        body = refused.value.response.body.decode()
        assert refused.value.response.status_code == 401
        assert secret not in body
        assert json.loads(body)["error"]["code"] == "invalid_api_key"


def test_a_forced_out_of_band_call_follows_the_documented_sequence(emulator):
    with _open(emulator) as ws:
        _recv(ws)
        ws.send(json.dumps(FORCED))
        events = _until(ws, "response.done")
    kinds = [event["type"] for event in events]
    assert kinds[0] == "response.created"
    assert kinds[1] == "response.output_item.added"
    assert "response.function_call_arguments.delta" in kinds
    assert kinds[-3:] == [
        "response.function_call_arguments.done",
        "response.output_item.done",
        "response.done",
    ]
    assert "conversation.item.added" not in kinds  # conversation "none" adds nothing
    done = events[-1]["response"]
    assert done["conversation_id"] is None
    assert done["metadata"] == {"topic": "CaptureOrderInfo"}
    call = done["output"][0]
    arguments = json.loads(call["arguments"])
    assert call["name"] == "CaptureOrderInfo"
    assert set(arguments) == set(ORDER_TOOL["parameters"]["properties"])
    assert 1 <= arguments["quantity"] <= 9
    assert arguments["size"] in ("small", "large")
    assert events[-3]["arguments"] == call["arguments"]


def test_the_same_seed_gives_the_same_arguments():
    results = []
    for _ in range(2):
        with Emulator(seed=3) as emulator, _open(emulator) as ws:
            _recv(ws)
            ws.send(json.dumps(FORCED))
            results.append(_until(ws, "response.done")[-1]["response"]["output"][0]["arguments"])
    assert results[0] == results[1]


def test_a_mistaken_event_gets_a_server_shaped_error_and_the_session_goes_on(emulator):
    seed_000 = {
        "type": "response.create",
        "event_id": "evt_seed_000",
        "response": {**FORCED["response"], "tools": ["CaptureOrderInfo"]},
    }
    with _open(emulator) as ws:
        _recv(ws)
        ws.send(json.dumps(seed_000))
        error = _recv(ws)
        ws.send(json.dumps({"event_id": "evt_no_type"}))
        missing = _recv(ws)
        ws.send(json.dumps({"type": "input_audio_buffer.clear"}))
        assert _recv(ws)["type"] == "input_audio_buffer.cleared"
    assert error["type"] == "error"
    assert error["error"] == {
        "type": "invalid_request_error",
        "code": "invalid_type",
        "message": "Invalid type for 'response.tools[0]': expected an object, but got a string instead.",
        "param": "response.tools[0]",
        "event_id": "evt_seed_000",
    }
    assert missing["error"]["code"] == "invalid_event"
    assert missing["error"]["message"] == "The 'type' field is missing."


def test_session_update_answers_the_whole_session_and_guards_the_voice(emulator):
    with _open(emulator) as ws:
        _recv(ws)
        update = {"type": "session.update", "session": {"type": "realtime", "tools": [ORDER_TOOL]}}
        ws.send(json.dumps(update))
        updated = _recv(ws)
        assert updated["type"] == "session.updated"
        assert updated["session"]["tools"] == [ORDER_TOOL]
        assert updated["session"]["audio"]["input"]["format"] == {
            "type": "audio/pcm",
            "rate": 24000,
        }
        ws.send(json.dumps({"type": "response.create"}))  # audio by default: assistant audio now
        audio = _until(ws, "response.done")
        assert "response.output_audio.delta" in [event["type"] for event in audio]
        voice = {"type": "realtime", "audio": {"output": {"voice": "marin"}}}
        ws.send(json.dumps({"type": "session.update", "event_id": "evt_v", "session": voice}))
        refused = _recv(ws)
    assert refused["error"]["code"] == "cannot_update_voice"
    assert refused["error"]["event_id"] == "evt_v"


def test_a_function_output_then_response_create_continues_the_turn(emulator):
    with _open(emulator) as ws:
        _recv(ws)
        in_band = {**FORCED, "response": {**FORCED["response"], "conversation": "auto"}}
        ws.send(json.dumps(in_band))
        events = _until(ws, "response.done")
        assert "conversation.item.added" in [event["type"] for event in events]
        call = events[-1]["response"]["output"][0]
        assert events[-1]["response"]["conversation_id"].startswith("conv_")
        output = {
            "type": "function_call_output",
            "call_id": call["call_id"],
            "output": '{"ok":true}',
        }
        ws.send(json.dumps({"type": "conversation.item.create", "item": output}))
        assert _recv(ws)["type"] == "conversation.item.added"
        assert _recv(ws)["type"] == "conversation.item.done"
        ws.send(
            json.dumps({"type": "response.create", "response": {"output_modalities": ["text"]}})
        )
        done = _until(ws, "response.done")[-1]["response"]
        unknown = {**output, "call_id": "call_unknown"}
        ws.send(json.dumps({"type": "conversation.item.create", "item": unknown}))
        error = _recv(ws)
    assert done["output"][0]["content"][0]["text"] == 'The tool answered: {"ok":true}'
    assert error["error"]["param"] == "item.call_id"


def test_sideband_sockets_share_the_call_and_refuse_an_ek(emulator):
    call_id = emulator.open_call()
    with (
        _open(emulator, f"?call_id={call_id}") as first,
        _open(emulator, f"?call_id={call_id}") as second,
    ):
        _recv(first), _recv(second)
        first.send(
            json.dumps(
                {
                    "type": "conversation.item.create",
                    "item": {
                        "type": "message",
                        "role": "user",
                        "content": [{"type": "input_text", "text": "hi"}],
                    },
                }
            )
        )
        assert _recv(second)["type"] == "conversation.item.added"
    secret = _mint(emulator, {"type": "realtime"})
    with pytest.raises(InvalidStatus) as refused:
        _open(
            emulator,
            f"?call_id={call_id}",
            additional_headers={"Authorization": f"Bearer {secret}"},
        )
    assert refused.value.response.status_code == 404
    assert json.loads(refused.value.response.body)["error"]["code"] == "call_id_not_found"


def test_post_calls_with_an_ek_creates_a_call_to_attach_to(emulator):
    secret = _mint(emulator, {"type": "realtime", "instructions": "From the token."})
    answer = httpx.post(
        emulator.base_url + "/realtime/calls",
        headers={"Authorization": f"Bearer {secret}", "Content-Type": "application/sdp"},
        content=OFFER.encode(),
    )
    assert answer.status_code == 201
    assert answer.headers["content-type"] == "application/sdp"
    call_id = answer.headers["location"].rsplit("/", 1)[1]
    with _open(emulator, f"?call_id={call_id}") as ws:
        assert _recv(ws)["session"]["instructions"] == "From the token."


def test_a_multipart_call_starts_with_its_session_part(emulator):
    session = {"type": "realtime", "instructions": "From the form.", "tool_choice": "none"}
    answer = httpx.post(
        emulator.base_url + "/realtime/calls",
        headers={"Authorization": f"Bearer {KEY}"},
        files={"sdp": (None, OFFER, "application/sdp"), "session": (None, json.dumps(session))},
    )
    assert answer.status_code == 201, answer.text
    call_id = answer.headers["location"].rsplit("/", 1)[1]
    with _open(emulator, f"?call_id={call_id}") as ws:
        started = _recv(ws)["session"]
    assert (started["instructions"], started["tool_choice"]) == ("From the form.", "none")


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("429", "rate_limit_exceeded"), ("500", "server_error")],
)
def test_fault_events(kind, expected):
    with Emulator(faults=FaultPlan(kind=kind, first=1)) as emulator, _open(emulator) as ws:
        _recv(ws)
        ws.send(json.dumps(FORCED))
        events = [_recv(ws)]
        if kind == "429":
            assert events[0]["type"] == "rate_limits.updated"
            events.append(_recv(ws))
        assert events[-1]["error"]["code"] == expected
        assert events[-1]["error"]["event_id"] == "evt_force"
        ws.send(json.dumps(FORCED))  # the plan's first request only: the next one works
        assert _until(ws, "response.done")[-1]["response"]["status"] == "completed"


def test_the_drop_fault_ends_the_socket_without_a_close_frame():
    with Emulator(faults=FaultPlan(kind="drop")) as emulator, _open(emulator) as ws:
        _recv(ws)
        ws.send(json.dumps(FORCED))
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(5)
    assert closed.value.rcvd is None


def test_the_slow_fault_delays_the_response():
    with (
        Emulator(faults=FaultPlan(kind="slow", slow_seconds=0.5)) as emulator,
        _open(emulator) as ws,
    ):
        _recv(ws)
        ws.send(json.dumps(FORCED))
        with pytest.raises(TimeoutError):
            ws.recv(0.1)
        assert json.loads(ws.recv(5))["type"] == "response.created"


def test_minting_still_works_on_the_same_port(emulator):
    assert _mint(emulator, {"type": "realtime"}).startswith("ek_")
