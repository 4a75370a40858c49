"""Conductor definitions that mint a session with Conductor's own HTTP system task: no worker.

`http_task` builds the workflow task, `task_def` the TaskDef that gives it retries and timeouts
(register it under the same name: without one, Conductor never retries an HTTP task). Both are
pure functions returning JSON data; nothing here talks to Conductor or needs conductor-python.

What Conductor does with them, and why the definitions look the way they do:

- The API key is only ever `${workflow.secrets.NAME}`, resolved at hand-off and never persisted
  (Orkes; Conductor OSS from v3.32.0, where NAME is read from `CONDUCTOR_SECRET_NAME` on the
  server). A literal key or `${workflow.input...}` would be stored with the workflow.
- Header values are plain strings (OSS sends `str(value)`, so a list would become "[Bearer ...]").
- Both timeouts are set: servers before v3.21.23 default to 100/150 ms, too short for OpenAI.
- `asyncComplete` sits at the task level, where Conductor reads it.
- The body is validated here, offline, because Conductor would otherwise send it as written.
- The answer is `${REF.output.response.body}`: `.value` is the secret for "client-secrets",
  `.client_secret.value` for "sessions". It is stored in the task output and lives minutes.
- The HTTP task fails every non-2xx the same retryable way (a 401 is retried like a 503); use the
  worker in `realtime_sessions.integrations.conductor` when that matters.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any, Literal, NoReturn, get_args

from ._azure import is_azure
from ._endpoints import DEFAULT_ENDPOINT, ENDPOINT_SPECS, Endpoint, default_base_url
from ._exceptions import ConfigError
from ._report import Problem, Report
from ._request import build_request

TASK_NAME = "openai_realtime_create_session"
TASK_REF_NAME = "create_realtime_session"
TimeoutPolicy = Literal["RETRY", "TIME_OUT_WF", "ALERT_ONLY"]
TIMEOUT_POLICIES: tuple[TimeoutPolicy, ...] = get_args(TimeoutPolicy)
MAX_RETRY_COUNT = 10  # Conductor's own limit
# Defaults of the definitions, named so that the CLI shows the same ones.
SECRET_NAME = "OPENAI_API_KEY"
CONNECTION_TIMEOUT_MS = 5000
READ_TIMEOUT_MS = 30000
RETRY_COUNT = 3
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def http_task(
    config: Mapping[str, Any],
    *,
    endpoint: Endpoint = DEFAULT_ENDPOINT,
    base_url: str | None = None,
    secret_name: str = SECRET_NAME,
    task_name: str = TASK_NAME,
    task_ref_name: str = TASK_REF_NAME,
    connection_timeout_ms: int = CONNECTION_TIMEOUT_MS,
    read_timeout_ms: int = READ_TIMEOUT_MS,
    instructions_input: str | None = None,
    expires_after_seconds: int | None = None,
    flat: bool = False,
) -> dict[str, Any]:
    """A Conductor HTTP workflow task that POSTs the validated `config` to `endpoint`.

    `base_url` defaults to the contract's server (https://api.openai.com/v1).
    `instructions_input=NAME` makes the instructions `${workflow.input.NAME}`, so one definition
    serves many prompts; the config must then leave instructions out. `flat=True` puts the
    request fields directly in `inputParameters` (Orkes' documented form) instead of under
    `http_request` (Conductor OSS). Raises ConfigError for a bad config or bad
    arguments (problems with `argument` set).
    """
    _check_name("secret_name", secret_name)
    if instructions_input is not None:
        _check_name("instructions_input", instructions_input)
    _check_int("connection_timeout_ms", connection_timeout_ms, 1)
    _check_int("read_timeout_ms", read_timeout_ms, 1)
    # A copy: the body may share nested objects with the caller's config.
    body = copy.deepcopy(
        build_request(config, endpoint=endpoint, expires_after_seconds=expires_after_seconds)
    )
    if instructions_input is not None:
        _pass_instructions(body, endpoint, instructions_input)
    spec = ENDPOINT_SPECS[endpoint]
    root = (base_url or default_base_url()).rstrip("/")
    request = {
        "uri": root + spec.path,
        "method": spec.method,
        "accept": "application/json",
        "contentType": "application/json",
        "headers": _auth_header(root, secret_name),
        "body": body,
        "connectionTimeOut": connection_timeout_ms,
        "readTimeOut": read_timeout_ms,
    }
    return {
        "name": task_name,
        "taskReferenceName": task_ref_name,
        "type": "HTTP",
        "optional": False,
        "asyncComplete": False,
        "inputParameters": request if flat else {"http_request": request},
    }


def task_def(
    *,
    owner_email: str,
    task_name: str = TASK_NAME,
    retry_count: int = RETRY_COUNT,
    retry_delay_seconds: int = 2,
    timeout_seconds: int = 120,
    response_timeout_seconds: int = 60,
    timeout_policy: TimeoutPolicy = "TIME_OUT_WF",
) -> dict[str, Any]:
    """The TaskDef that retries the mint with exponential backoff (2, 4, 8 s by default).

    Register it (`POST /api/metadata/taskdefs`, a list) under the task's name. It serves the
    HTTP task and the worker alike. `owner_email` is required by Conductor's default settings.
    """
    _check_int("retry_count", retry_count, 0, MAX_RETRY_COUNT)
    _check_int("retry_delay_seconds", retry_delay_seconds, 0)
    _check_int("timeout_seconds", timeout_seconds, 0)
    _check_int("response_timeout_seconds", response_timeout_seconds, 1)
    if timeout_seconds and response_timeout_seconds > timeout_seconds:
        _refuse(
            "response_timeout_seconds",
            "maximum",
            "Conductor refuses a response_timeout_seconds above timeout_seconds (0: no timeout).",
            response_timeout_seconds,
        )
    if timeout_policy not in TIMEOUT_POLICIES:
        _refuse(
            "timeout_policy",
            "enum",
            f"must be one of {', '.join(TIMEOUT_POLICIES)}, got {timeout_policy!r}.",
            timeout_policy,
        )
    if not isinstance(owner_email, str) or "@" not in owner_email:
        _refuse("owner_email", "format", f"must be an email address, got {owner_email!r}.", None)
    return {
        "name": task_name,
        "description": "Mint an OpenAI Realtime ephemeral client secret (realtime-sessions).",
        "ownerEmail": owner_email,
        "retryCount": retry_count,
        "retryLogic": "EXPONENTIAL_BACKOFF",
        "retryDelaySeconds": retry_delay_seconds,
        "timeoutSeconds": timeout_seconds,
        "responseTimeoutSeconds": response_timeout_seconds,
        "timeoutPolicy": timeout_policy,
    }


def _pass_instructions(body: dict[str, Any], endpoint: Endpoint, name: str) -> None:
    """Put `${workflow.input.NAME}` where the endpoint's body holds the instructions."""
    target = (
        body.setdefault("session", {"type": "realtime"})
        if ENDPOINT_SPECS[endpoint].vocabulary == "ga"
        else body
    )
    if "instructions" in target:
        _refuse(
            "instructions_input",
            "instructions_input",
            "the config already sets instructions.",
            name,
            "Remove them from the config, or leave this argument out.",
        )
    target["instructions"] = f"${{workflow.input.{name}}}"


def _check_int(what: str, value: Any, low: int, high: int | None = None) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < low
        or (high is not None and value > high)
    ):
        bounds = f"{low} to {high}" if high is not None else f"at least {low}"
        _refuse(what, "range", f"must be a whole number, {bounds}, got {value!r}.", value)


def _check_name(what: str, name: str) -> None:
    if not isinstance(name, str) or not _NAME.match(name):
        _refuse(
            what,
            "name",
            f"must be letters, digits and '_' (not starting with a digit), got {name!r}.",
            name,
        )


def _refuse(argument: str, rule: str, message: str, value: Any, hint: str = "") -> NoReturn:
    """A bad argument: ConfigError with one problem that names it, so callers can say where."""
    problem = Problem(argument, rule, message, hint, value, argument=argument)
    raise ConfigError(Report((problem,)), subject="arguments")


def _auth_header(base_url: str, secret_name: str) -> dict[str, str]:
    """The key from the Conductor secret: Azure OpenAI takes it in `api-key`."""
    secret = f"${{workflow.secrets.{secret_name}}}"
    return {"api-key": secret} if is_azure(base_url) else {"Authorization": f"Bearer {secret}"}
