"""The `realtime-sessions` command: parse the command line, call the library, print.

`cli` is the click group. Its commands are listed from COMMANDS (module, attribute, the help of
their line) and each command's module is imported only when that command runs or its own
`--help` is asked: `realtime-sessions --help` imports no library code. More commands join it
with `cli.add_command(command)` and get -v, error reporting, one-line usage errors and exit
codes from it (the helpers are in `_common`). Only `create` and `emulator` need the network
stack, so only they import it, inside their bodies. jsonschema is imported only to word the
errors of a tool's parameters (and by the emulator).
"""

from __future__ import annotations

import sys

import click

from ._common import EXIT_CODES_HELP
from ._lazy import LazyGroup, Listed

PROG_NAME = "realtime-sessions"
_CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

# Every command of the group: where it is defined and what its line in `--help` says (its
# short_help, else the first paragraph of its help). tests/test_cli.py holds this to the commands.
COMMANDS = {
    "call-tool": Listed(
        "conversation",
        "call_tool_command",
        help="Force one out-of-band call of tool NAME and print its arguments as JSON.",
    ),
    "conductor-task": Listed(
        "workflow",
        "conductor_task_command",
        short_help="Print a Conductor HTTP task (or its TaskDef) that mints a session.",
    ),
    "config": Listed(
        "config",
        "config_command",
        help="Print the exact request body `create` would send, as JSON.",
    ),
    "connect": Listed(
        "conversation",
        "connect_command",
        help="An interactive text session: type a line, see the answer (events on stderr with -v).",
    ),
    "create": Listed(
        "create", "create_command", help="Mint a session and print its client secret."
    ),
    "emulator": Listed(
        "emulator", "emulator_command", help="Run a local emulator of the minting endpoints."
    ),
    "event": Listed(
        "events",
        "event_group",
        help="Client events of a Realtime conversation: check them, or build ready ones.",
    ),
    "schema": Listed(
        "schema",
        "schema_command",
        help="Print the JSON Schema (draft 2020-12) of a session config file.",
    ),
    "serve": Listed(
        "serve",
        "serve_command",
        help="Run the token service: browsers and phones get ephemeral tokens, never the API key.",
    ),
    "task": Listed(
        "workflow",
        "task_command",
        short_help="Mint one session from a JSON task input (for workflow engines).",
    ),
    "validate": Listed(
        "validate", "validate_command", help="Check config files offline, reporting every problem."
    ),
}

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
    epilog=EXIT_CODES_HELP,
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and exit.",
)
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
    if ctx.invoked_subcommand not in _OFFLINE_COMMANDS:
        from ._logging import configure_logging

        configure_logging(ctx, verbose)


def tolerate_console_encoding() -> None:
    """Print what the console's encoding cannot show (PYTHONIOENCODING=latin-1) as escapes
    instead of failing with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main() -> None:
    """The console script; the fixed program name keeps `_REALTIME_SESSIONS_COMPLETE` stable."""
    tolerate_console_encoding()
    cli.main(prog_name=PROG_NAME)
