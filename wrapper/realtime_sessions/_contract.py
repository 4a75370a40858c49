"""The packaged contract (openapi.yaml as JSON, written by `make generate`).

It is located without importing `realtime_sessions_client`, whose import pulls in httpx: the CLI's
offline commands must start fast.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from typing import Any


@functools.cache
def spec() -> dict[str, Any]:
    """The whole OpenAPI document, loaded once per process."""
    found = importlib.util.find_spec("realtime_sessions_client")
    if found is None or not found.submodule_search_locations:
        raise RuntimeError("realtime_sessions_client is not installed; run `make install`.")
    path = Path(next(iter(found.submodule_search_locations))) / "openapi.json"
    return json.loads(path.read_text(encoding="utf-8"))


def schema(name: str) -> dict[str, Any]:
    """One schema of `components.schemas`."""
    return spec()["components"]["schemas"][name]


def standalone_schema(name: str) -> dict[str, Any]:
    """A self-contained JSON Schema (2020-12) for one component, for editors and other validators.

    Component references move under `$defs`; OpenAPI-only keywords (`discriminator`, `x-...`)
    are dropped because plain JSON Schema tools do not know them.
    """
    prefix = "#/components/schemas/"

    def plain(node: Any) -> Any:
        if isinstance(node, list):
            return [plain(item) for item in node]
        if not isinstance(node, dict):
            return node
        out = {}
        for key, value in node.items():
            if key == "discriminator" or key.startswith("x-"):
                continue
            if key == "$ref" and isinstance(value, str) and value.startswith(prefix):
                value = "#/$defs/" + value[len(prefix) :]
            out[key] = plain(value)
        return out

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": f"#/$defs/{name}",
        "$defs": plain(spec()["components"]["schemas"]),
    }
