"""Is a config plain JSON data that can be sent? Checked first, without recursion.

Free-form fields (tool parameters, tracing metadata) take any JSON, so the contract cannot
refuse what JSON cannot carry there: non-finite numbers, lone surrogates, non-string keys,
Python objects. Nor can any recursive check survive a document nested 10,000 levels deep. This
walk finds the first such value, with its path, before anything else looks at the config.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ._report import Problem, format_path

# Deeper than any session config or tool schema people write (a config is about 6 levels, a
# tool schema a few more per level of its own nesting), far below Python's recursion limit.
MAX_DEPTH = 100
# About 4,200 digits, below what Python converts to text (sys.get_int_max_str_digits()).
_MAX_INT_BITS = 14_000
_SURROGATE = re.compile("[\ud800-\udfff]")
_HINT = "Only JSON data can be sent: objects with string keys, lists, strings, finite numbers, true, false, null."


def plain_data_problem(value: Any) -> Problem | None:
    """The first value JSON cannot carry, or nesting deeper than MAX_DEPTH; None when fine.

    Every new config is judged before it is minted, so the common case, data as a JSON parser
    makes it, is told fine by a faster walk that cannot say where a problem is.
    """
    return None if _surely_plain(value) else _first_problem(value)


def _first_problem(value: Any) -> Problem | None:
    """`plain_data_problem` by the walk that finds where, slower.

    Scalars are judged where they sit; only containers go on the stack, each with a link
    `(parent's link, key, parent)` from which its path and its holders are read when needed.
    """
    if not isinstance(value, (Mapping, list, tuple)):
        found = _scalar_problem(value)
        return None if found is None else _problem((), *found)
    stack: list[tuple[Any, Any, int]] = [(value, None, 0)]
    while stack:
        item, link, depth = stack.pop()
        if depth > MAX_DEPTH:
            return _problem(
                _path(link)[:MAX_DEPTH],
                "depth",
                f"the config nests deeper than {MAX_DEPTH} levels here.",
                "Flatten it: no session config or tool schema needs that depth.",
            )
        if _holds_itself(item, link):
            return _problem(_path(link), "cycle", "the value holds itself; JSON cannot carry it.")
        is_mapping = isinstance(item, Mapping)
        for key, child in item.items() if is_mapping else enumerate(item):
            if is_mapping and (type(key) is not str or not key.isascii()):
                found = _key_problem(key)
                if found is not None:
                    return _problem(_path(link), *found)
            if _plainly_fine(child):
                continue
            if isinstance(child, (Mapping, list, tuple)):
                stack.append((child, (link, key, item), depth + 1))
                continue
            found = _scalar_problem(child)
            if found is not None:
                return _problem(_path((link, key, item)), *found)
    return None


def _surely_plain(value: Any) -> bool:
    """True when `value` is a dict that holds only the exact classes of parsed JSON, fine as
    JSON data, at most MAX_DEPTH deep: then the walk above finds nothing. False means only
    "walk it".

    It needs no check for cycles: a container that holds itself nests without end, so the
    walk stops at MAX_DEPTH. A dict's keys are judged in one go, joined: `join` refuses any
    key that is not a string. It recurses (at most MAX_DEPTH levels, cheaper than a stack of
    tuples); a caller already deep in its own stack gets "walk it" instead of an error.
    """
    if type(value) is not dict:
        return False
    try:
        return _plain_keys(value) and _plain_children(value.values(), 1)
    except RecursionError:
        return False


def _plain_keys(item: dict[Any, Any]) -> bool:
    """Whether a dict's keys are all strings without lone surrogates."""
    try:
        keys = "".join(item)
    except TypeError:
        return False
    return keys.isascii() or not _SURROGATE.search(keys)


def _plain_children(children: Iterable[Any], depth: int) -> bool:
    """Whether a container's children, at `depth`, are all fine as `_surely_plain` takes them."""
    search = _SURROGATE.search
    for child in children:
        kind = type(child)
        if kind is str:
            if child.isascii() or not search(child):
                continue
            return False
        if kind is dict:
            if depth > MAX_DEPTH or not _plain_keys(child):
                return False
            if not _plain_children(child.values(), depth + 1):
                return False
        elif kind is list or kind is tuple:
            if depth > MAX_DEPTH or not _plain_children(child, depth + 1):
                return False
        elif kind is int:
            if child.bit_length() > _MAX_INT_BITS:
                return False
        elif kind is float:
            if not math.isfinite(child):
                return False
        elif kind is not bool and child is not None:
            return False
    return True


def _plainly_fine(value: Any) -> bool:
    """The common scalars, judged without a call to _scalar_problem: the walk's fast path."""
    kind = type(value)
    return (
        (kind is int and value.bit_length() <= _MAX_INT_BITS)
        or kind is bool
        or value is None
        or (kind is str and value.isascii())
    )


def _key_problem(key: Any) -> tuple[str, str] | tuple[str, str, str] | None:
    if not isinstance(key, str):
        return ("key_type", f"the key {key!r} is not a string.", "Quote the key.")
    if _SURROGATE.search(key):
        return ("unicode", _SURROGATE_MESSAGE.format(what="a key"))
    return None


def _scalar_problem(value: Any) -> tuple[str, str] | tuple[str, str, str] | None:
    if isinstance(value, str):
        found = _SURROGATE.search(value)
        return None if found is None else ("unicode", _SURROGATE_MESSAGE.format(what="the text"))
    if isinstance(value, float):
        if math.isfinite(value):
            return None
        return (
            "finite",
            f"{value} is not a finite number.",
            "JSON has no NaN or infinity; write a number.",
        )
    if isinstance(value, int) and value.bit_length() > _MAX_INT_BITS:
        return ("number_size", "the integer is far too long; no field takes one that long.")
    if value is None or isinstance(value, (bool, int)):
        return None
    return ("json_type", f"a {type(value).__name__} is not JSON data.")


def _path(link: Any) -> tuple[Any, ...]:
    parts: list[Any] = []
    while link is not None:
        link, key, _ = link
        parts.append(key)
    return tuple(reversed(parts))


def _holds_itself(item: Any, link: Any) -> bool:
    while link is not None:
        link, _, holder = link
        if holder is item:
            return True
    return False


_SURROGATE_MESSAGE = (
    "{what} holds a lone surrogate (such as \\ud800), which is not Unicode text and cannot be sent."
)


def _problem(path: tuple[Any, ...], rule: str, message: str, hint: str = _HINT) -> Problem:
    return Problem(format_path(path), rule, message, hint)
