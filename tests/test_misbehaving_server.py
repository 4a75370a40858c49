"""The misbehaving test server does what its behaviours say, seen by plain httpx and sockets."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest

from tests.misbehaving_server import (
    Behaviour,
    MisbehavingServer,
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


def test_behaviours_answer_in_order_and_the_last_repeats() -> None:
    with MisbehavingServer(respond(500), respond(200, json={"n": 2})) as server:
        statuses = [httpx.post(server.base_url + "/x", content=b"abc").status_code for _ in "123"]
    assert statuses == [500, 200, 200]
    assert [(r.method, r.path, r.body) for r in server.requests] == [("POST", "/v1/x", b"abc")] * 3


def test_a_chunked_request_body_is_recorded_whole() -> None:
    with MisbehavingServer(respond(204)) as server:
        httpx.post(server.base_url, content=iter([b"ab", b"cd"]))
    assert server.requests[0].body == b"abcd"


def test_trickled_headers_and_body_arrive_in_pieces_apart() -> None:
    with MisbehavingServer(trickle_headers(json={"a": 1}, lines=3, every=0.2)) as server:
        started = time.monotonic()
        answer = httpx.get(server.base_url)
        took = time.monotonic() - started
    assert (answer.json(), answer.headers["x-trickle-2"]) == ({"a": 1}, "2")
    assert took >= 0.6
    server = MisbehavingServer(trickle_body(json={"a": 1}, piece=2, every=0.1))
    with server, httpx.stream("GET", server.base_url) as streamed:
        pieces = list(streamed.iter_raw())
    assert b"".join(pieces) == b'{"a": 1}'
    assert len(pieces) >= 3


@pytest.mark.parametrize("behaviour", [reset(), hang_up()])
def test_reset_and_hang_up_answer_nothing(behaviour: Behaviour) -> None:
    with MisbehavingServer(behaviour) as server, pytest.raises(httpx.TransportError):
        httpx.get(server.base_url)


def test_stall_holds_until_the_server_closes() -> None:
    server = MisbehavingServer(stall())
    with server, pytest.raises(httpx.ReadTimeout):
        httpx.get(server.base_url, timeout=0.3)


def test_odd_values_reach_the_wire_verbatim() -> None:
    with MisbehavingServer(retry_after("-1"), redirect(), nested(3, 400), huge_body(10)) as server:
        limited = httpx.get(server.base_url)
        moved = httpx.get(server.base_url + "/here")
        deep = httpx.get(server.base_url)
        huge = httpx.get(server.base_url)
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "-1")
    assert (moved.status_code, moved.headers["location"]) == (307, f"{server.base_url}/here")
    assert json.loads(deep.content)["error"]["param"] == [[[]]]
    assert huge.content == b'"' + b"x" * 8 + b'"'


def test_closing_frees_the_port() -> None:
    with MisbehavingServer(respond()) as server:
        port = server.port
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
