"""The local emulator answers like api.openai.com: conforming 200s with fresh secrets, OpenAI's
error envelope with the API's codes, and the faults clients and workflows must survive.

Everything runs on 127.0.0.1; nothing reaches the internet.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from jsonschema import Draft202012Validator
from realtime_sessions import _contract
from realtime_sessions_emulator import (
    DEFAULT_INSTRUCTIONS,
    RETIRED_MESSAGE,
    Emulator,
    FaultPlan,
)
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[1]
BETA = "/realtime/sessions"
GA = "/realtime/client_secrets"
KEY = {"Authorization": "Bearer sk-test"}

TOOL = {
    "type": "function",
    "name": "lookup_order",
    "description": "Find an order by its number.",
    "parameters": {"type": "object", "properties": {"number": {"type": "string"}}},
}
BETA_FULL: dict[str, Any] = {
    "model": "gpt-realtime-mini",
    "modalities": ["text"],
    "instructions": "Answer in one sentence.",
    "voice": "marin",
    "input_audio_format": "g711_ulaw",
    "output_audio_format": "g711_alaw",
    "input_audio_transcription": {"model": "whisper-1", "language": "en"},
    "input_audio_noise_reduction": {"type": "near_field"},
    "turn_detection": {"type": "semantic_vad", "eagerness": "high"},
    "tools": [TOOL],
    "tool_choice": {"type": "function", "name": "lookup_order"},
    "temperature": 0.9,
    "max_response_output_tokens": 512,
    "speed": 1.2,
    "tracing": "auto",
    "client_secret": {"expires_after": {"anchor": "created_at", "seconds": 300}},
}
GA_FULL: dict[str, Any] = {
    "expires_after": {"anchor": "created_at", "seconds": 1200},
    "session": {
        "type": "realtime",
        "model": "gpt-realtime",
        "instructions": "Answer in one sentence.",
        "output_modalities": ["text"],
        "audio": {
            "input": {
                "format": {"type": "audio/pcmu"},
                "transcription": {"model": "gpt-4o-transcribe"},
                "noise_reduction": {"type": "far_field"},
                "turn_detection": None,
            },
            "output": {"format": {"type": "audio/pcm"}, "voice": {"id": "voice_123"}, "speed": 1.1},
        },
        "tools": [TOOL],
        "tool_choice": "required",
        "max_output_tokens": 1000,
        "tracing": {"workflow_name": "support"},
        "truncation": {"type": "retention_ratio", "retention_ratio": 0.5},
        "include": ["item.input_audio_transcription.logprobs"],
        "prompt": {"id": "pmpt_1"},
    },
}
SERVER_VAD = {
    "type": "server_vad",
    "threshold": 0.5,
    "prefix_padding_ms": 300,
    "silence_duration_ms": 200,
    "create_response": True,
    "interrupt_response": True,
}


def response_errors(schema_name: str, body: Any) -> list[str]:
    """What jsonschema finds wrong with a 200 body, checked against the packaged contract."""
    resource = Resource.from_contents(_contract.spec(), default_specification=DRAFT202012)
    registry = Registry().with_resource("urn:contract", resource)
    validator = Draft202012Validator(
        {"$ref": f"urn:contract#/components/schemas/{schema_name}"}, registry=registry
    )
    return [error.message for error in validator.iter_errors(body)]


@pytest.fixture
def client(emulator: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emulator.base_url, headers=KEY, timeout=5) as http:
        yield http


def test_binds_loopback_only_by_default(emulator: Emulator) -> None:
    assert emulator.base_url.startswith("http://127.0.0.1:")
    assert emulator.base_url.endswith("/v1")


# --- 200 ----------------------------------------------------------------------------------------


def test_beta_mint_conforms_and_fills_the_server_defaults(client: httpx.Client) -> None:
    before = int(time.time())
    answer = client.post(BETA, json={})
    after = int(time.time())

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert response_errors("RealtimeSessionCreateResponse", body) == []
    secret = body.pop("client_secret")
    assert secret["value"].startswith("ek_")
    assert len(secret["value"]) >= 32
    assert before + 60 <= secret["expires_at"] <= after + 60
    assert body.pop("id").startswith("sess_")
    assert body.pop("expires_at") > after
    assert body == {
        "object": "realtime.session",
        "model": "gpt-realtime",
        "modalities": ["audio", "text"],
        "instructions": DEFAULT_INSTRUCTIONS,
        "voice": "alloy",
        "input_audio_format": "pcm16",
        "output_audio_format": "pcm16",
        "input_audio_transcription": None,
        "input_audio_noise_reduction": None,
        "turn_detection": SERVER_VAD,
        "tools": [],
        "tool_choice": "auto",
        "temperature": 0.8,
        "max_response_output_tokens": "inf",
        "speed": 1.0,
        "tracing": None,
    }


def test_ga_mint_conforms_and_fills_the_server_defaults(client: httpx.Client) -> None:
    before = int(time.time())
    answer = client.post(GA, json={"session": {"type": "realtime"}})
    after = int(time.time())

    assert answer.status_code == 200
    body = answer.json()
    assert response_errors("RealtimeClientSecretCreateResponse", body) == []
    assert body["value"].startswith("ek_")
    assert before + 600 <= body["expires_at"] <= after + 600
    session = body["session"]
    assert session.pop("id").startswith("sess_")
    assert session == {
        "type": "realtime",
        "object": "realtime.session",
        "model": "gpt-realtime",
        "output_modalities": ["audio"],
        "instructions": DEFAULT_INSTRUCTIONS,
        "tools": [],
        "tool_choice": "auto",
        "max_output_tokens": "inf",
        "tracing": None,
        "truncation": "auto",
        "prompt": None,
        "expires_at": 0,
        "include": None,
        "audio": {
            "input": {
                "format": {"type": "audio/pcm", "rate": 24000},
                "transcription": None,
                "noise_reduction": None,
                "turn_detection": SERVER_VAD,
            },
            "output": {
                "format": {"type": "audio/pcm", "rate": 24000},
                "voice": "alloy",
                "speed": 1.0,
            },
        },
    }


def test_ga_accepts_an_empty_body(client: httpx.Client) -> None:
    answer = client.post(GA, json={})
    assert answer.status_code == 200
    assert answer.json()["session"]["type"] == "realtime"


def test_beta_echo_keeps_what_the_request_set(client: httpx.Client) -> None:
    body = client.post(BETA, json=BETA_FULL).json()

    assert response_errors("RealtimeSessionCreateResponse", body) == []
    expected = {key: value for key, value in BETA_FULL.items() if key != "client_secret"}
    expected["turn_detection"] = {**BETA_FULL["turn_detection"], "create_response": True}
    expected["turn_detection"]["interrupt_response"] = True
    assert {key: body[key] for key in expected} == expected


def test_beta_null_turn_detection_stays_null(client: httpx.Client) -> None:
    assert client.post(BETA, json={"turn_detection": None}).json()["turn_detection"] is None


def test_ga_echo_keeps_what_the_request_set(client: httpx.Client) -> None:
    body = client.post(GA, json=GA_FULL).json()

    assert response_errors("RealtimeClientSecretCreateResponse", body) == []
    session, given = body["session"], GA_FULL["session"]
    for key in given.keys() - {"audio"}:
        assert session[key] == given[key], key
    assert session["audio"]["input"] == given["audio"]["input"]
    assert session["audio"]["output"] == {
        "format": {"type": "audio/pcm", "rate": 24000},
        "voice": {"id": "voice_123"},
        "speed": 1.1,
    }


@pytest.mark.parametrize("path", [BETA, GA])
def test_every_secret_and_session_id_is_new(client: httpx.Client, path: str) -> None:
    bodies = [client.post(path, json={}).json() for _ in range(20)]
    secrets = {body.get("value") or body["client_secret"]["value"] for body in bodies}
    ids = {body.get("id") or body["session"]["id"] for body in bodies}
    assert len(secrets) == len(ids) == 20


@pytest.mark.parametrize(
    ("path", "body", "seconds"),
    [
        (BETA, {"client_secret": {"expires_after": {"anchor": "created_at", "seconds": 10}}}, 10),
        (
            BETA,
            {"client_secret": {"expires_after": {"anchor": "created_at", "seconds": 7200}}},
            7200,
        ),
        (GA, {"expires_after": {"seconds": 3600}}, 3600),
        (GA, {"expires_after": {"anchor": "created_at", "seconds": 10}}, 10),
        (GA, {"expires_after": {"anchor": "created_at"}}, 600),
    ],
)
def test_expires_at_honours_expires_after(
    client: httpx.Client, path: str, body: dict[str, Any], seconds: int
) -> None:
    before = int(time.time())
    answer = client.post(path, json=body).json()
    after = int(time.time())
    expires_at = answer.get("expires_at") if path == GA else answer["client_secret"]["expires_at"]
    assert before + seconds <= expires_at <= after + seconds


def test_a_chunked_body_is_read(client: httpx.Client) -> None:
    pieces = iter([b'{"voice": ', b'"ash"}'])
    answer = client.post(BETA, content=pieces, headers={"Content-Type": "application/json"})
    assert answer.status_code == 200
    assert answer.json()["voice"] == "ash"


def raw_exchange(emulator: Emulator, *parts: bytes) -> list[bytes]:
    """Send each part over one loopback connection and collect what comes back after each."""
    port = int(emulator.base_url.rsplit(":", 1)[1].split("/")[0])
    answers = []
    with socket.create_connection(("127.0.0.1", port), timeout=2) as connection:
        for part in parts:
            connection.sendall(part)
            answers.append(connection.recv(65536))
    return answers


def test_expect_100_continue_is_answered_before_the_body(emulator: Emulator) -> None:
    head = (
        b"POST /v1/realtime/sessions HTTP/1.1\r\nHost: localhost\r\n"
        b"Authorization: Bearer sk-test\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n"
    )
    interim, final = raw_exchange(emulator, head, b"{}")
    assert interim == b"HTTP/1.1 100 Continue\r\n\r\n"
    assert final.startswith(b"HTTP/1.1 200 OK\r\n")


def test_a_negative_content_length_gets_400(emulator: Emulator) -> None:
    request = (
        b"POST /v1/realtime/sessions HTTP/1.1\r\nHost: localhost\r\n"
        b"Authorization: Bearer sk-test\r\nContent-Length: -5\r\n\r\n{}"
    )
    (answer,) = raw_exchange(emulator, request)
    assert answer.startswith(b"HTTP/1.1 400 Bad Request\r\n")
    assert b"Server: realtime-sessions-emulator\r\n" in answer


# --- 400 ----------------------------------------------------------------------------------------

BAD_BODIES = [
    (
        BETA,
        {"tools": [{**TOOL, "meta": {"owner": "me"}}]},
        "unknown_parameter",
        "tools[0].meta",
        "Unknown parameter: 'tools[0].meta'.",
    ),
    (
        BETA,
        {"turn_detection": {"type": "server_vad", "eagerness": "low"}},
        "unknown_parameter",
        "turn_detection.eagerness",
        "Unknown parameter: 'turn_detection.eagerness'.",
    ),
    (
        GA,
        {"session": {"type": "realtime", "temperature": 0.8}},
        "unknown_parameter",
        "session.temperature",
        "Unknown parameter: 'session.temperature'.",
    ),
    (
        BETA,
        {"temperature": "hot"},
        "invalid_type",
        "temperature",
        "Invalid type for 'temperature': expected a decimal, but got a string instead.",
    ),
    (
        BETA,
        {"tools": ["lookup_order"]},
        "invalid_type",
        "tools[0]",
        "Invalid type for 'tools[0]': expected an object, but got a string instead.",
    ),
    (
        GA,
        {"session": {"type": "realtime", "audio": {"input": {"format": "pcm16"}}}},
        "invalid_type",
        "session.audio.input.format",
        "Invalid type for 'session.audio.input.format': expected an object, but got a string instead.",
    ),
    (
        BETA,
        {"temperature": 5},
        "decimal_above_max_value",
        "temperature",
        "Invalid 'temperature': decimal above maximum value. Expected a value <= 1.2, but got 5 instead.",
    ),
    (
        BETA,
        {"temperature": 0.3},
        "decimal_below_min_value",
        "temperature",
        "Invalid 'temperature': decimal below minimum value. Expected a value >= 0.6, but got 0.3 instead.",
    ),
    (
        BETA,
        {"max_response_output_tokens": 5000},
        "integer_above_max_value",
        "max_response_output_tokens",
        "Invalid 'max_response_output_tokens': integer above maximum value. Expected a value <= 4096, but got 5000 instead.",
    ),
    (
        GA,
        {"expires_after": {"seconds": 5}},
        "integer_below_min_value",
        "expires_after.seconds",
        "Invalid 'expires_after.seconds': integer below minimum value. Expected a value >= 10, but got 5 instead.",
    ),
    (
        BETA,
        {"client_secret": {"expires_after": {"seconds": 60}}},
        "missing_required_parameter",
        "client_secret.expires_after.anchor",
        "Missing required parameter: 'client_secret.expires_after.anchor'.",
    ),
    (
        GA,
        {"session": {"model": "gpt-realtime"}},
        "missing_required_parameter",
        "session.type",
        "Missing required parameter: 'session.type'.",
    ),
    (
        BETA,
        {"turn_detection": {"silence_duration_ms": 300}},
        "missing_required_parameter",
        "turn_detection.type",
        "Missing required parameter: 'turn_detection.type'.",
    ),
    (
        BETA,
        {"input_audio_format": "mp3"},
        "invalid_value",
        "input_audio_format",
        "Invalid value: 'mp3'. Supported values are: 'pcm16', 'g711_ulaw', and 'g711_alaw'.",
    ),
    (
        BETA,
        {"turn_detection": {"type": "push_to_talk"}},
        "invalid_value",
        "turn_detection.type",
        "Invalid value: 'push_to_talk'. Supported values are: 'server_vad' and 'semantic_vad'.",
    ),
    (
        BETA,
        {"voice": "fable"},
        "invalid_value",
        "voice",
        "Invalid value: 'fable'. Supported values are: 'alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', and 'cedar'.",
    ),
    (
        BETA,
        {"tools": [{**TOOL, "name": "look up"}]},
        "invalid_value",
        "tools[0].name",
        "Invalid 'tools[0].name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]{1,64}$'.",
    ),
    (
        BETA,
        {"modalities": ["audio"]},
        "invalid_value",
        "modalities",
        "Invalid modalities: ['audio']. Supported combinations are: ['text'] and ['audio', 'text'].",
    ),
    (
        GA,
        {"session": {"type": "realtime", "output_modalities": ["audio", "text"]}},
        "invalid_value",
        "session.output_modalities",
        "Invalid modalities: ['audio', 'text']. Supported combinations are: ['text'] and ['audio'].",
    ),
    (
        BETA,
        {"voice": ""},
        "string_below_min_length",
        "voice",
        "Invalid 'voice': string too short. Expected a string with minimum length 1, but got a string with length 0 instead.",
    ),
    (
        BETA,
        {"max_response_output_tokens": 1.5},
        "invalid_type",
        "max_response_output_tokens",
        "Invalid type for 'max_response_output_tokens': expected an integer or a string, but got a decimal instead.",
    ),
]


@pytest.mark.parametrize(
    ("path", "body", "code", "param", "message"),
    BAD_BODIES,
    ids=[f"{case[2]}:{case[3]}" for case in BAD_BODIES],
)
def test_a_broken_rule_gets_the_apis_400(
    client: httpx.Client, path: str, body: dict[str, Any], code: str, param: str, message: str
) -> None:
    answer = client.post(path, json=body)
    assert answer.status_code == 400
    assert answer.json() == {
        "error": {"message": message, "type": "invalid_request_error", "param": param, "code": code}
    }
    assert response_errors("ErrorResponse", answer.json()) == []


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"{not json", None),
        (b"NaN", None),
        (b"", None),
        (b"[]", "invalid_type"),
        (b'"x"', "invalid_type"),
    ],
)
def test_a_body_that_is_not_a_json_object_gets_400(
    client: httpx.Client, content: bytes, code: str | None
) -> None:
    answer = client.post(BETA, content=content, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert (error["type"], error["param"], error["code"]) == ("invalid_request_error", None, code)


# --- 401, 404, 405 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization", [None, "", "Bearer", "Token sk-test", "Basic c2stdGVzdA=="]
)
def test_no_bearer_key_gets_401(emulator: Emulator, authorization: str | None) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    answer = httpx.post(emulator.base_url + BETA, json={}, headers=headers)
    assert answer.status_code == 401
    error = answer.json()["error"]
    assert (error["type"], error["param"], error["code"]) == (
        "invalid_request_error",
        None,
        "invalid_api_key",
    )


def test_an_unknown_path_gets_404_in_the_envelope(client: httpx.Client) -> None:
    answer = client.post("/realtime/no_such_endpoint", json={})
    assert answer.status_code == 404
    assert answer.json()["error"]["message"] == "Invalid URL (POST /v1/realtime/no_such_endpoint)"


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "TRACE", "QUERY"])
def test_another_method_gets_405_with_allow(client: httpx.Client, method: str) -> None:
    answer = client.request(method, GA)
    assert answer.status_code == 405
    assert answer.headers["allow"] == "POST"
    assert answer.json()["error"]["code"] == "method_not_allowed"


def test_head_gets_405_without_a_body(client: httpx.Client) -> None:
    answer = client.head(BETA)
    assert (answer.status_code, answer.content) == (405, b"")


def test_requests_are_counted(emulator: Emulator, client: httpx.Client) -> None:
    before = emulator.requests
    client.post(BETA, json={})
    client.post("/nowhere", json={})
    client.get(GA)
    assert emulator.requests == before + 3


# --- faults -------------------------------------------------------------------------------------


def test_429_carries_retry_after(emulator: Emulator, client: httpx.Client) -> None:
    emulator.faults = FaultPlan(kind="429", retry_after=7)
    answer = client.post(BETA, json={})
    assert answer.status_code == 429
    assert answer.headers["retry-after"] == "7"
    assert answer.json()["error"]["code"] == "rate_limit_exceeded"
    assert response_errors("ErrorResponse", answer.json()) == []


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_come_in_the_envelope(
    emulator: Emulator, client: httpx.Client, status: int
) -> None:
    emulator.faults = FaultPlan(kind=str(status))  # type: ignore[arg-type]
    for path in (BETA, GA):
        answer = client.post(path, json={})
        assert answer.status_code == status
        assert answer.json()["error"]["type"] == "server_error"
        assert response_errors("ErrorResponse", answer.json()) == []


def test_slow_answers_late_but_normally(emulator: Emulator, client: httpx.Client) -> None:
    emulator.faults = FaultPlan(kind="slow", slow_seconds=0.3)
    started = time.monotonic()
    answer = client.post(GA, json={})
    assert time.monotonic() - started >= 0.3
    assert answer.status_code == 200
    with pytest.raises(httpx.ReadTimeout):
        client.post(GA, json={}, timeout=0.1)


def test_drop_closes_the_connection_without_an_answer(
    emulator: Emulator, client: httpx.Client
) -> None:
    emulator.faults = FaultPlan(kind="drop", first=1)
    with pytest.raises(httpx.RemoteProtocolError):
        client.post(BETA, json={})
    assert client.post(BETA, json={}).status_code == 200


def test_malformed_is_a_200_with_truncated_json(emulator: Emulator, client: httpx.Client) -> None:
    emulator.faults = FaultPlan(kind="malformed")
    answer = client.post(BETA, json={})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert answer.content.startswith(b'{"id": "sess_')
    with pytest.raises(json.JSONDecodeError):
        answer.json()


def test_retired_refuses_the_beta_route_like_openai_and_keeps_ga(
    emulator: Emulator, client: httpx.Client
) -> None:
    emulator.faults = FaultPlan(kind="retired")
    answer = client.post(BETA, json={"model": "gpt-realtime"})
    assert answer.status_code == 400
    assert answer.json() == {
        "error": {
            "message": RETIRED_MESSAGE,
            "type": "invalid_request_error",
            "param": None,
            "code": "beta_api_shape_disabled",
        }
    }
    assert client.post(GA, json={}).status_code == 200


def test_first_n_fails_then_recovers_and_restarts_when_switched(
    emulator: Emulator, client: httpx.Client
) -> None:
    emulator.faults = FaultPlan(kind="503", first=2)
    assert [client.post(BETA, json={}).status_code for _ in range(4)] == [503, 503, 200, 200]
    emulator.faults = FaultPlan(kind="500", first=1)
    assert [client.post(GA, json={}).status_code for _ in range(2)] == [500, 200]


def test_requests_without_a_key_do_not_use_up_first_n(
    emulator: Emulator, client: httpx.Client
) -> None:
    emulator.faults = FaultPlan(kind="500", first=1)
    assert httpx.post(emulator.base_url + BETA, json={}).status_code == 401
    assert [client.post(BETA, json={}).status_code for _ in range(2)] == [500, 200]


def test_rate_fails_about_that_fraction(emulator: Emulator, client: httpx.Client) -> None:
    emulator.faults = FaultPlan(kind="500", rate=0.3)
    failed = sum(client.post(GA, json={}).status_code == 500 for _ in range(200))
    assert 25 <= failed <= 100  # mean 60, standard deviation 6.5


def test_no_rate_and_no_first_fails_every_request(emulator: Emulator, client: httpx.Client) -> None:
    emulator.faults = FaultPlan(kind="502")
    assert {client.post(BETA, json={}).status_code for _ in range(5)} == {502}


# --- FaultPlan and the environment --------------------------------------------------------------


def test_fault_plan_reads_the_environment() -> None:
    plan = FaultPlan.from_env(
        {
            "REALTIME_EMULATOR_FAULT": " 429 ",
            "REALTIME_EMULATOR_FAULT_FIRST": "3",
            "REALTIME_EMULATOR_RETRY_AFTER": "9",
            "REALTIME_EMULATOR_SLOW_SECONDS": "0.5",
        }
    )
    assert plan == FaultPlan(kind="429", first=3, retry_after=9, slow_seconds=0.5)
    assert FaultPlan.from_env(
        {"REALTIME_EMULATOR_FAULT": "slow", "REALTIME_EMULATOR_FAULT_RATE": "0.3"}
    ) == FaultPlan(kind="slow", rate=0.3)
    assert FaultPlan.from_env({}) == FaultPlan()
    assert FaultPlan.from_env({"REALTIME_EMULATOR_FAULT": ""}).kind is None


@pytest.mark.parametrize(
    ("environ", "complaint"),
    [
        ({"REALTIME_EMULATOR_FAULT": "418"}, "REALTIME_EMULATOR_FAULT"),
        (
            {"REALTIME_EMULATOR_FAULT": "500", "REALTIME_EMULATOR_FAULT_RATE": "lots"},
            "REALTIME_EMULATOR_FAULT_RATE",
        ),
        (
            {"REALTIME_EMULATOR_FAULT": "500", "REALTIME_EMULATOR_FAULT_FIRST": "2.5"},
            "REALTIME_EMULATOR_FAULT_FIRST",
        ),
        ({"REALTIME_EMULATOR_FAULT": "500", "REALTIME_EMULATOR_FAULT_RATE": "1.5"}, "rate"),
        ({"REALTIME_EMULATOR_FAULT": "500", "REALTIME_EMULATOR_FAULT_FIRST": "-1"}, "first"),
        (
            {
                "REALTIME_EMULATOR_FAULT": "500",
                "REALTIME_EMULATOR_FAULT_RATE": "0.5",
                "REALTIME_EMULATOR_FAULT_FIRST": "2",
            },
            "not both",
        ),
    ],
)
def test_fault_plan_refuses_bad_settings(environ: dict[str, str], complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        FaultPlan.from_env(environ)


def test_an_emulator_without_a_plan_takes_it_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("REALTIME_EMULATOR_FAULT", "503")
    monkeypatch.setenv("REALTIME_EMULATOR_FAULT_FIRST", "1")
    with Emulator() as emulator, httpx.Client(base_url=emulator.base_url, headers=KEY) as http:
        assert emulator.faults == FaultPlan(kind="503", first=1)
        assert [http.post(GA, json={}).status_code for _ in range(2)] == [503, 200]


def announced_lines(path: Path, count: int) -> list[str]:
    """The first lines a child process wrote to `path`, waiting at most ten seconds for them."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        lines = path.read_text().splitlines()
        if len(lines) >= count:
            return lines[:count]
        time.sleep(0.05)
    raise AssertionError(f"announced only {path.read_text()!r}")


