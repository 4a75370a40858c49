"""The contract as the emulator reads it: the generated client's packaged `openapi.json`.

Read here rather than through the library, so that the emulator judges requests from the
contract itself and shares no code with the library's validator.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def spec() -> dict[str, Any]:
    """The whole OpenAPI document, loaded once per process."""
    text = resources.files("realtime_sessions_client").joinpath("openapi.json").read_text("utf-8")
    return json.loads(text)
