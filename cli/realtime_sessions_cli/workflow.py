"""Commands for workflow engines: `task` (a mint as a shell step) and `conductor-task`.

`task` follows the shell-step convention of Argo, GitHub Actions and Conductor's stdio workers:
one JSON document in, exactly one JSON document out (the output or the error document), logs on
stderr, and an exit code that says whether retrying can help (75) or not.
"""

from __future__ import annotations

import json
from typing import Any

import click
from realtime_sessions import (
    ConfigError,
    Problem,
    RealtimeSessionsError,
    TaskError,
)
from realtime_sessions.workflow import (
    CONNECTION_TIMEOUT_MS,
    MAX_RETRIES,
    MAX_RETRY_COUNT,
    READ_TIMEOUT_MS,
    RETRY_COUNT,
    SECRET_NAME,
    TASK_NAME,
    TASK_REF_NAME,
    TIMEOUT,
    error_document,
    http_task,
    run_task,
    task_def,
)

from ._common import (
    OneLineUsageCommand,
    OneLineUsageError,
    echo_warnings,
    exit_code_for,
    is_verbose,
    problem_line,
    report_error,
    to_json,
    with_exit_codes,
)
from ._documents import DocumentError, parse_json
from ._files import (
    STDIN,
    FileProblem,
    read_text,
    stdin_is_terminal,
)
from ._flags import build_config, session_options
from ._logging import configure_logging
from ._output import require_stdout


class TaskCommand(OneLineUsageCommand):
    """`task`: a usage error writes the error document too, keeping "one JSON document out"."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except OneLineUsageError as error:
            click.echo(json.dumps(error_document(TaskError(message=error.format_message()))))
            raise


@click.command(
    "task",
    cls=TaskCommand,
    epilog=with_exit_codes(
        """\b
Examples:
  echo '{"session": {"model": "gpt-realtime"}}' | realtime-sessions task > mint.json
  realtime-sessions task --input task-input.json | jq -r .client_secret.value
  realtime-sessions task --max-retries 2 --timeout 10 < task-input.json"""
    ),
    short_help="Mint one session from a JSON task input (for workflow engines).",
)
@click.option(
    "--input",
    "input_file",
    metavar="FILE",
    default=STDIN,
    type=click.Path(dir_okay=False, allow_dash=True),
    help='Task input: {"session": {...}, "endpoint", "expires_after_seconds", "redact_secret"}. '
    "Default: stdin.",
)
@click.option(
    "--base-url", help="API base URL [default: $OPENAI_BASE_URL or https://api.openai.com/v1]."
)
@click.option(
    "--max-retries",
    type=click.IntRange(0, 10),
    default=MAX_RETRIES,
    show_default=True,
    help="Retries of retryable failures; 0 leaves retrying to the workflow engine.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=TIMEOUT,
    show_default=True,
    help="Seconds per attempt.",
)
@click.pass_context
def task_command(
    ctx: click.Context, input_file: str, base_url: str | None, max_retries: int, timeout: float
) -> None:
    """Mint one session: a JSON task input in, one JSON document out.

    \b
    stdout: the output document (schema_version 1, the secret under client_secret.value)
            or {"error": {kind, retryable, message, status, code, param, problems}}
    stderr: one summary line, plus the library's warnings (retries)
    The API key comes from OPENAI_API_KEY only: engines store task inputs.
    """
    configure_logging(ctx, is_verbose(ctx))
    require_stdout()
    try:
        output = run_task(
            _read_input(input_file), base_url=base_url, max_retries=max_retries, timeout=timeout
        )
    except Exception as error:
        document = error_document(error)
        click.echo(json.dumps(document))
        ctx.exit(_report(error, document, verbose=is_verbose(ctx)))
    click.echo(json.dumps(output))
    click.echo(
        f"minted {output['session_id'] or 'a session without an id'} on {output['endpoint']}; the secret expires in "
        f"{output['seconds_left']} s ({output['expires_at_iso']})",
        err=True,
    )


@click.command(
    "conductor-task",
    cls=OneLineUsageCommand,
    epilog=with_exit_codes(
        """\b
