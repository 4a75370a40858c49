"""The README's Realtime conversation section runs as written against the emulator."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from realtime_sessions_emulator import Emulator, FaultPlan

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()
SECTION = README[
    README.index("## The Realtime conversation") : README.index("## The local emulator")
]


def test_the_seed_000_script_gets_arguments_back(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = re.search(r"```python\n(.*?)```", SECTION, re.DOTALL).group(1)
    printed = re.search(r"It prints `(.*?)`", SECTION).group(1)
    with Emulator(faults=FaultPlan()) as emulator:
        monkeypatch.setenv("OPENAI_BASE_URL", emulator.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "test-key-not-real")
        exec(script, {})
    assert capsys.readouterr().out.strip() == printed
    assert "base_url" not in script  # unchanged against the real API: only the environment differs
