"""The `realtime-sessions` group: help, version, exit-code mapping, fast start, the installed script."""

from __future__ import annotations

import inspect
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from realtime_sessions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigError,
    Problem,
    RateLimitError,
    Report,
    __version__,
)
from realtime_sessions_cli._common import EXIT_CODES_HELP, exit_code_for
from realtime_sessions_cli._help import GROUP_HELP, bare_help, terminal_columns
from realtime_sessions_cli._lazy import LightFormatter, stand_in
from realtime_sessions_cli._logging import configure_logging
from realtime_sessions_cli.app import cli
from realtime_sessions_cli.config import config_command

COMMANDS = ["create", "validate", "config", "schema", "emulator", "task", "conductor-task"]
COMMANDS_WITH_EXIT_CODES = ["create", "validate", "config", "task", "conductor-task"]
HEAVY = ("httpx", "realtime_sessions_client", "jsonschema")


def script() -> str:
    """The installed console script: next to this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / "realtime-sessions"
    found = str(beside) if beside.exists() else shutil.which("realtime-sessions")
    assert found, "the realtime-sessions console script is not installed"
    return found


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"realtime-sessions, version {__version__}\n"


def test_group_help_documents_exit_codes_completion_and_the_key() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    text = result.stdout
    for line in (
        "0   success",
        "1   unexpected internal error",
        "2   invalid config",
        "3   authentication or permission",
        "4   request refused by the API",
        "75  temporary failure after retries",
    ):
        assert line in text
    assert "_REALTIME_SESSIONS_COMPLETE=bash_source realtime-sessions" in text
    assert "OPENAI_API_KEY" in text
    assert "-v, --verbose" in text
    for command in COMMANDS:
        assert command in text


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"realtime-sessions {command}" in result.stdout.split("Examples:")[1]


@pytest.mark.parametrize("command", COMMANDS_WITH_EXIT_CODES)
def test_command_help_ends_with_the_exit_codes(command: str) -> None:
    text = CliRunner().invoke(cli, [command, "--help"]).stdout
    table = [line.strip() for line in EXIT_CODES_HELP.splitlines()[1:]]
    assert [line.strip() for line in text.splitlines()[-len(table) :]] == table


@pytest.mark.parametrize(
    ("args", "command", "message"),
    [
        (
            ["create", "--output", "xml"],
            "realtime-sessions create",
            "Invalid value for '--output' / '-o': 'xml' is not one of",
        ),
        (["bogus"], "realtime-sessions", "No such command 'bogus'."),
        (["--bogus"], "realtime-sessions", "No such option '--bogus'."),
        (
            ["config", "--config", "{json}", "--temperature", "abc"],
            "realtime-sessions config",
            "Invalid value for '--temperature': 'abc' is not a valid float.",
        ),
        (
            ["config", "--model"],
            "realtime-sessions config",
            "Option '--model' requires an argument.",
        ),
        (["validate"], "realtime-sessions validate", "Missing argument 'FILES...'."),
        (  # raised in the command's body, not by click's parser
            ["config", "--turn-detection", "none", "--eagerness", "low"],
            "realtime-sessions config",
            "--eagerness needs turn detection",
        ),
        (["emulator", "--fault-first", "1"], "realtime-sessions emulator", "--fault-first need"),
        (["conductor-task", "--taskdef"], "realtime-sessions conductor-task", "--taskdef needs"),
    ],
)
def test_usage_errors_are_one_line(
    tmp_path: Path, args: list[str], command: str, message: str
) -> None:
    config = tmp_path / "g.json"
    config.write_text("{}")
    result = CliRunner().invoke(cli, [arg.replace("{json}", str(config)) for arg in args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {message}")
    assert result.stderr.endswith(f" (see '{command} --help')\n")
    assert result.stderr.count("\n") == 1


def test_a_command_run_on_its_own_reports_usage_errors_on_one_line() -> None:
    result = CliRunner().invoke(config_command, ["--speed", "fast"])
    assert result.exit_code == 2
    assert result.stderr == (
        "error: Invalid value for '--speed': 'fast' is not a valid float. (see 'config --help')\n"
    )


def test_create_help_explains_key_and_secret() -> None:
    text = CliRunner().invoke(cli, ["create", "--help"]).stdout
    assert "OPENAI_API_KEY" in text
    assert "--api-key" in text  # only to say there is none
    assert "shows the secret" in " ".join(text.split())
    for flag in (
        "--output",
        "--base-url",
        "--timeout",
        "--max-retries",
        "--endpoint",
        "--expires-after",
    ):
        assert flag in text
    assert CliRunner().invoke(cli, ["create", "--api-key", "sk-x"]).exit_code == 2


def test_no_command_shows_the_commands() -> None:
    result = CliRunner().invoke(cli, [])
    assert "Commands:" in result.stdout + result.stderr


def report(*problems: Problem) -> Report:
    return Report(problems)


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (ConfigError(report(Problem("speed", "maximum", "too fast"))), 2),
        (click.UsageError("bad flag"), 2),
        (AuthenticationError("no key"), 3),
        (AuthenticationError("denied", status=403), 3),
        (APIStatusError("bad", status=400), 4),
        (APIStatusError("missing", status=404), 4),
        (APIStatusError("conflict", status=409), 75),
        (APIStatusError("down", status=503), 75),
        (RateLimitError("slow down", status=429), 75),
        (APIConnectionError("refused"), 75),
        (APITimeoutError("late"), 75),
        (APIError("odd"), 4),
        (RuntimeError("bug"), 1),
        (KeyError("bug"), 1),
    ],
)
def test_exit_code_mapping(error: BaseException, code: int) -> None:
    assert exit_code_for(error) == code


def test_verbose_leaves_the_library_logger_as_it_was(tmp_path: Path) -> None:
    logger = logging.getLogger("realtime_sessions")
    level, handlers = logger.level, list(logger.handlers)
    path = tmp_path / "s.json"
    path.write_text("{}")
    assert CliRunner().invoke(cli, ["-v", "validate", str(path)]).exit_code == 0
    assert (logger.level, logger.handlers) == (level, handlers)


def test_logging_is_configured_once_per_run() -> None:
    logger = logging.getLogger("realtime_sessions")
    before = len(logger.handlers)
    with click.Context(cli) as outer:
        configure_logging(outer, verbose=True)
        with click.Context(cli, parent=outer) as inner:
            configure_logging(inner, verbose=True)
            assert len(logger.handlers) == before + 1
            assert logger.level == logging.DEBUG
    assert len(logger.handlers) == before


PROBE = """
import json, sys
from realtime_sessions_cli.app import cli
try:
    cli.main(args=sys.argv[1:], prog_name="realtime-sessions")
