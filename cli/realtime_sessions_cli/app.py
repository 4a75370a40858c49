"""The `realtime-sessions` command: parse the command line, call the library, print.

`cli` is the click group; more commands join it with `cli.add_command(command)` and get -v,
error reporting, one-line usage errors and exit codes from it (the helpers are in `_common`).
Only `create` and `emulator` need the network stack, so only they import it, inside their
bodies: `--help`, `validate`, `config` and `schema` start without httpx or the generated client.
jsonschema is imported only to check the parameters of a config's tools (and by the emulator).
"""

from __future__ import annotations

from typing import Any

import click
from realtime_sessions import (
    DEFAULT_ENDPOINT,
    ENDPOINTS,
    VOCABULARY_OF_ENDPOINT,
    Endpoint,
    Problem,
    Report,
    __version__,
    build_request,
    config_json_schema,
    mask_credentials,
    validate,
)
from realtime_sessions.events import event_json_schema

from . import conversation
from ._common import (
    EXIT_CODES_HELP,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    ErrorReportingGroup,
    echo_warnings,
    flags_need,
    problem_line,
    to_json,
    with_exit_codes,
)
from ._files import (
    FileProblem,
    display_name,
    load_config,
)
from ._flags import build_config, session_options
from ._logging import configure_logging
from ._output import OUTPUTS, default_output, render, require_stdout, tolerate_console_encoding
from .events import event_group
from .serve import serve_command
from .workflow import conductor_task_command, task_command

PROG_NAME = "realtime-sessions"
_FILE_RULE = "file"
_FAULT_FLAGS = {
    "rate": "--fault-rate",
    "first": "--fault-first",
    "retry_after": "--retry-after",
    "slow_seconds": "--slow-seconds",
}
_CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(
    PROG_NAME,
    cls=ErrorReportingGroup,
    context_settings=_CONTEXT_SETTINGS,
    epilog=EXIT_CODES_HELP,
)
@click.version_option(__version__, "--version", prog_name=PROG_NAME)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Error details (tracebacks for internal errors) and the library's debug log on stderr.",
)
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Mint OpenAI Realtime sessions: short-lived ek_... client secrets for browsers and phones.

    Configs (JSON or YAML, beta or GA vocabulary) are checked offline before anything is sent,
    and every problem is reported with its path in your config and a fix.

    \b
    Examples:
      realtime-sessions validate session.yaml
      realtime-sessions config --config session.yaml --voice cedar
      export EK=$(realtime-sessions create --model gpt-realtime --output token)
      realtime-sessions schema > session.schema.json

    The API key is read from OPENAI_API_KEY only: a flag would leave it in shell history and
    the process list. OPENAI_BASE_URL, OPENAI_ORG_ID and OPENAI_PROJECT_ID are honoured too.

    \b
    Shell completion (bash; use zsh_source or fish_source for zsh or fish):
      eval "$(_REALTIME_SESSIONS_COMPLETE=bash_source realtime-sessions)"
    """
    configure_logging(ctx, verbose)


@cli.command(
    "create",
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


@cli.command(
    "validate",
    epilog=with_exit_codes(
        """\b
Examples:
  realtime-sessions validate session.yaml
  realtime-sessions validate --endpoint sessions configs/*.json
  realtime-sessions validate --json session.json | jq '.files[].errors'"""
    ),
)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--endpoint",
    type=click.Choice(ENDPOINTS),
    default=DEFAULT_ENDPOINT,
    show_default=True,
    help="Validate for this endpoint (a config of the other vocabulary must translate).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document, for machines.")
@click.pass_context
def validate_command(
    ctx: click.Context, files: tuple[str, ...], endpoint: Endpoint, as_json: bool
) -> None:
    """Check config files offline, reporting every problem.

    Every problem of every file is printed; each has its path in the config and a hint. Warnings are printed but do not fail.
    Exit status 0 when every file is valid, 2 otherwise. - reads stdin. No key needed.
    """
    results = [(display_name(path), _check_file(path, endpoint)) for path in files]
    valid = all(report.ok for _, report in results)
    if as_json:
        document = {
            "ok": valid,
            "endpoint": endpoint,
            "files": [{"file": name, **report.to_dict()} for name, report in results],
        }
        click.echo(to_json(document))
    else:
        for name, report in results:
            click.echo(_report_text(name, report))
        if len(results) > 1:
            bad = sum(not report.ok for _, report in results)
            click.echo(f"{len(results)} files: {len(results) - bad} valid, {bad} invalid.")
    ctx.exit(EXIT_OK if valid else EXIT_USAGE)


def _check_file(path: str, endpoint: Endpoint) -> Report:
    """The library's report of one file, or an unreadable file as a one-problem report."""
    try:
        config = load_config(path)
    except FileProblem as problem:
        return Report((Problem("", _FILE_RULE, problem.reason),))
    return validate(config, endpoint=endpoint)


def _report_text(name: str, report: Report) -> str:
    lines = [
        f"{name}: error: {problem.message}"
        if problem.rule == _FILE_RULE
        else f"{name}: {problem_line(problem)}"
        for problem in report.errors + report.warnings
    ]
    counts = [_plural(len(report.errors), "error"), _plural(len(report.warnings), "warning")]
    counted = ", ".join(count for count in counts if count)
    if report.ok:
        lines.append(f"{name}: ok" + (f" ({counted})" if counted else ""))
    else:
        lines.append(f"{name}: invalid ({counted})")
    return "\n".join(lines)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}" if count else ""


@cli.command(
    "config",
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


@cli.command(
    "schema",
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


@cli.command(
    "emulator",
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


# Commands defined in other modules join the group here and get -v, error reporting and the
# exit codes of EXIT_CODES_HELP from it.
cli.add_command(task_command)
cli.add_command(conductor_task_command)
cli.add_command(serve_command)
cli.add_command(event_group)
for command in conversation.COMMANDS:  # connect, call-tool: the Realtime conversation
    cli.add_command(command)


def main() -> None:
    """The console script; the fixed program name keeps `_REALTIME_SESSIONS_COMPLETE` stable."""
    tolerate_console_encoding()
    cli.main(prog_name=PROG_NAME)
