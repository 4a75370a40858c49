"""Mint OpenAI Realtime sessions (ephemeral client secrets), validated before the network.

    from realtime_sessions import create_session
    session = create_session({"model": "gpt-realtime", "voice": "marin"})
    token = session.client_secret

The minting names are loaded on first use, so validating a config never imports httpx or the
generated client.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigError,
    RateLimitError,
    RealtimeSessionsError,
)
from ._report import Problem, Report
from ._validation import DEFAULT_ENDPOINT, ENDPOINTS, Endpoint, build_request, validate
from ._version import __version__

if TYPE_CHECKING:
    from ._client import AsyncSessionsClient, SessionsClient, acreate_session, create_session
    from ._session import Session

_LAZY = {
    "AsyncSessionsClient": "_client",
    "SessionsClient": "_client",
    "acreate_session": "_client",
    "create_session": "_client",
    "Session": "_session",
}

__all__ = [
    "DEFAULT_ENDPOINT",
    "ENDPOINTS",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSessionsClient",
    "AuthenticationError",
    "ConfigError",
    "Endpoint",
    "Problem",
    "RateLimitError",
    "RealtimeSessionsError",
    "Report",
    "Session",
    "SessionsClient",
    "__version__",
    "acreate_session",
    "build_request",
    "create_session",
    "validate",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'realtime_sessions' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
