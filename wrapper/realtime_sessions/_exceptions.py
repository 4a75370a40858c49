"""Every exception the library raises, in one tree (the way httpx keeps its own):

    RealtimeSessionsError                 kind, retryable, problems, to_dict()
    +-- ConfigError (ValueError)          invalid_config: the config or a client setting; nothing sent
    +-- TaskError (ValueError)            invalid_input: the task input document; nothing sent
    +-- APIError                          status, type, code, param, request_id, retry_after
        +-- AuthenticationError           authentication: no usable key, 401, 403
        +-- RateLimitError                rate_limited: 429 (retryable)
        +-- APIStatusError                api_error: other statuses (408, 409, 5xx retryable)
        +-- APIConnectionError            connection: no usable answer (retryable)
            +-- APITimeoutError           timeout

    UnusableAnswer (ValueError)           a success body that is no session; internal, always
                                          turned into an APIConnectionError before it leaves

Every error says whether trying again can help (`retryable`) and what kind it is (`kind`), so a
script, the CLI and a workflow engine can all act on it without parsing messages; `to_dict()` is
its one JSON form. No message, repr or attribute holds the API key or a client secret.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._secrets import redact_value

if TYPE_CHECKING:
    from ._report import Problem, Report


class RealtimeSessionsError(Exception):
    """Base of every error this library raises."""

    retryable: bool = False
    kind: str = "error"
    status: int | None = None
    code: str | None = None
    param: str | None = None

    @property
    def problems(self) -> tuple[Problem, ...]:
        """The broken rules, each with its path; empty for errors of the wire."""
        return ()

    @property
    def message(self) -> str:
        return str(self)

    def to_dict(self) -> dict[str, Any]:
        """`{kind, retryable, message, status, code, param, problems}` as JSON data, key-shaped
        strings masked at any depth: a key pasted into a config would come back in a value."""
        return _masked_fields(
            self.kind,
            self.retryable,
            self.message,
            self.status,
            self.code,
            self.param,
            [problem.to_dict() for problem in self.problems],
        )


def internal_error_dict(error: BaseException) -> dict[str, Any]:
    """The `to_dict()` form of an exception from outside this library: a bug, never retried."""
    return _masked_fields("internal", False, f"{type(error).__name__}: {error}")


def _masked_fields(
    kind: str,
    retryable: bool,
    message: str,
    status: int | None = None,
    code: str | None = None,
    param: str | None = None,
    problems: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    fields = {
        "kind": kind,
        "retryable": retryable,
        "message": message,
        "status": status,
        "code": code,
        "param": param,
        "problems": problems or [],
    }
    return redact_value(fields)


class ConfigError(RealtimeSessionsError, ValueError):
    """The session config or a client setting (`base_url`) breaks a rule; nothing was sent.

    `subject` names what was checked in the message, so a bad base URL is not called a config.
    """

    kind = "invalid_config"

    def __init__(self, report: Report, *, subject: str = "session config") -> None:
        self.report = report
        self.subject = subject
        errors = report.errors
        noun = "problem" if len(errors) == 1 else "problems"
        lines = [f"invalid {subject} ({len(errors)} {noun}):"]
        lines += [f"  - {problem}" for problem in errors]
        super().__init__("\n".join(lines))

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.report.errors


class TaskError(RealtimeSessionsError, ValueError):
    """The task input itself is malformed (not the session config); nothing was sent.

    Terminal: the same input fails the same way on every attempt. `problems` point into the task
    input (`endpoint`, `redact_secret`, ...) and never hold a value that could be a secret. A
    wrong command line that carries the input has a `message` and no problems.
    """

    kind = "invalid_input"

    def __init__(self, problems: tuple[Problem, ...] = (), *, message: str | None = None) -> None:
        self._problems = problems
        if message is None:
            noun = "problem" if len(problems) == 1 else "problems"
            lines = [f"invalid task input ({len(problems)} {noun}):"]
            lines += [f"  - {problem}" for problem in problems]
            message = "\n".join(lines)
        super().__init__(message)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self._problems


class UnusableAnswer(ValueError):
    """A success body whose fields cannot make a Session; its message names the field, no value."""


class APIError(RealtimeSessionsError):
    """The server could not be reached or refused the request.

    `status`, `type`, `code` and `param` come from OpenAI's error envelope when the server sent
    one; any of them may be None (a proxy's HTML page, an empty body, no answer at all).
    `retry_after` is the delay the server asked for (`Retry-After`), in seconds, when it did.
    `endpoint` names the endpoint the request went to, when one was sent.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        endpoint: str | None = None,
    ) -> None:
        super().__init__(message)
        self._message = message
        self.status = status
        self.type = type
        self.code = code
        self.param = param
        self.request_id = request_id
        self.retry_after = retry_after
        self.endpoint = endpoint

    @property
    def message(self) -> str:
        return self._message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, message={self.message!r})"


class AuthenticationError(APIError):
    """No usable API key: missing, ephemeral, rejected (401) or not allowed (403)."""

    kind = "authentication"


class RateLimitError(APIError):
    """429: slow down. `retry_after` is the server's requested delay in seconds, when given."""

    kind = "rate_limited"
    retryable = True


class APIStatusError(APIError):
    """Any other non-success status. 408, 409 and 5xx are worth retrying; other 4xx are not."""

    kind = "api_error"

    def __init__(self, message: str, *, status: int, **details: Any) -> None:
        super().__init__(message, status=status, **details)
        self.retryable = status in (408, 409) or status >= 500


class APIConnectionError(APIError):
    """The request got no usable answer: refused, reset, DNS, TLS, an unreadable body.

    Retryable, except when trying again cannot help (a redirect loop needs another base URL).
    """

    kind = "connection"
    retryable = True

    def __init__(self, message: str, *, retryable: bool = True, **details: Any) -> None:
        super().__init__(message, **details)
        self.retryable = retryable


class APITimeoutError(APIConnectionError):
    """The server did not answer within the timeout."""

    kind = "timeout"
