"""Everything POST /realtime/client_secrets accepts validates: MCP tools, transcription sessions,
reasoning, the new transcription settings, prompt variables; each new rule with its path and words.

The bodies are those of OpenAI's Realtime guides and API reference (GA, 2026-08).
"""

from __future__ import annotations

from typing import Any

import pytest
from realtime_sessions import ConfigError, Problem, build_request, validate

MCP_GUIDE = {
    "type": "realtime",
    "model": "gpt-realtime",
    "instructions": "You are a helpful assistant.",
    "tools": [
        {
            "type": "mcp",
            "server_label": "deepwiki",
            "server_url": "https://mcp.deepwiki.com/mcp",
            "require_approval": "never",
        }
    ],
}
TRANSCRIPTION_GUIDE = {
    "type": "transcription",
    "audio": {
        "input": {
            "format": {"type": "audio/pcm", "rate": 24000},
            "noise_reduction": {"type": "near_field"},
            "transcription": {"model": "gpt-4o-transcribe", "prompt": "", "language": "en"},
            "turn_detection": {
                "type": "server_vad",
                "threshold": 0.5,
                "prefix_padding_ms": 300,
                "silence_duration_ms": 500,
            },
        }
    },
    "include": ["item.input_audio_transcription.logprobs"],
}
# Real GA bodies (guides and reference) that the validator refused before issue 15.
GA_BODIES: dict[str, dict[str, Any]] = {
    "mcp guide": MCP_GUIDE,
    "transcription guide": TRANSCRIPTION_GUIDE,
    "transcription minimal": {"type": "transcription"},
    "transcription semantic": {
        "type": "transcription",
        "audio": {
            "input": {
                "transcription": {"model": "gpt-4o-mini-transcribe"},
                "turn_detection": {"type": "semantic_vad", "eagerness": "high"},
            }
        },
    },
    "transcription whisper": {
        "type": "transcription",
        "audio": {
            "input": {
                "transcription": {"model": "gpt-realtime-whisper", "delay": "low"},
                "turn_detection": None,
            }
        },
    },
    "transcription languages": {
        "type": "transcription",
        "audio": {
            "input": {
                "transcription": {
                    "model": "gpt-transcribe",
                    "languages": ["en", "de"],
                    "keywords": ["Kubernetes", "Realtime"],
                }
            }
        },
    },
    "mcp connector": {
        "type": "realtime",
        "tools": [
            {
                "type": "mcp",
                "server_label": "gmail",
                "connector_id": "connector_gmail",
                "authorization": "oauth-access-token-value",
                "allowed_tools": {"tool_names": ["search_emails"], "read_only": True},
                "require_approval": {"never": {"tool_names": ["search_emails"]}},
            }
        ],
        "tool_choice": {"type": "mcp", "server_label": "gmail", "name": "search_emails"},
    },
    "mcp tunnel": {
        "type": "realtime",
        "tools": [
            {
                "type": "mcp",
                "server_label": "internal",
                "tunnel_id": "tunnel_" + "a1" * 16,
                "headers": {"X-Api-Key": "hdr-value"},
                "allowed_tools": ["lookup"],
                "allowed_callers": ["direct"],
                "defer_loading": True,
                "server_description": "Internal knowledge base.",
            }
        ],
    },
    "reasoning": {
        "type": "realtime",
        "model": "gpt-realtime-2",
        "reasoning": {"effort": "low"},
        "parallel_tool_calls": True,
    },
    "prompt variables": {
        "type": "realtime",
        "prompt": {
            "id": "pmpt_123",
            "version": "2",
            "variables": {
                "city": "Paris",
                "note": {"type": "input_text", "text": "Be brief."},
                "map": {
                    "type": "input_image",
                    "detail": "auto",
                    "image_url": "https://x.example/m.png",
                },
                "doc": {"type": "input_file", "file_id": "file_1"},
            },
        },
    },
    "prompt variables null": {"type": "realtime", "prompt": {"id": "pmpt_123", "variables": None}},
    "newest audio model": {"type": "realtime", "model": "gpt-audio-mini-2025-12-15"},
    "envelope transcription": {"expires_after": {"seconds": 600}, "session": TRANSCRIPTION_GUIDE},
}


@pytest.mark.parametrize("name", sorted(GA_BODIES))
def test_real_ga_bodies_validate_without_errors_or_warnings(name: str) -> None:
    report = validate(GA_BODIES[name], endpoint="client-secrets")
    assert report.problems == (), report.problems


