"""Turn an HTTP answer into a Session or into the documented exception, leniently.

Real servers answer with OpenAI's envelope, an empty body, a proxy's HTML page or truncated
JSON; every one of them ends in an exception from `errors` with a message that says what to do.
"""

from __future__ import annotations

import email.utils
import json
import math
import re
import time
from collections.abc import Mapping
from datetime import datetime
from http import HTTPStatus
from typing import Any

from ._endpoints import ENDPOINT_SPECS
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AuthenticationError,
    RateLimitError,
    UnusableAnswer,
)
from ._report import format_path
from ._secrets import mask_credentials, scrub
from ._session import Session, utc_from_unix

MAX_RETRY_AFTER_SECONDS = 60.0
# How much of a server's message (and of its type, code, param, request id) is kept.
MAX_MESSAGE_CHARS = 2000
MAX_FIELD_CHARS = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_RETIRED_BETA = (
    "OpenAI retired the beta Realtime API on 2026-05-12, so POST /realtime/sessions answers "
    "beta_api_shape_disabled there. Mint through POST /realtime/client_secrets instead "
    "(endpoint 'client-secrets'); the same session config works for both."
)
_BETA_SHAPE_ON_GA = (
    "The request went to POST /realtime/client_secrets, the GA endpoint, yet looked like a beta "
    "request: remove the `OpenAI-Beta: realtime=v1` header (a proxy or an injected http_client "
    "may add it) and send the GA body shape (the session config nested under `session`)."
)


def shown_text(text: str, limit: int) -> str:
    """A server's text made safe to print: control characters (CR/LF that would forge a second
    `error:` line, ANSI escapes) shown as escapes, and cut to `limit` characters."""
    text = _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)
    if len(text) > limit:
        return f"{text[:limit]}... ({len(text) - limit} more characters)"
    return text


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """`Retry-After` as seconds (delta-seconds or an HTTP date), capped, or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
        if not seconds >= 0:  # negative or NaN: no valid delay was given, so back off as usual
            return None
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = moment.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


def _envelope(content: bytes) -> dict[str, Any]:
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):  # a body nested deeper than Python parses has no envelope
        return {}
    error = data.get("error") if isinstance(data, dict) else None
    if not isinstance(error, dict):
        return {}
    return {
        key: value
        for key in ("message", "type", "code", "param")
        if isinstance(value := error.get(key), str) and value
    }


def _body_summary(headers: Mapping[str, str], content: bytes) -> str:
    text = content.decode("utf-8", "replace").strip()
    if not text:
        return "an empty body"
    if "html" in headers.get("content-type", "") or text.lower().startswith(("<!doctype", "<html")):
        return "an HTML page (a proxy or gateway answered, not the API)"
    return repr(text[:200])


def error_from_answer(
    status: int,
    headers: Mapping[str, str],
    content: bytes,
    *,
    api_key: str | None,
    endpoint: str,
    credentials: tuple[str, ...] = (),
) -> APIError:
    """The documented exception for a non-success answer to a request sent to `endpoint`;
    the key and the request's MCP `credentials` are masked in its message."""
    fields = _envelope(content)
    message = fields.pop("message", None)
    if message is None:
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "status"
        message = f"HTTP {status} {phrase} with {_body_summary(headers, content)}."
    message = shown_text(scrub(message, api_key, credentials), MAX_MESSAGE_CHARS)
    # The server's words, all of them: any may echo the key, forge a line or hold escapes.
    fields = {
        key: shown_text(scrub(value, api_key, credentials), MAX_FIELD_CHARS)
        for key, value in fields.items()
    }
    details: dict[str, Any] = {
        "status": status,
        "endpoint": endpoint,
        "request_id": _request_id(headers, api_key),
        **fields,
    }
    if fields.get("code") == "beta_api_shape_disabled":
        spoken = ENDPOINT_SPECS[endpoint].vocabulary
        way_out = _BETA_SHAPE_ON_GA if spoken == "ga" else _RETIRED_BETA
        return APIStatusError(f"{message} {way_out}", **details)
    if status in (401, 403):
        hint = "Check OPENAI_API_KEY (or api_key=): it must be a standard key allowed to use the Realtime API."
        return AuthenticationError(f"{message} {hint}", **details)
    details["retry_after"] = parse_retry_after(headers.get("retry-after"))
    if status == 429:
        return RateLimitError(message, **details)
    return APIStatusError(message, **details)


