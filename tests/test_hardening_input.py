"""Issue 14, input: hostile documents end in exit 2 with a clear message, quickly, nothing sent."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from realtime_sessions import ConfigError, build_request, validate
from realtime_sessions.workflow import run_task
from realtime_sessions_cli.app import cli

KEY = "test-key-for-hardening-0123456789"
LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(8)
)


def run(*args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), input=input, env={"OPENAI_API_KEY": KEY})
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_billion_laughs_is_refused_at_once(tmp_path):
    code, output = run("validate", write(tmp_path, "laughs.yaml", LAUGHS))
    assert code == 2
    assert "b[0] uses a YAML alias" in output


def test_a_tool_file_with_aliases_is_refused(tmp_path):
    tool = "name: t\ntype: function\nparameters: &p {type: object}\ndescription: *p\n"
    code, output = run("config", "--tool", write(tmp_path, "tool.yaml", tool))
    assert code == 2, output
    assert "alias" in output


def test_a_self_referencing_alias_is_refused(tmp_path):
    code, output = run("validate", write(tmp_path, "loop.yaml", "a: &x [*x]\n"))
    assert code == 2
    assert "alias" in output


@pytest.mark.parametrize("suffix", ["json", "yaml"])
def test_deep_nesting_exits_2(tmp_path, suffix):
    text = "[" * 10_000 + "]" * 10_000
    code, output = run("validate", write(tmp_path, f"deep.{suffix}", text))
    assert code == 2, output
    assert "nests deeper than 100 levels" in output


def test_an_unknown_key_500_levels_down_exits_2(tmp_path):
    text = (
        '{"tools": [{"type": "function", "name": "t", "parameters": '
        + '{"a": ' * 500
        + "1"
        + "}" * 500
        + "}]}"
    )
    code, output = run("validate", write(tmp_path, "deep.json", text))
    assert code == 2
    assert "nests deeper than 100 levels" in output


def deep_schema(levels: int) -> dict:
    schema: dict = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "object", "properties": {"a": schema}}
    return schema


def test_a_tool_schema_100_levels_deep_is_a_problem_not_a_recursion_error():
    config = {"tools": [{"type": "function", "name": "t", "parameters": deep_schema(100)}]}
    report = validate(config)
    assert not report.ok
    assert report.errors[0].rule == "depth"
    with pytest.raises(ConfigError):
        build_request(config)


def test_a_tool_schema_40_levels_deep_is_judged_as_usual():
    config = {"tools": [{"type": "function", "name": "t", "parameters": deep_schema(40)}]}
    assert validate(config).ok


def test_a_yaml_integer_over_4300_digits_exits_2(tmp_path):
    code, output = run(
        "validate", write(tmp_path, "big.yaml", "max_output_tokens: " + "9" * 5000 + "\n")
    )
    assert code == 2, output
    assert "max_output_tokens is an integer of 5000 digits" in output


@pytest.mark.parametrize(
    "config",
    [
        {
            "tools": [
                {
                    "type": "function",
                    "name": "t",
                    "parameters": {"type": "object", "default": math.inf},
                }
            ]
        },
        {"tracing": {"workflow_name": "w", "metadata": {"x": math.nan}}},
    ],
)
def test_non_finite_floats_in_free_form_fields_are_refused_before_sending(config):
    report = validate(config)
    assert not report.ok
    assert report.errors[0].rule == "finite"
    with pytest.raises(ConfigError):
        build_request(config)


def test_infinity_never_lands_in_a_task_error_document():
    with pytest.raises(ConfigError) as caught:
        run_task({"session": {"tracing": {"metadata": {"x": math.inf}}}}, api_key=KEY)
    document = json.dumps(caught.value.to_dict(), allow_nan=False)  # strict JSON
    assert "session.tracing.metadata.x" in document


@pytest.mark.parametrize(
    "text",
    ['{"instructions": "\\ud800"}', '{"tracing": {"metadata": {"\\udc00": "x"}}}'],
)
def test_lone_surrogates_exit_2(tmp_path, text):
    code, output = run("validate", write(tmp_path, "s.json", text))
    assert code == 2, output
    assert "lone surrogate" in output


def test_a_lone_surrogate_in_the_library_is_a_problem():
    report = validate({"instructions": "\ud800"})
    assert (report.errors[0].rule, report.errors[0].path) == ("unicode", "instructions")


def test_tuple_keys_are_a_problem_not_a_crash():
    report = validate({"tracing": {"metadata": {(1, 2): "x"}}})
    assert report.errors[0].rule == "key_type"


@pytest.mark.parametrize(
    ("name", "text", "path"),
    [
        ("dup.json", '{"model": "gpt-realtime", "model": "evil"}', "model"),
        ("dup.json", '{"tools": [{"name": "a", "name": "b"}]}', "tools[0].name"),
        ("dup.yaml", "model: gpt-realtime\nmodel: evil\n", "model"),
        (
            "dup.yaml",
            "tracing:\n  workflow_name: a\n  'workflow_name': b\n",
            "tracing.workflow_name",
        ),
    ],
)
def test_duplicate_keys_are_refused_with_their_path(tmp_path, name, text, path):
    code, output = run("validate", write(tmp_path, name, text))
    assert code == 2
    assert f"{path} is written twice" in output


def test_duplicate_keys_in_a_task_input_are_refused(tmp_path):
    code, output = run(
        "task",
        "--input",
        write(tmp_path, "in.json", '{"session": {}, "session": {"model": "evil"}}'),
    )
    assert code == 2, output
    assert "session is written twice" in output


def test_a_closed_stdin_exits_2(tmp_path):
    import subprocess
    import sys

    for args in (["validate", "-"], ["config", "--config", "-"], ["task", "--input", "-"]):
        done = subprocess.run(
            [sys.executable, "-m", "realtime_sessions_cli", *args],
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "OPENAI_API_KEY": KEY},
            preexec_fn=lambda: __import__("os").close(0),
            timeout=60,
        )
        assert done.returncode == 2, (args, done.stderr)
        assert "Traceback" not in done.stderr + done.stdout
        assert "stdin is closed" in done.stderr + done.stdout


@pytest.mark.parametrize(
    "args", [["create", "--output", "token"], ["task", "--input", "-"]], ids=["create", "task"]
)
def test_a_closed_stdout_refuses_to_mint(args):
    import subprocess
    import sys

    from tests.misbehaving_server import MisbehavingServer, respond

    answer = {"value": "ek_x_lost", "expires_at": 4_000_000_000, "session": {"id": "s"}}
    with MisbehavingServer(respond(200, json=answer)) as server:
        done = subprocess.run(
            [sys.executable, "-m", "realtime_sessions_cli", *args, "--base-url", server.base_url],
            input='{"session": {}}',
            capture_output=False,
            stderr=subprocess.PIPE,
            text=True,
            env={"PATH": "/usr/bin:/bin", "OPENAI_API_KEY": KEY},
            preexec_fn=lambda: __import__("os").close(1),
            timeout=60,
        )
        assert done.returncode == 2, done.stderr
        assert "stdout is closed" in done.stderr
        assert server.requests == []


def test_a_console_that_cannot_show_a_character_still_gets_the_output(tmp_path):
    import subprocess
    import sys

    config = write(tmp_path, "c.json", '{"voice": "你好"}')
    done = subprocess.run(
        [sys.executable, "-m", "realtime_sessions_cli", "validate", config],
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "latin-1"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr  # an unknown voice: a warning quoting it
    assert "\\u4f60\\u597d" in done.stdout.decode("latin-1")
