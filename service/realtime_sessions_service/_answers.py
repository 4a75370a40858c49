"""The service's answers: one JSON error shape, and the mapping of upstream failures onto it.

Errors look like `{"error": {"code": ..., "message": ..., "field": ...}}`. An upstream failure
never passes through as it came: a retryable one becomes 503 (the upstream's rate limit) or 502
with `Retry-After`, anything else 502 with the upstream's error code only. Messages are the
library's, which carry no API key or token.
"""

from __future__ import annotations

import math
from typing import Any

from realtime_sessions import (
    APIError,
    AuthenticationError,
    RateLimitError,
)
from starlette.responses import JSONResponse

NO_STORE = {"Cache-Control": "no-store"}
_DEFAULT_RETRY_AFTER = 1


def error(
    status: int,
    code: str,
    message: str,
    *,
    field: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    if field:
        body["field"] = field
    body.update(extra)
    return JSONResponse(
        {"error": body}, status_code=status, headers={**NO_STORE, **(headers or {})}
    )


def unauthorized() -> JSONResponse:
    """The one answer to every missing, malformed, expired or wrong credential."""
    return error(
        401,
        "unauthorized",
        "Unauthorized.",
        headers={"WWW-Authenticate": 'Bearer realm="realtime"'},
    )


def retry_later(status: int, code: str, message: str, seconds: float | None) -> JSONResponse:
    wait = str(max(1, math.ceil(seconds or _DEFAULT_RETRY_AFTER)))
    return error(status, code, message, headers={"Retry-After": wait})


def upstream_failure(failure: APIError) -> tuple[str, JSONResponse]:
    """The reason label and the answer for an upstream failure the library raised."""
    if isinstance(failure, RateLimitError):
        message = "The Realtime API is rate limiting this service; try again later."
        return "upstream_rate_limited", retry_later(
            503, "upstream_rate_limited", message, failure.retry_after
        )
    if failure.retryable:
        message = "The Realtime API did not answer usably; try again later."
        return "upstream_unavailable", retry_later(
            502, "upstream_unavailable", message, failure.retry_after
        )
    if isinstance(failure, AuthenticationError):
        # The service's own API key was refused: an operator's problem, not the caller's.
        return "upstream_auth", error(
            502, "upstream_auth", "The service could not authenticate to the Realtime API."
        )
    return "upstream_refused", error(
        502,
        "upstream_refused",
        "The Realtime API refused the session of this service's policy.",
        upstream_status=failure.status,
        upstream_code=failure.code,
    )
