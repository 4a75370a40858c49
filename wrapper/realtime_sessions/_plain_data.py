"""Is a config plain JSON data that can be sent? Checked first, without recursion.

Free-form fields (tool parameters, tracing metadata) take any JSON, so the contract cannot
refuse what JSON cannot carry there: non-finite numbers, lone surrogates, non-string keys,
Python objects. Nor can any recursive check survive a document nested 10,000 levels deep. This
walk finds the first such value, with its path, before anything else looks at the config.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from ._report import Problem, format_path

# Deeper than any session config or tool schema people write (a config is about 6 levels, a
# tool schema a few more per level of its own nesting), far below Python's recursion limit.
MAX_DEPTH = 100
_SURROGATE = re.compile("[\ud800-\udfff]")
_HINT = "Only JSON data can be sent: objects with string keys, lists, strings, finite numbers, true, false, null."


def plain_data_problem(value: Any) -> Problem | None:
    """The first value JSON cannot carry, or nesting deeper than MAX_DEPTH; None when fine."""
    # Each entry: a value, its path, and the ids of the containers holding it (for loops).
    stack: list[tuple[Any, tuple[Any, ...], tuple[int, ...]]] = [(value, (), ())]
    while stack:
        item, path, holders = stack.pop()
        if isinstance(item, (Mapping, list, tuple)):
            if id(item) in holders:
                return _problem(path, "cycle", "the value holds itself; JSON cannot carry it.")
            holders = (*holders, id(item))
        if len(path) > MAX_DEPTH:
            return _problem(
                path[:MAX_DEPTH],
                "depth",
                f"the config nests deeper than {MAX_DEPTH} levels here.",
                "Flatten it: no session config or tool schema needs that depth.",
            )
        if isinstance(item, Mapping):
            for key, child in item.items():
                if not isinstance(key, str):
                    return _problem(
                        path, "key_type", f"the key {key!r} is not a string.", "Quote the key."
                    )
                if _SURROGATE.search(key):
                    return _problem(path, "unicode", _SURROGATE_MESSAGE.format(what="a key"))
                stack.append((child, (*path, key), holders))
        elif isinstance(item, (list, tuple)):
            stack.extend((child, (*path, index), holders) for index, child in enumerate(item))
        elif isinstance(item, str):
            if _SURROGATE.search(item):
                return _problem(path, "unicode", _SURROGATE_MESSAGE.format(what="the text"))
        elif isinstance(item, float):
            if not math.isfinite(item):
                return _problem(
                    path,
                    "finite",
                    f"{item} is not a finite number.",
                    "JSON has no NaN or infinity; write a number.",
                )
        elif not (item is None or isinstance(item, (bool, int))):
            return _problem(path, "json_type", f"a {type(item).__name__} is not JSON data.")
    return None


_SURROGATE_MESSAGE = (
    "{what} holds a lone surrogate (such as \\ud800), which is not Unicode text and cannot be sent."
)


def _problem(path: tuple[Any, ...], rule: str, message: str, hint: str = _HINT) -> Problem:
    return Problem(format_path(path), rule, message, hint)
