"""The compiled metaschema check agrees with jsonschema, which words every error users see."""

from __future__ import annotations

import marshal
import random
import subprocess
import sys
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from realtime_sessions import _tool_schemas

# Keywords of the 2020-12 vocabularies, with values of every JSON type: many schemas drawn are
# valid, many break the metaschema in one keyword or a nested one.
KEYWORDS = [
    "type", "properties", "required", "items", "prefixItems", "enum", "const", "minimum",
    "maxLength", "minItems", "pattern", "format", "additionalProperties", "anyOf", "oneOf",
    "allOf", "not", "$defs", "$ref", "$id", "$anchor", "description", "default",
    "dependentRequired", "uniqueItems", "multipleOf", "if", "then", "contains", "$schema",
]  # fmt: skip
LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(-2, 2, allow_nan=False)
    | st.sampled_from(["object", "string", "integer", "array", "x", "#/$defs/a", "#", "a"])
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from([*KEYWORDS, "a", "b"]), inner, max_size=3)
    ),
    max_leaves=12,
)
SCHEMAS = st.dictionaries(st.sampled_from(KEYWORDS), VALUES, max_size=4)
# Schemas with `$ref`s at subschema positions, that resolve or point nowhere.
REFS = st.sampled_from(["#/$defs/a", "#", "#/properties/x", "#/$defs/missing"])
REFERRING = st.builds(
    lambda schema, ref, nested: (
        {**schema, "properties": {"x": {"$ref": ref}}, "$defs": {"a": {}}}
        if nested
        else {**schema, "$ref": ref}
    ),
    SCHEMAS,
    REFS,
    st.booleans(),
)
METASCHEMA = Draft202012Validator(Draft202012Validator.META_SCHEMA)


@settings(max_examples=400, deadline=None)
@given(SCHEMAS)
def test_fast_check_never_passes_what_jsonschema_refuses(schema: dict[str, Any]) -> None:
    if _tool_schemas._fast_metaschema_check()(schema):
        assert METASCHEMA.is_valid(schema)


@settings(max_examples=200, deadline=None)
@given(SCHEMAS)
def test_errors_are_jsonschemas_own(schema: dict[str, Any]) -> None:
    """Whatever the fast check says, the problems reported are jsonschema's (then the $ref walk)."""
    errors = _tool_schemas._json_schema_errors.__wrapped__(
        _tool_schemas._CANONICAL_JSON.encode(schema)
    )
    metaschema_errors = [error for error in errors if error.rule == "json_schema"]
    assert len(metaschema_errors) == len(list(METASCHEMA.iter_errors(schema)))


def _rewritten(value: Any, chance: random.Random) -> Any:
    """The same JSON data with its keys in another order and some of its lists as tuples."""
    if isinstance(value, dict):
        keys = list(value)
        chance.shuffle(keys)
        return {key: _rewritten(value[key], chance) for key in keys}
    if isinstance(value, list):
        items = [_rewritten(item, chance) for item in value]
        return tuple(items) if chance.random() < 0.5 else items
    return value


@settings(max_examples=300, deadline=None)
@given(st.lists(SCHEMAS | REFERRING, min_size=1, max_size=3), st.randoms(use_true_random=False))
def test_plain_data_is_judged_as_canonical_json_is(
    schemas: list[dict[str, Any]], chance: random.Random
) -> None:
    """Parameters known to be plain data skip canonical JSON when new, yet get the very errors
    (words, paths, order) of the canonical way, whatever their key order or tuples."""
    written = [_rewritten(schema, chance) for schema in schemas]
    expected = [
        _tool_schemas._json_schema_errors.__wrapped__(_tool_schemas._CANONICAL_JSON.encode(s))
        for s in schemas
    ]
    fresh = [_tool_schemas._judged_plain(s, marshal.dumps(s)) for s in written]
    assert fresh == expected
    assert list(_tool_schemas.metaschema_errors(written, plain=True)) == expected
    assert list(_tool_schemas.metaschema_errors(written)) == expected


