"""How `create` prints a minted session: a summary for people, json/token/env for programs."""

from __future__ import annotations

import json
import shlex
import sys
from typing import TYPE_CHECKING

from ._common import CliError

if TYPE_CHECKING:
    from realtime_sessions import Session

OUTPUTS = ("summary", "json", "token", "env")
ENV_SECRET = "OPENAI_REALTIME_CLIENT_SECRET"
ENV_EXPIRES_AT = "OPENAI_REALTIME_EXPIRES_AT"
ENV_SESSION_ID = "OPENAI_REALTIME_SESSION_ID"


def require_stdout() -> None:
    """Refuse to mint when stdout is closed: the secret would be printed nowhere, exit 0."""
    if sys.stdout is None or sys.stdout.closed:
        raise CliError("stdout is closed, so a minted secret would be lost; nothing was minted")


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def default_output() -> str:
    """A summary on a terminal, JSON when piped: a script never parses prose by accident."""
    return "summary" if stdout_is_terminal() else "json"


def render(session: Session, output: str) -> str:
    """The text `create --output OUTPUT` prints, without the final newline."""
    if output == "token":
        return session.client_secret
    if output == "json":
        return json.dumps(session.raw, indent=2)
    if output == "env":
        values = (
            (ENV_SECRET, session.client_secret),
            (ENV_EXPIRES_AT, str(int(session.expires_at.timestamp()))),
            (ENV_SESSION_ID, session.session_id or ""),
        )
        return "\n".join(f"export {name}={shlex.quote(value)}" for name, value in values)
    return _summary(session)


def _summary(session: Session) -> str:
    local = session.expires_at.astimezone()
    left = int(session.seconds_left)
    remaining = f"{left} seconds left" if left > 0 else "already expired"
    return "\n".join(
        (
            f"Minted a Realtime session ({session.endpoint} endpoint).",
            f"  client secret  {session.client_secret}",
            f"  expires        {local:%Y-%m-%d %H:%M:%S %Z} ({remaining})",
            f"  session        {session.session_id or '-'}",
            f"  model          {session.model or '-'}",
        )
    )
