"""One exception tree for everything that can go wrong while minting.

Every error says whether trying again can help (`retryable`) and what kind it is (`kind`), so a
script, the CLI and a workflow engine can all act on it without parsing messages. No message,
repr or attribute holds the API key or a client secret.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._report import Report


class RealtimeSessionsError(Exception):
    """Base of every error this library raises."""

    retryable: bool = False
    kind: str = "error"


class ConfigError(RealtimeSessionsError, ValueError):
    """The session config or a client setting (`base_url`) breaks a rule; nothing was sent.

    `subject` names what was checked in the message, so a bad base URL is not called a config.
    """

    kind = "invalid_config"

    def __init__(self, report: Report, *, subject: str = "session config") -> None:
        self.report = report
        errors = report.errors
        noun = "problem" if len(errors) == 1 else "problems"
        lines = [f"invalid {subject} ({len(errors)} {noun}):"]
        lines += [f"  - {problem}" for problem in errors]
        super().__init__("\n".join(lines))


class APIError(RealtimeSessionsError):
    """The server could not be reached or refused the request.

    `status`, `type`, `code` and `param` come from OpenAI's error envelope when the server sent
    one; any of them may be None (a proxy's HTML page, an empty body, no answer at all).
    `retry_after` is the delay the server asked for (`Retry-After`), in seconds, when it did.
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
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.type = type
        self.code = code
        self.param = param
        self.request_id = request_id
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, message={self.message!r})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "retryable": self.retryable,
            "message": self.message,
            "status": self.status,
            "code": self.code,
            "param": self.param,
        }


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
