"""The other side of the wire: a local stand-in for the Realtime minting endpoints.

    from realtime_sessions_emulator import Emulator
    with Emulator() as emulator:
        ...  # point a client at emulator.base_url

It checks bodies against the packaged contract with its own jsonschema check, independent of the
library's validator, and answers like api.openai.com, holding like a server (`Limits`).
`python -m realtime_sessions_emulator [--host H] [--port N]` runs `serve()`.
"""

from ._server import (
    BETA_SECRET_SECONDS,
    BETA_SESSION_SECONDS,
    DEFAULT_INSTRUCTIONS,
    DEFAULT_MODEL,
    FAULT_ENV,
    FAULT_FIRST_ENV,
    FAULT_KINDS,
    FAULT_RATE_ENV,
    GA_SECRET_SECONDS,
    RETIRED_MESSAGE,
    RETRY_AFTER_ENV,
    SLOW_SECONDS_ENV,
    Emulator,
    FaultKind,
    FaultPlan,
    Limits,
    bind_error,
    serve,
)

__all__ = [
    "BETA_SECRET_SECONDS",
    "BETA_SESSION_SECONDS",
    "DEFAULT_INSTRUCTIONS",
    "DEFAULT_MODEL",
    "FAULT_ENV",
    "FAULT_FIRST_ENV",
    "FAULT_KINDS",
    "FAULT_RATE_ENV",
    "GA_SECRET_SECONDS",
    "RETIRED_MESSAGE",
    "RETRY_AFTER_ENV",
    "SLOW_SECONDS_ENV",
    "Emulator",
    "FaultKind",
    "FaultPlan",
    "Limits",
    "bind_error",
    "serve",
]