def test_a_transcription_session_is_sent_as_written() -> None:
    assert build_request(TRANSCRIPTION_GUIDE) == {"session": TRANSCRIPTION_GUIDE}


def error_at(config: Any, path: str) -> Problem:
    found = [p for p in validate(config, endpoint="client-secrets").problems if p.path == path]
    assert len(found) == 1, validate(config, endpoint="client-secrets").problems
    return found[0]


REFUSED_IN_TRANSCRIPTION = [
    ("model", "gpt-4o-transcribe"),
    ("instructions", "Transcribe."),
    ("tools", []),
    ("tool_choice", "auto"),
    ("tracing", "auto"),
    ("output_modalities", ["text"]),
    ("truncation", "auto"),
    ("prompt", {"id": "pmpt_1"}),
]


@pytest.mark.parametrize(("key", "value"), REFUSED_IN_TRANSCRIPTION)
def test_realtime_settings_are_refused_in_transcription_sessions_at_their_path(
    key: str, value: Any
) -> None:
    problem = error_at({"type": "transcription", key: value}, key)
    assert (problem.rule, problem.severity, problem.message) == (
        "transcription_session",
        "error",
        f"{key} is not a setting of transcription sessions (type 'transcription'), "
        "which only transcribe the input audio.",
    )
    if key == "model":
        assert problem.hint.startswith(
            "The transcription model goes in audio.input.transcription.model"
        )
    else:
        assert problem.hint == "Remove it, or use type 'realtime' for a session that answers."


def test_output_audio_is_refused_in_transcription_sessions() -> None:
    problem = error_at(
        {"type": "transcription", "audio": {"output": {"voice": "marin"}}}, "audio.output"
    )
    assert problem.hint == (
        "Transcription sessions never speak: remove audio.output, or use type 'realtime' for a "
        "session that answers."
    )


def test_all_problems_of_a_transcription_session_at_once() -> None:
    config = {"type": "transcription", "model": "x", "instructions": "y", "include": ["z"]}
    with pytest.raises(ConfigError) as caught:
        build_request(config)
    assert [p.path for p in caught.value.report.errors] == ["model", "instructions", "include[0]"]


def test_an_unknown_session_type_lists_both() -> None:
    problem = error_at({"type": "translation"}, "type")
    assert problem.message == "the string 'translation' is not one of 'realtime', 'transcription'."


def test_mcp_tool_needs_exactly_one_way_to_its_server() -> None:
    none = error_at(
        {"type": "realtime", "tools": [{"type": "mcp", "server_label": "x"}]}, "tools[0]"
    )
    assert (none.rule, none.message, none.hint) == (
        "exactly_one_of",
        "needs one of server_url, connector_id or tunnel_id; none is given.",
        "Add one of server_url, connector_id or tunnel_id.",
    )
    two = error_at(
        {
            "type": "realtime",
            "tools": [
                {
                    "type": "mcp",
                    "server_label": "x",
                    "server_url": "https://a.example/mcp",
                    "connector_id": "connector_gmail",
                }
            ],
        },
        "tools[0]",
    )
    assert (two.message, two.hint) == (
        "takes exactly one of server_url, connector_id or tunnel_id, but has server_url and connector_id.",
        "Keep one of server_url, connector_id and remove the others.",
    )


@pytest.mark.parametrize(
    ("field", "value", "rule", "message"),
    [
        (
            "server_url",
            "mcp.deepwiki.com",
            "format",
            "the string 'mcp.deepwiki.com' is not an absolute URI.",
        ),
        (
            "tunnel_id",
            "tunnel_ABC",
            "pattern",
            "the string 'tunnel_ABC' does not match ^tunnel_[a-z0-9]{32}$.",
        ),
        ("connector_id", "connector_slack", "enum", None),
        (
            "require_approval",
            "sometimes",
            "enum",
            "the string 'sometimes' is not one of 'always', 'never'.",
        ),
        ("allowed_callers", [], "minItems", "needs at least 1 item(s)."),
        ("defer_loading", "yes", "type", "expected true or false, got the string 'yes'."),
    ],
)
def test_mcp_fields_follow_the_contract(
    field: str, value: Any, rule: str, message: str | None
) -> None:
    tool = {"type": "mcp", "server_label": "x", field: value}
    if field not in ("connector_id", "tunnel_id"):
        tool.setdefault("server_url", "https://a.example/mcp")
    problem = error_at({"type": "realtime", "tools": [tool]}, f"tools[0].{field}")
    assert problem.rule == rule
    if message is not None:
        assert problem.message == message
    assert problem.hint


