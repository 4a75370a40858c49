"""Reading config and task-input files (or stdin): JSON or YAML, nothing JSON cannot carry."""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from typing import Any

import click
from realtime_sessions import format_path

from ._common import CliError
from ._documents import DocumentError, parse_json, read_yaml

STDIN = "-"
STDIN_NAME = "<stdin>"
_YAML_SUFFIXES = (".yaml", ".yml")


class FileProblem(CliError):
    """A file that cannot be used as given (missing, unreadable, not JSON/YAML, wrong shape)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def display_name(path: str) -> str:
    return STDIN_NAME if path == STDIN else path


def read_text(path: str) -> str:
    """The text of a file, or of stdin for `-`; a BOM is dropped (editors on Windows add one)."""
    if path == STDIN and (sys.stdin is None or sys.stdin.closed):
        raise FileProblem(STDIN_NAME, "cannot read: stdin is closed; give a file instead of -")
    try:
        with click.open_file(path, encoding="utf-8-sig") as stream:
            return stream.read()
    except UnicodeDecodeError:
        raise FileProblem(display_name(path), "cannot read: not UTF-8 text") from None
    except OSError as error:
        raise FileProblem(display_name(path), f"cannot read: {error.strerror or error}") from None


def load_document(path: str) -> Any:
    """A JSON or YAML file as parsed, with no coercion: judging values is the library's job.

    JSON is tried first (by extension, else by content) so that yaml is imported only for YAML.
    What JSON cannot carry (NaN, YAML dates, ...) is refused here, since it could not be sent.
    """
    name = display_name(path)
    text = read_text(path)
    if not text.strip():
        raise FileProblem(name, "is empty; write a JSON or YAML object")
    try:
        if path.lower().endswith(_YAML_SUFFIXES):
            document, json_data = read_yaml(text)
        elif path.lower().endswith(".json") or text.lstrip().startswith(("{", "[")):
            return parse_json(text)  # it refuses all `_not_json` would: JSON has no more
        else:
            try:
                return parse_json(text)
            except DocumentError:
                document, json_data = read_yaml(text, expected="JSON or YAML")
    except DocumentError as error:
        raise FileProblem(name, error.reason) from None
    if json_data:  # the YAML reader found it JSON data while building it
        return document
    problem = _not_json(document, ())
    if problem is not None:
        raise FileProblem(name, problem)
    return document


def load_config(path: str) -> dict[str, Any]:
    """A session config file: a JSON or YAML object (mapping)."""
    document = load_document(path)
    if not isinstance(document, Mapping):
        raise FileProblem(
            display_name(path),
            f"a session config must be an object (key: value pairs), got {_kind(document)}",
        )
    return dict(document)


def _not_json(value: Any, path: tuple[Any, ...]) -> str | None:
    """Why a parsed document is not JSON data, or None. YAML can hold dates, NaN, non-string
    keys; no request body can, so they are refused with their path rather than sent."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"{_where(path)} is not a finite number ({value}); JSON cannot carry it"
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                return f"{_where(path)} has the key {key!r}, which is not a string; quote it"
            found = _not_json(item, (*path, key))
            if found is not None:
                return found
        return None
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _not_json(item, (*path, index))
            if found is not None:
                return found
        return None
    if value is None or isinstance(value, (str, int, float, bool)):
        return None
    return (
        f"{_where(path)} is a {type(value).__name__} ({value}), which JSON cannot carry; quote it"
    )


def _where(path: tuple[Any, ...]) -> str:
    return format_path(path) or "the document"


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, (list, tuple)):
        return "a list"
    return f"a {type(value).__name__}"


def stdin_is_terminal() -> bool:
    """A closed stdin counts as piped: reading it then says it is closed."""
    return sys.stdin is not None and not sys.stdin.closed and sys.stdin.isatty()
