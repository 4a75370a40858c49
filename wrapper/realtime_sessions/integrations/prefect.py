"""A Prefect task that mints sessions (extra `prefect`).

    from prefect import flow
    from realtime_sessions.integrations.prefect import create_realtime_session

    @flow
    def voice_call() -> str:
        return create_realtime_session({"session": {"type": "realtime", "model": "gpt-realtime"}})["session_id"]

Prefect retries only what is worth retrying (`retry_condition`): 429, 408, 409, 5xx, timeouts and
connection errors, three times after 2, 4 and 8 seconds (with jitter). Results are not persisted
and never cached: a cached mint would hand out an expired secret, a persisted one would store it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import TaskRun
from prefect.states import State
from prefect.tasks import Task, exponential_backoff

from .. import RealtimeSessionsError
from ..workflow import run_task

RETRIES = 3


def retry_condition(task: Task[..., Any], task_run: TaskRun, state: State[Any]) -> bool:
    """True when the failed attempt's error is retryable; anything else fails the task at once.

    A plain function on purpose: Prefect calls only functions, and treats other callables as "no".
    """
    try:
        state.result()
    except RealtimeSessionsError as error:
        return error.retryable
    except Exception:
        return False
    return False


@task(
    name="openai-realtime-create-session",
    retries=RETRIES,
    retry_delay_seconds=exponential_backoff(backoff_factor=2),
    retry_jitter_factor=0.5,
    retry_condition_fn=retry_condition,
    cache_policy=NO_CACHE,
    persist_result=False,
)
def create_realtime_session(params: Mapping[str, Any]) -> dict[str, Any]:
    """Mint one session from a `run_task` input document; returns its output document."""
    return run_task(params)
