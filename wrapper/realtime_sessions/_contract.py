"""The packaged contract (openapi.yaml as JSON, written by `make generate`).

It is located without importing `realtime_sessions_client`, whose import pulls in httpx: the CLI's
offline commands must start fast.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
from typing import Any


@functools.cache
def spec() -> dict[str, Any]:
    """The whole OpenAPI document, loaded once per process."""
    found = importlib.util.find_spec("realtime_sessions_client")
    if found is None or not found.submodule_search_locations:
        raise RuntimeError("realtime_sessions_client is not installed; run `make install`.")
    # os.path, not pathlib: pathlib is the only import `validate FILE` would need it for.
    path = os.path.join(next(iter(found.submodule_search_locations)), "openapi.json")
    with open(path, encoding="utf-8") as contract:
        return json.load(contract)


def schema(name: str) -> dict[str, Any]:
    """One schema of `components.schemas`."""
    return spec()["components"]["schemas"][name]
