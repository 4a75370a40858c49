"""`realtime-sessions emulator`: options become a FaultPlan; the real server mints for `create`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import realtime_sessions_emulator as emulator_module
from click.testing import CliRunner, Result
from realtime_sessions_cli.app import cli
from realtime_sessions_emulator import FaultPlan

SCRIPT = Path(sys.executable).parent / "realtime-sessions"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["emulator", *args])


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """serve() records how it was called instead of blocking."""
    calls: list[dict[str, Any]] = []

    def fake_serve(
        host: str, port: int, faults: FaultPlan | None = None, announce: Any = print
    ) -> None:
        calls.append({"host": host, "port": port, "faults": faults})
        announce("listening")

    monkeypatch.setattr(emulator_module, "serve", fake_serve)
    for name in list(os.environ):
        if name.startswith("REALTIME_EMULATOR_"):
            monkeypatch.delenv(name)
    return calls


def test_defaults(served: list[dict[str, Any]]) -> None:
    result = run()
    assert result.exit_code == 0
    assert result.stdout == "listening\n"
    assert served == [{"host": "127.0.0.1", "port": 0, "faults": FaultPlan()}]


def test_fault_options_build_the_plan(served: list[dict[str, Any]]) -> None:
    args = [
        "--host",
        "127.0.0.2",
        "--port",
        "8080",
        "--fault",
        "429",
        "--fault-first",
        "2",
        "--retry-after",
        "3",
    ]
    assert run(*args).exit_code == 0
    assert run("--fault", "slow", "--fault-rate", "0.5", "--slow-seconds", "0.5").exit_code == 0
    assert served == [
        {
            "host": "127.0.0.2",
            "port": 8080,
            "faults": FaultPlan(kind="429", first=2, retry_after=3),
        },
        {
            "host": "127.0.0.1",
            "port": 0,
            "faults": FaultPlan(kind="slow", rate=0.5, slow_seconds=0.5),
        },
    ]


def test_without_fault_the_environment_decides(
    served: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REALTIME_EMULATOR_FAULT", "503")
    monkeypatch.setenv("REALTIME_EMULATOR_FAULT_FIRST", "1")
    assert run().exit_code == 0
    assert served[0]["faults"] == FaultPlan(kind="503", first=1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fault-rate", "0.5"], "--fault-rate needs --fault"),
        (
            ["--retry-after", "1", "--slow-seconds", "1"],
            "--retry-after, --slow-seconds need --fault",
        ),
        (
            ["--fault", "bogus"],
            "Invalid value for '--fault': 'bogus' is not one of 429, 500, 502, 503, slow, drop, "
            "malformed, retired.",
        ),
        (["--host", ""], "Invalid value for '--host': '' would listen on every interface"),
        (["--fault", "500", "--fault-rate", "2"], "rate must be above 0 and at most 1"),
        (
            ["--fault", "500", "--fault-rate", "0.5", "--fault-first", "1"],
            "a rate or a first-N count, not both",
        ),
        (["--port", "70000"], "70000 is not in the range"),
    ],
)
def test_bad_options_exit_2(served: list[dict[str, Any]], args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert served == []


def test_a_fault_kind_in_capitals_is_understood(served: list[dict[str, Any]]) -> None:
    assert run("--fault", "SLOW").exit_code == 0
    assert served[0]["faults"] == FaultPlan(kind="slow")


def test_bad_environment_exits_2(
    served: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REALTIME_EMULATOR_FAULT", "teapot")
    result = run()
    assert result.exit_code == 2
    assert "REALTIME_EMULATOR_FAULT='teapot'" in result.stderr


def test_a_port_in_use_exits_2_with_a_clear_message() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("--port", str(port))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}: ")
    assert "choose another --port" in result.stderr


def test_an_address_of_another_machine_exits_2_pointing_at_host() -> None:
    result = run("--host", "192.0.2.1")  # TEST-NET-1: never an address of this machine
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot listen on 192.0.2.1:0: ")
    assert "check --host" in result.stderr
    assert "--port" not in result.stderr


def test_the_ipv6_loopback_serves() -> None:
    process = subprocess.Popen(
        [str(SCRIPT), "emulator", "--host", "::1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Realtime emulator listening on http://[::1]:"), (
            first + process.stderr.read()
        )
        url = first.split()[4]
        key = {"Authorization": "Bearer sk-test"}
        assert httpx.post(url + "/realtime/sessions", json={}, headers=key).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def emulator_process() -> Iterator[tuple[subprocess.Popen[str], str]]:
    """The installed console script serving on a free port; stopped (by its pid) afterwards."""
    env = {
        key: value for key, value in os.environ.items() if not key.startswith("REALTIME_EMULATOR_")
    }
    process = subprocess.Popen(
        [str(SCRIPT), "emulator", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Realtime emulator listening on http://127.0.0.1:"), (
            first + process.stderr.read()
        )
        yield process, first.split()[4]
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_console_script_serves_create(
    emulator_process: tuple[subprocess.Popen[str], str],
) -> None:
    process, base_url = emulator_process
    assert process.stdout is not None
    assert process.stdout.readline() == f"export OPENAI_BASE_URL={base_url}\n"
    env = {**os.environ, "OPENAI_API_KEY": "sk-anything", "OPENAI_BASE_URL": base_url}
    minted = subprocess.run(
        [str(SCRIPT), "create", "--model", "gpt-realtime", "--output", "token"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert minted.returncode == 0, minted.stderr
    assert minted.stdout.startswith("ek_")
    assert minted.stdout.count("\n") == 1
    assert minted.stderr == ""
