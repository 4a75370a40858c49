"""Dotted paths into a session (`audio.output.voice`): how policies and answers name fields."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any


def dotted(parts: Sequence[str | int]) -> str:
    """`("auth", "tokens", 0)` -> `auth.tokens[0]`."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def set_path(session: Mapping[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A deep copy of `session` with `value` at `path`, creating the objects on the way."""
    changed = copy.deepcopy(dict(session))
    here = changed
    *parents, last = path.split(".")
    for name in parents:
        inner = here.get(name)
        if not isinstance(inner, dict):
            inner = here[name] = {}
        here = inner
    here[last] = copy.deepcopy(value)
    return changed