except SystemExit as exit:
    code = exit.code
modules = [name for name in ("httpx", "realtime_sessions_client", "jsonschema", "yaml") if name in sys.modules]
print("PROBE " + json.dumps({"code": code, "modules": modules}), file=sys.stderr)
"""


def probe(*args: str) -> dict[str, object]:
    """Run the CLI in a fresh interpreter and report which heavy modules it imported."""
    env = {key: value for key, value in os.environ.items() if key != "OPENAI_API_KEY"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=60
    )
    line = [line for line in done.stderr.splitlines() if line.startswith("PROBE ")][-1]
    return json.loads(line[len("PROBE ") :])


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["create", "--help"],
        ["emulator", "--help"],
        ["task", "--help"],
        ["conductor-task", "--help"],
        ["validate", "{json}"],
        ["validate", "--json", "{json}"],
        ["config", "--config", "{json}", "--voice", "marin"],
        ["schema"],
    ],
)
def test_offline_commands_start_without_the_network_stack(tmp_path: Path, args: list[str]) -> None:
    config = tmp_path / "session.json"
    config.write_text('{"model": "gpt-realtime", "turn_detection": {"type": "semantic_vad"}}')
    seen = probe(*(arg.replace("{json}", str(config)) for arg in args))
    assert seen == {"code": 0, "modules": []}


def test_yaml_is_imported_only_for_yaml(tmp_path: Path) -> None:
    config = tmp_path / "session.yaml"
    config.write_text("model: gpt-realtime\n")
    assert probe("validate", str(config)) == {"code": 0, "modules": ["yaml"]}


def test_importtime_of_validate_lists_no_network_modules(tmp_path: Path) -> None:
    config = tmp_path / "session.json"
    config.write_text("{}")
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "realtime_sessions_cli",
            "validate",
            str(config),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "realtime_sessions_cli.app" in imported
    assert not {name for name in imported if name.split(".")[0] in HEAVY}


def test_installed_console_script(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")
    }
    version = subprocess.run(
        [script(), "--version"], capture_output=True, text=True, env=env, timeout=60
    )
    assert version.returncode == 0
    assert version.stdout == f"realtime-sessions, version {__version__}\n"

    body = subprocess.run(
        [script(), "config", "--endpoint", "sessions", "--config", "-", "--voice", "marin"],
        input="model: gpt-realtime\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert body.returncode == 0, body.stderr
    assert json.loads(body.stdout) == {"model": "gpt-realtime", "voice": "marin"}

    no_key = subprocess.run(
        [script(), "create"], capture_output=True, text=True, env=env, timeout=60
    )
    assert no_key.returncode == 3
    assert no_key.stdout == ""
    assert no_key.stderr.startswith("error: no API key")

    invalid = tmp_path / "bad.json"
    invalid.write_text('{"speed": 9}')
    checked = subprocess.run(
        [script(), "validate", str(invalid)], capture_output=True, text=True, env=env, timeout=60
    )
    assert checked.returncode == 2
    assert f"{invalid}: error: speed: " in checked.stdout


def test_completion_script_uses_the_documented_variable() -> None:
    env = {**os.environ, "_REALTIME_SESSIONS_COMPLETE": "bash_source"}
    done = subprocess.run([script()], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0
    assert "_realtime_sessions_completion" in done.stdout


def test_the_lazy_listing_is_the_commands_own_short_help() -> None:
    """The group lists its commands from a table; each row must say what its command says."""
    lazy = cli.lazy
    real = {name: cli.load(name) for name in lazy}
    assert {name: command.name for name, command in real.items()} == {name: name for name in lazy}
    for name, command in real.items():
        standing = stand_in(name, lazy[name])
        assert not command.hidden, name
        assert not command.deprecated, name
        for limit in (20, 45, 60, 80, 120):
            assert standing.get_short_help_str(limit) == command.get_short_help_str(limit), name
    eager = click.Group("realtime-sessions", commands=real)
    for width in (40, 80, 100, 200):
        with click.Context(cli, info_name="realtime-sessions", terminal_width=width) as ctx:
            lazy_lines = click.HelpFormatter(width=width)
            cli.format_commands(ctx, lazy_lines)
            real_lines = click.HelpFormatter(width=width)
            eager.format_commands(ctx, real_lines)
        assert lazy_lines.getvalue() == real_lines.getvalue()
        assert "Commands:" in lazy_lines.getvalue()


def test_help_imports_no_library_code() -> None:
    """`--help` prints the listing from the table: neither the library nor any command module."""
    code = (
        "import sys\n"
        "from realtime_sessions_cli.app import main\n"
        "sys.argv = ['realtime-sessions', '--help']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0, exit.code\n"
        "names = ('realtime_sessions', 'shutil', 'json', 'yaml', 'logging')\n"
        "print('MODULES', *sorted(m for m in sys.modules if m.startswith(names)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Commands:" in done.stdout
    modules = done.stdout.rsplit("MODULES", 1)[1].split()
    assert not [name for name in modules if name.split(".")[0] == "realtime_sessions"]
    assert sorted(modules) == [
        "realtime_sessions_cli",
        "realtime_sessions_cli._common",
        "realtime_sessions_cli._help",
        "realtime_sessions_cli._lazy",
        "realtime_sessions_cli._start",
        "realtime_sessions_cli.app",
    ]
    # Nor what a command needs and the listing does not: archives (shutil), JSON, YAML, logging.
    assert not set(modules) & {"shutil", "json", "yaml", "logging"}


@pytest.mark.parametrize("columns", [None, "60", "150", "72", "abc", "0", "-5"])
def test_the_group_help_is_as_wide_as_clicks_own(
    monkeypatch: pytest.MonkeyPatch, columns: str | None
) -> None:
    """The group measures the terminal without shutil, to the same width click would pick."""
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    for max_width in (None, 60, 100, 200):
        assert LightFormatter(max_width=max_width).width == (
            click.HelpFormatter(max_width=max_width).width
        )
    assert terminal_columns() == shutil.get_terminal_size().columns


def test_validate_with_a_tool_imports_only_what_it_needs(tmp_path: Path) -> None:
    """`validate FILE` of a valid tool: no jsonschema (the compiled check passes it), no client,
    no logging (nothing logs offline), no pathlib, no request builder."""
    config = tmp_path / "session.json"
    tool = {"type": "function", "name": "get_weather", "parameters": {"type": "object"}}
    config.write_text(json.dumps({"model": "gpt-realtime", "tools": [tool]}))
    code = (
        "import sys\n"
        "from realtime_sessions_cli.app import main\n"
        f"sys.argv = ['realtime-sessions', 'validate', {str(config)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0, exit.code\n"
        "print('MODULES', *sorted(sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    modules = set(done.stdout.rsplit("MODULES", 1)[1].split())
    assert "realtime_sessions._validation" in modules
    unwanted = {
        "jsonschema",
        "httpx",
        "realtime_sessions_client",
        "logging",
        "pathlib",
        "yaml",
        "realtime_sessions._request",
        "realtime_sessions._client",
    }
    assert modules & unwanted == set()


def _clicks_group_help(width: int) -> str:
    """The group's help as click itself renders it at help width `width`."""
    with click.Context(cli, info_name="realtime-sessions", **cli.context_settings) as ctx:
        formatter = click.HelpFormatter(width=width)
        cli.format_help(ctx, formatter)
    return formatter.getvalue().rstrip("\n")


