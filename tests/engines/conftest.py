"""What every engine test shares: the emulator as OPENAI_BASE_URL, a dummy key, the README.

Every test under tests/engines/ runs a real engine server and is marked `engines`, so `make test`
skips them and `make test-engines` runs them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_readme import block_after

# Looks like an OpenAI key to the library, but to no secret scanner; searched for in everything
# an engine stores.
API_KEY = "sk-engines-dummy-key-not-real"
MINT = {"session": {"type": "realtime", "model": "gpt-realtime"}}
INVALID_CONFIG = {"session": {"temperature": 9}, "endpoint": "sessions"}
# The retired beta route answers 400 (beta_api_shape_disabled): a terminal refusal by the API.
REFUSED = {"session": {}, "endpoint": "sessions"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.engines)


def readme_block(heading: str, language: str = "python") -> str:
    """The README's code block after `heading`: the code under test is the documented code."""
    return block_after(heading, language)


def assert_minted(output: dict[str, Any]) -> None:
    assert output["schema_version"] == 1
    assert output["endpoint"] == "client-secrets"
    assert output["client_secret"]["value"].startswith("ek_")
    assert output["session_id"].startswith("sess_")
    assert output["session"]["model"] == "gpt-realtime"


def assert_no_key(*places: str | bytes) -> None:
    """The API key is in none of what an engine stored or logged."""
    for place in places:
        text = place.decode(errors="replace") if isinstance(place, bytes) else place
        assert API_KEY not in text


def files_text(folder: Path) -> bytes:
    """Every file under `folder` (databases and logs included), for the key search."""
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())
