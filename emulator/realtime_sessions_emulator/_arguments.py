"""Deterministic function-call arguments: a JSON value that satisfies a tool's parameter schema.

The emulator has no model, so a forced call gets arguments made from the schema alone: every
property is filled (required or not), enums take a value, bounds and lengths are respected. The
same seed, tool and schema give the same arguments, so a test can pin them.
"""

from __future__ import annotations

import random
from typing import Any

from jsonschema import Draft202012Validator

_MAX_DEPTH = 6


def arguments_for(name: str, parameters: Any, seed: int) -> dict[str, Any]:
    """Arguments for tool `name`; `{}` when the schema declares no properties."""
    rng = random.Random(f"{seed}:{name}")
    value = _value(parameters if isinstance(parameters, dict) else {}, "value", rng, 0)
    if not isinstance(value, dict):
        return {}
    if not Draft202012Validator(parameters).is_valid(value):
        # A rule this generator does not know (a pattern, a oneOf): keep only what it must.
        value = {key: value[key] for key in parameters.get("required", []) if key in value}
    return value


def _value(schema: dict[str, Any], name: str, rng: random.Random, depth: int) -> Any:
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return rng.choice(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            return _value(schema[key][0], name, rng, depth)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        return _object(schema, rng, depth)
    if kind == "array":
        items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
        count = max(1, int(schema.get("minItems", 1)))
        if depth >= _MAX_DEPTH:
            count = int(schema.get("minItems", 0))
        return [_value(items, name, rng, depth + 1) for _ in range(count)]
    if kind in ("integer", "number"):
        return _number(schema, kind, rng)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "null":
        return None
    return _string(schema, name, rng)


def _object(schema: dict[str, Any], rng: random.Random, depth: int) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    if depth >= _MAX_DEPTH:
        properties = {k: v for k, v in properties.items() if k in schema.get("required", [])}
    return {
        key: _value(sub if isinstance(sub, dict) else {}, key, rng, depth + 1)
        for key, sub in properties.items()
    }


def _number(schema: dict[str, Any], kind: str, rng: random.Random) -> int | float:
    low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
    high = schema.get("maximum", schema.get("exclusiveMaximum", low + 100))
    if "exclusiveMinimum" in schema:
        low += 1
    if "exclusiveMaximum" in schema:
        high -= 1
    if kind == "integer":
        return rng.randint(int(low), max(int(low), int(high)))
    return round(rng.uniform(low, max(low, high)), 2)


def _string(schema: dict[str, Any], name: str, rng: random.Random) -> str:
    text = f"{name}-{rng.getrandbits(24):06x}"
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    text = text.ljust(low, "x")
    return text if high is None else text[: int(high)]
