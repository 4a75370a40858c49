"""Whether each tool's `parameters` is a JSON Schema: the metaschema, then dangling `$ref`s.

The metaschema check is compiled (jsonschema-rs, about 15 µs a schema); jsonschema, 150 times
slower on the 2020-12 metaschema, is imported only to word the errors of a schema the fast check
refuses, and its verdict is the one that counts, so the fast check can never refuse more than
jsonschema does. The `$ref` walk runs only for schemas that contain a `$ref`. The answers are
cached by the parameters' content, since workers mint the same tools again and again. Before
either, `_plainly_valid` shows most tools' parameters valid in a few µs with no import at all
(jsonschema-rs's import is ~30 ms of a cold `realtime-sessions validate`).
"""

from __future__ import annotations

import functools
import json
import marshal
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from ._report import Problem, format_path

# `json.dumps(..., sort_keys=True)` without building an encoder on every call.
_CANONICAL_JSON = json.JSONEncoder(sort_keys=True)


@attrs.frozen
class _SchemaError:
    """Where a tool's parameters break JSON Schema, and how; `value` is JSON text, so that
    cached errors hand every report its own copy."""

    where: str
    rule: str
    message: str
    hint: str
    value: str


_Errors = tuple[_SchemaError, ...]
# Keywords whose value is one subschema, a list of them, or subschemas by name: where `$ref`s
# live. Other keywords hold data (`const`, `enum`, `default`) or annotations.
_SUBSCHEMAS = frozenset(
    {
        "items",
        "prefixItems",
        "additionalItems",
        "additionalProperties",
        "unevaluatedItems",
        "unevaluatedProperties",
        "contains",
        "propertyNames",
        "not",
        "if",
        "then",
        "else",
        "allOf",
        "anyOf",
        "oneOf",
    }
)
_SUBSCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)


def parameters_problems(errors: _Errors | None, index: int) -> list[Problem]:
    """The problems of a tool's parameters from their JSON Schema errors (None: not JSON)."""
    path = f"tools[{index}].parameters"
    if errors is None:
        return [Problem(path, "json_schema", "is not plain JSON data.", "Use only JSON values.")]
    return [
        Problem(path + error.where, error.rule, error.message, error.hint, json.loads(error.value))
        for error in errors
    ]


def metaschema_errors(
    schemas: list[Mapping[str, Any]], *, plain: bool = False
) -> Sequence[_Errors | None]:
    """The metaschema errors of each tool's parameters, or None for those not plain JSON data.

    The answers depend on the parameters' content only, which the caller may change between
    calls, so they are cached by a serialization of that content: `marshal`, several times
    cheaper than canonical JSON. marshal writes dicts, lists, tuples, strings, ints, floats,
    booleans and None only for exactly those types (it refuses subclasses) and writes other
    bytes-like objects as bytes, which JSON refuses. So when the bytes decode to data JSON
    accepts, that data is an exact copy of the parameters, and equal bytes mean equal
    parameters. The rest (subclasses, bytes, sets, cycles) goes the canonical JSON way.

    `plain=True` says the caller found the parameters to be plain JSON data already
    (`plain_data_problem`, as `validate` does first): a schema new to the caches is then
    judged on its marshal copy, without canonical JSON and its parsing.
    """
    try:
        key = marshal.dumps(schemas)
    except ValueError:  # an object marshal refuses, or nesting too deep for it
        if len(schemas) > 1:
            return [metaschema_errors([schema], plain=plain)[0] for schema in schemas]
        return [_errors_of_json(schemas[0])]
    found = (_errors_of_plain_list if plain else _errors_of_marshalled)(key)
    if None not in found:
        return found
    return [
        _errors_of_json(schema) if errors is None else errors
        for schema, errors in zip(schemas, found, strict=True)
    ]


@functools.lru_cache(maxsize=1024)
def _errors_of_marshalled(key: bytes) -> tuple[_Errors | None, ...]:
    """`_errors_of_json` of each marshalled schema (None for those not plain JSON data)."""
    return tuple(_errors_of_json(schema) for schema in marshal.loads(key))


@functools.lru_cache(maxsize=1024)
def _errors_of_plain_list(key: bytes) -> tuple[_Errors | None, ...]:
    """`_errors_of_plain` of each marshalled schema of plain JSON data, one by one, so that
    a list of tools of which only some are new judges only the new ones."""
    return tuple(_errors_of_plain(schema) for schema in marshal.loads(key))


