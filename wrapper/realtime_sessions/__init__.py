"""Mint OpenAI Realtime sessions (ephemeral client secrets), validated before the network.

    from realtime_sessions import create_session
    session = create_session({"model": "gpt-realtime", "voice": "marin"})
    token = session.client_secret

Every name is loaded on first use (PEP 562), so validating a config never imports httpx or the
generated client, and importing the package costs almost nothing. Public: the names of
`__all__`, `realtime_sessions.workflow` (the task function, its error document, Conductor
definitions), `realtime_sessions.events` (client events: validation and builders),
`realtime_sessions.realtime` (the WebSocket conversation, forced calls, the tool runner) and
`realtime_sessions.integrations.*`; every other module is private (`_name`) and may change
without notice.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._azure import uses_azure
    from ._calls import Call
    from ._client import (
        AsyncSessionsClient,
        SessionsClient,
        acreate_session,
        create_session,
    )
    from ._endpoints import (
        CALL_ENDPOINT,
        DEFAULT_ENDPOINT,
        ENDPOINT_SPECS,
        ENDPOINTS,
        FIELDS,
        CallEndpointSpec,
        Endpoint,
        EndpointSpec,
        SessionField,
        default_base_url,
    )
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        ConfigError,
        RateLimitError,
        RealtimeSessionsError,
        ServerEventError,
        TaskError,
    )
    from ._json_schema import config_json_schema
    from ._report import Problem, Report, format_path
    from ._request import build_request
    from ._secrets import mask_credentials, scrub
    from ._session import Session
    from ._settings import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
    from ._translate import (
        TranslationResult,
        Vocabulary,
        beta_to_ga,
        ga_to_beta,
        is_envelope,
        vocabulary_of,
    )
    from ._validation import VOCABULARY_OF_ENDPOINT, validate
    from .events import validate_event

# Each public name and the module it comes from, imported on first use (PEP 562): a program
# that only validates never imports the client, and `realtime-sessions --help` nothing at all.
_MODULE_OF_NAMES = {
    "_azure": ("uses_azure",),
    "_calls": ("Call",),
    "_client": ("AsyncSessionsClient", "SessionsClient", "acreate_session", "create_session"),
    "_endpoints": (
        "CALL_ENDPOINT",
        "DEFAULT_ENDPOINT",
        "ENDPOINT_SPECS",
        "ENDPOINTS",
        "FIELDS",
        "CallEndpointSpec",
        "Endpoint",
        "EndpointSpec",
        "SessionField",
        "default_base_url",
    ),
    "_exceptions": (
        "APIConnectionError",
        "APIError",
        "APIStatusError",
        "APITimeoutError",
        "AuthenticationError",
        "ConfigError",
        "RateLimitError",
        "RealtimeSessionsError",
        "ServerEventError",
        "TaskError",
    ),
    "_json_schema": ("config_json_schema",),
    "_report": ("Problem", "Report", "format_path"),
    "_request": ("build_request",),
    "_secrets": ("mask_credentials", "scrub"),
    "_session": ("Session",),
    "_settings": ("DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT"),
    "_translate": (
        "TranslationResult",
        "Vocabulary",
        "beta_to_ga",
        "ga_to_beta",
        "is_envelope",
        "vocabulary_of",
    ),
    "_validation": ("VOCABULARY_OF_ENDPOINT", "validate"),
    "events": ("validate_event",),
}
_LAZY = {name: module for module, names in _MODULE_OF_NAMES.items() for name in names}

__all__ = [
    "CALL_ENDPOINT",
    "DEFAULT_BASE_URL",
    "DEFAULT_ENDPOINT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENDPOINTS",
    "ENDPOINT_SPECS",
    "FIELDS",
    "VOCABULARY_OF_ENDPOINT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSessionsClient",
    "AuthenticationError",
    "Call",
    "CallEndpointSpec",
    "ConfigError",
    "Endpoint",
    "EndpointSpec",
    "Problem",
    "RateLimitError",
    "RealtimeSessionsError",
    "Report",
    "ServerEventError",
    "Session",
    "SessionField",
    "SessionsClient",
    "TaskError",
    "TranslationResult",
    "Vocabulary",
    "__version__",
    "acreate_session",
    "beta_to_ga",
    "build_request",
    "config_json_schema",
    "create_session",
    "default_base_url",
    "format_path",
    "ga_to_beta",
    "is_envelope",
    "mask_credentials",
    "scrub",
    "uses_azure",
    "validate",
    "validate_event",
    "vocabulary_of",
]


def __getattr__(name: str) -> Any:
    """Import the module of a public name the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'realtime_sessions' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
