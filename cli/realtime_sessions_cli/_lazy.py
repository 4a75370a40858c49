"""A command group that lists its commands from a table and imports each one only when used.

`realtime-sessions --help` prints one line per command; building every command to get that
line would import the library, yaml, the event schema and more, for text that is already
known. Each row of the table names the module and attribute of a command and the text its
line is made of; the command's module is imported when the command runs, its own `--help`
is asked, or completion needs it. `tests/test_cli.py` checks the table against the commands.
The group's help is laid out as wide as click would make it, without importing shutil
(`_help.terminal_columns`).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

import click

from ._common import ErrorReportingGroup
from ._help import Listed, help_width


def stand_in(name: str, listed: Listed) -> click.Command:
    """A command with the same listing line as a table row's, built without importing it."""
    return click.Command(name, help=listed.help, short_help=listed.short_help)


class LightFormatter(click.HelpFormatter):
    """click's HelpFormatter, as wide as click makes it, measured by `_help.terminal_columns`."""

    def __init__(
        self, indent_increment: int = 2, width: int | None = None, max_width: int | None = None
    ) -> None:
        if width is None and click.formatting.FORCED_WIDTH is None:
            width = help_width(max_width)
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
        listed = {name: stand_in(name, row) for name, row in self.lazy.items()}
        click.Group(commands={**listed, **self.commands}).format_commands(ctx, formatter)
