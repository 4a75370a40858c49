"""`schema`: print the JSON Schema of a session config file (or of a client event file)."""

from __future__ import annotations

import click
from realtime_sessions import (
    DEFAULT_ENDPOINT,
    ENDPOINTS,
    VOCABULARY_OF_ENDPOINT,
    Endpoint,
    config_json_schema,
)
from realtime_sessions.events import event_json_schema

from ._common import OneLineUsageCommand, to_json


@click.command(
    "schema",
    cls=OneLineUsageCommand,
    epilog="""\b
Examples:
  realtime-sessions schema > session.schema.json
  realtime-sessions schema --vocabulary beta > session-beta.schema.json
  realtime-sessions schema --endpoint translations > translation.schema.json
  realtime-sessions schema --events > event.schema.json
  check-jsonschema --schemafile session.schema.json session.json""",
)
@click.option(
    "--vocabulary",
    type=click.Choice(sorted(set(VOCABULARY_OF_ENDPOINT.values()))),
    help="ga: the nested config of --endpoint client-secrets (realtime or transcription "
    "sessions); beta: the flat config of --endpoint sessions; translation and transcription: "
    "the sessions of --endpoint translations and transcription-sessions "
    f"[default: {VOCABULARY_OF_ENDPOINT[DEFAULT_ENDPOINT]}].",
)
@click.option(
    "--endpoint",
    type=click.Choice(ENDPOINTS),
    help="The schema of the config this endpoint takes as written (instead of --vocabulary).",
)
@click.option("--events", is_flag=True, help="The schema of a client event file instead.")
def schema_command(vocabulary: str | None, endpoint: Endpoint | None, events: bool) -> None:
    """Print the JSON Schema (draft 2020-12) of a session config file.

    For editors (completion and checks while typing) and CI checks of config files. It is
    built from the packaged API contract; `validate` checks more (combinations of fields,
    tool names) and explains better.
    """
    if vocabulary is not None and endpoint is not None:
        raise click.UsageError("give --vocabulary or --endpoint, not both.")
    if events:
        click.echo(to_json(event_json_schema()))
        return
    if vocabulary is None:
        vocabulary = VOCABULARY_OF_ENDPOINT[endpoint or DEFAULT_ENDPOINT]
    click.echo(to_json(config_json_schema(vocabulary)))
