"""The emulator holds like a server: bursts, oversize and malformed requests, stalled clients.

Every answer, even to a request http.server cannot parse, is OpenAI's JSON envelope; nothing
ends in a traceback, a reset or a thread held forever. Real sockets on 127.0.0.1 (and ::1).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from realtime_sessions_emulator import Emulator, FaultPlan, Limits

GA = "/v1/realtime/client_secrets"
KEY = {"Authorization": "Bearer sk-test"}
HEAD = f"POST {GA} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer sk-test\r\n".encode()


def port_of(emulator: Emulator) -> int:
    return int(emulator.base_url.rsplit(":", 1)[1].split("/")[0])


def answer_to(emulator: Emulator, *parts: bytes, timeout: float = 10) -> bytes:
    """Everything the emulator sends back, until it closes, to the parts sent one by one. A
    server that answers and closes before reading everything may reset the connection; what
    matters is the answer read before that."""
    received = b""
    with socket.create_connection(("127.0.0.1", port_of(emulator)), timeout=timeout) as client:
        for part in parts:
            with contextlib.suppress(ConnectionResetError, BrokenPipeError):
                client.sendall(part)
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):
            while chunk := client.recv(1 << 16):
                received += chunk
    return received


def parsed(answer: bytes) -> tuple[int, dict[str, str], Any]:
    """Status, headers (lower-case names) and JSON body of one HTTP/1.1 answer."""
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    assert status_line.startswith("HTTP/1.1 "), answer[:200]
    headers = {}
    for line in lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    assert headers["content-type"] == "application/json", answer[:300]
    length = int(headers["content-length"])
    return int(status_line.split()[1]), headers, json.loads(body[:length])


def assert_envelope(answer: bytes, status: int, words: str) -> dict[str, str]:
    code, headers, body = parsed(answer)
    assert code == status, body
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert words in body["error"]["message"]
    return headers


@pytest.fixture
def quiet_stderr(capfd: pytest.CaptureFixture[str]) -> Iterator[None]:
    """No traceback reaches stderr (http.server prints one for an exception in a handler)."""
    yield
    assert "Traceback" not in capfd.readouterr().err


# --- a burst ------------------------------------------------------------------------------------


async def _burst(port: int, connections: int) -> list[int | str]:
    request = HEAD + b"Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"

    async def one() -> int | str:
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 10)
            writer.write(request)
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
            writer.close()
            return int(head.split()[1])
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError) as error:
            return type(error).__name__

    return await asyncio.gather(*(one() for _ in range(connections)))


def test_a_burst_of_256_new_connections_is_answered_without_resets(tmp_path: Path) -> None:
    # The emulator in its own process, as users run it: the listen backlog was 5, and the
    # kernel dropped the connections beyond it (a tenth to a quarter of each burst).
    with emulator_process(tmp_path) as (base_url, _):
        port = int(base_url.rsplit(":", 1)[1].split("/")[0])
        for _ in range(2):
            assert asyncio.run(_burst(port, 256)) == [200] * 256


# --- memory ------------------------------------------------------------------------------------


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def test_distinct_bodies_do_not_grow_the_emulator(tmp_path: Path) -> None:
    # The verdict cache kept up to 1,024 bodies whatever their size: 300 distinct 1 MB bodies
    # added about 290 MB. Now it keeps at most a few MiB, and no body above 64 KiB.
    with emulator_process(tmp_path) as (base_url, pid):
        client = httpx.Client(base_url=base_url, headers=KEY, timeout=30)

        def mint(number: int, size: int) -> None:
            instructions = f"{number:08d}".ljust(size, "x")
            session = {"type": "realtime", "instructions": instructions}
            answer = client.post("/realtime/client_secrets", json={"session": session})
            assert answer.status_code == 200

        with client:
            for number in range(20):  # warm up: imports, buffers, the allocator's pools
                mint(number, 40_000)
            before = rss_mb(pid)
            for number in range(100):
                mint(number, 500_000)
            for number in range(600):
                mint(number, 40_000)
            grown = rss_mb(pid) - before
    assert grown < 24, f"the emulator grew by {grown:.0f} MB"


# --- oversize and malformed framing -------------------------------------------------------------


@pytest.mark.usefixtures("quiet_stderr")
def test_a_content_length_of_2_to_the_40_gets_413_unread(emulator: Emulator) -> None:
    answer = answer_to(emulator, HEAD + f"Content-Length: {2**40}\r\n\r\n".encode() + b"{}")
    headers = assert_envelope(answer, 413, "at most 16,777,216 bytes")
    assert headers["connection"] == "close"


@pytest.mark.usefixtures("quiet_stderr")
def test_a_chunk_size_of_2_to_the_48_gets_413(emulator: Emulator) -> None:
    chunked = HEAD + b"Transfer-Encoding: chunked\r\n\r\n"
    answer = answer_to(emulator, chunked + f"{2**48:x}\r\n".encode() + b"{}")
    assert_envelope(answer, 413, "too large")


@pytest.mark.usefixtures("quiet_stderr")
def test_a_5_mb_chunk_size_line_gets_400(emulator: Emulator) -> None:
    chunked = HEAD + b"Transfer-Encoding: chunked\r\n\r\n"
    answer = answer_to(emulator, chunked + b"1" * 5_000_000 + b"\r\n")
    assert_envelope(answer, 400, "chunk size line is malformed")


@pytest.mark.parametrize(
    ("framing", "words"),
    [
        (b"Content-Length: 12abc\r\n", "Content-Length is malformed"),
        (b"Content-Length: 2\r\nContent-Length: 3\r\n", "Content-Length is malformed"),
        (b"Content-Length: +2\r\n", "Content-Length is malformed"),
        (b"Transfer-Encoding: chunked\r\n\r\n0x2\r\n{}\r\n0\r\n", "chunk size line"),
        (b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX\r\n0\r\n", "chunk framing"),
    ],
)
@pytest.mark.usefixtures("quiet_stderr")
def test_malformed_framing_gets_400(emulator: Emulator, framing: bytes, words: str) -> None:
    ending = b"\r\n" if b"chunked" in framing else b"\r\n{}"
    answer = answer_to(emulator, HEAD + framing + ending)
    assert_envelope(answer, 400, words)


def test_a_body_over_the_limit_gets_413_and_one_within_is_read() -> None:
    with Emulator(faults=FaultPlan(), limits=Limits(max_body_bytes=1000)) as small:
        body = json.dumps({"session": {"type": "realtime", "instructions": "x" * 2000}})
        with httpx.Client(base_url=small.base_url, headers=KEY, timeout=10) as client:
            refused = client.post("/realtime/client_secrets", content=body)
            accepted = client.post("/realtime/client_secrets", json={})
    assert refused.status_code == 413
    assert refused.json()["error"]["code"] == "request_too_large"
    assert accepted.status_code == 200


# --- protocol errors in the envelope ------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_bytes", "status", "words"),
    [
        (b"GARBAGE\r\n\r\n", 400, "Bad request syntax"),
        (b"POST /v1 HTTP/1.1 extra\r\n\r\n", 400, "Bad request"),
        (b"POST /v1 HTTP/9.9\r\n\r\n", 505, "Invalid HTTP version"),
        (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414, "URI Too Long"),
        (HEAD + b"X-Long: " + b"a" * 70_000 + b"\r\n\r\n", 431, "Line too long"),
        (HEAD + b"X-Many: 1\r\n" * 101 + b"\r\n", 431, "Too many headers"),
    ],
)
@pytest.mark.usefixtures("quiet_stderr")
def test_protocol_errors_come_in_the_envelope(
    emulator: Emulator, request_bytes: bytes, status: int, words: str
) -> None:
    answer = answer_to(emulator, request_bytes)
    assert b"<html" not in answer.lower()
    assert_envelope(answer, status, words)


# --- stalled clients ----------------------------------------------------------------------------


def handler_threads() -> int:
    return sum("process_request_thread" in thread.name for thread in threading.enumerate())


def wait_for_no_handler_threads(deadline_seconds: float = 10) -> int:
    deadline = time.monotonic() + deadline_seconds
    while handler_threads() and time.monotonic() < deadline:
        time.sleep(0.05)
    return handler_threads()


@pytest.fixture
def impatient() -> Iterator[Emulator]:
    """An emulator that waits at most half a second for a client's next bytes."""
    with Emulator(faults=FaultPlan(), limits=Limits(idle_timeout=0.5)) as emulator:
        yield emulator


