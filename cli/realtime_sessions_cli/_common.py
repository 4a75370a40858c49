"""Helpers every command shares: exit codes, error printing, one-line usage errors.

Kept separate from `app.py` so that commands registered later (`cli.add_command(...)`) report
errors, exit and read files exactly like the built-in ones. Files are read in `_files`, log lines printed by
`_logging`. The library is imported inside the functions that use it: `realtime-sessions --help`
builds the group from this module and must not import the library it does not print.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from ._help import EXIT_CODES_HELP

if TYPE_CHECKING:
    from realtime_sessions import Endpoint, Problem

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_REFUSED = 4
EXIT_TEMPORARY = 75  # EX_TEMPFAIL from sysexits.h: try again later


# Library arguments (a Problem's `argument`) and the flags that set them on the command line.
FLAG_OF_PARAMETER = {
    "expires_after_seconds": "--expires-after",
    "base_url": "--base-url",
    "secret_name": "--secret-name",
    "instructions_input": "--instructions-input",
    "connection_timeout_ms": "--connect-timeout-ms",
    "read_timeout_ms": "--read-timeout-ms",
    "owner_email": "--owner-email",
}


def with_exit_codes(examples: str) -> str:
    """A command's epilog: its examples, then the exit-code table every command shares."""
    return f"{examples}\n\n{EXIT_CODES_HELP}"


class CliError(click.ClickException):
    """A failure the user can fix, printed as one `error:` line with its own exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def flags_need(flags: list[str], what: str) -> click.UsageError:
    """ "--a needs X" or "--a, --b need X": flags given without the one they depend on."""
    verb = "needs" if len(flags) == 1 else "need"
    return click.UsageError(f"{', '.join(flags)} {verb} {what}")


def exit_code_for(error: BaseException) -> int:
    """The documented exit code of an exception raised while running a command."""
    from realtime_sessions import APIError, AuthenticationError, ConfigError, TaskError

    if isinstance(error, (ConfigError, TaskError)):
        return EXIT_USAGE
    if isinstance(error, AuthenticationError):
        return EXIT_AUTH
    if getattr(error, "retryable", False) is True:
        return EXIT_TEMPORARY
    if isinstance(error, APIError):
        return EXIT_REFUSED
    if isinstance(error, click.ClickException):
        return error.exit_code
    return EXIT_INTERNAL


def problem_line(problem: Problem, where: str | None = None) -> str:
    """`error: path: message Hint: hint`, naming the flag where the value came from an argument.

    `where` replaces the path ("": none).
    """
    if where is None:
        where = FLAG_OF_PARAMETER.get(problem.argument or "") or problem.path
    return f"{problem.severity}: {problem.located(where)}"


def echo_problems(problems: tuple[Problem, ...] | list[Problem]) -> None:
    """One stderr line per problem."""
    for problem in problems:
        click.echo(problem_line(problem), err=True)


def echo_warnings(
    config: Mapping[str, Any], endpoint: Endpoint, base_url: str | None = None
) -> None:
    """Print the warnings of a config about to be sent; its errors stop the command later.
    On Azure OpenAI the model is a deployment name, never worth a warning."""
    from realtime_sessions import uses_azure, validate

    report = validate(config, endpoint=endpoint, deployment_names=uses_azure(base_url))
    echo_problems(report.warnings)


def report_error(error: BaseException, *, verbose: bool = False) -> int:
    """Print `error` for a person (stderr, no traceback unless verbose) and return its exit code.

    A ConfigError prints only its errors: commands print warnings themselves before sending.
    """
    from realtime_sessions import DEFAULT_ENDPOINT, APIError, ConfigError

    code = exit_code_for(error)
    if isinstance(error, ConfigError):
        echo_problems(error.report.errors)
    elif isinstance(error, APIError):
        click.echo(f"error: {redact(error.message)}", err=True)
        if error.code == "beta_api_shape_disabled" and error.endpoint != DEFAULT_ENDPOINT:
            click.echo(f"error: hint: mint with --endpoint {DEFAULT_ENDPOINT} instead.", err=True)
        if verbose:
            details = " ".join(
                f"{key}={value}"
                for key, value in (
                    ("kind", error.kind),
                    ("status", error.status),
                    ("type", error.type),
                    ("code", error.code),
                    ("param", error.param),
                    ("request_id", error.request_id),
                    ("retry_after", error.retry_after),
                    ("retryable", error.retryable),
                )
                if value is not None
            )
            click.echo(f"error: details: {details}", err=True)
    else:
        summary = redact(f"{type(error).__name__}: {error}")
        if verbose:
            import traceback

            text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
            click.echo(redact(text.rstrip()), err=True)
            click.echo(f"error: internal error: {summary}", err=True)
        else:
            click.echo(f"error: internal error: {summary} (run with -v for details)", err=True)
    return code


def redact(text: str) -> str:
    """Hide the API keys should anything echo them (an Azure key has no recognisable shape);
    the library already masks what it raises."""
    from realtime_sessions import scrub  # the library's own scrubber, shared on purpose

    for variable in ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY"):
        text = scrub(text, os.environ.get(variable))
    return text


class OneLineUsageError(click.UsageError):
    """A usage error as one `error:` line pointing at the help, instead of click's usage block:
    scripts and people read one line, and the help is one command away."""

    def format_message(self) -> str:
        see = f" (see '{self.ctx.command_path} --help')" if self.ctx else ""
        return f"{self.message}{see}"

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


@contextmanager
def usage_errors_on_one_line(ctx: click.Context) -> Iterator[None]:
    """Re-raise click's usage errors as OneLineUsageError, pointing at `ctx` when they name no
    command (the option parser's, those raised in a command's body). A group given no command
    still prints its help."""
    try:
        yield
    except (OneLineUsageError, click.exceptions.NoArgsIsHelpError):
        raise
    except click.UsageError as error:
        raise OneLineUsageError(error.format_message(), error.ctx or ctx) from None


class OneLineUsageCommand(click.Command):
    """A command whose usage errors print as one line, run on its own or under the group."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        with usage_errors_on_one_line(ctx):
            return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        with usage_errors_on_one_line(ctx):
            return super().invoke(ctx)


class ErrorReportingGroup(OneLineUsageCommand, click.Group):
    """A group whose subcommands turn library exceptions into one stderr line and an exit code,
    and whose usage errors (its own and its subcommands') are one line too."""

    command_class = OneLineUsageCommand

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as error:
            if isinstance(error, OSError) and error.errno == errno.EPIPE:
                raise  # `... | head` closed stdout: click's main exits quietly
            ctx.exit(report_error(error, verbose=is_verbose(ctx)))


def is_verbose(ctx: click.Context | None = None) -> bool:
    """Whether the group's -v/--verbose was given."""
    ctx = ctx or click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().params.get("verbose"))


def to_json(data: Any) -> str:
    """Indented JSON, the form every command prints data in."""
    import json  # not at module level: `--help` prints no JSON

    return json.dumps(data, indent=2)
