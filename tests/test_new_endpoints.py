"""The registry rows `translations` and `transcription-sessions`: each takes its own session
shape as written or translated from a GA session, and mints against the emulator."""

from __future__ import annotations

import httpx
import openai
import pytest
from realtime_sessions import (
    ENDPOINT_SPECS,
    ConfigError,
    build_request,
    create_session,
    validate,
)
from realtime_sessions._translate_kinds import (
    ga_to_transcription_session,
    transcription_session_to_ga,
)
from realtime_sessions_emulator import Emulator

GA_TRANSCRIPTION = {
    "type": "transcription",
    "audio": {
        "input": {
            "format": {"type": "audio/pcmu"},
            "transcription": {"model": "gpt-4o-transcribe", "language": "en"},
            "noise_reduction": {"type": "far_field"},
            "turn_detection": {"type": "semantic_vad", "eagerness": "low"},
        }
    },
    "include": ["item.input_audio_transcription.logprobs"],
}
FLAT_TRANSCRIPTION = {
    "input_audio_format": "g711_ulaw",
    "input_audio_transcription": {"model": "gpt-4o-transcribe", "language": "en"},
    "input_audio_noise_reduction": {"type": "far_field"},
    "turn_detection": {"type": "semantic_vad", "eagerness": "low"},
    "include": ["item.input_audio_transcription.logprobs"],
}
TRANSLATION = {
    "model": "gpt-realtime-translate",
    "audio": {
        "input": {"transcription": {"model": "gpt-4o-transcribe"}, "noise_reduction": None},
        "output": {"language": "es"},
    },
}


def test_the_rows_name_their_paths_and_places() -> None:
    translations = ENDPOINT_SPECS["translations"]
    assert translations.label == "POST /realtime/translations/client_secrets"
    assert (translations.secret_at, translations.lifetime_at) == (("value",), ("expires_after",))
    transcription = ENDPOINT_SPECS["transcription-sessions"]
    assert transcription.label == "POST /realtime/transcription_sessions"
    assert transcription.lifetime_at == ("client_secret", "expires_at")
    assert transcription.secret_at == ("client_secret", "value")
    assert transcription.lifetime_bounds() == (10, 7200)


def test_a_ga_transcription_session_translates_to_the_flat_body_and_back() -> None:
    there = ga_to_transcription_session(GA_TRANSCRIPTION, {"seconds": 300})
    assert there.problems == ()
    assert there.request == {
        **FLAT_TRANSCRIPTION,
        "client_secret": {"expires_at": {"seconds": 300}},
    }
    back = transcription_session_to_ga(there.request)
    assert back.problems == ()
    assert back.body == GA_TRANSCRIPTION
    assert back.expires_after == {"seconds": 300}


def test_transcription_sessions_take_the_flat_body_or_a_ga_session() -> None:
    assert build_request(GA_TRANSCRIPTION, endpoint="transcription-sessions") == FLAT_TRANSCRIPTION
    assert (
        build_request(FLAT_TRANSCRIPTION, endpoint="transcription-sessions") == FLAT_TRANSCRIPTION
    )
    assert build_request(
        {"session": GA_TRANSCRIPTION}, endpoint="transcription-sessions", expires_after_seconds=90
    ) == {
        **FLAT_TRANSCRIPTION,
        "client_secret": {"expires_at": {"anchor": "created_at", "seconds": 90}},
    }


def test_what_a_transcription_session_cannot_say_is_an_error_at_its_path() -> None:
    problems = validate(
        {"type": "realtime", "instructions": "x"}, endpoint="transcription-sessions"
    ).errors
    assert [(p.path, p.rule, p.message) for p in problems] == [
        (
            "type",
            "invalid_value",
            "a 'realtime' session is not supported by POST /realtime/transcription_sessions (it "
            "takes transcription sessions only).",
        ),
        (
            "instructions",
            "no_equivalent",
            "not supported by POST /realtime/transcription_sessions (its sessions have no place for it).",
        ),
    ]
    (voice,) = validate({"voice": "marin"}, endpoint="transcription-sessions").errors
    assert (voice.path, voice.rule) == ("voice", "unknown_key")
    with pytest.raises(ConfigError):
        build_request({}, endpoint="transcription-sessions", expires_after_seconds=5)