@pytest.mark.parametrize(
    "sent",
    [b"", HEAD[:20], HEAD + b"Content-Length: 2\r\n"],
    ids=["idle", "partial-request-line", "partial-headers"],
)
def test_a_silent_connection_is_closed(impatient: Emulator, sent: bytes) -> None:
    # Without a socket timeout the emulator held each such connection, and a thread, forever.
    assert answer_to(impatient, sent, timeout=10) == b""


def test_a_body_shorter_than_its_length_gets_408_and_frees_its_thread(
    impatient: Emulator,
) -> None:
    answer = answer_to(impatient, HEAD + b"Content-Length: 100\r\n\r\n{", timeout=10)
    assert_envelope(answer, 408, "waits 0.5 s for each piece and 60 s for all")
    assert wait_for_no_handler_threads() == 0


@pytest.mark.parametrize("chunked", [False, True])
def test_a_body_trickled_past_its_deadline_gets_408(chunked: bool) -> None:
    limits = Limits(idle_timeout=5, body_timeout=0.5)
    framing = b"Transfer-Encoding: chunked" if chunked else b"Content-Length: 1000"
    piece = b"1\r\nx\r\n" if chunked else b"x"
    with Emulator(faults=FaultPlan(), limits=limits) as emulator:
        port = port_of(emulator)
        with socket.create_connection(("127.0.0.1", port), timeout=10) as client:
            client.sendall(HEAD + framing + b"\r\n\r\n")
            answer = b""
            client.settimeout(0.1)
            for _ in range(100):  # one piece every 0.1 s, each well within the idle timeout
                with contextlib.suppress(TimeoutError, BrokenPipeError, ConnectionResetError):
                    client.sendall(piece)
                    answer += client.recv(1 << 16)
                if b"\r\n\r\n" in answer:
                    break
            client.settimeout(10)
            with contextlib.suppress(ConnectionResetError):
                while chunk := client.recv(1 << 16):
                    answer += chunk
    assert_envelope(answer, 408, "5 s for each piece and 0.5 s for all")


