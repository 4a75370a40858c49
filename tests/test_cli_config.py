"""`realtime-sessions config`: every flag lands at its exact place, files load, flags win."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from realtime_sessions import build_request
from realtime_sessions_cli.app import cli

WEATHER = {
    "type": "function",
    "name": "get_weather",
    "description": "Weather for a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
}
CLOCK = {"type": "function", "name": "get_time", "parameters": {"type": "object"}}


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin)


IDLE_WARNING = (
    "warning: {}.idle_timeout_ms: some deployments answer unknown_parameter for idle_timeout_ms; "
    "don't rely on it. Hint: Check that your deployment accepts it, and remove it if the server "
    "refuses it.\n"
)


def body(*args: str, stdin: str | None = None, stderr: str = "") -> Any:
    """The JSON body `config` prints; the command must succeed with only `stderr` on stderr."""
    result = run("config", *args, stdin=stdin)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == stderr
    return json.loads(result.stdout)


def write(path: Path, data: Any) -> str:
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return str(path)


@pytest.fixture
def weather_file(tmp_path: Path) -> str:
    return write(tmp_path / "weather.json", WEATHER)


def test_no_config_and_no_flags_is_the_servers_defaults() -> None:
    assert body("--endpoint", "sessions") == {}
    assert body() == {"session": {"type": "realtime"}}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--model", "gpt-realtime"], {"model": "gpt-realtime"}),
        (["--voice", "marin"], {"voice": "marin"}),
        (["--instructions", "Be brief."], {"instructions": "Be brief."}),
        (["--modalities", "text"], {"modalities": ["text"]}),
        (["--modalities", " audio , text "], {"modalities": ["audio", "text"]}),
        (["--temperature", "0.7"], {"temperature": 0.7}),
        (["--speed", "1.25"], {"speed": 1.25}),
        (["--max-output-tokens", "200"], {"max_response_output_tokens": 200}),
        (["--max-output-tokens", "inf"], {"max_response_output_tokens": "inf"}),
        (["--input-audio-format", "g711_ulaw"], {"input_audio_format": "g711_ulaw"}),
        (["--input-audio-format", "audio/pcmu"], {"input_audio_format": "g711_ulaw"}),
        (["--output-audio-format", "g711_alaw"], {"output_audio_format": "g711_alaw"}),
        (["--output-audio-format", "audio/pcm"], {"output_audio_format": "pcm16"}),
        (["--turn-detection", "none"], {"turn_detection": None}),
        (["--turn-detection", "server_vad"], {"turn_detection": {"type": "server_vad"}}),
        (["--turn-detection", "semantic_vad"], {"turn_detection": {"type": "semantic_vad"}}),
        (["--vad-threshold", "0.6"], {"turn_detection": {"type": "server_vad", "threshold": 0.6}}),
        (
            ["--prefix-padding-ms", "0"],
            {"turn_detection": {"type": "server_vad", "prefix_padding_ms": 0}},
        ),
        (
            ["--silence-duration-ms", "500"],
            {"turn_detection": {"type": "server_vad", "silence_duration_ms": 500}},
        ),
        (
            ["--idle-timeout-ms", "6000"],
            {"turn_detection": {"type": "server_vad", "idle_timeout_ms": 6000}},
        ),
        (
            ["--eagerness", "high"],
            {"turn_detection": {"type": "semantic_vad", "eagerness": "high"}},
        ),
        (
            ["--no-create-response"],
            {"turn_detection": {"type": "server_vad", "create_response": False}},
        ),
        (
            ["--create-response"],
            {"turn_detection": {"type": "server_vad", "create_response": True}},
        ),
        (
            ["--no-interrupt-response"],
            {"turn_detection": {"type": "server_vad", "interrupt_response": False}},
        ),
        (
            ["--turn-detection", "semantic_vad", "--no-interrupt-response"],
            {"turn_detection": {"type": "semantic_vad", "interrupt_response": False}},
        ),
        (
            ["--noise-reduction", "near_field"],
            {"input_audio_noise_reduction": {"type": "near_field"}},
        ),
        (
            ["--noise-reduction", "far_field"],
            {"input_audio_noise_reduction": {"type": "far_field"}},
        ),
        (["--noise-reduction", "none"], {"input_audio_noise_reduction": None}),
        (
            ["--transcription-model", "whisper-1"],
            {"input_audio_transcription": {"model": "whisper-1"}},
        ),
        (["--transcription-language", "de"], {"input_audio_transcription": {"language": "de"}}),
        (["--transcription-prompt", "Acme"], {"input_audio_transcription": {"prompt": "Acme"}}),
        (["--tool-choice", "auto"], {"tool_choice": "auto"}),
        (["--tool-choice", "none"], {"tool_choice": "none"}),
        (["--tracing"], {"tracing": "auto"}),
        (
            ["--expires-after", "600"],
            {"client_secret": {"expires_after": {"anchor": "created_at", "seconds": 600}}},
        ),
    ],
)
def test_each_flag_sets_its_beta_field(args: list[str], expected: dict[str, Any]) -> None:
    stderr = IDLE_WARNING.format("turn_detection") if "--idle-timeout-ms" in args else ""
    assert body("--endpoint", "sessions", *args, stderr=stderr) == expected


def test_tool_flags_add_full_definitions(tmp_path: Path, weather_file: str) -> None:
    both = write(
        tmp_path / "more.yaml", "- type: function\n  name: get_time\n  parameters: {type: object}\n"
    )
    assert body(
        "--endpoint",
        "sessions",
        "--tool",
        weather_file,
        "--tool",
        both,
        "--tool-choice",
        "get_time",
    ) == {
        "tools": [WEATHER, CLOCK],
        "tool_choice": {"type": "function", "name": "get_time"},
    }
    assert body("--endpoint", "sessions", "--tool", weather_file, "--tool-choice", "required") == {
        "tools": [WEATHER],
        "tool_choice": "required",
    }


def test_instructions_file_drops_only_the_final_newline(tmp_path: Path) -> None:
    path = write(tmp_path / "prompt.txt", "Be brief.\n\nBe kind.\n")
    assert body("--endpoint", "sessions", "--instructions-file", path) == {
        "instructions": "Be brief.\n\nBe kind."
    }
    assert body("--endpoint", "sessions", "--instructions-file", "-", stdin="From stdin.\n") == {
        "instructions": "From stdin."
    }


def all_flags(tool_file: str, modalities: str = "audio,text") -> list[str]:
    return [
        "--model", "gpt-realtime",
        "--voice", "marin",
        "--instructions", "Be brief.",
        "--modalities", modalities,
        "--speed", "1.1",
        "--max-output-tokens", "200",
        "--input-audio-format", "pcm16",
        "--output-audio-format", "g711_ulaw",
        "--turn-detection", "server_vad",
        "--vad-threshold", "0.6",
        "--prefix-padding-ms", "300",
        "--silence-duration-ms", "500",
        "--idle-timeout-ms", "6000",
        "--no-create-response",
        "--no-interrupt-response",
        "--noise-reduction", "near_field",
        "--transcription-model", "whisper-1",
        "--transcription-language", "en",
        "--transcription-prompt", "Acme, Zorg",
        "--tool", tool_file,
        "--tool-choice", "get_weather",
        "--tracing",
        "--expires-after", "600",
    ]  # fmt: skip


BETA_CONFIG = {
    "model": "gpt-realtime",
    "voice": "marin",
    "instructions": "Be brief.",
    "modalities": ["audio", "text"],
    "speed": 1.1,
    "max_response_output_tokens": 200,
    "input_audio_format": "pcm16",
    "output_audio_format": "g711_ulaw",
    "turn_detection": {
        "type": "server_vad",
        "threshold": 0.6,
        "prefix_padding_ms": 300,
        "silence_duration_ms": 500,
        "idle_timeout_ms": 6000,
        "create_response": False,
        "interrupt_response": False,
    },
    "input_audio_noise_reduction": {"type": "near_field"},
    "input_audio_transcription": {"model": "whisper-1", "language": "en", "prompt": "Acme, Zorg"},
    "tools": [WEATHER],
    "tool_choice": {"type": "function", "name": "get_weather"},
    "tracing": "auto",
}


def test_all_flags_together_build_the_beta_body(weather_file: str) -> None:
    lifetime = {"expires_after": {"anchor": "created_at", "seconds": 600}}
    stderr = IDLE_WARNING.format("turn_detection")
    assert body("--endpoint", "sessions", *all_flags(weather_file), stderr=stderr) == {
        **BETA_CONFIG,
        "client_secret": lifetime,
    }


def test_flags_without_a_file_are_translated_by_the_library_for_client_secrets(
    weather_file: str,
) -> None:
    expected = build_request(BETA_CONFIG, endpoint="client-secrets", expires_after_seconds=600)
    assert body(*all_flags(weather_file), stderr=IDLE_WARNING.format("turn_detection")) == expected
    assert expected["session"]["audio"]["output"]["voice"] == "marin"


def test_flags_go_to_their_ga_places_when_the_file_is_ga(tmp_path: Path, weather_file: str) -> None:
    config = write(tmp_path / "ga.json", {"type": "realtime"})
    stderr = IDLE_WARNING.format("audio.input.turn_detection")
    assert body(
        "--config", config, *all_flags(weather_file, modalities="audio"), stderr=stderr
    ) == {
        "expires_after": {"anchor": "created_at", "seconds": 600},
        "session": {
            "type": "realtime",
            "model": "gpt-realtime",
            "instructions": "Be brief.",
            "output_modalities": ["audio"],
            "audio": {
                "output": {"voice": "marin", "speed": 1.1, "format": {"type": "audio/pcmu"}},
                "input": {
                    "format": {"type": "audio/pcm", "rate": 24000},
                    "turn_detection": BETA_CONFIG["turn_detection"],
                    "noise_reduction": {"type": "near_field"},
                    "transcription": {
                        "model": "whisper-1",
                        "language": "en",
                        "prompt": "Acme, Zorg",
                    },
                },
            },
            "max_output_tokens": 200,
            "tools": [WEATHER],
            "tool_choice": {"type": "function", "name": "get_weather"},
            "tracing": "auto",
        },
    }


def test_ga_placement_with_valid_values(tmp_path: Path) -> None:
    config = write(tmp_path / "ga.yaml", "type: realtime\nmodel: gpt-realtime\n")
    assert body(
        "--config", config,
        "--voice", "cedar",
        "--modalities", "audio",
        "--max-output-tokens", "inf",
        "--input-audio-format", "audio/pcmu",
        "--output-audio-format", "g711_alaw",
        "--eagerness", "low",
        "--noise-reduction", "none",
        "--transcription-model", "gpt-4o-transcribe",
    ) == {
        "session": {
            "type": "realtime",
            "model": "gpt-realtime",
            "output_modalities": ["audio"],
            "max_output_tokens": "inf",
            "audio": {
                "output": {"voice": "cedar", "format": {"type": "audio/pcma"}},
                "input": {
                    "format": {"type": "audio/pcmu"},
                    "turn_detection": {"type": "semantic_vad", "eagerness": "low"},
                    "noise_reduction": None,
                    "transcription": {"model": "gpt-4o-transcribe"},
                },
            },
        }
    }  # fmt: skip


def test_flags_set_the_session_of_a_whole_request_file(tmp_path: Path) -> None:
    lifetime = {"anchor": "created_at", "seconds": 300}
    request = {"session": {"type": "realtime", "model": "gpt-realtime"}, "expires_after": lifetime}
    config = write(tmp_path / "request.json", request)
    assert body("--config", config, "--voice", "cedar", "--eagerness", "low") == {
        "session": {
            "type": "realtime",
            "model": "gpt-realtime",
            "audio": {
                "output": {"voice": "cedar"},
                "input": {"turn_detection": {"type": "semantic_vad", "eagerness": "low"}},
            },
        },
        "expires_after": lifetime,
    }
    assert body("--config", config, "--voice", "cedar", "--endpoint", "sessions") == {
        "model": "gpt-realtime",
        "voice": "cedar",
        "client_secret": {"expires_after": lifetime},
    }


def test_flags_leave_a_request_without_a_session_object_to_validation(tmp_path: Path) -> None:
    config = write(tmp_path / "request.json", {"session": "gpt-realtime"})
    result = run("config", "--config", config, "--voice", "cedar")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: session: expected an object, got the string 'gpt-realtime'. Hint: Write an object.\n"
    )


def test_ga_errors_point_into_the_ga_config(tmp_path: Path) -> None:
    config = write(
        tmp_path / "ga.json",
        {"type": "realtime", "audio": {"input": {"turn_detection": {"type": "semantic_vad"}}}},
    )
    result = run("config", "--config", config, "--vad-threshold", "0.5", "--voice", "nova")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "error: audio.input.turn_detection.threshold: " in result.stderr
    assert "error: audio.output.voice: " in result.stderr
    assert "Hint: " in result.stderr


def test_temperature_has_no_ga_place(tmp_path: Path) -> None:
    config = write(tmp_path / "ga.json", {"type": "realtime"})
    result = run("config", "--config", config, "--temperature", "0.8")
    assert result.exit_code == 2
    assert "--temperature has no place in the GA (nested) config of" in result.stderr
    assert "ga.json" in result.stderr


class TestFlagsOverrideTheFile:
    def test_a_flag_replaces_the_files_value_and_keeps_the_rest(self, tmp_path: Path) -> None:
        config = write(
            tmp_path / "s.json", {"model": "gpt-realtime", "voice": "alloy", "temperature": 0.7}
        )
        assert body("--endpoint", "sessions", "--config", config, "--voice", "marin") == {
            "model": "gpt-realtime",
            "voice": "marin",
            "temperature": 0.7,
        }

    def test_vad_flags_refine_the_files_turn_detection(self, tmp_path: Path) -> None:
        config = write(
            tmp_path / "s.json",
            {
                "turn_detection": {
                    "type": "server_vad",
                    "threshold": 0.5,
                    "silence_duration_ms": 300,
                }
            },
        )
        assert body("--endpoint", "sessions", "--config", config, "--vad-threshold", "0.7") == {
            "turn_detection": {"type": "server_vad", "threshold": 0.7, "silence_duration_ms": 300}
        }
        assert body(
            "--endpoint", "sessions", "--config", config, "--turn-detection", "server_vad"
        ) == {
            "turn_detection": {"type": "server_vad", "threshold": 0.5, "silence_duration_ms": 300}
        }

    def test_another_turn_detection_type_starts_afresh(self, tmp_path: Path) -> None:
        config = write(
            tmp_path / "s.json", {"turn_detection": {"type": "server_vad", "threshold": 0.5}}
        )
        assert body(
            "--endpoint", "sessions", "--config", config, "--turn-detection", "semantic_vad"
        ) == {"turn_detection": {"type": "semantic_vad"}}
        assert body("--endpoint", "sessions", "--config", config, "--turn-detection", "none") == {
            "turn_detection": None
        }

    def test_vad_flags_on_a_files_null_turn_detection_start_one(self, tmp_path: Path) -> None:
        config = write(tmp_path / "s.json", {"turn_detection": None})
        assert body(
            "--endpoint", "sessions", "--config", config, "--silence-duration-ms", "400"
        ) == {"turn_detection": {"type": "server_vad", "silence_duration_ms": 400}}

    def test_a_field_of_the_other_vad_type_is_left_for_the_library_to_explain(
        self, tmp_path: Path
    ) -> None:
        config = write(tmp_path / "s.json", {"turn_detection": {"type": "semantic_vad"}})
        result = run(
            "config", "--endpoint", "sessions", "--config", config, "--vad-threshold", "0.5"
        )
        assert result.exit_code == 2
        assert (
            "error: turn_detection.threshold: 'threshold' is only used with server_vad"
            in result.stderr
        )

    def test_transcription_flags_merge_into_the_files(self, tmp_path: Path) -> None:
        config = write(
            tmp_path / "s.json",
            {"input_audio_transcription": {"model": "whisper-1", "language": "en"}},
        )
        assert body(
            "--endpoint", "sessions", "--config", config, "--transcription-language", "de"
        ) == {"input_audio_transcription": {"model": "whisper-1", "language": "de"}}

    def test_tool_flags_replace_the_files_tools(self, tmp_path: Path, weather_file: str) -> None:
        config = write(tmp_path / "s.json", {"tools": [CLOCK], "tool_choice": "auto"})
        assert body("--endpoint", "sessions", "--config", config, "--tool", weather_file) == {
            "tools": [WEATHER],
            "tool_choice": "auto",
        }

    def test_expires_after_overrides_the_files_lifetime(self, tmp_path: Path) -> None:
        lifetime = {"expires_after": {"anchor": "created_at", "seconds": 60}}
        config = write(tmp_path / "s.json", {"client_secret": lifetime})
        assert body("--endpoint", "sessions", "--config", config, "--expires-after", "120") == {
            "client_secret": {"expires_after": {"anchor": "created_at", "seconds": 120}}
        }

    def test_the_ga_audio_format_of_the_file_keeps_its_rate(self, tmp_path: Path) -> None:
        config = write(
            tmp_path / "ga.json",
            {
                "type": "realtime",
                "audio": {"input": {"format": {"type": "audio/pcm", "rate": 24000}}},
            },
        )
        assert body("--config", config, "--input-audio-format", "audio/pcm")["session"][
            "audio"
        ] == {"input": {"format": {"type": "audio/pcm", "rate": 24000}}}


class TestConfigFiles:
    def test_yaml_file(self, tmp_path: Path) -> None:
        config = write(tmp_path / "s.yml", "model: gpt-realtime\nmodalities: [text]\n")
        assert body("--endpoint", "sessions", "--config", config) == {
            "model": "gpt-realtime",
            "modalities": ["text"],
        }

    def test_yaml_content_without_a_yaml_extension(self, tmp_path: Path) -> None:
        config = write(tmp_path / "session.conf", "voice: marin\n")
        assert body("--endpoint", "sessions", "--config", config) == {"voice": "marin"}

    def test_json_with_a_byte_order_mark(self, tmp_path: Path) -> None:
        path = tmp_path / "s.json"
        path.write_bytes(b'\xef\xbb\xbf{"voice": "marin"}')
        assert body("--endpoint", "sessions", "--config", str(path)) == {"voice": "marin"}

    @pytest.mark.parametrize("text", ['{"voice": "marin"}', "voice: marin\n"])
    def test_stdin(self, text: str) -> None:
        assert body(
            "--endpoint", "sessions", "--config", "-", "--model", "gpt-realtime", stdin=text
        ) == {
            "voice": "marin",
            "model": "gpt-realtime",
        }

    def test_values_are_passed_as_parsed_for_the_library_to_judge(self, tmp_path: Path) -> None:
        config = write(tmp_path / "s.yaml", "temperature: '0.8'\n")
        result = run("config", "--endpoint", "sessions", "--config", config)
        assert result.exit_code == 2
        assert result.stderr.startswith("error: temperature: ")

    @pytest.mark.parametrize(
        ("name", "text", "reason"),
        [
            ("bad.json", '{"voice": }', "not valid JSON: Expecting value at line 1, column 11"),
            ("bad.txt", '{"voice": "marin",}', "not valid JSON: "),
            ("bad.yaml", "voice: [marin\n", "not valid YAML: "),
            ("bad.conf", "voice: [marin\n", "not valid JSON or YAML: "),
            (
                "list.json",
                '["voice"]',
                "a session config must be an object (key: value pairs), got a list",
            ),
            (
                "text.yaml",
                "just words\n",
                "a session config must be an object (key: value pairs), got a str",
            ),
            ("empty.json", "  \n", "is empty"),
            (
                "nan.json",
                '{"speed": NaN}',
                "speed is not a finite number (nan); JSON cannot carry it",
            ),
            ("huge.json", '{"tools": [{"n": 1e999}]}', "tools[0].n is not a finite number (inf)"),
            ("inf.yaml", "speed: .inf\n", "speed is not a finite number (inf)"),
            (
                "date.yaml",
                "instructions: 2024-01-01\n",
                "instructions is a date (2024-01-01), which JSON cannot carry; quote it",
            ),
            (
                "key.yaml",
                "turn_detection: {1: x}\n",
                "turn_detection has the key 1, which is not a string; quote it",
            ),
        ],
    )
    def test_unusable_files_exit_2_with_their_name(
        self, tmp_path: Path, name: str, text: str, reason: str
    ) -> None:
        path = write(tmp_path / name, text)
        result = run("config", "--config", path)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert result.stderr.startswith(f"error: {path}: {reason}")
        assert len(result.stderr.splitlines()) == 1
        assert "Traceback" not in result.stderr

    def test_missing_file(self, tmp_path: Path) -> None:
        missing = str(tmp_path / "nope.json")
        result = run("config", "--config", missing)
        assert result.exit_code == 2
        assert result.stderr == f"error: {missing}: cannot read: No such file or directory\n"

    def test_missing_tool_and_instructions_files(self, tmp_path: Path) -> None:
        for flag in ("--tool", "--instructions-file"):
            result = run("config", flag, str(tmp_path / "gone.json"))
            assert result.exit_code == 2
            assert "gone.json: cannot read" in result.stderr

    def test_tool_file_must_hold_definitions(self, tmp_path: Path) -> None:
        path = write(tmp_path / "tool.yaml", "get_weather\n")
        result = run("config", "--tool", path)
        assert result.exit_code == 2
        assert f"error: {path}: a tool file must hold a tool definition" in result.stderr

    def test_a_bare_tool_name_in_a_list_is_the_librarys_to_explain(self, tmp_path: Path) -> None:
        path = write(tmp_path / "tools.json", ["get_weather"])
        result = run("config", "--endpoint", "sessions", "--tool", path)
        assert result.exit_code == 2
        assert "error: tools[0]: 'get_weather' is a bare tool name" in result.stderr


class TestUsageErrors:
    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (
                ["--instructions", "a", "--instructions-file", "-"],
                "give --instructions or --instructions-file, not both",
            ),
            (
                ["--turn-detection", "none", "--vad-threshold", "0.5"],
                "--vad-threshold needs turn detection",
            ),
            (
                ["--turn-detection", "none", "--no-create-response"],
                "--[no-]create-response needs turn detection",
            ),
            (
                ["--config", "-", "--tool", "-"],
                "only one of --config, --instructions-file and --tool can read stdin",
            ),
            (["--max-output-tokens", "lots"], "'lots' is neither a whole number nor 'inf'"),
            (["--speed", "nan"], "'nan' is not a finite number"),
            (["--temperature", "inf"], "'inf' is not a finite number"),
            (["--turn-detection", "loud"], "'loud' is not one of"),
            (["--endpoint", "realtime"], "'realtime' is not one of"),
            (["--expires-after", "soon"], "'soon' is not a valid integer"),
            (["--frobnicate"], "No such option '--frobnicate'"),
        ],
    )
    def test_exit_2_with_the_reason(self, args: list[str], message: str) -> None:
        result = run("config", *args, stdin="{}")
        assert result.exit_code == 2
        assert result.stdout == ""
        assert message in result.stderr

    def test_library_rules_exit_2_with_path_and_hint(self) -> None:
        result = run(
            "config",
            "--endpoint",
            "sessions",
            "--temperature",
            "3",
            "--voice",
            "nova",
            "--expires-after",
            "5",
        )
        assert result.exit_code == 2
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert (
            "error: temperature: 3.0 is above the maximum 1.2. Hint: Use a value from 0.6 to 1.2."
            in lines
        )
        assert any(
            line.startswith("error: voice: the Realtime API refuses the voice 'nova'")
            for line in lines
        )
        assert (
            "error: --expires-after: 5 is not a whole number of seconds from 10 to 7200. Hint: Use 10 to 7200 seconds."
            in lines
        )
        assert all(line.startswith("error: ") for line in lines)

    def test_warnings_are_printed_but_do_not_fail(self) -> None:
        result = run("config", "--endpoint", "sessions", "--voice", "zebra")
        assert result.exit_code == 0
        assert json.loads(result.stdout) == {"voice": "zebra"}
        assert result.stderr.startswith("warning: voice: 'zebra' is not a value this tool knows")


class TestPrintedRequestAsConfig:
    """The GA body `config` prints is a config file of its own: kept, checked, used again."""

    def printed(self, tmp_path: Path) -> tuple[str, Any]:
        request = body("--model", "gpt-realtime", "--voice", "marin", "--expires-after", "300")
        return write(tmp_path / "request.json", request), request

    def test_it_prints_itself(self, tmp_path: Path) -> None:
        path, request = self.printed(tmp_path)
        assert request == {
            "session": {
                "type": "realtime",
                "model": "gpt-realtime",
                "audio": {"output": {"voice": "marin"}},
            },
            "expires_after": {"anchor": "created_at", "seconds": 300},
        }
        assert body("--config", path) == request

    def test_it_translates_to_beta_with_its_lifetime(self, tmp_path: Path) -> None:
        path, _ = self.printed(tmp_path)
        lifetime = {"expires_after": {"anchor": "created_at", "seconds": 300}}
        assert body("--config", path, "--endpoint", "sessions") == {
            "model": "gpt-realtime",
            "voice": "marin",
            "client_secret": lifetime,
        }

    def test_expires_after_overrides_its_lifetime(self, tmp_path: Path) -> None:
        path, request = self.printed(tmp_path)
        assert body("--config", path, "--expires-after", "60") == {
            **request,
            "expires_after": {"anchor": "created_at", "seconds": 60},
        }
