"""The emulator in a process of its own, so that the benchmark process's CPU time is the client's.

`python -m realtime_sessions_emulator` binds 127.0.0.1 on a free port and prints the line
`export OPENAI_BASE_URL=...`; we read that line, and terminate the process at the end.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

_ANNOUNCEMENT = "export OPENAI_BASE_URL="


@dataclass(frozen=True)
class EmulatorProcess:
    base_url: str
    pid: int

    def cpu_seconds(self) -> float | None:
        """The emulator's user + system CPU so far (Linux /proc), to see what one mint costs it."""
        try:
            with open(f"/proc/{self.pid}/stat") as stat:
                fields = stat.read().rpartition(")")[2].split()
        except OSError:
            return None
        # Fields 14 and 15 of stat(5); the split starts at field 3 (state).
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


LOOPBACK = [sys.executable, str(Path(__file__).with_name("loopback_server.py"))]


@contextmanager
def running_emulator(
    timeout: float = 30.0, command: list[str] | None = None
) -> Iterator[EmulatorProcess]:
    """Start the emulator without faults (whatever REALTIME_EMULATOR_* the shell has) and stop it.

    `command=LOOPBACK` starts the async benchmark's fixed-answer server instead."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("REALTIME_EMULATOR_")
    }
    env["REALTIME_EMULATOR_FAULT"] = ""
    process = subprocess.Popen(
        command or [sys.executable, "-m", "realtime_sessions_emulator"],
        stdout=subprocess.PIPE,
        env=env,
    )
    try:
        yield EmulatorProcess(_announced_url(process, timeout), process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def _announced_url(process: subprocess.Popen[bytes], timeout: float) -> str:
    """The base URL from the emulator's output; a deadline instead of a readline that may hang."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    deadline = time.monotonic() + timeout
    output = b""
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while True:
            for line in output.decode(errors="replace").splitlines(keepends=True):
                if line.startswith(_ANNOUNCEMENT) and line.endswith("\n"):
                    return line.removeprefix(_ANNOUNCEMENT).strip()
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(remaining):
                raise RuntimeError(f"the emulator announced no URL in {timeout:g} s: {output!r}")
            chunk = os.read(fd, 4096)
            if not chunk:
                raise RuntimeError(f"the emulator exited with {process.wait()}: {output!r}")
            output += chunk