Examples:
  realtime-sessions conductor-task --config session.yaml > task.json
  realtime-sessions conductor-task --config session.json --instructions-input prompt --flat
  realtime-sessions conductor-task --taskdef --owner-email team@example.com | jq -s . > defs.json"""
    ),
    short_help="Print a Conductor HTTP task (or its TaskDef) that mints a session.",
)
@session_options
@click.option(
    "--base-url", help="API base URL the task calls [default: https://api.openai.com/v1]."
)
@click.option(
    "--secret-name",
    default=SECRET_NAME,
    show_default=True,
    help="Conductor secret holding the API key, used as ${workflow.secrets.NAME} "
    "(OSS servers read it from CONDUCTOR_SECRET_NAME).",
)
@click.option(
    "--instructions-input",
    metavar="NAME",
    help="Take the instructions from the workflow input NAME (${workflow.input.NAME}).",
)
@click.option(
    "--connect-timeout-ms",
    type=int,
    default=CONNECTION_TIMEOUT_MS,
    show_default=True,
    help="connectionTimeOut: milliseconds Conductor waits to connect.",
)
@click.option(
    "--read-timeout-ms",
    type=int,
    default=READ_TIMEOUT_MS,
    show_default=True,
    help="readTimeOut: milliseconds Conductor waits for the answer.",
)
@click.option("--task-name", default=TASK_NAME, show_default=True, help="Task (and TaskDef) name.")
@click.option("--task-ref-name", default=TASK_REF_NAME, show_default=True)
@click.option(
    "--flat",
    is_flag=True,
    help="Put the request fields directly in inputParameters (Orkes' form) instead of http_request.",
)
@click.option(
    "--taskdef",
    is_flag=True,
    help="Print the matching TaskDef (retries with exponential backoff, timeouts) instead; "
    "register it before running the workflow, or Conductor never retries the task. It is one "
    "object; POST /api/metadata/taskdefs takes a list (pipe it through jq -s .).",
)
@click.option("--owner-email", metavar="EMAIL", help="TaskDef owner, required with --taskdef.")
@click.option(
    "--retry-count",
    type=click.IntRange(0, MAX_RETRY_COUNT),
    default=RETRY_COUNT,
    show_default=True,
    help="TaskDef retries.",
)
@click.pass_context
def conductor_task_command(
    ctx: click.Context,
    config_file: str | None,
    endpoint: Any,
    expires_after: int | None,
    base_url: str | None,
    secret_name: str,
    instructions_input: str | None,
    connect_timeout_ms: int,
    read_timeout_ms: int,
    task_name: str,
    task_ref_name: str,
    flat: bool,
    taskdef: bool,
    owner_email: str | None,
    retry_count: int,
    **flags: Any,
) -> None:
    """Print, as JSON, a Conductor HTTP workflow task that mints a session.

    The config comes from --config and the same session flags as `create` (flags win); with
    neither, from stdin when it is not a terminal. It is validated first. The API key appears
    only as ${workflow.secrets.NAME}; nothing is sent anywhere. With --taskdef, the TaskDef of
    the same name is printed instead (no config is read).
    """
    try:
        if taskdef:
            if owner_email is None:
                raise click.UsageError("--taskdef needs --owner-email.")
            definition = task_def(
                owner_email=owner_email, task_name=task_name, retry_count=retry_count
            )
        else:
            flagged = any(value is not None and value != () for value in flags.values())
            if config_file is None and not flagged:
                if stdin_is_terminal():
                    raise click.UsageError(
                        "no session config and stdin is a terminal: give --config FILE, "
                        "session flags, or pipe a config in."
                    )
                config_file = STDIN
            config = build_config(config_file, flags)
            echo_warnings(config, endpoint, base_url)
            definition = http_task(
                config,
                endpoint=endpoint,
                base_url=base_url,
                secret_name=secret_name,
                task_name=task_name,
                task_ref_name=task_ref_name,
                connection_timeout_ms=connect_timeout_ms,
                read_timeout_ms=read_timeout_ms,
                instructions_input=instructions_input,
                expires_after_seconds=expires_after,
                flat=flat,
            )
    except ConfigError as error:  # a config or an argument; problem_line names the flags
        ctx.exit(report_error(error))
    click.echo(to_json(definition))


def _read_input(path: str) -> Any:
    """The task input as parsed JSON; an unreadable one is invalid input like a wrong shape."""
    try:
        text = read_text(path)
    except FileProblem as problem:
        raise TaskError((Problem("", "read", f"{problem.name}: {problem.reason}"),)) from None
    try:
        return parse_json(text)
    except DocumentError as error:
        reason = error.reason.removeprefix("not valid JSON: ")
        raise TaskError(
            (
                Problem(
                    "",
                    "json",
                    f"the task input is not one JSON document: {reason}.",
                    'Send {"session": {...}}.',
                ),
            )
        ) from None


def _report(error: BaseException, document: dict[str, Any], *, verbose: bool) -> int:
    """Explain the failure on stderr (its problems, else its masked message); the exit code."""
    if not isinstance(error, RealtimeSessionsError):
        return report_error(error, verbose=verbose)
    if error.problems:  # paths into the task input; run_task's own arguments get their flags
        for problem in error.problems:
            click.echo(problem_line(problem), err=True)
    else:
        click.echo(f"error: {document['error']['message']}", err=True)
    return exit_code_for(error)
