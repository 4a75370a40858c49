"""Hypothesis strategies that build values straight from the contract's schemas.

hypothesis-jsonschema does not run on current Hypothesis, and the contract uses a small subset
of JSON Schema, so this walks that subset: every value drawn is valid for the schema it came from.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from realtime_sessions import _contract

SPEC = _contract.spec()
JSON_LEAF = st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=8)


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = SPEC
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def from_schema(schema: dict[str, Any] | str, depth: int = 0) -> st.SearchStrategy[Any]:
    """Valid values for a schema (or a component name)."""
    if isinstance(schema, str):
        schema = {"$ref": f"#/components/schemas/{schema}"}
    schema = resolve(schema)
    if "oneOf" in schema:
        return st.one_of([from_schema(branch, depth) for branch in schema["oneOf"]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": k}, depth) for k in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(schema.get("minimum", -(10**6)), schema.get("maximum", 10**6))
    if kind == "number":
        return st.floats(schema.get("minimum", -1e6), schema.get("maximum", 1e6), allow_nan=False)
    if kind == "string":
        return _strings(schema)
    if kind == "array":
        lists = st.lists(
            from_schema(schema["items"], depth + 1),
            min_size=schema.get("minItems", 0),
            max_size=min(schema.get("maxItems", 3), 3),
            unique=bool(schema.get("uniqueItems")),
        )
        if "contains" not in schema:
            return lists
        wanted = resolve(schema["contains"])["enum"]  # the contract's `contains` are enums
        return lists.filter(lambda items: any(item in wanted for item in items))
    if kind == "object":
        return _objects(schema, depth)
    raise NotImplementedError(f"no strategy for {schema}")


def _strings(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    if "pattern" in schema:
        strings = st.from_regex(schema["pattern"], fullmatch=True)
    elif schema.get("format") == "uri":
        strings = st.from_regex(r"https://[a-z]{1,8}\.example/[a-z]{0,6}", fullmatch=True)
    elif "x-known-values" in schema:
        strings = st.sampled_from(schema["x-known-values"]) | st.text(min_size=1, max_size=12)
    else:
        strings = st.text(min_size=schema.get("minLength", 0), max_size=20)
    forbidden = resolve(schema["not"]).get("enum", []) if "not" in schema else []
    return strings.filter(lambda s: s not in forbidden and len(s) >= schema.get("minLength", 0))


def _objects(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", ()))
    fixed = st.fixed_dictionaries(
        {name: from_schema(sub, depth + 1) for name, sub in properties.items() if name in required},
        optional={
            name: from_schema(sub, depth + 1)
            for name, sub in properties.items()
            if name not in required
        },
    )
    one_of = schema.get("x-exactly-one-of")
    if one_of:  # exactly one of these keys
        fixed = fixed.filter(lambda found: sum(key in found for key in one_of) == 1)
    extra_schema = schema.get("additionalProperties", True)
    if extra_schema is False or depth > 2:
        return fixed
    values = from_schema(extra_schema, depth + 1) if isinstance(extra_schema, dict) else JSON_LEAF
    extra = st.dictionaries(
        st.text(min_size=1, max_size=6).filter(lambda k: k not in properties),
        values,
        max_size=min(2, schema.get("maxProperties", 2)),
    )
    return st.tuples(fixed, extra).map(lambda pair: {**pair[1], **pair[0]})
