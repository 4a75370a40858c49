"""`create`: mint a session from a config file and flags, and print its client secret."""

from __future__ import annotations

from typing import Any

import click
from realtime_sessions import Endpoint

from ._common import OneLineUsageCommand, echo_warnings, with_exit_codes
from ._flags import build_config, session_options
from ._output import OUTPUTS, default_output, render, require_stdout


@click.command(
    "create",
    cls=OneLineUsageCommand,
    epilog=with_exit_codes(
        """\b
Examples:
  realtime-sessions create --model gpt-realtime --voice marin
  export EK=$(realtime-sessions create --config session.yaml --output token)
  eval "$(realtime-sessions create --config session.yaml --expires-after 600 --output env)"
  echo '{"model": "gpt-realtime"}' | realtime-sessions create --config - --output json"""
    ),
)
@session_options
@click.option(
    "--output",
    "-o",
    type=click.Choice(OUTPUTS),
    help="summary: readable, with the secret, local expiry time and seconds left (the default "
    "on a terminal); json: the whole answer (the default when piped); token: only the ek_... "
    "secret; env: shell export lines of OPENAI_REALTIME_CLIENT_SECRET, "
    "OPENAI_REALTIME_EXPIRES_AT and OPENAI_REALTIME_SESSION_ID.",
)
@click.option(
    "--base-url",
    envvar="OPENAI_BASE_URL",
    show_envvar=True,
    help="API base URL [default: https://api.openai.com/v1], e.g. a proxy or the emulator.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds each attempt may take in all: connecting, headers and body [default: 30].",
)
@click.option(
    "--max-retries",
    type=click.IntRange(min=0),
    help="Retries of temporary failures: 429, 5xx, timeouts, network [default: 2].",
)
def create_command(
    config_file: str | None,
    endpoint: Endpoint,
    expires_after: int | None,
    output: str | None,
    base_url: str | None,
    timeout: float | None,
    max_retries: int | None,
    **flags: Any,
) -> None:
    """Mint a session and print its client secret.

    The config comes from --config and the flags (flags win). It is validated offline first;
    nothing is sent when it breaks a rule. The API key is read from OPENAI_API_KEY (there is
    deliberately no --api-key). Every output, the summary included, shows the secret: minting
    it is what this command is for. Temporary failures are retried with backoff.
    """
    require_stdout()
    config = build_config(config_file, flags)
    echo_warnings(config, endpoint, base_url)
    client_options = {
        name: value
        for name, value in (
            ("base_url", base_url),
            ("timeout", timeout),
            ("max_retries", max_retries),
        )
        if value is not None
    }
    from realtime_sessions import create_session  # imports httpx: only when minting

    session = create_session(
        config, endpoint=endpoint, expires_after_seconds=expires_after, **client_options
    )
    click.echo(render(session, output or default_output()))
