"""Minting as a workflow step: the task function, its error document, Conductor definitions.

    from realtime_sessions.workflow import run_task, error_document
    output = run_task({"session": {"type": "realtime", "model": "gpt-realtime"}})

`run_task` takes and returns plain JSON documents (see `realtime_sessions._task` for their
shape); `error_document` renders any failure as JSON; `http_task` and `task_def` build a
Conductor HTTP task and its TaskDef. Engine adapters live in `realtime_sessions.integrations`.
Importing this module imports neither httpx nor the generated client.
"""

from ._conductor import (
    CONNECTION_TIMEOUT_MS,
    MAX_RETRY_COUNT,
    READ_TIMEOUT_MS,
    RETRY_COUNT,
    SECRET_NAME,
    TASK_NAME,
    TASK_REF_NAME,
    TIMEOUT_POLICIES,
    TimeoutPolicy,
    http_task,
    task_def,
)
from ._exceptions import TaskError
from ._task import INPUT_KEYS, MAX_RETRIES, SCHEMA_VERSION, TIMEOUT, error_document, run_task

__all__ = [
    "CONNECTION_TIMEOUT_MS",
    "INPUT_KEYS",
    "MAX_RETRIES",
    "MAX_RETRY_COUNT",
    "READ_TIMEOUT_MS",
    "RETRY_COUNT",
    "SCHEMA_VERSION",
    "SECRET_NAME",
    "TASK_NAME",
    "TASK_REF_NAME",
    "TIMEOUT",
    "TIMEOUT_POLICIES",
    "TaskError",
    "TimeoutPolicy",
    "error_document",
    "http_task",
    "run_task",
    "task_def",
]
