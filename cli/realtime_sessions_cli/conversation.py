"""`realtime-sessions connect` and `call-tool`: a Realtime conversation from the shell.

The commands parse and print; the library (`realtime_sessions.realtime`) opens the socket,
validates every event and turns `error` events into exceptions.
"""

from __future__ import annotations

import sys
from typing import Any

import click
from realtime_sessions import ConfigError, Problem, Report, ServerEventError
from realtime_sessions.events import (
    response_create,
    session_update,
    tool_definitions,
    user_message,
)

from ._common import CliError, OneLineUsageCommand, is_verbose, to_json, with_exit_codes
from ._files import FileProblem, load_config

_SOCKET_OPTIONS = [
    click.option(
        "--base-url",
        envvar="OPENAI_BASE_URL",
        help="API base URL (env OPENAI_BASE_URL); the socket is ws(s)://<host>/.../realtime.",
    ),
    click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=30.0,
        show_default=True,
        help="Seconds to wait for each answer.",
    ),
]


def _socket_options(command: Any) -> Any:
    for option in reversed(_SOCKET_OPTIONS):
        command = option(command)
    return command


def _config(path: str | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        return load_config(path)
    except FileProblem as problem:
        raise CliError(str(problem)) from None


def _answer_text(done: Any) -> str:
    parts = []
    for item in done["response"].get("output") or []:
        for part in item.get("content") or []:
            parts.append(part.get("text") or part.get("transcript") or "")
        if item.get("type") == "function_call":
            parts.append(f"[function call {item.get('name')}({item.get('arguments')})]")
    return "".join(parts)


@click.command(
    "connect",
    cls=OneLineUsageCommand,
    epilog=with_exit_codes(
        """\b
Examples:
  realtime-sessions connect --config session.yaml
  echo "Hello" | realtime-sessions -v connect --config session.yaml"""
    ),
)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Session config.")
@_socket_options
def connect_command(config_file: str | None, base_url: str | None, timeout: float) -> None:
    """An interactive text session: type a line, see the answer (events on stderr with -v).

    The config (the same file `create` mints from) is sent as `session.update`. The API key is
    read from OPENAI_API_KEY. A server `error` event is printed and the session goes on.
    """
    from realtime_sessions.realtime import connect

    config = _config(config_file)
    update = session_update(config) if config else None
    model = update["session"].get("model") if update else None
    stdin = sys.stdin
    with connect(model=model, base_url=base_url, timeout=timeout) as conversation:
        if update is not None:
            conversation.send(update)
            conversation.recv_until("session.updated", timeout)
        while True:
            if stdin.isatty():
                click.echo("> ", nl=False)
            line = stdin.readline()
            if not line:
                return
            if not line.strip():
                continue
            conversation.send(user_message(line.strip()))
            conversation.send(response_create(output_modalities=["text"]))
            try:
                done = _wait_for_done(conversation, timeout)
            except ServerEventError as error:
                click.echo(f"error: {error.message}", err=True)
                continue
            click.echo(_answer_text(done))


def _wait_for_done(conversation: Any, timeout: float) -> Any:
    while True:
        event = conversation.recv(timeout)
        if is_verbose():
            click.echo(f"< {event.type}", err=True)
        if event.type == "response.done":
            return event


@click.command(
    "call-tool",
    cls=OneLineUsageCommand,
    epilog=with_exit_codes(
        """\b
Examples:
  realtime-sessions call-tool CaptureOrderInfo --tools-from session.yaml \\
      --context "A large margherita, my number is 555-0100."
  realtime-sessions call-tool get_customer_id --tools-from tools.json | jq .cust_id"""
    ),
)
@click.argument("name")
@click.option(
    "--tools-from",
    "tools_file",
    required=True,
    type=click.Path(dir_okay=False),
    help="A session config whose tools define NAME.",
)
@click.option(
    "--context",
    "context",
    multiple=True,
    help="A user message added to the conversation first (repeatable).",
)
@click.option("--instructions", help="Instructions for this one response.")
@_socket_options
def call_tool_command(
    name: str,
    tools_file: str,
    context: tuple[str, ...],
    instructions: str | None,
    base_url: str | None,
    timeout: float,
) -> None:
    """Force one out-of-band call of tool NAME and print its arguments as JSON.

    The arguments are checked against the tool's parameter schema before they are printed.
    """
    from realtime_sessions.realtime import connect

    config = _config(tools_file)
    tools = tool_definitions(config)
    if name not in tools:
        known = ", ".join(tools) or "none"
        problem = Problem(
            "tools",
            "tool_definition",
            f"{tools_file} defines no tool {name!r} (its tools: {known}).",
        )
        raise ConfigError(Report((problem,)), subject="tools file")
    model = session_update(config)["session"].get("model")
    with connect(model=model, base_url=base_url, timeout=timeout) as conversation:
        for text in context:
            conversation.send(user_message(text))
        arguments = conversation.force_function_call(
            tools[name], instructions=instructions, timeout=timeout
        )
    click.echo(to_json(arguments))


COMMANDS = (connect_command, call_tool_command)