def test_translations_take_their_own_session_or_a_ga_realtime_one() -> None:
    assert build_request(TRANSLATION, endpoint="translations", expires_after_seconds=300) == {
        "session": TRANSLATION,
        "expires_after": {"anchor": "created_at", "seconds": 300},
    }
    envelope = {"session": TRANSLATION, "expires_after": {"seconds": 60}}
    assert build_request(envelope, endpoint="translations") == envelope
    ga = {
        "type": "realtime",
        "model": "gpt-realtime-translate",
        "audio": {"input": {"noise_reduction": {"type": "near_field"}}},
    }
    assert build_request(ga, endpoint="translations") == {
        "session": {
            "model": "gpt-realtime-translate",
            "audio": {"input": {"noise_reduction": {"type": "near_field"}}},
        }
    }


def test_translation_rules_at_their_paths() -> None:
    (missing,) = validate({"audio": {"output": {"language": "es"}}}, endpoint="translations").errors
    assert (missing.path, missing.message) == ("model", "'model' is required.")
    config = {"type": "realtime", "model": "m", "audio": {"output": {"voice": "marin"}}}
    (voice,) = validate(config, endpoint="translations").errors
    assert (voice.path, voice.rule) == ("audio.output", "no_equivalent")
    (unknown,) = validate({**TRANSLATION, "voice": "marin"}, endpoint="translations").errors
    assert (unknown.path, unknown.rule) == ("voice", "unknown_key")


@pytest.mark.parametrize(
    ("endpoint", "config", "kind"),
    [
        ("translations", TRANSLATION, "translation"),
        ("transcription-sessions", GA_TRANSCRIPTION, None),
        ("client-secrets", GA_TRANSCRIPTION, "transcription"),
    ],
)
def test_the_library_mints_each_against_the_emulator(
    emulator: Emulator, endpoint: str, config: dict, kind: str | None
) -> None:
    session = create_session(
        config, endpoint=endpoint, api_key="test-key", base_url=emulator.base_url
    )
    assert session.client_secret.startswith("ek_")
    assert session.config.get("type") == kind
    if endpoint == "transcription-sessions":
        assert session.config["object"] == "realtime.transcription_session"
        assert session.config["input_audio_format"] == "g711_ulaw"
    if endpoint == "translations":
        assert session.config["audio"]["output"]["language"] == "es"


def test_the_emulator_refuses_a_translation_without_model(emulator: Emulator) -> None:
    answer = httpx.post(
        emulator.base_url + "/realtime/translations/client_secrets",
        headers={"Authorization": "Bearer test-key"},
        json={"session": {}},
    )
    assert answer.status_code == 400
    assert answer.json()["error"]["param"] == "session.model"


def test_the_openai_package_mints_a_transcription_session(emulator: Emulator) -> None:
    client = openai.OpenAI(api_key="test-key", base_url=emulator.base_url, max_retries=0)
    secret = client.realtime.client_secrets.create(session=GA_TRANSCRIPTION)
    assert secret.value.startswith("ek_")
    assert secret.session.type == "transcription"
    assert secret.session.audio.input.transcription.model == "gpt-4o-transcribe"


def test_the_openai_package_mints_an_mcp_tool_session(emulator: Emulator) -> None:
    client = openai.OpenAI(api_key="test-key", base_url=emulator.base_url, max_retries=0)
    tool = {
        "type": "mcp",
        "server_label": "deepwiki",
        "server_url": "https://mcp.deepwiki.com/mcp",
        "require_approval": "never",
        "authorization": "oauth-token-value",
    }
    secret = client.realtime.client_secrets.create(
        session={"type": "realtime", "model": "gpt-realtime", "tools": [tool]}
    )
    (echoed,) = secret.session.tools
    assert (echoed.type, echoed.server_label, echoed.require_approval) == (
        "mcp",
        "deepwiki",
        "never",
    )
    assert echoed.authorization is None  # credentials are write-only
    with pytest.raises(openai.BadRequestError) as caught:
        client.realtime.client_secrets.create(
            session={"type": "realtime", "tools": [{"type": "mcp", "server_label": "x"}]}
        )
    assert caught.value.param == "session.tools[0].server_url"