def test_a_forced_mcp_choice_names_one_of_the_servers() -> None:
    config = {**MCP_GUIDE, "tool_choice": {"type": "mcp", "server_label": "wiki"}}
    problem = error_at(config, "tool_choice.server_label")
    assert (problem.rule, problem.message, problem.hint) == (
        "tool_choice_unknown_server",
        "tool_choice names the MCP server 'wiki', which is not among the MCP tools ('deepwiki').",
        "Add an MCP tool with server_label 'wiki' to tools, or name one of the defined servers.",
    )


@pytest.mark.parametrize("key", ["reasoning", "parallel_tool_calls"])
def test_reasoning_settings_warn_for_a_model_known_not_to_reason(key: str) -> None:
    value = {"effort": "high"} if key == "reasoning" else True
    report = validate({"type": "realtime", "model": "gpt-realtime", key: value})
    assert report.ok
    (warning,) = report.warnings
    assert (warning.path, warning.rule, warning.message) == (
        key,
        "model_support",
        f"{key} is taken by reasoning models only (such as gpt-realtime-2), and gpt-realtime is not one.",
    )
    unknown = validate({"type": "realtime", "model": "my-new-model", key: value})
    assert [w.rule for w in unknown.warnings] == ["known_values"]


def test_reasoning_effort_is_an_enum() -> None:
    problem = error_at({"type": "realtime", "reasoning": {"effort": "max"}}, "reasoning.effort")
    assert problem.message == (
        "the string 'max' is not one of 'minimal', 'low', 'medium', 'high', 'xhigh'."
    )


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        (
            "languages",
            ["en"],
            "languages is only taken by gpt-transcribe and gpt-live-transcribe, not whisper-1.",
        ),
        (
            "keywords",
            ["x"],
            "keywords is only taken by gpt-transcribe and gpt-live-transcribe, not whisper-1.",
        ),
        ("delay", "low", "delay is only taken by gpt-realtime-whisper, not whisper-1."),
    ],
)
def test_transcription_settings_warn_for_models_that_ignore_them(
    setting: str, value: Any, message: str
) -> None:
    config = {
        "type": "transcription",
        "audio": {"input": {"transcription": {"model": "whisper-1", setting: value}}},
    }
    report = validate(config)
    assert report.ok
    (warning,) = report.warnings
    assert (warning.path, warning.message) == (f"audio.input.transcription.{setting}", message)


def test_languages_needs_an_item_and_two_letter_codes() -> None:
    config = {
        "type": "transcription",
        "audio": {"input": {"transcription": {"model": "gpt-transcribe", "languages": []}}},
    }
    assert (
        error_at(config, "audio.input.transcription.languages").message
        == "needs at least 1 item(s)."
    )
    config["audio"]["input"]["transcription"]["languages"] = ["english"]
    problem = error_at(config, "audio.input.transcription.languages[0]")
    assert problem.hint == "Use a two-letter lowercase ISO-639-1 code such as 'en' or 'de'."


def test_realtime_whisper_transcription_sessions_need_turn_detection_off() -> None:
    config = {
        "type": "transcription",
        "audio": {
            "input": {
                "transcription": {"model": "gpt-realtime-whisper"},
                "turn_detection": {"type": "server_vad"},
            }
        },
    }
    problem = error_at(config, "audio.input.turn_detection")
    assert (problem.severity, problem.message, problem.hint) == (
        "error",
        "gpt-realtime-whisper transcription sessions take no turn detection, and it is set.",
        "Set audio.input.turn_detection to null.",
    )
    del config["audio"]["input"]["turn_detection"]
    assert error_at(config, "audio.input.turn_detection").severity == "warning"


def test_prompt_variables_are_typed() -> None:
    config = {
        "type": "realtime",
        "prompt": {"id": "p", "variables": {"pic": {"type": "input_image"}}},
    }
    problem = error_at(config, "prompt.variables.pic.detail")
    assert (problem.rule, problem.message) == ("required", "'detail' is required.")
    config["prompt"]["variables"] = {"n": 3}
    assert error_at(config, "prompt.variables.n").rule == "type"