def test_python_m_serves_announces_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "REALTIME_EMULATOR_FAULT": "429",
        "REALTIME_EMULATOR_RETRY_AFTER": "3",
    }
    output = tmp_path / "stdout"
    with output.open("w") as stdout:
        process = subprocess.Popen(
            [sys.executable, "-m", "realtime_sessions_emulator"],
            stdout=stdout,
            env=env,
            cwd=tmp_path,
            # Ctrl-C must work even when the test run itself ignores SIGINT (a background job).
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
    try:
        lines = announced_lines(output, 3)
        base_url = lines[2].removeprefix("export OPENAI_BASE_URL=")
        assert base_url.startswith("http://127.0.0.1:")
        assert base_url in lines[0]
        assert lines[1] == "Injecting fault 429 (Retry-After: 3) on every request"
        answer = httpx.post(base_url + BETA, json={}, headers=KEY)
        assert (answer.status_code, answer.headers["retry-after"]) == (429, "3")
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        process.kill()
        process.wait()


# --- other clients ------------------------------------------------------------------------------


def test_the_openai_package_mints_beta_sessions(emulator: Emulator) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=emulator.base_url, max_retries=0)
    sessions = getattr(getattr(client.beta, "realtime", None), "sessions", None)
    if sessions is None:
        pytest.skip("this openai version has no client.beta.realtime.sessions")
    session = sessions.create(model="gpt-realtime", modalities=["audio", "text"], voice="ash")
    assert session.client_secret.value.startswith("ek_")
    assert session.voice == "ash"
    assert session.turn_detection is not None
    assert session.turn_detection.silence_duration_ms == 200


