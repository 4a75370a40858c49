"""The README's snippets run as written, against the local emulator."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from realtime_sessions_emulator import Emulator, FaultPlan

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def block_after(heading: str, language: str) -> str:
    """The first fenced block of `language` after a heading (or bold lead-in) of the README."""
    start = README.index(heading)
    match = re.compile(rf"```{language}\n(.*?)```", re.DOTALL).search(README, start)
    assert match is not None, f"no {language} block after {heading!r}"
    return match.group(1)


def test_library_snippet_mints(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-readme")
    monkeypatch.setenv("OPENAI_BASE_URL", emulator.base_url)
    exec(block_after("## Library", "python"), {})
    assert capsys.readouterr().out.startswith("ek_")


def test_shell_step_retries_on_exit_75_only(emulator: Emulator, tmp_path: Path) -> None:
    emulator.faults = FaultPlan(kind="503", first=2)
    before = emulator.requests
    script = block_after("**Shell step, Argo, GitHub Actions**", "sh").replace(
        "sleep $((2 ** attempt))", "sleep 0"
    )
    scripts = Path(sys.executable).parent
    env = {
        **os.environ,
        "PATH": f"{scripts}:{os.environ['PATH']}",
        "OPENAI_API_KEY": "sk-readme",
        "OPENAI_BASE_URL": emulator.base_url,
    }
    done = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert '"schema_version": 1' in (tmp_path / "mint.json").read_text()
    assert emulator.requests - before == 3
