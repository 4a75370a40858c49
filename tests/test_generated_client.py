"""The generated client is reproducible and sends only what the user set."""

from __future__ import annotations

import filecmp
import subprocess
from pathlib import Path

import pytest
from realtime_sessions_client.models import (
    CustomVoice,
    RealtimeAudioFormatPcm,
    RealtimeAudioFormatPcma,
    RealtimeAudioFormatPcmu,
    RealtimeAudioInput,
    RealtimeAudioOutput,
    RealtimeClientSecretCreateRequest,
    RealtimeClientSecretCreateResponse,
    RealtimeSessionCreateRequest,
    RealtimeSessionCreateRequestGA,
    RealtimeSessionCreateResponse,
    RealtimeTruncationRetentionRatio,
    RealtimeTruncationType0,
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


def documented_example(path: str) -> dict:
    import yaml

    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    operation = spec["paths"][path]["post"]
    return operation["responses"]["200"]["content"]["application/json"]["example"]


def test_documented_example_response_parses() -> None:
    example = documented_example("/realtime/sessions")
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


def test_documented_ga_example_response_parses() -> None:
    example = documented_example("/realtime/client_secrets")
    parsed = RealtimeClientSecretCreateResponse.from_dict(example)
    assert parsed.value.startswith("ek_")
    assert isinstance(parsed.expires_at, int)
    assert parsed.session.type_ == "realtime"
    assert parsed.session.object_ == "realtime.session"
    assert parsed.session.id.startswith("sess_")
    assert parsed.session.include is None
    assert parsed.session.audio.additional_properties["output"]["voice"] == "marin"
    assert parsed.to_dict() == example


CAPTURE_ORDER_INFO = {
    "type": "function",
    "name": "CaptureOrderInfo",
    "description": "Extract order details mentioned in the conversation.",
    "parameters": {
        "type": "object",
        "properties": {
            "order_details": {"type": "string", "description": "What the customer ordered"},
            "phone_number": {"type": "string", "description": "Customer phone number"},
            "discount_coupon": {"type": "string", "description": "Coupon or discount mentioned"},
        },
        "required": ["phone_number"],
    },
}


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"expires_after": {}},
        {"expires_after": {"seconds": 600}},
        {"expires_after": {"anchor": "created_at", "seconds": 7200}},
        {"session": {"type": "realtime"}},
        {"session": {"type": "realtime", "audio": {"input": {"format": {"type": "audio/pcm"}}}}},
        {
            "session": {
                "type": "realtime",
                "audio": {
                    "input": {
                        "format": {"type": "audio/pcma"},
                        "transcription": None,
                        "noise_reduction": None,
                        "turn_detection": None,
                    },
                    "output": {"format": {"type": "audio/pcmu"}, "voice": {"id": "voice_123"}},
                },
                "tracing": None,
                "prompt": None,
            }
        },
        {
            "session": {
                "type": "realtime",
                "output_modalities": ["text"],
                "audio": {
                    "input": {
                        "format": {"type": "audio/pcm", "rate": 24000},
                        "transcription": {"model": "gpt-4o-transcribe", "language": "de"},
                        "noise_reduction": {"type": "near_field"},
                        "turn_detection": {"type": "semantic_vad", "eagerness": "high"},
                    },
                    "output": {"voice": "cedar", "speed": 1.25},
                },
                "max_output_tokens": 512,
                "tool_choice": "required",
                "tracing": {"workflow_name": "support", "metadata": {"tier": "gold"}},
                "truncation": {
                    "type": "retention_ratio",
                    "retention_ratio": 0.8,
                    "token_limits": {"post_instructions": 8000},
                },
                "include": ["item.input_audio_transcription.logprobs"],
                "prompt": {"id": "pmpt_1", "version": None, "variables": {"city": "Oslo"}},
            }
        },
        {"session": {"type": "realtime", "truncation": "disabled", "tracing": "auto"}},
        # The session.update config of seed 000, as a client-secret request.
        {
            "expires_after": {"anchor": "created_at", "seconds": 600},
            "session": {
                "type": "realtime",
                "model": "gpt-realtime",
                "audio": {
                    "input": {"turn_detection": {"type": "server_vad"}},
                    "output": {"voice": "marin"},
                },
                "instructions": "You take orders for a pizzeria.",
                "tools": [CAPTURE_ORDER_INFO],
                "tool_choice": "none",
            },
        },
    ],
)
def test_ga_request_model_serializes_exactly_what_was_set(body: dict) -> None:
    assert RealtimeClientSecretCreateRequest.from_dict(body).to_dict() == body


def test_ga_session_requires_type() -> None:
    with pytest.raises(KeyError):
        RealtimeSessionCreateRequestGA.from_dict({})


@pytest.mark.parametrize(
    ("audio_format", "model"),
    [
        ({"type": "audio/pcm", "rate": 24000}, RealtimeAudioFormatPcm),
        ({"type": "audio/pcm"}, RealtimeAudioFormatPcm),
        ({"type": "audio/pcmu"}, RealtimeAudioFormatPcmu),
        ({"type": "audio/pcma"}, RealtimeAudioFormatPcma),
    ],
)
def test_ga_audio_format_union_picks_the_branch_named_by_type(
    audio_format: dict, model: type
) -> None:
    parsed = RealtimeAudioInput.from_dict({"format": audio_format})
    assert type(parsed.format_) is model
    assert parsed.to_dict() == {"format": audio_format}


@pytest.mark.parametrize(("voice", "kind"), [("marin", str), ({"id": "voice_abc"}, CustomVoice)])
def test_ga_voice_union_round_trips(voice: object, kind: type) -> None:
    parsed = RealtimeAudioOutput.from_dict({"voice": voice})
    assert isinstance(parsed.voice, kind)
    assert parsed.to_dict() == {"voice": voice}


@pytest.mark.parametrize(
    ("truncation", "kind"),
    [
        ("auto", RealtimeTruncationType0),
        ({"type": "retention_ratio", "retention_ratio": 0.5}, RealtimeTruncationRetentionRatio),
    ],
)
def test_ga_truncation_union_round_trips(truncation: object, kind: type) -> None:
    body = {"type": "realtime", "truncation": truncation}
    parsed = RealtimeSessionCreateRequestGA.from_dict(body)
    assert isinstance(parsed.truncation, kind)
    assert parsed.to_dict() == body