# Verdicts on single schemas of plain data by their marshal bytes, as `_errors_of_plain_list`
# finds them; emptied when full. A dict rather than an lru_cache, so that a miss judges the
# decoded copy at hand instead of decoding the bytes again.
_PLAIN_VERDICTS: dict[bytes, _Errors | None] = {}
_PLAIN_VERDICTS_KEPT = 1024


def _errors_of_plain(schema: Any) -> _Errors | None:
    """The JSON Schema errors of a marshal copy of a schema of plain JSON data."""
    key = marshal.dumps(schema)
    try:
        return _PLAIN_VERDICTS[key]
    except KeyError:
        pass
    errors = _judged_plain(schema, key)
    if len(_PLAIN_VERDICTS) >= _PLAIN_VERDICTS_KEPT:
        _PLAIN_VERDICTS.clear()
    _PLAIN_VERDICTS[key] = errors
    return errors


def _judged_plain(schema: Any, key: bytes) -> _Errors | None:
    """The errors of `schema`, a marshal copy of plain JSON data, whose bytes are `key`.

    The copy is then the parameters as canonical JSON would give them back, apart from key
    order and tuples (which both checks take as lists), and neither changes whether a schema
    is valid. So a copy the compiled check passes, and without a `$ref` (whose bytes then
    appear nowhere in the key), has no errors; the rest goes the canonical way, where
    jsonschema words the errors and orders them by sorted keys, as always.
    """
    if b"$ref" not in key and (_plainly_valid(schema, 0) or _fast_metaschema_check()(schema)):
        return ()
    return _errors_of_json(schema)


def _plainly_valid(schema: Any, depth: int) -> bool:
    """True only for a schema the 2020-12 metaschema accepts, shown with the keywords tools
    use most (type, properties, required, enum, items, ...); False means "not shown", and the
    compiled check decides. Typical tools then need no jsonschema-rs, whose import (it loads
    `email.utils`, and with it `socket`) costs a cold `validate` more than the whole check.

    `schema` is a marshal copy of plain JSON data: exact types, tuples standing for lists.
    """
    if type(schema) is bool:
        return True
    if type(schema) is not dict or depth > _PLAIN_DEPTH:
        return False
    for keyword, value in schema.items():
        check = _PLAIN_KEYWORDS.get(keyword)
        if check is None or not check(value, depth + 1):
            return False
    return True


_PLAIN_DEPTH = 32
_SIMPLE_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})


def _is_list(value: Any) -> bool:
    return type(value) is list or type(value) is tuple


def _is_type(value: Any, _: int) -> bool:
    if type(value) is str:
        return value in _SIMPLE_TYPES
    return (
        _is_list(value)
        and bool(value)
        and all(type(name) is str and name in _SIMPLE_TYPES for name in value)
        and len(set(value)) == len(value)
    )


def _is_names(value: Any, _: int) -> bool:
    return (
        _is_list(value)
        and all(type(name) is str for name in value)
        and len(set(value)) == len(value)
    )


def _is_schemas_by_name(value: Any, depth: int) -> bool:
    return type(value) is dict and all(_plainly_valid(item, depth) for item in value.values())


def _is_schema_list(value: Any, depth: int) -> bool:
    return _is_list(value) and bool(value) and all(_plainly_valid(item, depth) for item in value)


def _is_text(value: Any, _: int) -> bool:
    return type(value) is str


def _is_number(value: Any, _: int) -> bool:
    return type(value) is int or type(value) is float


def _is_count(value: Any, _: int) -> bool:
    return type(value) is int and value >= 0


def _is_anything(_: Any, __: int) -> bool:
    return True


def _is_array(value: Any, _: int) -> bool:
    return _is_list(value)


# What the 2020-12 metaschema asks of each keyword `_plainly_valid` knows.
_PLAIN_KEYWORDS: dict[str, Callable[[Any, int], bool]] = {
    "type": _is_type,
    "properties": _is_schemas_by_name,
    "required": _is_names,
    "enum": _is_array,
    "items": _plainly_valid,
    "additionalProperties": _plainly_valid,
    "not": _plainly_valid,
    "anyOf": _is_schema_list,
    "oneOf": _is_schema_list,
    "allOf": _is_schema_list,
    "title": _is_text,
    "description": _is_text,
    "format": _is_text,
    "default": _is_anything,
    "const": _is_anything,
    **dict.fromkeys(("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"), _is_number),
    **dict.fromkeys(
        ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"),
        _is_count,
    ),
}