def test_a_valid_tool_does_not_import_jsonschema() -> None:
    code = (
        "import sys; from realtime_sessions import validate; "
        "tool = {'type': 'function', 'name': 'f', 'parameters': {'type': 'object', "
        "'properties': {'n': {'type': 'string'}}, 'required': ['n']}}; "
        "assert validate({'model': 'gpt-realtime', 'tools': [tool]}, endpoint='sessions').ok; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jsonschema', 'referencing')))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


# Schemas made of the keywords `_plainly_valid` knows, mostly valid, some broken in one place.
PLAIN_KEYWORDS = [
    "type", "properties", "required", "enum", "items", "additionalProperties", "not", "anyOf",
    "oneOf", "allOf", "title", "description", "format", "default", "const", "minimum",
    "exclusiveMaximum", "minLength", "maxItems", "minProperties", "$ref", "x-extra",
]  # fmt: skip
PLAIN_LEAVES = st.sampled_from(
    [None, True, False, 0, 1, -1, 2.5, "string", "object", "x", "integer", "null"]
)
TYPE_NAMES = st.sampled_from(["string", "object", "null", "integer", "a"])


def _plain_entries(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[tuple[str, Any]]:
    """(keyword, value) pairs, the value mostly of the kind the metaschema asks for: wrong in
    names, duplicates, counts, empty lists, leaves."""
    right = {
        "type": TYPE_NAMES | st.lists(TYPE_NAMES, max_size=3),
        "properties": st.dictionaries(st.sampled_from(["a", "b", "c"]), inner, max_size=3),
        "required": st.lists(st.sampled_from(["a", "b", "c"]), max_size=3),
        "enum": st.lists(PLAIN_LEAVES, max_size=3),
        "items": inner,
        "additionalProperties": inner,
        "not": inner,
        "anyOf": st.lists(inner, max_size=2),
        "oneOf": st.lists(inner, max_size=2),
        "allOf": st.lists(inner, max_size=2),
        "minLength": st.integers(-1, 3) | st.floats(0, 2),
        "minimum": st.integers(-3, 3) | st.floats(-2, 2, allow_nan=False),
    }
    return st.sampled_from(PLAIN_KEYWORDS).flatmap(
        lambda keyword: st.tuples(st.just(keyword), right.get(keyword, PLAIN_LEAVES))
    )


PLAIN_SCHEMAS = st.recursive(
    st.booleans() | st.dictionaries(st.sampled_from(PLAIN_KEYWORDS), PLAIN_LEAVES, max_size=2),
    lambda inner: st.lists(_plain_entries(inner), max_size=4).map(dict),
    max_leaves=16,
)


@settings(max_examples=1500, deadline=None)
@given(PLAIN_SCHEMAS | SCHEMAS)
def test_plainly_valid_only_passes_what_jsonschema_passes(schema: Any) -> None:
    if _tool_schemas._plainly_valid(marshal.loads(marshal.dumps(schema)), 0):
        assert METASCHEMA.is_valid(schema)


def test_typical_tools_are_plainly_valid() -> None:
    """The tools of the README and the bench are shown valid without the compiled check."""
    parameters = {
        "type": "object",
        "properties": {
            "order_number": {"type": "string", "description": "The order's number"},
            "size": {"type": "string", "enum": ["small", "large"]},
            "toppings": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "count": {"type": ["integer", "null"], "minimum": 1, "default": 1},
        },
        "required": ["order_number"],
        "additionalProperties": False,
    }
    assert _tool_schemas._plainly_valid(parameters, 0)
    assert not _tool_schemas._plainly_valid({**parameters, "required": ["a", "a"]}, 0)
    assert not _tool_schemas._plainly_valid({"type": "obj"}, 0)


def test_a_valid_tool_does_not_import_jsonschema_rs() -> None:
    """jsonschema-rs loads email.utils and socket: a typical tool's check does without it."""
    code = (
        "import sys; from realtime_sessions import validate; "
        "tool = {'type': 'function', 'name': 'f', 'parameters': {'type': 'object', "
        "'properties': {'n': {'type': 'string'}}, 'required': ['n']}}; "
        "assert validate({'model': 'gpt-realtime', 'tools': [tool]}, endpoint='sessions').ok; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jsonschema_rs', 'email')))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
