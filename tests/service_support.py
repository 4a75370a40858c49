"""Real servers for the token-service tests: the app under uvicorn, Redis, a JWKS, `serve`.

Everything binds 127.0.0.1 on a free port and is stopped by the test that started it.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import os
import selectors
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jwt
import uvicorn
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).with_name("realtime-sessions"))
CALLER_TOKEN = "caller-token-for-tests"
API_KEY = "test-service-key-not-real"
ORIGIN = "http://app.localtest"


CALLER_DIGEST = hashlib.sha256(CALLER_TOKEN.encode()).hexdigest()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def policy_data(**changes: Any) -> dict[str, Any]:
    """A small valid policy; keyword arguments replace top-level keys."""
    policy: dict[str, Any] = {
        "session": {
            "type": "realtime",
            "model": "gpt-realtime",
            "instructions": "Be brief.",
            "tracing": "auto",
        },
        "caller_may_set": {
            "audio.output.voice": {"enum": ["marin", "cedar"]},
            "audio.output.speed": {"type": "number", "minimum": 0.8, "maximum": 1.2},
        },
        "token_lifetime_seconds": 60,
        "auth": {"mode": "static", "tokens": [{"caller": "web", "sha256": CALLER_DIGEST}]},
        "limits": {"rate": "100/second"},
        "origins": [ORIGIN],
        "max_body_bytes": 1024,
    }
    policy.update(copy.deepcopy(changes))
    return policy


class ServedApp:
    """An ASGI app served by uvicorn from a thread; `url` is its base URL."""

    def __init__(self, app: Any) -> None:
        port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self.url = f"http://127.0.0.1:{port}"

    def __enter__(self) -> ServedApp:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.should_exit = True
        self._thread.join(10)


class Jwks:
    """An identity provider's key set served over HTTP, and tokens signed by its key."""

    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        public = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        document = json.dumps({"keys": [{**public, "kid": "test-key", "use": "sig"}]}).encode()
        self.fetches = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.fetches += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(document)))
                self.end_headers()
                self.wfile.write(document)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/.well-known/jwks.json"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def token(self, claims: dict[str, Any], key: Any = None, kid: str = "test-key") -> str:
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": kid})

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway Redis (Debian's redis-server) on a free port; yields its redis:// URL."""
    executable = shutil.which("redis-server")
    if executable is None:
        raise RuntimeError("redis-server is missing: `make test` installs it")
    port = free_port()
    process = subprocess.Popen(
        [
            executable,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(10)


class ServeProcess:
    """`realtime-sessions serve` in a process of its own; `output` is what it printed."""

    def __init__(self, policy_path: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [CLI, "serve", "--policy", str(policy_path), "--port", str(self.port), *args]
        environment = {**os.environ, "OPENAI_API_KEY": API_KEY, **(env or {})}
        self._process = subprocess.Popen(
            command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        self.output = ""
        self._workers = int(args[args.index("--workers") + 1]) if "--workers" in args else 1

    def __enter__(self) -> ServeProcess:
        try:
            self._read_until("Application startup complete.", 90)
        except RuntimeError:
            self.__exit__()
            raise
        return self

    def _read_until(self, marker: str, timeout: float) -> None:
        """Read the output until every worker has printed `marker`."""
        assert self._process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(self._process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while self.output.count(marker) < self._workers:
            if time.monotonic() > deadline or self._process.poll() is not None:
                raise RuntimeError(f"serve did not start:\n{self.output}")
            if selector.select(0.1):
                self.output += os.read(self._process.stdout.fileno(), 65536).decode()

    def __exit__(self, *exc_info: object) -> None:
        self._process.terminate()
        try:
            self._process.wait(15)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        assert self._process.stdout is not None
        self.output += self._process.stdout.read().decode()
        self._process.stdout.close()
