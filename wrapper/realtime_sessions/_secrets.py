"""Keep API keys and client secrets out of messages, logs and reports.

Servers echo masked keys in 401 messages, and people paste keys into the wrong config field;
anything shaped like a key (`sk-...`, `ek_...`) is masked wherever text is shown.
"""

from __future__ import annotations

import re
from typing import Any

_KEY_LIKE = re.compile(r"\b(sk|ek)([-_])[A-Za-z0-9_\-*.]{3,}")


def redact(text: str) -> str:
    """The text with every key-shaped run masked, keeping its kind: `sk-***`, `ek_***`."""
    return _KEY_LIKE.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)


def redact_value(value: Any) -> Any:
    """A reported value, with a key-shaped string masked."""
    return redact(value) if isinstance(value, str) else value
