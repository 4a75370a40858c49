"""A standalone JSON Schema (draft 2020-12) of a client event, cut from the packaged contract.

For editors and CI checks of event files, like the session config's (`schema --events`).
"""

from __future__ import annotations

from typing import Any

from . import _contract
from ._event_rules import CLIENT_EVENT_SCHEMA
from ._json_schema import DRAFT, _convert, _referenced

_TITLE = "Realtime client event (GA interface), as sent over the WebSocket or data channel"


def event_json_schema() -> dict[str, Any]:
    """The schema of any client event, with the schemas it uses under `$defs`."""
    schemas = _contract.spec()["components"]["schemas"]
    schema: dict[str, Any] = {"$schema": DRAFT, "title": _TITLE}
    schema.update(_convert(schemas[CLIENT_EVENT_SCHEMA]))
    used = _referenced(schemas, CLIENT_EVENT_SCHEMA)
    schema["$defs"] = {name: _convert(schemas[name]) for name in sorted(used)}
    return schema
