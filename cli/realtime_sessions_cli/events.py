"""`realtime-sessions event`: check client event files and print ready events.

The commands parse and print; the library (`realtime_sessions.events`) judges and builds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import click
from realtime_sessions import Problem, Report
from realtime_sessions.events import (
    client_event_types,
    conversation_item_create,
    conversation_item_delete,
    conversation_item_retrieve,
    conversation_item_truncate,
    function_call_output,
    input_audio_buffer_append,
    input_audio_buffer_clear,
    input_audio_buffer_commit,
    item_reference,
    output_audio_buffer_clear,
    response_cancel,
    response_create,
    session_update,
    tool_definitions,
    validate_event,
)

from ._common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    OneLineUsageCommand,
    problem_line,
    to_json,
    with_exit_codes,
)
from ._files import FileProblem, display_name, load_config, load_document

_FILE_RULE = "file"
# The flags each event type takes (beyond --event-id and --compact); others are usage errors.
_FLAGS_OF_TYPE: dict[str, tuple[str, ...]] = {
    "session.update": ("config",),
    "response.create": (
        "out_of_band",
        "conversation",
        "modality",
        "instructions",
        "tools_from",
        "tool",
        "force_tool",
        "tool_choice",
        "metadata",
        "input_item",
        "input_text",
        "empty_input",
        "max_output_tokens",
    ),
    "response.cancel": ("response_id",),
    "conversation.item.create": ("role", "text", "call_id", "output", "previous_item_id"),
    "conversation.item.retrieve": ("item_id",),
    "conversation.item.delete": ("item_id",),
    "conversation.item.truncate": ("item_id", "content_index", "audio_end_ms"),
    "input_audio_buffer.append": ("audio_file",),
}
_BY_ITEM_ID = {
    "conversation.item.retrieve": conversation_item_retrieve,
    "conversation.item.delete": conversation_item_delete,
}
_BARE = {
    "input_audio_buffer.commit": input_audio_buffer_commit,
    "input_audio_buffer.clear": input_audio_buffer_clear,
    "output_audio_buffer.clear": output_audio_buffer_clear,
}


@click.group("event", cls=click.Group)
def event_group() -> None:
    """Client events of a Realtime conversation: check them, or build ready ones.

    Events are checked offline against the same contract as session configs: every problem
    with its path in the event (`response.tools[0]`) and a fix. No key needed.
    """


@event_group.command(
    "validate",
    cls=OneLineUsageCommand,
    epilog=with_exit_codes(
        """\b