def unreadable_answer(
    status: int, headers: Mapping[str, str], problem: Exception
) -> APIConnectionError:
    """A success status whose body is not a session: nothing usable was minted.

    Only an UnusableAnswer's text is shown: other parse errors may quote the body, secret included.
    """
    why = str(problem) if isinstance(problem, UnusableAnswer) else type(problem).__name__
    return APIConnectionError(
        f"the server answered HTTP {status} but the body is not a session "
        f"({why}); nothing usable was minted, and retrying is safe.",
        status=status,
        request_id=_request_id(headers, None),
    )


def _request_id(headers: Mapping[str, str], api_key: str | None) -> str | None:
    value = headers.get("x-request-id")
    return None if value is None else shown_text(scrub(value, api_key), MAX_FIELD_CHARS)


def _usable_secret(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise UnusableAnswer(f"{where} is missing, empty or not a string")
    return value


def _usable_expiry(value: Any, where: str) -> datetime:
    # The generated models do not check types, and bool is an int to Python but not to JSON.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise UnusableAnswer(f"{where} is not a Unix time")
    if value <= time.time():
        raise UnusableAnswer(f"{where} is already past: the secret would be dead on arrival")
    try:
        return utc_from_unix(value)
    except (OverflowError, OSError, ValueError):
        raise UnusableAnswer(f"{where} is out of range for a date") from None


# How messages name the secret's and the expiry's place in each endpoint's answer, worked out
# once rather than per mint.
_WHERE = {
    name: (format_path(spec.secret_at), format_path(spec.expiry_at))
    for name, spec in ENDPOINT_SPECS.items()
}


def session_from_answer(data: Any, *, endpoint: str, may_hold_mcp: bool = True) -> Session:
    """A Session from the JSON answer of either endpoint, or UnusableAnswer.

    The answer is read once as plain JSON; the generated response models are the reference for
    it (tests/test_fast_path.py parses every answer of the emulator and the fixtures both ways).
    The secret and expiry are checked here: a Session never holds an empty secret or a made-up
    expiry. Where they sit comes from the registry. `may_hold_mcp=False` (the answer's bytes
    name no `mcp` and escape nothing) skips the walk that masks MCP credentials.
    """
    if not isinstance(data, dict):
        raise UnusableAnswer("the answer is not a JSON object")
    spec = ENDPOINT_SPECS[endpoint]
    secret_where, expiry_where = _WHERE[endpoint]
    secret = _usable_secret(_at(data, spec.secret_at), secret_where)
    expires_at = _usable_expiry(_at(data, spec.expiry_at), expiry_where)
    if spec.session_at is None:
        config = {key: value for key, value in data.items() if key != spec.secret_at[0]}
    else:
        config = _at(data, spec.session_at)
        if not isinstance(config, dict):
            raise UnusableAnswer(f"{format_path(spec.session_at)} is missing or not an object")
    if may_hold_mcp:
        # A server that echoes an MCP tool's credentials must not get them printed or logged.
        config = mask_credentials(config)
    return Session(
        client_secret=secret,
        expires_at=expires_at,
        endpoint=endpoint,
        session_id=config.get("id"),
        model=config.get("model"),
        config=config,
        raw=data,
    )


def _at(node: Any, path: tuple[str, ...]) -> Any:
    """The value at `path` of a JSON answer, None where a step is missing or not an object."""
    for part in path:
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node
