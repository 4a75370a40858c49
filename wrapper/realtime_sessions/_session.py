"""The result of a mint: the client secret plus the session the server created."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any

import attrs

REDACTED = "[redacted]"


@attrs.frozen
class Session:
    """A minted session. `repr` and `str` never show the secret; `client_secret` does.

    `config` is the effective configuration the server echoed; `raw` is the whole JSON answer
    (it holds the secret too, so it is left out of `repr`).
    """

    client_secret: str = attrs.field(repr=False)
    expires_at: datetime
    endpoint: str
    session_id: str | None = None
    model: str | None = None
    config: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False)

    @property
    def seconds_left(self) -> float:
        """Seconds until the secret stops working (negative once expired)."""
        return self.expires_at.timestamp() - time.time()

    def __str__(self) -> str:
        return (
            f"session {self.session_id or '?'} ({self.model or 'default model'}), "
            f"secret {REDACTED}, expires {self.expires_at.isoformat()}"
        )

    def to_dict(self, *, redact_secret: bool = False) -> dict[str, Any]:
        """Plain JSON data; `redact_secret=True` replaces the secret for logs and stored outputs."""
        return {
            "endpoint": self.endpoint,
            "session_id": self.session_id,
            "model": self.model,
            "client_secret": {
                "value": REDACTED if redact_secret else self.client_secret,
                "expires_at": int(self.expires_at.timestamp()),
            },
            "expires_at_iso": self.expires_at.isoformat(),
            "seconds_left": max(0, int(self.seconds_left)),
            "session": _without(self.config, self.client_secret) if redact_secret else self.config,
        }


def _without(value: Any, secret: str) -> Any:
    """`value` with every copy of `secret` in its strings replaced: servers echo the secret
    inside the session (`client_secret.value`), and a redacted output must hold none."""
    if isinstance(value, str):
        return value.replace(secret, REDACTED) if secret else value
    if isinstance(value, dict):
        return {_without(key, secret): _without(item, secret) for key, item in value.items()}
    if isinstance(value, list):
        return [_without(item, secret) for item in value]
    return value


def utc_from_unix(seconds: int | float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=timezone.utc)
