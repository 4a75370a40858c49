"""The library's log lines on stderr while a command runs, masked like every other output."""

from __future__ import annotations

import logging

import click

from ._common import redact


class _StderrHandler(logging.Handler):
    """Writes to whatever stderr is current, so test runners that swap it capture the lines."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            click.echo(redact(self.format(record)), err=True)
        except Exception:
            self.handleError(record)


class _LevelFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {super().format(record)}"


def configure_logging(ctx: click.Context, verbose: bool) -> None:
    """Show the library's warnings (retries) always and its debug lines with -v, until the
    command ends; the library's logger is left as it was afterwards. A second call while a
    command runs (a subcommand configuring itself under the group) changes nothing."""
    logger = logging.getLogger("realtime_sessions")
    if any(isinstance(existing, _StderrHandler) for existing in logger.handlers):
        return
    handler = _StderrHandler()
    handler.setFormatter(_LevelFormatter("%(message)s" if not verbose else "%(name)s: %(message)s"))
    previous_level = logger.level
    logger.setLevel(logging.DEBUG if verbose else logging.WARNING)
    logger.addHandler(handler)

    def restore() -> None:
        logger.removeHandler(handler)
        logger.setLevel(previous_level)

    ctx.call_on_close(restore)
