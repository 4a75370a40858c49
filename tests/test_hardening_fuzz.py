"""Issue 14's property harness: generated hostile documents (deep, wide, odd types, lone
surrogates, huge and non-finite numbers, odd keys) through `validate`, `build_request`, the
CLI and `run_task`. Each must end in a documented outcome: a report, a ConfigError/TaskError,
exit 0 or 2 with no traceback, an error document that is strict JSON and shows no key."""

from __future__ import annotations

import json
from typing import Any

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from realtime_sessions import ConfigError, RealtimeSessionsError, Report, build_request, validate
from realtime_sessions.workflow import error_document, run_task
from realtime_sessions_cli.app import cli

KEY = "test-key-for-the-fuzz-harness-0123456789"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
FIELDS = [
    "model",
    "voice",
    "instructions",
    "tools",
    "tracing",
    "metadata",
    "temperature",
    "max_output_tokens",
    "turn_detection",
    "type",
    "session",
    "parameters",
    "name",
]

hostile_text = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        ["\ud800", "a\udfffb", "sk-proj-fuzz-pasted-key-0123456789", "\x1b[31m", "\r\n"]
    ),
)
hostile_number = st.one_of(
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([4300, 5000]).map(lambda digits: 10**digits),
    st.booleans(),
)
hostile_key = st.one_of(st.sampled_from(FIELDS), hostile_text)
scalars = st.one_of(st.none(), hostile_number, hostile_text)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(hostile_key, children, max_size=6),
    ),
    max_leaves=40,
)


@st.composite
def deep(draw: Any) -> Any:
    """A document nested hundreds or thousands of levels, in lists or objects."""
    value = draw(scalars)
    for _ in range(draw(st.integers(90, 1200))):
        value = [value] if draw(st.booleans()) else {draw(st.sampled_from(FIELDS)): value}
    return value


hostile = st.one_of(documents, deep(), st.dictionaries(hostile_key, documents, max_size=8))


def sendable_json(document: Any) -> str | None:
    """The document as JSON text the way a user's file would hold it (None if it has none)."""
    try:
        return json.dumps(document)
    except (TypeError, ValueError, RecursionError):
        return None


@SETTINGS
@given(hostile)
def test_validate_always_returns_a_report(document: Any) -> None:
    assert isinstance(validate(document), Report)


@SETTINGS
@given(hostile)
def test_build_request_returns_a_json_body_or_raises_config_error(document: Any) -> None:
    try:
        shown = json.dumps(build_request(document), allow_nan=False)  # what is built can be sent
    except ConfigError as error:
        shown = json.dumps(error.to_dict(), allow_nan=False)
        problems = error.problems
    else:
        problems = ("none needed",)
    assert shown
    assert problems


@SETTINGS
@given(hostile)
def test_the_cli_exits_0_or_2_without_a_traceback(tmp_path_factory: Any, document: Any) -> None:
    text = sendable_json(document)
    if text is None:
        return
    path = tmp_path_factory.mktemp("fuzz") / "config.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code in (0, 2), result.output
    assert "Traceback" not in result.output
    assert "internal error" not in result.output


@SETTINGS
@given(hostile)
def test_run_task_ends_in_a_documented_outcome(emulator_server: Any, document: Any) -> None:
    try:
        output = run_task({"session": document}, api_key=KEY, base_url=emulator_server.base_url)
    except RealtimeSessionsError as error:
        outcome = (error.kind, error.retryable, json.dumps(error_document(error), allow_nan=False))
    else:
        outcome = ("minted", False, json.dumps(output, allow_nan=False))
    kind, retryable, shown = outcome
    assert kind in ("minted", "invalid_config", "invalid_input")
    assert retryable is False
    assert KEY not in shown
