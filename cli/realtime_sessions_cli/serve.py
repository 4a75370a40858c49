"""`realtime-sessions serve`: run the token service (the `service` extra) under uvicorn.

Everything that can be checked before listening is: the policy (exit 2 with every problem), the
API key (exit 3), the storage and its reachability (exit 2, or 75 when Redis does not answer),
the address (exit 2).
"""

from __future__ import annotations

import copy
import os
import socket
import sys
from typing import Any

import click

from ._common import EXIT_AUTH, EXIT_TEMPORARY, EXIT_USAGE, CliError, to_json, with_exit_codes

_STORAGE_SCHEMES = ("memory://", "redis://", "rediss://", "redis+unix://")
_LOGGER = "realtime_sessions_service"


def _service() -> Any:
    try:
        import realtime_sessions_service
    except ImportError as error:
        raise CliError(
            f"the token service needs its extra ({error.name} is missing): "
            "pip install 'realtime-sessions[service]'"
        ) from None
    return realtime_sessions_service


def _checked_storage(storage: str, workers: int) -> None:
    if not storage.startswith(_STORAGE_SCHEMES):
        raise click.BadParameter(
            f"{storage!r} is neither memory:// nor redis://host:port[/db].", param_hint="--storage"
        )
    if storage.startswith("memory://"):
        if workers > 1:
            raise click.UsageError(
                f"--workers {workers} needs --storage redis://...: with memory:// each worker "
                f"would count on its own and allow {workers} times the policy's limits."
            )
        return
    import redis

    try:
        redis.Redis.from_url(storage, socket_timeout=3, socket_connect_timeout=3).ping()
    except (redis.RedisError, ValueError) as error:
        raise CliError(
            f"--storage {storage}: Redis does not answer ({type(error).__name__}); start it or "
            "fix the address.",
            exit_code=EXIT_TEMPORARY,
        ) from None


def _checked_address(host: str, port: int) -> None:
    """Fail now, with exit 2, on an address uvicorn could not bind (it would exit 3: 'auth')."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        raise CliError(
            f"cannot listen on {host}:{port}: {os.strerror(error.errno) if error.errno else error}; "
            "choose another --port."
        ) from None


def _log_config() -> dict[str, Any]:
    """uvicorn's logging, plus the service's own lines (mints and failures, never a secret)."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"][_LOGGER] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config


@click.command(
    "serve",
    epilog=with_exit_codes("""\b
Examples:
  OPENAI_API_KEY=... realtime-sessions serve --policy examples/policy.yaml
  realtime-sessions serve --policy policy.yaml --workers 4 --storage redis://127.0.0.1:6379/0
  printf %s "$TOKEN" | realtime-sessions serve --hash-token
  realtime-sessions serve --policy-schema > policy.schema.json"""),
)
@click.option(
    "--policy",
    "policy_path",
    type=click.Path(dir_okay=False),
    help="The policy file (YAML or JSON).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True)
@click.option(
    "--storage",
    default="memory://",
    show_default=True,
    help="Where limits are counted: memory:// (one process) or redis://host:port/db (shared).",
)
@click.option(
    "--policy-schema", is_flag=True, help="Print the policy files' JSON Schema (for editors)."
)
@click.option(
    "--hash-token",
    is_flag=True,
    help="Read a caller token on stdin, print the SHA-256 digest a policy stores.",
)
def serve_command(
    policy_path: str | None,
    host: str,
    port: int,
    workers: int,
    storage: str,
    policy_schema: bool,
    hash_token: bool,
) -> None:
    """Run the token service: browsers and phones get ephemeral tokens, never the API key.

    Callers authenticate as the policy says, may change only what it allows, within its rate
    limit and quota; POST /v1/session answers the ek_ token, GET /healthz and GET /metrics
    serve operators. It reads OPENAI_API_KEY (and OPENAI_BASE_URL unless the policy sets
    upstream.base_url).
    """
    service = _service()
    if policy_schema:
        click.echo(to_json(service.policy_json_schema()))
        return
    if hash_token:
        token = sys.stdin.read().strip()
        if not token:
            raise CliError("--hash-token reads the token on stdin; it was empty.")
        click.echo(service.token_digest(token))
        return
    if policy_path is None:
        raise click.UsageError("Missing option '--policy'.")
    try:
        service.load_policy(policy_path)
    except service.PolicyError as error:
        raise CliError(str(error), exit_code=EXIT_USAGE) from None
    if not os.environ.get("OPENAI_API_KEY"):
        raise CliError("no API key: set OPENAI_API_KEY for the service.", exit_code=EXIT_AUTH)
    _checked_storage(storage, workers)
    _checked_address(host, port)
    import uvicorn

    os.environ[service.POLICY_ENV] = os.path.abspath(policy_path)
    os.environ[service.STORAGE_ENV] = storage
    uvicorn.run(
        "realtime_sessions_service:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=_log_config(),
        server_header=False,
    )
