"""Keep API keys and client secrets out of messages, logs and reports.

Servers echo masked keys in 401 messages, and people paste keys into the wrong config field;
anything shaped like a key (`sk-...`, `ek_...`) is masked wherever text is shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_KEY_LIKE = re.compile(r"\b(sk|ek)([-_])[A-Za-z0-9_\-*.]{3,}")
# Shorter "keys" are no real keys, and replacing them would mangle ordinary words.
_MIN_KEY_LENGTH = 8


def redact(text: str) -> str:
    """The text with every key-shaped run masked, keeping its kind: `sk-***`, `ek_***`."""
    return _KEY_LIKE.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)


def scrub(text: str, api_key: str | None) -> str:
    """`text` without the literal API key (of any shape, e.g. a proxy's) or key-shaped runs."""
    if api_key and len(api_key.strip()) >= _MIN_KEY_LENGTH:
        text = text.replace(api_key.strip(), "***")
    return redact(text)


def redact_value(value: Any) -> Any:
    """A reported value with key-shaped strings masked, keys of objects included (an unknown
    key carries a whole object). A value that holds itself, or nests deeper than Python
    recurses, is not shown at all."""
    try:
        return _redacted_within(value, set())
    except RecursionError:
        return None


def _redacted_within(value: Any, open_ids: set[int]) -> Any:
    if isinstance(value, str):
        return redact(value)
    if not isinstance(value, (Mapping, list, tuple)):
        return value
    if id(value) in open_ids:
        raise RecursionError("the value holds itself")
    open_ids.add(id(value))
    if isinstance(value, Mapping):
        copied: Any = {
            _redacted_within(key, open_ids): _redacted_within(item, open_ids)
            for key, item in value.items()
        }
    else:
        copied = [_redacted_within(item, open_ids) for item in value]
    open_ids.discard(id(value))
    return copied
