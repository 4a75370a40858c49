"""`config`: print the exact request body `create` would send, without sending it."""

from __future__ import annotations

from typing import Any

import click
from realtime_sessions import Endpoint, build_request, mask_credentials

from ._common import OneLineUsageCommand, echo_warnings, to_json, with_exit_codes
from ._flags import build_config, session_options


@click.command(
    "config",
    cls=OneLineUsageCommand,
    epilog=with_exit_codes(
        """\b
Examples:
  realtime-sessions config --model gpt-realtime --voice marin --modalities audio,text
  realtime-sessions config --config session.yaml --endpoint sessions --expires-after 600
  realtime-sessions config --config session.json --tool tools/weather.json --tool-choice auto"""
    ),
)
@session_options
def config_command(
    config_file: str | None, endpoint: Endpoint, expires_after: int | None, **flags: Any
) -> None:
    """Print the exact request body `create` would send, as JSON.

    Takes the same config options as `create`: file and flags merged, validated, translated for
    the endpoint. Nothing is sent and no API key is needed. MCP credentials (`authorization`,
    `headers` values) are masked, as the API key would be.
    """
    config = build_config(config_file, flags)
    echo_warnings(config, endpoint)
    body = build_request(config, endpoint=endpoint, expires_after_seconds=expires_after)
    click.echo(to_json(mask_credentials(body)))
