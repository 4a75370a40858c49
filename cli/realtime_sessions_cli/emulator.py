"""`emulator`: run the local emulator of the minting endpoints in the foreground."""

from __future__ import annotations

import click

from ._common import CliError, OneLineUsageCommand, flags_need

_FAULT_FLAGS = {
    "rate": "--fault-rate",
    "first": "--fault-first",
    "retry_after": "--retry-after",
    "slow_seconds": "--slow-seconds",
}


@click.command(
    "emulator",
    cls=OneLineUsageCommand,
    epilog="""\b
Examples:
  realtime-sessions emulator --port 8080
  realtime-sessions emulator --fault 429 --fault-first 2 --retry-after 1
  realtime-sessions emulator --fault slow --fault-rate 0.3 --slow-seconds 5
Then, in another shell:
  OPENAI_API_KEY=sk-test realtime-sessions create --base-url http://127.0.0.1:8080/v1""",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on: ::1 for IPv6, 0.0.0.0 or :: for every interface.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="0 picks a free port.",
)
@click.option(
    "--fault",
    metavar="KIND",
    help="Inject a failure: 429, 500, 502, 503, slow, drop, malformed or retired. Without it the "
    "REALTIME_EMULATOR_* environment variables decide.",
)
@click.option(
    "--fault-rate", type=float, help="Fail this fraction of requests (above 0, at most 1)."
)
@click.option("--fault-first", type=click.IntRange(min=0), help="Fail only the first N requests.")
@click.option(
    "--retry-after",
    type=click.IntRange(min=0),
    help="Retry-After seconds of 429 answers [default: 1].",
)
@click.option(
    "--slow-seconds", type=click.FloatRange(min=0), help="Delay of slow answers [default: 2]."
)
def emulator_command(
    host: str,
    port: int,
    fault: str | None,
    fault_rate: float | None,
    fault_first: int | None,
    retry_after: int | None,
    slow_seconds: float | None,
) -> None:
    """Run a local emulator of the minting endpoints.

    It runs in the foreground until Ctrl-C, checks bodies against the contract and answers like
    api.openai.com, with any API key, so clients, retries and workflows can be tried offline.
    It prints its URL and the `export OPENAI_BASE_URL=...` line that points this tool (and the
    openai package) at it.
    """
    # imports jsonschema: only here
    from realtime_sessions_emulator import FAULT_KINDS, FaultPlan, bind_error, serve

    if fault is not None and fault.strip().lower() not in FAULT_KINDS:
        kinds = ", ".join(FAULT_KINDS)
        raise click.BadParameter(f"{fault!r} is not one of {kinds}.", param_hint="'--fault'")
    if not host.strip():
        raise click.BadParameter(
            "'' would listen on every interface; pass 0.0.0.0 (or ::) to mean that.",
            param_hint="'--host'",
        )
    details = {
        "rate": fault_rate,
        "first": fault_first,
        "retry_after": retry_after,
        "slow_seconds": slow_seconds,
    }
    given = {name: value for name, value in details.items() if value is not None}
    if fault is None and given:
        raise flags_need([_FAULT_FLAGS[name] for name in given], "--fault.")
    try:
        plan = (
            FaultPlan.from_env()
            if fault is None
            else FaultPlan(kind=fault.strip().lower(), **given)
        )
    except ValueError as error:  # an unknown kind, a rate out of range, a bad REALTIME_EMULATOR_*
        raise click.UsageError(str(error)) from None
    try:
        serve(host, port, faults=plan, announce=click.echo)
    except OSError as error:  # the port is taken, the address is not this machine's, ...
        raise CliError(bind_error(host, port, error)) from None