def _errors_of_json(schema: Any) -> _Errors | None:
    try:
        canonical = _CANONICAL_JSON.encode(schema)
    except (TypeError, ValueError):
        return None
    return _json_schema_errors(canonical)


@functools.lru_cache(maxsize=1024)
def _json_schema_errors(canonical: str) -> _Errors:
    """JSON Schema errors of a tool's parameters; cached because workers reuse the same tools.

    The metaschema's first; once it passes, `$ref`s that point nowhere (to the metaschema a
    `$ref` is just a string; before it passes, `$id`s need not be strings to resolve against).
    jsonschema is imported here, not at module import, so configs without tools stay fast.
    """
    schema = json.loads(canonical)
    found = [] if _fast_metaschema_check()(schema) else _worded_metaschema_errors(schema)
    if not found and '"$ref"' in canonical:
        found += _dangling_refs(schema)
    return tuple(found)


def _worded_metaschema_errors(schema: Any) -> list[_SchemaError]:
    """jsonschema's metaschema errors, each at its path: the wording users see."""
    return [
        _SchemaError(
            _subpath(error.absolute_path),
            "json_schema",
            error.message,
            "Fix the function's JSON Schema.",
            json.dumps(error.instance),
        )
        for error in _metaschema_validator().iter_errors(schema)
    ]


def _subpath(parts: Sequence[str | int]) -> str:
    """The path below `parameters`, ready to append to it."""
    where = format_path(tuple(parts))
    return "." + where if where and not where.startswith("[") else where


def _dangling_refs(schema: Mapping[str, Any]) -> list[_SchemaError]:
    """Local `$ref`s (`#...`) that resolve to nothing, at the path of each `$ref`."""
    from referencing import Registry
    from referencing.exceptions import Unresolvable
    from referencing.jsonschema import DRAFT202012

    root = DRAFT202012.create_resource(schema)
    found = []
    for parts, ref, resolver in _local_refs(schema, (), Registry().resolver_with_root(root)):
        try:
            resolver.lookup(ref)
        except Unresolvable:
            found.append(
                _SchemaError(
                    _subpath((*parts, "$ref")),
                    "json_schema_ref",
                    f"{ref!r} points to nothing in this schema.",
                    "Point it at a schema defined here, such as '#/$defs/Name', or define that.",
                    json.dumps(ref),
                )
            )
    return found


def _local_refs(
    node: Any, parts: tuple[str | int, ...], resolver: Any
) -> Iterator[tuple[tuple[str | int, ...], str, Any]]:
    """(path, ref, resolver) for every local `$ref` in a schema, with the resolver of its base.

    Only subschema positions are visited: a `$ref` inside `const` or `enum` is data.
    """
    from referencing.jsonschema import DRAFT202012

    if not isinstance(node, Mapping):
        return
    if isinstance(node.get("$id"), str) and parts:
        resolver = resolver.in_subresource(DRAFT202012.create_resource(node))
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#"):
        yield parts, ref, resolver
    for key, value in node.items():
        if key in _SUBSCHEMA_MAPS and isinstance(value, Mapping):
            for name, subschema in value.items():
                yield from _local_refs(subschema, (*parts, key, name), resolver)
        elif key in _SUBSCHEMAS and isinstance(value, list):
            for index, subschema in enumerate(value):
                yield from _local_refs(subschema, (*parts, key, index), resolver)
        elif key in _SUBSCHEMAS:
            yield from _local_refs(value, (*parts, key), resolver)


# The 2020-12 metaschema by its URI: jsonschema-rs carries it (and its vocabularies) built in.
_METASCHEMA_REF = {"$ref": "https://json-schema.org/draft/2020-12/schema"}


@functools.cache
def _fast_metaschema_check() -> Callable[[Any], bool]:
    """A compiled `is_valid` against the 2020-12 metaschema; jsonschema's where there is none."""
    try:
        import jsonschema_rs
    except ImportError:  # no wheel for this platform: the slow check, same verdicts
        return _metaschema_validator().is_valid
    return jsonschema_rs.Draft202012Validator(_METASCHEMA_REF).is_valid


@functools.cache
def _metaschema_validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(Draft202012Validator.META_SCHEMA)
