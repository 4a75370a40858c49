"""Keep API keys and client secrets out of messages, logs and reports.

Servers echo masked keys in 401 messages, and people paste keys into the wrong config field;
anything shaped like a key (`sk-...`, `ek_...`) is masked wherever text is shown. MCP tools carry
credentials of their own (`authorization`, the values of `headers`), which have no shape at all:
they are masked by where they sit, in any value shown (`mask_credentials`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_KEY_LIKE = re.compile(r"\b(sk|ek)([-_])[A-Za-z0-9_\-*.]{3,}")
# Shorter "keys" are no real keys, and replacing them would mangle ordinary words.
_MIN_KEY_LENGTH = 8
MASK = "***"
# A config path that holds an MCP credential: `tools[0].authorization`, `tools[1].headers.X`.
_CREDENTIAL_PATH = re.compile(r"(^|\.)tools\[\d+\]\.(authorization|headers)(\.|$)")


def is_credential_path(path: str) -> bool:
    """Whether a problem at `path` (of a session config) would show an MCP credential."""
    return _CREDENTIAL_PATH.search(path) is not None


def credentials_in(value: Any) -> tuple[str, ...]:
    """The MCP credentials a request body holds (each tool's `authorization` and header
    values), so that an error message echoing one can be masked."""
    found: list[str] = []
    if isinstance(value, (list, tuple)):
        for item in value:
            found += credentials_in(item)
    elif isinstance(value, Mapping):
        for item in value.values():
            found += credentials_in(item)
        if value.get("type") == "mcp":
            headers = value.get("headers")
            given = [value.get("authorization")]
            given += list(headers.values()) if isinstance(headers, Mapping) else []
            found += [text for text in given if isinstance(text, str) and text.strip()]
    return tuple(found)


def mask_credentials(value: Any) -> Any:
    """A copy of `value` with the credentials of every MCP tool in it masked (`***`), at any
    depth: a tool is an object whose `type` is `mcp`. Other data is returned as it is."""
    if isinstance(value, (list, tuple)):
        return [mask_credentials(item) for item in value]
    if not isinstance(value, Mapping):
        return value
    masked = {key: mask_credentials(item) for key, item in value.items()}
    if value.get("type") == "mcp":
        if "authorization" in masked and masked["authorization"] is not None:
            masked["authorization"] = MASK
        headers = masked.get("headers")
        if isinstance(headers, Mapping):
            masked["headers"] = {name: MASK for name in headers}
        elif headers is not None:
            masked["headers"] = MASK
    return masked


def redact(text: str) -> str:
    """The text with every key-shaped run masked, keeping its kind: `sk-***`, `ek_***`."""
    return _KEY_LIKE.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)


def scrub(text: str, api_key: str | None, credentials: tuple[str, ...] = ()) -> str:
    """`text` without the literal API key (of any shape, e.g. a proxy's), the given MCP
    credentials, or key-shaped runs."""
    for secret in (api_key, *credentials):
        if secret and len(secret.strip()) >= _MIN_KEY_LENGTH:
            text = text.replace(secret.strip(), "***")
    return redact(text)


def redact_value(value: Any) -> Any:
    """A reported value with key-shaped strings masked, keys of objects included (an unknown
    key carries a whole object). A value that holds itself, or nests deeper than Python
    recurses, is not shown at all."""
    try:
        return mask_credentials(_redacted_within(value, set()))
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
