"""Start and stop a real engine server for the engine tests: 127.0.0.1, a free port, a log file.

Each server is a child process stopped by its own PID (never by name), waited for with a bounded
timeout, and killed if it does not stop. Start times are printed so `make test-engines -s` shows
them.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("ENGINES_CACHE", REPO / ".engines"))
# The shared 2-core machine can be slow: generous, but bounded.
START_TIMEOUT = float(os.environ.get("ENGINES_START_TIMEOUT", "240"))


def free_port() -> int:
    """A TCP port nobody listens on right now (127.0.0.1)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(check: Callable[[], bool], timeout: float, what: str, log: Path | None) -> float:
    """Poll `check` until it holds; return the seconds it took, or fail with the log's tail."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        with contextlib.suppress(httpx.HTTPError, OSError):
            if check():
                return time.monotonic() - started
        time.sleep(0.5)
    tail = log.read_text(errors="replace")[-4000:] if log and log.exists() else ""
    raise AssertionError(f"{what} not ready after {timeout:.0f} s\n{tail}")


def http_ok(url: str) -> Callable[[], bool]:
    return lambda: httpx.get(url, timeout=5).status_code == 200


@contextlib.contextmanager
def server(
    command: Sequence[str],
    *,
    name: str,
    log: Path,
    ready: Callable[[], bool],
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    stop_signal: int = signal.SIGTERM,
    stop_timeout: float = 30,
    start_timeout: float = START_TIMEOUT,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run `command` until the block ends; `ready` says when it serves."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(
            list(command), stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd,
            start_new_session=True,
        )  # fmt: skip
    try:

        def alive_and_ready() -> bool:
            if process.poll() is not None:
                raise AssertionError(
                    f"{name} exited with {process.returncode}\n{log.read_text(errors='replace')[-4000:]}"
                )
            return ready()

        took = wait_until(alive_and_ready, start_timeout, name, log)
        report_start(name, took)
        yield process
    finally:
        stop(process, stop_signal, stop_timeout)


def report_start(name: str, seconds: float) -> None:
    """Note how long a server took to serve, for the end of `make test-engines`."""
    line = f"[engines] {name} ready in {seconds:.1f} s\n"
    print(line, end="")
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / "start-times.txt").open("a") as report:
        report.write(line)


def stop(
    process: subprocess.Popen[Any], stop_signal: int = signal.SIGTERM, timeout: float = 30
) -> None:
    """Stop one process by its PID: the polite signal first, SIGKILL after `timeout` s."""
    if process.poll() is not None:
        return
    process.send_signal(stop_signal)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(30)


def listening_hosts(pid: int) -> set[str]:
    """The addresses process `pid` and its children listen on (TCP), read from `ss`."""
    family = descendants(pid) | {pid}
    lines = subprocess.run(
        ["ss", "-Hltnp"], capture_output=True, text=True, check=True, timeout=30
    ).stdout.splitlines()
    hosts = {
        line.split()[3].rsplit(":", 1)[0]
        for line in lines
        if any(f"pid={member}," in line for member in family)
    }
    return {host.strip("[]").removeprefix("::ffff:") for host in hosts}


def descendants(pid: int) -> set[int]:
    """Every process below `pid`, from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            # The command name may hold spaces; the parent's PID is the 2nd field after it.
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found
