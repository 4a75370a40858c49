"""The group's help texts and command table, and its `--help` laid out as click lays it out.

`realtime-sessions --help` (and no arguments at all) is the command most often run by hand, and
importing click is three quarters of its time (click.core loads inspect, click.types uuid,
platform and datetime). Its output depends on nothing but the help width (the terminal's, kept
between 50 and 98) and the gettext catalog of click's own words, so `bare_help` renders it from
the texts here with click's layout rules (the usage line, wrapped paragraphs with `\\b` blocks,
two-column lists, short help cut at a word), without click. `app` builds the click group from
the same texts; tests/test_cli.py holds this rendering to click's, byte for byte, at every
width. Anything else on the command line goes to click.
"""

from __future__ import annotations

import os
import sys
import textwrap
from typing import NamedTuple

PROG_NAME = "realtime-sessions"
MAX_CONTENT_WIDTH = 100

GROUP_HELP = """\
Mint OpenAI Realtime sessions: short-lived ek_... client secrets for browsers and phones.

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
  eval "$(_REALTIME_SESSIONS_COMPLETE=bash_source realtime-sessions)\""""

VERSION_HELP = "Show the version and exit."
VERBOSE_HELP = (
    "Error details (tracebacks for internal errors) and the library's debug log on stderr."
)

EXIT_CODES_HELP = """\b
Exit codes:
  0   success
  1   unexpected internal error (-v shows the traceback)
  2   invalid config, unreadable file or wrong usage
  3   authentication or permission (no key, ephemeral key, 401, 403)
  4   request refused by the API (other 4xx)
  75  temporary failure after retries (429, 5xx, timeout, network)"""


class Listed(NamedTuple):
    """Where a command lives and the help its line in the group's listing is made of: the
    command's `short_help` when it has one, else the first paragraph of its `help`."""

    module: str  # relative to this package
    attribute: str
    help: str | None = None
    short_help: str | None = None


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


def terminal_columns() -> int:
    """`shutil.get_terminal_size().columns`, what click's help asks for, without importing
    shutil: that loads zlib, bz2 and lzma for its archive functions, a tenth of `--help`."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


def help_width(max_width: int | None = MAX_CONTENT_WIDTH) -> int:
    """The width click's HelpFormatter picks for the terminal at hand."""
    return max(min(terminal_columns(), 80 if max_width is None else max_width) - 2, 50)


def bare_help(width: int) -> str:
    """`realtime-sessions --help` as click renders it at help width `width` (no final newline)."""
    from gettext import gettext as _  # click's words, in the user's language as click has them

    lines = _Layout(width)
    lines.usage(f"{_('Usage:')} ", "[OPTIONS] COMMAND [ARGS]...")
    lines.text(GROUP_HELP)
    options = [
        ("--version", VERSION_HELP),
        ("-v, --verbose", VERBOSE_HELP),
        ("-h, --help", _("Show this message and exit.")),
    ]
    lines.section(_("Options"), options)
    limit = width - 6 - max(map(len, COMMANDS))
    listing = [(name, _listing_line(row, limit)) for name, row in sorted(COMMANDS.items())]
    lines.section(_("Commands"), listing)
    lines.text(EXIT_CODES_HELP)
    return "".join(lines.parts).rstrip("\n")


def _listing_line(row: Listed, limit: int) -> str:
    """click's `Command.get_short_help_str(limit)` of a command with this row's texts."""
    if row.short_help:
        return row.short_help.strip()
    words = (row.help or "").partition("\n\n")[0].split()
    if words and words[0] == "\b":
        words = words[1:]
    last = len(words) - 1
    for index, word in enumerate(words):  # the first sentence
        if word.endswith(".") and (index == last or not words[index + 1][0].islower()):
            words = words[: index + 1]
            break
    text = " ".join(words)
    if len(text) <= limit:
        return text
    if limit < 3:
        return "..."
    return textwrap.shorten(text, limit, placeholder="...", break_on_hyphens=False).strip()


class _Wrapper(textwrap.TextWrapper):
    """click's TextWrapper for text without ANSI escapes: a word longer than the line is cut at
    the line's end, never at a hyphen."""

    def _handle_long_word(
        self, reversed_chunks: list[str], cur_line: list[str], cur_len: int, width: int
    ) -> None:
        space_left = max(width - cur_len, 1)
        if self.break_long_words:
            last = reversed_chunks[-1]
            cur_line.append(last[:space_left])
            reversed_chunks[-1] = last[space_left:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())


def _wrap(text: str, width: int, indent: str = "") -> str:
    """click's `wrap_text(text, width, indent, indent, preserve_paragraphs=True)`."""
    wrapper = _Wrapper(
        width, initial_indent=indent, subsequent_indent=indent, replace_whitespace=False
    )
    paragraphs: list[tuple[int, bool, str]] = []
    for block in _blocks(text.expandtabs()):
        first = block[0]
        depth = len(first) - len(first.lstrip())
        block[0] = first.lstrip()
        if block[0].strip() == "\b":
            paragraphs.append((depth, True, "\n".join(block[1:])))
        else:
            paragraphs.append((depth, False, " ".join(block)))
    rendered = []
    for depth, raw, body in paragraphs:
        wrapper.initial_indent = wrapper.subsequent_indent = indent + " " * depth
        if raw:
            rendered.append("\n".join(wrapper.initial_indent + line for line in body.splitlines()))
        else:
            rendered.append(wrapper.fill(body))
    return "\n\n".join(rendered)


def _blocks(text: str) -> list[list[str]]:
    """The runs of non-empty lines of `text`."""
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


class _Layout:
    """The parts of click's HelpFormatter that the group's help uses, at a fixed width."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.parts: list[str] = []

    def usage(self, prefix: str, args: str) -> None:
        """The usage line: `prefix` ("Usage: "), the program's name, `args` wrapped after it."""
        start = f"{prefix}{PROG_NAME} "
        if self.width >= len(start) + 20:
            self.parts += [_wrap_plain(args, self.width, start, " " * len(start)), "\n"]
        else:
            indent = " " * (len(prefix) + 4)
            self.parts += [start, "\n", _wrap_plain(args, self.width, indent, indent), "\n"]

    def text(self, text: str) -> None:
        """A paragraph break, then `text` indented by 2 and wrapped."""
        self.parts += ["\n", _wrap(text, self.width, "  "), "\n"]

    def section(self, heading: str, rows: list[tuple[str, str]]) -> None:
        """A heading and its two-column list, as `formatter.section` + `write_dl` write them."""
        self.parts += ["\n", f"{heading}:\n"]
        first_col = min(max(len(first) for first, _ in rows), 30) + 2
        text_width = max(self.width - first_col - 2, 10)
        for first, second in rows:
            self.parts.append(f"  {first}")
            if not second:
                self.parts.append("\n")
                continue
            if len(first) <= first_col - 2:
                self.parts.append(" " * (first_col - len(first)))
            else:
                self.parts += ["\n", " " * (first_col + 2)]
            lines = _wrap(second, text_width).splitlines()
            if not lines:
                self.parts.append("\n")
                continue
            self.parts.append(f"{lines[0]}\n")
            self.parts += [f"{'':>{first_col + 2}}{line}\n" for line in lines[1:]]


def _wrap_plain(text: str, width: int, initial_indent: str, subsequent_indent: str) -> str:
    """click's `wrap_text` of one paragraph."""
    wrapper = _Wrapper(
        width,
        initial_indent=initial_indent,
        subsequent_indent=subsequent_indent,
        replace_whitespace=False,
    )
    return wrapper.fill(text)
