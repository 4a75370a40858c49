"""A command group that lists its commands from a table and imports each one only when used.

`realtime-sessions --help` prints one line per command; building every command to get that
line would import the library, yaml, the event schema and more, for text that is already
known. Each row of the table names the module and attribute of a command and the text its
line is made of; the command's module is imported when the command runs, its own `--help`
is asked, or completion needs it. `tests/test_cli.py` checks the table against the commands.
The group's help is laid out as wide as click would make it, without importing shutil.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Mapping
from typing import NamedTuple

import click

from ._common import ErrorReportingGroup


class Listed(NamedTuple):
    """Where a command lives and the help its line in the group's listing is made of: the
    command's `short_help` when it has one, else the first paragraph of its `help`."""

    module: str  # relative to this package
    attribute: str
    help: str | None = None
    short_help: str | None = None

    def stand_in(self, name: str) -> click.Command:
        """A command with the same listing line, built without importing the real one."""
        return click.Command(name, help=self.help, short_help=self.short_help)


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


class LightFormatter(click.HelpFormatter):
    """click's HelpFormatter, as wide as click makes it, measured by `terminal_columns`."""

    def __init__(
        self, indent_increment: int = 2, width: int | None = None, max_width: int | None = None
    ) -> None:
        if width is None and click.formatting.FORCED_WIDTH is None:
            limit = 80 if max_width is None else max_width
            width = max(min(terminal_columns(), limit) - 2, 50)
        super().__init__(indent_increment, width, max_width)


class LightContext(click.Context):
    formatter_class = LightFormatter


class LazyGroup(ErrorReportingGroup):
    """An ErrorReportingGroup whose commands come from `lazy` (name: Listed) on first use;
    commands added with `add_command` join it as usual."""

    context_class = LightContext

    def __init__(self, *args: object, lazy: Mapping[str, Listed], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy = dict(lazy)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            self.add_command(self.load(cmd_name), cmd_name)
        return self.commands.get(cmd_name)

    def load(self, name: str) -> click.Command:
        """The real command of a table row (its module imported now)."""
        listed = self.lazy[name]
        command: click.Command = getattr(
            importlib.import_module(f".{listed.module}", __package__), listed.attribute
        )
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click's own listing, of the stand-ins and the commands already loaded."""
        listed = {name: row.stand_in(name) for name, row in self.lazy.items()}
        click.Group(commands={**listed, **self.commands}).format_commands(ctx, formatter)
