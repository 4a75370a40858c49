"""The console script: the bare `realtime-sessions --help` without importing click.

`realtime-sessions`, `--help` and `-h` alone print the group's help, which `_help` renders as
click does (tests/test_cli.py compares the two at every width): click's import is three
quarters of that command's time. Every other command line, and shell completion, goes to
click through `app.main`.
"""

from __future__ import annotations

import errno
import os
import sys

_BARE_HELP_ARGS = ([], ["--help"], ["-h"])


def main() -> None:
    """Print the group's help for a bare `--help` (stdout, exit 0) or no arguments (stderr,
    exit 2, click's "no command given" usage error); run click for anything else."""
    args = sys.argv[1:]
    if args not in _BARE_HELP_ARGS or "_REALTIME_SESSIONS_COMPLETE" in os.environ:
        from .app import main as click_main

        click_main()
        return
    from ._help import bare_help, help_width

    tolerate_console_encoding()
    stream = sys.stdout if args else sys.stderr
    try:
        stream.write(bare_help(help_width()) + "\n")
        stream.flush()
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        # As click does: `realtime-sessions --help | true` exits 1 without a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
        sys.exit(1)
    sys.exit(0 if args else 2)


def tolerate_console_encoding() -> None:
    """Print what the console's encoding cannot show (PYTHONIOENCODING=latin-1) as escapes
    instead of failing with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