def test_idle_connections_do_not_keep_threads(impatient: Emulator) -> None:
    port = port_of(impatient)
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(50)]
    try:
        assert wait_for_no_handler_threads() == 0
        assert all(connection.recv(1) == b"" for connection in idle)  # closed by the emulator
    finally:
        for connection in idle:
            connection.close()


def test_connections_beyond_the_limit_get_503_at_once() -> None:
    with Emulator(faults=FaultPlan(), limits=Limits(max_connections=2)) as emulator:
        port = port_of(emulator)
        held = [socket.create_connection(("127.0.0.1", port)) for _ in range(2)]
        try:
            time.sleep(0.2)  # let the emulator start a thread for each
            answer = answer_to(emulator)
            headers = assert_envelope(answer, 503, "as many connections as it allows")
            assert headers["retry-after"] == "1"
        finally:
            for connection in held:
                connection.close()
        assert wait_for_no_handler_threads() == 0
        with httpx.Client(base_url=emulator.base_url, headers=KEY, timeout=10) as client:
            assert client.post("/realtime/client_secrets", json={}).status_code == 200


# --- where it listens ---------------------------------------------------------------------------


def test_ipv6_loopback_serves() -> None:
    with Emulator(host="::1", faults=FaultPlan()) as emulator:
        assert emulator.base_url.startswith("http://[::1]:")
        answer = httpx.post(emulator.base_url + "/realtime/client_secrets", json={}, headers=KEY)
    assert answer.status_code == 200


def test_an_empty_host_is_refused() -> None:
    with pytest.raises(ValueError, match="host '' would listen on every interface"):
        Emulator(host="")


def test_an_unknown_fault_kind_names_the_kinds() -> None:
    kinds = "429, 500, 502, 503, slow, drop, malformed, retired"
    with pytest.raises(ValueError, match=f"^fault kind 'bogus' is not one of {kinds}$"):
        FaultPlan(kind="bogus")  # type: ignore[arg-type]


def announced(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("export OPENAI_BASE_URL="):
            return line.removeprefix("export OPENAI_BASE_URL=").strip()
    raise AssertionError(f"no URL announced: {process.stderr.read() if process.stderr else ''}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def emulator_process(cwd: Path, *args: str) -> Iterator[tuple[str, int]]:
    """`python -m realtime_sessions_emulator ARGS` without faults: its base URL and pid."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("REALTIME_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "realtime_sessions_emulator", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
    )
    try:
        yield announced(process), process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_python_m_honours_host_and_port(tmp_path: Path, host: str) -> None:
    port = free_port()
    with emulator_process(tmp_path, "--host", host, "--port", str(port)) as (base_url, _):
        shown = f"[{host}]" if ":" in host else host
        assert base_url == f"http://{shown}:{port}/v1"
        assert httpx.post(base_url + "/realtime/sessions", json={}, headers=KEY).status_code == 200


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--port", "70000"], "70000 is not in the range 0 to 65535"),
        (["--port", "eighty"], "argument --port: 'eighty' is not a port number"),
        (["--host", ""], "host '' would listen on every interface"),
        (["--host", "192.0.2.1"], "check --host"),
    ],
)
def test_python_m_refuses_bad_options_with_exit_2(args: list[str], complaint: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "realtime_sessions_emulator", *args],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert complaint in done.stderr
    assert "Traceback" not in done.stderr
