"""The `realtime-sessions` command: parse the command line, call the library, print.

`cli` is the click group. Its commands are listed from `_help.COMMANDS` (module, attribute, the
help of their line) and each command's module is imported only when that command runs or its
own `--help` is asked: `realtime-sessions --help` imports no library code (and, run as the
console script, `_start` prints it without click). More commands join it
with `cli.add_command(command)` and get -v, error reporting, one-line usage errors and exit
codes from it (the helpers are in `_common`). Only `create` and `emulator` need the network
stack, so only they import it, inside their bodies. jsonschema is imported only to word the
errors of a tool's parameters (and by the emulator).
"""

from __future__ import annotations

import click

from ._help import (
    COMMANDS,
    EXIT_CODES_HELP,
    GROUP_HELP,
    MAX_CONTENT_WIDTH,
    PROG_NAME,
    VERBOSE_HELP,
    VERSION_HELP,
)
from ._lazy import LazyGroup
from ._start import tolerate_console_encoding

_CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": MAX_CONTENT_WIDTH}

# The library logs only while it talks to the network (retries, the socket): these commands
# never do, so they skip importing `logging` for a handler nothing would write to.
_OFFLINE_COMMANDS = frozenset({"validate", "config", "schema", "event"})


def _print_version(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    """click's version option, with the library (where the version lives) imported only when
    --version is given."""
    if not value or ctx.resilient_parsing:
        return
    from realtime_sessions import __version__

    click.echo(f"{PROG_NAME}, version {__version__}", color=ctx.color)
    ctx.exit()


@click.group(
    PROG_NAME,
    cls=LazyGroup,
    lazy=COMMANDS,
    context_settings=_CONTEXT_SETTINGS,
    help=GROUP_HELP,
    epilog=EXIT_CODES_HELP,
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help=VERSION_HELP,
)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help=VERBOSE_HELP,
)
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """The group (its help, `GROUP_HELP`, is in `_help`, which prints the bare `--help`)."""
    if ctx.invoked_subcommand not in _OFFLINE_COMMANDS:
        from ._logging import configure_logging

        configure_logging(ctx, verbose)


def main() -> None:
    """The console script; the fixed program name keeps `_REALTIME_SESSIONS_COMPLETE` stable."""
    tolerate_console_encoding()
    cli.main(prog_name=PROG_NAME)
