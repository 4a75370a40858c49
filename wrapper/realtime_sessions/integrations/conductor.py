"""A conductor-python worker that mints sessions (extra `conductor`).

Unlike Conductor's HTTP task, which retries a rejected API key like an overloaded server, the
worker tells Conductor which failures are final: a terminal error raises NonRetryableException
(FAILED_WITH_TERMINAL_ERROR, never retried) and a retryable one fails the attempt normally
(FAILED, retried as the TaskDef from `realtime_sessions.workflow.task_def` says). The task input
and output are `run_task`'s documents; the API key comes from the worker's OPENAI_API_KEY.

    from conductor.client.automator.task_handler import TaskHandler
    from realtime_sessions.integrations.conductor import worker
    TaskHandler(workers=[worker()], configuration=Configuration()).start_processes()
"""

# No `from __future__ import annotations`: conductor-python compares the parameter's annotation
# with its Task class to decide that `execute` takes the whole task.
from typing import Any

from conductor.client.http.models.task import Task
from conductor.client.worker.exception import NonRetryableException
from conductor.client.worker.worker import Worker

from .. import RealtimeSessionsError
from ..workflow import TASK_NAME, run_task


def execute(task: Task) -> dict[str, Any]:
    """Run one Conductor task: its input document in, the output document out.

    Module-level so that worker processes started with `spawn` can import it.
    """
    try:
        return run_task(task.input_data or {})
    except RealtimeSessionsError as error:
        if error.retryable:
            raise
        raise NonRetryableException(f"{error.kind}: {error}") from error


def worker(task_definition_name: str = TASK_NAME, **options: Any) -> Worker:
    """A Worker polling `task_definition_name` and running `execute`.

    `options` go to conductor-python's Worker (thread_count, domain, poll_interval, ...).
    """
    return Worker(task_definition_name, execute, **options)