@pytest.mark.parametrize("endpoint", ["sessions"])
def test_mcp_tools_cannot_go_to_the_beta_endpoint(endpoint: str) -> None:
    config = {**MCP_GUIDE, "tool_choice": {"type": "mcp", "server_label": "deepwiki"}}
    problems = validate(config, endpoint=endpoint).errors
    assert [(p.path, p.rule) for p in problems] == [
        ("tools[0]", "no_equivalent"),
        ("tool_choice", "no_equivalent"),
    ]
    assert problems[0].message == (
        "MCP tools are not supported by POST /realtime/sessions (beta sessions take function tools only)."
    )


def test_transcription_sessions_cannot_go_to_the_beta_realtime_endpoint() -> None:
    (problem,) = validate({"type": "transcription"}, endpoint="sessions").errors
    assert (problem.path, problem.rule) == ("type", "invalid_value")


# MCP credentials: masked in every message, value and report, whatever their shape.
CREDENTIAL = "plain-credential-value-123"


@pytest.mark.parametrize(
    "tool",
    [
        {
            "type": "mcp",
            "server_label": "x",
            "server_url": "https://a.example",
            "headers": CREDENTIAL,
        },
        {
            "type": "mcp",
            "server_label": "x",
            "server_url": "https://a.example",
            "headers": {"Authorization": 5, "X": CREDENTIAL},
        },
        {
            "type": "mcp",
            "server_label": "x",
            "server_url": "https://a.example",
            "authorization": CREDENTIAL,
            "bogus": 1,
        },
        {"type": "mcp", "server_label": "x", "headers": {"Authorization": CREDENTIAL}},
    ],
)
def test_mcp_credentials_never_show_in_problems(tool: dict[str, Any]) -> None:
    for endpoint in ("client-secrets", "sessions"):
        report = validate({"type": "realtime", "tools": [tool]}, endpoint=endpoint)
        assert not report.ok
        assert CREDENTIAL not in repr(report.to_dict()), report
        assert CREDENTIAL not in "\n".join(map(str, report.problems))
    with pytest.raises(ConfigError) as caught:
        build_request({"type": "realtime", "tools": [tool]}, endpoint="sessions")
    assert CREDENTIAL not in str(caught.value) + repr(caught.value) + repr(caught.value.to_dict())


@pytest.mark.parametrize("name", ["mcp guide", "transcription guide"])
def test_the_guide_examples_mint_through_cli_library_and_task(
    name: str, emulator: Any, tmp_path: Any
) -> None:
    import json

    from click.testing import CliRunner
    from realtime_sessions import create_session
    from realtime_sessions.workflow import run_task
    from realtime_sessions_cli.app import cli

    config = GA_BODIES[name]
    env = {"OPENAI_API_KEY": "test-key-emulator", "OPENAI_BASE_URL": emulator.base_url}
    path = tmp_path / "session.json"
    path.write_text(json.dumps(config))
    result = CliRunner().invoke(
        cli, ["create", "--config", str(path), "--output", "json"], env=env, catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["session"]["type"] == config["type"]
    session = create_session(config, api_key="test-key-emulator", base_url=emulator.base_url)
    assert session.config["type"] == config["type"]
    output = run_task({"session": config}, api_key="test-key-emulator", base_url=emulator.base_url)
    assert output["client_secret"]["value"].startswith("ek_")


def test_an_error_that_echoes_an_mcp_credential_masks_it() -> None:
    import httpx
    import respx
    from realtime_sessions import APIStatusError, create_session

    tool = {
        "type": "mcp",
        "server_label": "x",
        "server_url": "https://a.example/mcp",
        "authorization": CREDENTIAL,
        "headers": {"X-Key": "another-credential-value"},
    }
    message = f"MCP server refused {CREDENTIAL} and another-credential-value."
    error = {
        "error": {"message": message, "type": "invalid_request_error", "param": None, "code": None}
    }
    with respx.mock:
        respx.post("https://api.openai.com/v1/realtime/client_secrets").mock(
            return_value=httpx.Response(424, json=error)
        )
        with pytest.raises(APIStatusError) as caught:
            create_session(
                {"type": "realtime", "tools": [tool]}, api_key="test-key-0123", max_retries=0
            )
    shown = str(caught.value) + repr(caught.value.to_dict())
    assert CREDENTIAL not in shown
    assert "another-credential-value" not in shown
    assert "MCP server refused *** and ***." in str(caught.value)