Examples:
  realtime-sessions event validate response.json
  realtime-sessions event validate --session session.yaml events/*.json
  realtime-sessions event validate --json events.json | jq '.files[].errors'
A file holds one event (an object) or several (a list)."""
    ),
)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--session",
    "session_file",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="The session config in effect, to check a forced tool_choice against its tools.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document, for machines.")
@click.pass_context
def validate_events_command(
    ctx: click.Context, files: tuple[str, ...], session_file: str | None, as_json: bool
) -> None:
    """Check client event files offline, reporting every problem.

    Exit status 0 when every event is valid, 2 otherwise. - reads stdin.
    """
    session = load_config(session_file) if session_file else None
    results = [(display_name(path), _check_file(path, session)) for path in files]
    valid = all(report.ok for _, report in results)
    if as_json:
        document = {
            "ok": valid,
            "files": [{"file": name, **report.to_dict()} for name, report in results],
        }
        click.echo(to_json(document))
    else:
        for name, report in results:
            click.echo(_report_text(name, report))
        if len(results) > 1:
            bad = sum(not report.ok for _, report in results)
            click.echo(f"{len(results)} files: {len(results) - bad} valid, {bad} invalid.")
    ctx.exit(EXIT_OK if valid else EXIT_USAGE)


def _check_file(path: str, session: Mapping[str, Any] | None) -> Report:
    """The report of one file; in a list of events, each path starts with the event's index."""
    try:
        document = load_document(path)
    except FileProblem as problem:
        return Report((Problem("", _FILE_RULE, problem.reason),))
    if not isinstance(document, list):
        return validate_event(document, session=session)
    problems: list[Problem] = []
    for index, event in enumerate(document):
        for problem in validate_event(event, session=session).problems:
            where = f"[{index}].{problem.path}" if problem.path else f"[{index}]"
            problems.append(Problem(where, *_rest(problem)))
    return Report(tuple(problems))


def _rest(problem: Problem) -> tuple[Any, ...]:
    return problem.rule, problem.message, problem.hint, problem.value, problem.severity


def _report_text(name: str, report: Report) -> str:
    lines = [
        f"{name}: error: {problem.message}"
        if problem.rule == _FILE_RULE
        else f"{name}: {problem_line(problem, problem.path)}"
        for problem in report.errors + report.warnings
    ]
    errors, warnings = len(report.errors), len(report.warnings)
    counted = ", ".join(
        f"{count} {noun}{'' if count == 1 else 's'}"
        for count, noun in ((errors, "error"), (warnings, "warning"))
        if count
    )
    status = "ok" if report.ok else "invalid"
    lines.append(f"{name}: {status}" + (f" ({counted})" if counted else ""))
    return "\n".join(lines)


@event_group.command(
    "build",
    cls=OneLineUsageCommand,
    epilog=with_exit_codes(
        """\b
Examples:
  realtime-sessions event build response.create --force-tool CaptureOrderInfo \\
      --tools-from session.yaml --out-of-band --metadata topic=order
  realtime-sessions event build response.create --out-of-band --input-item item_12 \\
      --input-text "Summarize the above." --metadata purpose=summary
  realtime-sessions event build session.update --config session.yaml
  realtime-sessions event build conversation.item.create --call-id call_7 --output '{"ok": true}'
  realtime-sessions event build conversation.item.create --text "Hello" --compact"""
    ),
)
@click.argument("event_type", metavar="TYPE", type=click.Choice(client_event_types()))
@click.option("--event-id", help="The event's own id (at most 512 characters).")
@click.option("--compact", is_flag=True, help="Print the event on one line, ready for a socket.")
@click.option(
    "--config",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Session config file (either vocabulary).",
)
@click.option(
    "--out-of-band",
    is_flag=True,
    help='Keep the response out of the conversation (conversation "none").',
)
@click.option(
    "--conversation",
    type=click.Choice(["auto", "none"]),
    help="Which conversation the response joins.",
)
@click.option(
    "--modality", type=click.Choice(["text", "audio"]), help="The response's output modality."
)
@click.option("--instructions", help="Instructions for this response only.")
@click.option(
    "--tools-from",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Session config whose tool definitions --tool and --force-tool name.",
)
@click.option(
    "--tool",
    multiple=True,
    metavar="NAME",
    help="Give the response this tool of --tools-from (repeatable).",
)
@click.option(
    "--force-tool",
    metavar="NAME",
    help="Force a call of this function. With --tools-from, its definition is sent too; "
    "without, the session's definition is used. Text output unless --modality says otherwise.",
)
@click.option(
    "--tool-choice",
    type=click.Choice(["auto", "none", "required"]),
    help="The response's tool_choice mode.",
)
@click.option(
    "--metadata",
    multiple=True,
    metavar="KEY=VALUE",
    help="Tag the response (repeatable).",
)
@click.option(
    "--input-item",
    multiple=True,
    metavar="ID",
    help="Context: an existing item, by id (repeatable).",
)
@click.option(
    "--input-text",
    multiple=True,
    metavar="TEXT",
    help="Context: a new user message (repeatable).",
)
@click.option("--empty-input", is_flag=True, help="An empty context (input: []).")
@click.option("--max-output-tokens", metavar="N|inf", help="Output token limit, 1 to 4096, or inf.")
@click.option("--response-id", help="The response to cancel.")
@click.option(
    "--role",
    type=click.Choice(["user", "system", "assistant"]),
    help="The message's role (default user).",
)
@click.option("--text", help="The message's text.")
@click.option("--call-id", help="The function call the output answers.")
@click.option("--output", help="The function's result, as text (JSON is fine).")
@click.option("--previous-item-id", help="Insert after this item (root: first).")
@click.option("--item-id", help="The item the event is about.")
@click.option("--content-index", type=int, help="The content part to truncate (default 0).")
@click.option("--audio-end-ms", type=int, help="Keep the audio up to here.")
@click.option(
    "--audio-file",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Raw audio to send, base64-encoded.",
)
@click.pass_context
def build_event_command(
    ctx: click.Context, event_type: str, event_id: str | None, compact: bool, **flags: Any
) -> None:
    """Print a ready client event of TYPE, validated: exit 2 with every problem otherwise.

    Flags that TYPE does not take are usage errors.
    """
    given = {name: value for name, value in flags.items() if value not in (None, False, ())}
    foreign = [name for name in given if name not in _FLAGS_OF_TYPE.get(event_type, ())]
    if foreign:
        listed = ", ".join(_flag(name) for name in foreign)
        raise click.UsageError(f"{listed}: not used by {event_type}")
    event = _build(event_type, event_id, given)
    for warning in validate_event(event).warnings:  # errors stopped _build already
        click.echo(problem_line(warning), err=True)
    click.echo(to_json(event) if not compact else _compact(event))


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _compact(event: Mapping[str, Any]) -> str:
    return json.dumps(event, separators=(",", ":"))


def _build(event_type: str, event_id: str | None, given: dict[str, Any]) -> dict[str, Any]:
    if event_type == "session.update":
        if "config" not in given:
            raise click.UsageError("session.update needs --config FILE")
        return session_update(load_config(given["config"]), event_id=event_id)
    if event_type == "response.create":
        return _response_create(event_id, given)
    if event_type == "conversation.item.create":
        return _item_create(event_id, given)
    if event_type == "input_audio_buffer.append":
        if "audio_file" not in given:
            raise click.UsageError("input_audio_buffer.append needs --audio-file FILE")
        return input_audio_buffer_append(_read_bytes(given["audio_file"]), event_id=event_id)
    if event_type == "conversation.item.truncate":
        if "item_id" not in given or "audio_end_ms" not in given:
            raise click.UsageError("conversation.item.truncate needs --item-id and --audio-end-ms")
        return conversation_item_truncate(
            given["item_id"],
            given["audio_end_ms"],
            content_index=given.get("content_index", 0),
            event_id=event_id,
        )
    if event_type in _BY_ITEM_ID:
        if "item_id" not in given:
            raise click.UsageError(f"{event_type} needs --item-id")
        return _BY_ITEM_ID[event_type](given["item_id"], event_id=event_id)
    if event_type == "response.cancel":
        return response_cancel(given.get("response_id"), event_id=event_id)
    return _BARE[event_type](event_id=event_id)


def _response_create(event_id: str | None, given: dict[str, Any]) -> dict[str, Any]:
    session = load_config(given["tools_from"]) if "tools_from" in given else None
    forced = given.get("force_tool")
    if given.get("tool_choice") and forced:
        raise click.UsageError("--tool-choice and --force-tool: give one")
    modality = given.get("modality") or ("text" if forced else None)
    return response_create(
        out_of_band=bool(given.get("out_of_band")),
        conversation=given.get("conversation"),
        input=_input(given),
        instructions=given.get("instructions"),
        tools=_tools(given, session),
        tool_choice={"type": "function", "name": forced} if forced else given.get("tool_choice"),
        output_modalities=None if modality is None else [modality],
        metadata=_metadata(given.get("metadata", ())),
        max_output_tokens=_max_output_tokens(given.get("max_output_tokens")),
        event_id=event_id,
        session=session,
    )


def _tools(given: dict[str, Any], session: Mapping[str, Any] | None) -> list[Any] | None:
    """The definitions of --tool and --force-tool from --tools-from; None leaves tools out."""
    names = list(given.get("tool", ()))
    if session is None:
        if names:
            raise click.UsageError("--tool needs --tools-from FILE")
        return None
    forced = given.get("force_tool")
    if forced is not None and forced not in names:
        names.append(forced)
    defined = tool_definitions(session)
    missing = [name for name in names if name not in defined]
    if missing:
        listed = ", ".join(defined) or "none"
        raise CliError(
            f"{display_name(given['tools_from'])}: no tool named {', '.join(missing)} "
            f"(it defines: {listed})"
        )
    return [defined[name] for name in names] or None


def _input(given: dict[str, Any]) -> list[Any] | None:
    """The response's context from --input-item, --input-text or --empty-input."""
    items = [item_reference(item_id) for item_id in given.get("input_item", ())]
    items += [
        {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}
        for text in given.get("input_text", ())
    ]
    if given.get("empty_input"):
        if items:
            raise click.UsageError("--empty-input and --input-item/--input-text: give one")
        return []
    return items or None


def _metadata(pairs: tuple[str, ...]) -> dict[str, str] | None:
    if not pairs:
        return None
    found: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--metadata {pair!r}: write KEY=VALUE")
        found[key] = value
    return found


def _max_output_tokens(text: str | None) -> int | str | None:
    if text is None or text == "inf":
        return text
    try:
        return int(text)
    except ValueError:
        raise click.UsageError(
            f"--max-output-tokens {text!r}: write a whole number or inf"
        ) from None


def _item_create(event_id: str | None, given: dict[str, Any]) -> dict[str, Any]:
    previous = given.get("previous_item_id")
    if "call_id" in given or "output" in given:
        if "call_id" not in given or "output" not in given or "text" in given or "role" in given:
            raise click.UsageError(
                "a function output needs --call-id and --output (and no --text or --role)"
            )
        return function_call_output(
            given["call_id"], given["output"], previous_item_id=previous, event_id=event_id
        )
    if "text" not in given:
        raise click.UsageError("conversation.item.create needs --text, or --call-id and --output")
    role = given.get("role", "user")
    part = "output_text" if role == "assistant" else "input_text"
    item = {"type": "message", "role": role, "content": [{"type": part, "text": given["text"]}]}
    return conversation_item_create(item, previous_item_id=previous, event_id=event_id)


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return click.get_binary_stream("stdin").read()
    try:
        with open(path, "rb") as stream:
            return stream.read()
    except OSError as error:
        raise FileProblem(path, f"cannot read: {error.strerror or error}") from None
