"""YAML goes through libyaml's CSafeLoader when PyYAML has it, and reads exactly what the
pure-Python SafeLoader reads: the same values, the same refusals, the same messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from realtime_sessions_cli import _documents
from realtime_sessions_cli._documents import DocumentError, parse_yaml
from realtime_sessions_cli._files import FileProblem, load_config

CONFIG = """\
type: realtime
model: gpt-realtime
instructions: |
  You are a friendly concierge. Be brief!
  Ask "which city?" when unsure; it's fine: really.
audio:
  output: {voice: marin, speed: 1.1}
  input:
    turn_detection: {type: semantic_vad, eagerness: low}
    transcription: {model: gpt-4o-transcribe, language: "fr"}
tools:
  - type: function
    name: get_weather
    description: >-
      Step one of what it does,
      told at length.
    parameters:
      type: object
      properties:
        city: {type: string, description: 'The city''s name, e.g. "Paris"'}
        days: {type: integer, minimum: 1, maximum: 0x10}
      required: [city]
  - {type: function, name: f2, parameters: {type: object}}
max_output_tokens: inf
tracing: auto
"""

VALUES = [
    CONFIG,
    "a: 1\nb: 0o17\nc: 0x1F\nd: 1_000\ne: +12\nf: 1:20\ng: -.inf\nh: .NaN\ni: 1e3\n",
    "a: yes\nb: No\nc: ~\nd: null\ne: 'null'\nf: \"\"\ng: 2001-12-14\n",
    "a: \"tab\\there \\u00e9 \\x41 \\N \\_\"\nb: 'it''s'\nc: plain:with colon? no\n",
    "a: |+\n  kept\n\n\nb: >2\n   indented\n  folded\nc: |-\n  stripped\n",
    "- [1, [2, [3, {a: b}]]]\n- {x: [y, z], 'q': \"r\"}\n- ? complex\n  : key\n",
    'a: é😀\nb: "line\\u2028sep"\nc: nb\xa0sp\n',
    "# only a comment\n",
    "",
    "---\na: 1\n...\n",
    "plain text, not a mapping",
]

REFUSALS = [
    ("a: !!python/object:os.system {}\n", "could not determine a constructor"),
    ("a: !custom 1\n", "could not determine a constructor"),
    ("a: &x [1]\nb: *x\n", "uses a YAML alias"),
    ("a: 1\na: 2\n", "a is written twice"),
    ("a: {b: 1, b: 2}\n", "a.b is written twice"),
    ("a: [1, 2\n", "not valid YAML: "),
    ("a: b: c\n", "mapping values are not allowed here"),
    ("a:\n  - 1\n - 2\n", "not valid YAML: "),
    ("a: '1\n", "not valid YAML: "),
    ("---\na: 1\n---\nb: 2\n", "but found another document at line 3, column 1"),
    ("a: " + "[" * 150 + "]" * 150 + "\n", "nests deeper than 100 levels"),
    ("a: " + "1" * 5000 + "\n", "an integer of 5000 digits"),
    ("model: gpt\x00\n", "unacceptable character #x0000"),
    ("a: \x07\n", "unacceptable character #x0007"),
    ("h: =\n", "could not determine a constructor for the tag 'tag:yaml.org,2002:value'"),
    # Where libyaml and SafeLoader disagree, SafeLoader's verdict stands:
    ("a: b\tc d\n", "found character '\\t' that cannot start any token"),
    ("a: {b: c?d}\n", "expected ',' or '}', but got '?'"),
    ("a: [x?y]\n", "expected ',' or ']', but got '?'"),
    ("a: |#\n  x\n", "expected chomping or indentation indicators"),
]

SAME_AS_SAFE_LOADER = [
    "a: !\n",  # libyaml reads a bare tag as '', SafeLoader as None
    "a: \ufeffb\n",  # libyaml drops a byte-order mark anywhere
    "- !\n",
    "a: x\ufeff\n",
]


def outcome(text: str) -> tuple[str, Any]:
    try:
        return ("value", parse_yaml(text))
    except DocumentError as error:
        return ("refused", error.reason)


def safe_loader_outcome(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Any]:
    with monkeypatch.context() as patched:
        patched.delattr(yaml, "CSafeLoader")
        return outcome(text)


def test_libyaml_is_there() -> None:
    """Without it every test here would compare SafeLoader with itself."""
    assert yaml.__with_libyaml__
    assert hasattr(yaml, "CSafeLoader")


@pytest.mark.parametrize("text", VALUES)
def test_both_loaders_read_the_same_values(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = outcome(text)
    assert fast == safe_loader_outcome(text, monkeypatch)
    assert fast == ("value", yaml.load(text, Loader=yaml.SafeLoader))


@pytest.mark.parametrize(("text", "reason"), REFUSALS)
def test_both_loaders_refuse_the_same_documents_with_the_same_words(
    text: str, reason: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = outcome(text)
    assert fast == safe_loader_outcome(text, monkeypatch)
    assert fast[0] == "refused"
    assert reason in fast[1]


@pytest.mark.parametrize("text", SAME_AS_SAFE_LOADER)
def test_what_libyaml_reads_differently_is_read_by_safe_loader(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = outcome(text)
    assert fast == safe_loader_outcome(text, monkeypatch)
    assert fast == ("value", yaml.load(text, Loader=yaml.SafeLoader))


def test_a_plain_config_is_parsed_by_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """SafeLoader is not even constructed for a config libyaml reads as SafeLoader would."""

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("SafeLoader was used")

    monkeypatch.setattr(yaml.SafeLoader, "__init__", refuse)
    assert parse_yaml(CONFIG)["tools"][0]["parameters"]["required"] == ["city"]
    with pytest.raises(AssertionError, match="SafeLoader was used"):
        parse_yaml("a: 1\na: 2\n")  # refused by libyaml's pass, worded by SafeLoader's


def test_positions_are_safe_loaders(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("model: gpt-realtime\nvoice: marin\n  speed: 1\n")
    with pytest.raises(FileProblem) as raised:
        load_config(str(path))
    assert raised.value.reason == (
        "not valid YAML: mapping values are not allowed here at line 3, column 8"
    )


TOKENS = [
    *"ab1 :-,[]{}#&*!|>'\"\n\t?%@`.\\0x",
    "\n  ",
    "\n    ",
    ": ",
    "- ",
    "\x85",
    "\u2028",
    "\ufeff",
    "!!str ",
    "&a ",
    "*a",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "0x1F",
    "~",
    "yes",
    "\r\n",
    '"\\x41"',
    "'it''s'",
    "? ",
    "<<: ",
    "é",
    "\xa0",
    "| \n",
    ">- \n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=30).map("".join))
def test_random_documents_read_alike(text: str) -> None:
    def safe_only() -> tuple[str, Any]:
        try:
            return ("value", _documents._load_yaml(text, "YAML", yaml.SafeLoader))
        except DocumentError as error:
            return ("refused", error.reason)
        except (LookupError, TypeError, AttributeError) as error:  # SafeConstructor's own bugs
            return ("raised", type(error))

    try:
        fast = outcome(text)
    except (LookupError, TypeError, AttributeError) as error:
        fast = ("raised", type(error))
    assert fast == safe_only()