def test_the_openai_package_mints_ga_secrets_and_retries_a_503(emulator: Emulator) -> None:
    emulator.faults = FaultPlan(kind="503", first=1)
    client = openai.OpenAI(api_key="sk-test", base_url=emulator.base_url, max_retries=2)
    before = emulator.requests
    secret = client.realtime.client_secrets.create(
        expires_after={"anchor": "created_at", "seconds": 300},
        session={"type": "realtime", "model": "gpt-realtime", "output_modalities": ["text"]},
    )
    assert emulator.requests == before + 2
    assert secret.value.startswith("ek_")
    assert secret.session.output_modalities == ["text"]
    assert secret.expires_at - int(time.time()) in range(295, 301)


def test_the_openai_package_sees_the_apis_errors(emulator: Emulator) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=emulator.base_url, max_retries=0)
    with pytest.raises(openai.BadRequestError) as caught:
        client.realtime.client_secrets.create(session={"type": "realtime", "temperature": 0.8})  # type: ignore[typeddict-unknown-key]
    assert caught.value.code == "unknown_parameter"
    assert caught.value.param == "session.temperature"


SCHEMATHESIS_CONFIG = """
# The emulator takes any non-empty key on purpose, so a wrong key cannot be refused; a missing
# key (401) is tested above.
[checks]
ignored_auth.enabled = false
"""


def test_schemathesis_finds_no_failure(emulator: Emulator, tmp_path: Path) -> None:
    config = tmp_path / "schemathesis.toml"
    config.write_text(SCHEMATHESIS_CONFIG)
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "--config-file",
        str(config),
        "run",
        str(ROOT / "openapi.yaml"),
        "--url",
        emulator.base_url,
        "--header",
        "Authorization: Bearer sk-test",
        "--max-examples",
        "40",
        "--seed",
        "1",
        "--generation-database",
        "none",
        "--no-color",
    ]
    run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
