"""The generated client is reproducible and sends only what the user set."""

from __future__ import annotations

import filecmp
import subprocess
from pathlib import Path

import pytest
from realtime_sessions_client.models import (
    RealtimeSessionCreateRequest,
    RealtimeSessionCreateResponse,
)

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated" / "realtime_sessions_client"


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ, or exist on one side only, between two trees."""
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [str(left / name) for name in comparison.left_only + comparison.right_only]
    found += [str(left / name) for name in comparison.diff_files + comparison.funny_files]
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    found += [str(left / name) for name in mismatch + errors]
    for sub in comparison.common_dirs:
        found += differences(left / sub, right / sub)
    return sorted(set(found))


def test_make_generate_reproduces_generated_byte_for_byte(tmp_path: Path) -> None:
    subprocess.run(
        ["make", "--no-print-directory", "generate", f"GEN_OUT={tmp_path}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert differences(GENERATED, tmp_path / "realtime_sessions_client") == []


def test_documented_example_response_parses() -> None:
    import yaml

    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    operation = spec["paths"]["/realtime/sessions"]["post"]
    example = operation["responses"]["200"]["content"]["application/json"]["example"]
    parsed = RealtimeSessionCreateResponse.from_dict(example)
    assert parsed.client_secret.value == "ek_abc123"
    assert parsed.client_secret.expires_at == 1234567890
    assert parsed.id == "sess_001"
    assert parsed.model == "gpt-4o-realtime-preview"
    assert parsed.to_dict() == example


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"temperature": 0.7},
        {"turn_detection": {"type": "server_vad"}},
        {"turn_detection": {"type": "semantic_vad"}},
        {"turn_detection": None, "input_audio_transcription": None, "tracing": None},
        {
            "model": "gpt-realtime",
            "modalities": ["text"],
            "voice": "marin",
            "tools": [
                {
                    "type": "function",
                    "name": "lookup",
                    "parameters": {"type": "object", "properties": {"q": {"type": "string"}}},
                }
            ],
            "tool_choice": {"type": "function", "name": "lookup"},
            "max_response_output_tokens": "inf",
            "client_secret": {"expires_after": {"anchor": "created_at", "seconds": 600}},
        },
    ],
)
def test_request_model_serializes_exactly_what_was_set(body: dict) -> None:
    assert RealtimeSessionCreateRequest.from_dict(body).to_dict() == body