def test_the_bare_help_is_clicks_at_every_width() -> None:
    """The help width is the terminal's clamped to 50..98, so these are all the outputs there
    are (and a few beyond, should the clamp change)."""
    assert inspect.cleandoc(GROUP_HELP) == GROUP_HELP  # click cleans it; `_help` takes it as is
    assert inspect.cleandoc(EXIT_CODES_HELP) == EXIT_CODES_HELP
    for width in range(40, 131):
        assert bare_help(width) == _clicks_group_help(width), width


def _console(args: list[str], columns: str | None, entry: str) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items() if name != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = columns
    code = f"import sys; from realtime_sessions_cli.{entry} import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=60
    )


@pytest.mark.parametrize(
    "columns",
    [
        None,
        "1",
        "20",
        "49",
        "50",
        "51",
        "52",
        "60",
        "79",
        "80",
        "99",
        "100",
        "101",
        "250",
        "abc",
        "0",
    ],
)
def test_the_console_scripts_bare_help_is_clicks_byte_for_byte(columns: str | None) -> None:
    """`--help`, `-h` and no arguments, without click (`_start`) and through click (`app`):
    same stdout, stderr and exit code, at narrow and wide terminals and with no terminal."""
    for args in (["--help"], ["-h"], []):
        fast = _console(args, columns, "_start")
        slow = _console(args, columns, "app")
        assert (fast.returncode, fast.stdout, fast.stderr) == (
            slow.returncode,
            slow.stdout,
            slow.stderr,
        ), args
        assert "Commands:" in (fast.stdout or fast.stderr)
        assert fast.returncode == (0 if args else 2)


def test_the_bare_help_imports_no_click() -> None:
    code = (
        "import sys\n"
        "from realtime_sessions_cli._start import main\n"
        "sys.argv = ['realtime-sessions', '--help']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0, exit.code\n"
        "print('MODULES', *sorted(m for m in sys.modules if m.startswith(('click', 'realtime'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.rsplit("MODULES", 1)[1].split() == [
        "realtime_sessions_cli",
        "realtime_sessions_cli._help",
        "realtime_sessions_cli._start",
    ]


def test_the_console_script_runs_everything_else_through_click() -> None:
    """Any other command line (here `-v --help` and a command's help) is click's."""
    for args in (["-v", "--help"], ["validate", "--help"], ["--help", "x"]):
        fast = _console(args, "80", "_start")
        slow = _console(args, "80", "app")
        assert (fast.returncode, fast.stdout, fast.stderr) == (
            slow.returncode,
            slow.stdout,
            slow.stderr,
        ), args
