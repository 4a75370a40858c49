"""Mint one session as a workflow task: a JSON document in, a JSON document out.

Workflow engines (Conductor, Prefect, Airflow, Temporal, shell steps) store task inputs and
outputs, retry failed attempts themselves and branch on "can this be retried?". So this module
takes plain JSON, returns plain JSON with a version number, never reads the API key from the
input, does no retries of its own unless asked, and turns every failure into an exception with
`kind` and `retryable` plus `error_document`, a JSON form of it.

Input (every key but `session` is optional; any other key is refused):

    {"session": {...},                    # a session config, beta (flat) or GA ("type": "realtime")
     "endpoint": "client-secrets",        # or "sessions"; default: the client's
     "expires_after_seconds": 600,        # the secret's lifetime, 10 to 7200
     "redact_secret": false}              # true: output "[redacted]" instead of the secret

Output, schema_version 1:

    {"schema_version": 1, "endpoint": "client-secrets", "session_id": "sess_...",
     "model": "gpt-realtime",
     "client_secret": {"value": "ek_...", "expires_at": 1760000600},   # Unix seconds
     "expires_at_iso": "2025-10-09T09:03:20+00:00", "seconds_left": 599,
     "session": {...the effective config the server echoed...}}

The secret lives minutes at most (about one on the beta endpoint, `expires_after_seconds` on the
GA one): hand it to the next step at once. Engines persist task outputs; set `redact_secret` when
a later step only needs the session, not the secret.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._endpoints import ENDPOINTS
from ._exceptions import ConfigError, RealtimeSessionsError, TaskError, internal_error_dict
from ._report import Problem, Report
from ._schema_check import describe, did_you_mean

if TYPE_CHECKING:
    import httpx

    from ._client import SessionsClient

SCHEMA_VERSION = 1
# The worker's defaults: the engine owns retries, and an attempt gets this many seconds.
MAX_RETRIES = 0
TIMEOUT = 30.0
INPUT_KEYS = ("session", "endpoint", "expires_after_seconds", "redact_secret")
_CREDENTIAL_NAME = re.compile(
    r"api[\W_]*key|authori[sz]ation|bearer|password|secret|token", re.IGNORECASE
)


def run_task(
    params: Mapping[str, Any],
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    client: SessionsClient | None = None,
    max_retries: int = MAX_RETRIES,
    timeout: float | httpx.Timeout = TIMEOUT,
) -> dict[str, Any]:
    """Mint one session from a task input document and return the output document.

    The API key comes from `api_key` or OPENAI_API_KEY, never from `params`: engines store
    inputs. `max_retries` is 0 because the engine owns retries. A given `client` is used as it
    is (its key, base URL, retries and timeout) and left open. Raises TaskError, ConfigError or
    an APIError subclass; each has `kind` and `retryable`, and `error_document` renders them.
    """
    inputs = _checked_input(params)
    endpoint = inputs.get("endpoint")
    expires = inputs.get("expires_after_seconds")
    try:
        if client is not None:
            session = client.create(
                inputs["session"], endpoint=endpoint, expires_after_seconds=expires
            )
        else:
            from ._client import SessionsClient

            with SessionsClient(
                api_key=api_key, base_url=base_url, max_retries=max_retries, timeout=timeout
            ) as own:
                session = own.create(
                    inputs["session"], endpoint=endpoint, expires_after_seconds=expires
                )
    except ConfigError as error:
        raise _in_task_input(error) from None
    output = session.to_dict(redact_secret=inputs.get("redact_secret", False))
    return {"schema_version": SCHEMA_VERSION, **output}


def _in_task_input(error: ConfigError) -> ConfigError:
    """The same error with paths into the task input: `session.tools[0].name` for the config,
    `expires_after_seconds` for the input field; run_task's own arguments (`base_url`) keep
    their `argument`. Every engine adapter then reports the same paths."""
    moved = []
    for problem in error.report.problems:
        if problem.argument in INPUT_KEYS:
            problem = attrs.evolve(problem, path=problem.argument, argument=None)
        elif problem.argument is None:
            path = f"session.{problem.path}" if problem.path else "session"
            problem = attrs.evolve(problem, path=path)
        moved.append(problem)
    return ConfigError(Report(tuple(moved)), subject=error.subject)


def error_document(error: BaseException) -> dict[str, Any]:
    """The JSON form of a failure: `{"error": {kind, retryable, message, status, code, param,
    problems}}`, for outputs, logs and stdout. An exception from outside this library is an
    internal error (a bug), reported as terminal. Key-shaped strings are masked."""
    if isinstance(error, RealtimeSessionsError):
        return {"error": error.to_dict()}
    return {"error": internal_error_dict(error)}


def _checked_input(params: Any) -> Mapping[str, Any]:
    """The input when its shape is right, else TaskError listing every problem at once."""
    if not isinstance(params, Mapping):
        raise TaskError(
            (
                Problem(
                    "",
                    "type",
                    f"the task input must be an object, got {describe(params)}.",
                    'Send one JSON object such as {"session": {"type": "realtime"}}.',
                ),
            )
        )
    problems = [_unknown_key_problem(key) for key in params if key not in INPUT_KEYS]
    if "session" not in params:
        problems.append(
            Problem(
                "session",
                "required",
                "the task input has no session config.",
                'Pass {"session": {...}}; {"session": {}} asks for the server\'s defaults.',
            )
        )
    elif not isinstance(params["session"], Mapping):
        problems.append(
            Problem(
                "session",
                "type",
                f"the session config must be an object, got {describe(params['session'])}.",
                'Write the config as an object, e.g. {"type": "realtime", "model": "gpt-realtime"}.',
            )
        )
    endpoint = params.get("endpoint")
    if endpoint is not None and endpoint not in ENDPOINTS:
        problems.append(
            Problem(
                "endpoint",
                "enum",
                f"{describe(endpoint)} is not an endpoint.",
                f"Use one of {', '.join(ENDPOINTS)}.",
                endpoint if isinstance(endpoint, str) else None,
            )
        )
    redact_secret = params.get("redact_secret", False)
    if not isinstance(redact_secret, bool):
        problems.append(
            Problem(
                "redact_secret",
                "type",
                f"redact_secret must be true or false, got {describe(redact_secret)}.",
            )
        )
    if problems:
        raise TaskError(tuple(problems))
    return params


def _unknown_key_problem(key: Any) -> Problem:
    if isinstance(key, str) and _CREDENTIAL_NAME.search(key):
        return Problem(
            str(key),
            "credential_in_input",
            "credentials are never read from the task input: workflow engines store inputs.",
            "Remove it and give the worker the key through OPENAI_API_KEY (or api_key=).",
        )
    hint = did_you_mean(key, INPUT_KEYS) if isinstance(key, str) else ""
    return Problem(
        str(key),
        "unknown_key",
        f"unknown key {key!r}.",
        hint or f"Known keys: {', '.join(INPUT_KEYS)}.",
    )
