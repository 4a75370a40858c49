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


# Block and flow documents of scalars that are JSON data and scalars that are not (dates,
# NaN, bytes, merge and `=` keys, non-string keys, aliases, repeated keys, long integers).
KEYS = ["a", "b", "1", "yes", "null", '"a"', "'b'", "<<", "=", "? c", "2024-01-01"]
SCALARS = [
    "x", "1", "0x1F", "1_000", "1:30", "-0.0", "1e3", ".nan", "-.inf", "yes", "~", "", '"q"',
    "'01'", "2024-01-01", "!!binary aGk=", "!!int 7", "!!str 7", "&x 1", "*x", "[1, b]",
    "{a: 1}", "{a?b: 1}", "[a?]", "9" * 5000,
]  # fmt: skip
YAML_VALUES = st.recursive(
    st.sampled_from(SCALARS),
    lambda inner: (
        st.lists(inner, max_size=3) | st.lists(st.tuples(st.sampled_from(KEYS), inner), max_size=3)
    ),
    max_leaves=10,
)


def _as_yaml(value: Any, indent: str = "") -> str:
    """Block YAML of nested lists (sequences) and lists of pairs (mappings) of raw scalars,
    from after a `-` or `key:` to the end of its lines."""
    if isinstance(value, str):
        return f" {value}\n"
    if not value:
        return " []\n"
    lines = []
    for item in value:
        lead, child = (f"{item[0]}:", item[1]) if isinstance(item, tuple) else ("-", item)
        below = _as_yaml(child, indent + "  ")
        lines.append(f"{indent}{lead}{below if isinstance(child, str) else chr(10) + below}")
    return "".join(lines)


def _two_walks(text: str) -> tuple[str, Any]:
    """What the file reader made of `text` before the one-walk build: check, construct, then
    look for what JSON cannot carry."""
    from realtime_sessions_cli._files import _not_json

    try:
        try:
            document = _documents._load_yaml(text, "YAML", yaml.CSafeLoader)
        except (DocumentError, _documents._LibyamlDiffers, UnicodeEncodeError):
            document = _documents._load_yaml(text, "YAML", yaml.SafeLoader)
    except DocumentError as error:
        return ("refused", error.reason)
    return ("value", document, _not_json(document, ()))


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML without libyaml")
@settings(max_examples=500, deadline=None)
@given(YAML_VALUES)
def test_one_walk_builds_what_two_walks_did(value: Any) -> None:
    """Same values (and types), refusals and messages; "JSON data" only when it is."""
    from realtime_sessions_cli._files import _not_json

    text = "a: 1\n" if isinstance(value, str) else _as_yaml(value, "")
    if _documents._libyaml_differs(text):
        return
    expected = _two_walks(text)
    try:
        found: tuple[Any, ...] = ("value", *_documents.read_yaml(text))
    except DocumentError as error:
        found = ("refused", error.reason)
    if found[0] == "refused":
        assert expected == found
        return
    _, document, json_data = found
    assert expected == ("value", document, _not_json(document, ()))
    assert repr(document) == repr(expected[1])  # int vs float vs bool, -0.0
    if json_data:
        assert _not_json(document, ()) is None


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML without libyaml")
def test_the_lean_resolver_gives_resolvers_tags() -> None:
    lean = _documents._libyaml_loader()("")
    plain = yaml.CSafeLoader("")
    values = [
        "", "~", "null", "Null", "yes", "No", "on", "true", "1", "-1", "+0x1F", "0b10", "0o7",
        "017", "1_000", "1:30", "1.5", "-.inf", ".NaN", "1e3", "2024-01-01",
        "2024-01-01 10:00:00", "<<", "=", "!", "&", "*", "x", "é", " ", "1 2", "0.", "._",
    ]  # fmt: skip
    for value in values:
        for implicit in ((True, False), (False, True), (False, False), (True, True)):
            for kind in (yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode):
                assert lean.resolve(kind, value, implicit) == plain.resolve(kind, value, implicit)
    lean.dispose()
    plain.dispose()
