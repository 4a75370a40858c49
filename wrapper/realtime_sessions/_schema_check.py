"""Check a value against a schema of the packaged contract and report every problem at once.

This interprets the subset of JSON Schema that openapi.yaml uses (type, enum, bounds, pattern,
items, properties, required, additionalProperties, oneOf with or without a discriminator, not)
plus the contract's `x-known-values` (unknown values are warnings). It exists instead of the
`jsonschema` package because it must report problems in terms a person can act on, start in
about a millisecond and check tens of thousands of configs per second; the tests compare its
verdicts with `jsonschema` on the same contract.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from typing import Any

from .report import Problem, format_path

Path = tuple[str | int, ...]

_TYPE_NAMES = {
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "true or false",
    "object": "an object",
    "array": "a list",
    "null": "null",
}


def type_matches(value: Any, expected: str) -> bool:
    """JSON Schema's notion of a type, with no coercion: "0.8" is a string, True is no number."""
    if expected == "string":
        return isinstance(value, str)
    if expected == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected == "integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if expected == "object":
        return isinstance(value, Mapping)
    if expected == "array":
        return isinstance(value, (list, tuple))
    if expected == "boolean":
        return isinstance(value, bool)
    return value is None


def describe(value: Any) -> str:
    """A short, safe rendering of an offending value for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the string {shown!r}"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    return repr(value)


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else ""


class SchemaChecker:
    """Checks values against the named schemas of one OpenAPI document."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = spec
        self._refs: dict[str, Mapping[str, Any]] = {}
        self._patterns: dict[str, re.Pattern[str]] = {}

    def check(self, value: Any, schema_name: str, path: Path = ()) -> list[Problem]:
        problems: list[Problem] = []
        self._check(value, self._spec["components"]["schemas"][schema_name], path, problems)
        return problems

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            ref = schema["$ref"]
            target = self._refs.get(ref)
            if target is None:
                target = self._spec
                for part in ref.removeprefix("#/").split("/"):
                    target = target[part]
                self._refs[ref] = target
            schema = target
        return schema

    def is_valid(self, value: Any, schema: Mapping[str, Any]) -> bool:
        found: list[Problem] = []
        self._check(value, schema, (), found)
        return not any(p.severity == "error" for p in found)

    def _matches(self, value: Any, schema: Mapping[str, Any]) -> bool:
        """A cheap yes/no for the small schemas used under `not`."""
        schema = self.resolve(schema)
        if schema.keys() == {"enum"}:
            return value in schema["enum"]
        return self.is_valid(value, schema)

    def _types_of(self, schema: Mapping[str, Any]) -> set[str] | None:
        """The JSON types a schema can accept, or None when it does not say."""
        schema = self.resolve(schema)
        if "oneOf" in schema:
            found: set[str] = set()
            for branch in schema["oneOf"]:
                kinds = self._types_of(branch)
                if kinds is None:
                    return None
                found |= kinds
            return found
        kind = schema.get("type")
        if kind is None:
            return None
        return {kind} if isinstance(kind, str) else set(kind)

    def _check(self, value: Any, schema: Mapping[str, Any], path: Path, out: list[Problem]) -> None:
        schema = self.resolve(schema)
        if "oneOf" in schema:
            self._check_one_of(value, schema, path, out)
            return
        kind = schema.get("type")
        if kind is not None:
            kinds = (kind,) if isinstance(kind, str) else kind
            if not any(type_matches(value, k) for k in kinds):
                out.append(self._type_problem(value, kinds, path))
                return
        if "enum" in schema and value not in schema["enum"]:
            choices = schema["enum"]
            hint = did_you_mean(value, choices) if isinstance(value, str) else ""
            out.append(
                Problem(
                    format_path(path),
                    "enum",
                    f"{describe(value)} is not one of {', '.join(map(repr, choices))}.",
                    hint or f"Use one of {', '.join(map(repr, choices))}.",
                    value,
                )
            )
            return
        if "not" in schema and self._matches(value, schema["not"]):
            out.append(
                Problem(
                    format_path(path), "not", f"{describe(value)} is not accepted here.", "", value
                )
            )
            return
        if isinstance(value, str):
            self._check_string(value, schema, path, out)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            self._check_number(value, schema, path, out)
        elif isinstance(value, (list, tuple)):
            self._check_array(value, schema, path, out)
        elif isinstance(value, Mapping):
            self._check_object(value, schema, path, out)

    def _type_problem(self, value: Any, kinds: Any, path: Path) -> Problem:
        where = format_path(path)
        if value is None:
            return Problem(
                where,
                "type",
                "cannot be null.",
                "Remove the key to get the server's default.",
                value,
            )
        expected = " or ".join(_TYPE_NAMES[k] for k in kinds if k != "null")
        hint = ""
        if isinstance(value, str) and {"number", "integer"} & set(kinds):
            hint = "Write the number without quotes; strings are never converted."
        elif isinstance(value, str) and "boolean" in kinds:
            hint = "Write true or false without quotes."
        return Problem(where, "type", f"expected {expected}, got {describe(value)}.", hint, value)

    def _check_one_of(
        self, value: Any, schema: Mapping[str, Any], path: Path, out: list[Problem]
    ) -> None:
        branches = [self.resolve(b) for b in schema["oneOf"]]
        typed = [b for b in branches if b.get("type") != "null"]
        if value is None:
            if len(typed) < len(branches):
                return
            out.append(self._type_problem(value, ("null",), path))
            return
        discriminator = schema.get("discriminator")
        if discriminator and isinstance(value, Mapping):
            self._check_discriminated(value, discriminator, path, out)
            return
        candidates = []
        for branch in typed:
            kinds = self._types_of(branch)
            if kinds is None or any(type_matches(value, k) for k in kinds):
                candidates.append(branch)
        if not candidates:
            kinds = set()
            for branch in typed:
                kinds |= self._types_of(branch) or set()
            order = [k for k in _TYPE_NAMES if k in kinds]
            out.append(self._type_problem(value, order, path))
            return
        best: list[Problem] | None = None
        for branch in candidates:
            found: list[Problem] = []
            self._check(value, branch, path, found)
            errors = sum(p.severity == "error" for p in found)
            if errors == 0:
                out.extend(found)
                return
            if best is None or errors < sum(p.severity == "error" for p in best):
                best = found
        out.extend(best or [])

    def _check_discriminated(
        self,
        value: Mapping[str, Any],
        discriminator: Mapping[str, Any],
        path: Path,
        out: list[Problem],
    ) -> None:
        key = discriminator["propertyName"]
        mapping = discriminator["mapping"]
        tag = value.get(key)
        choices = ", ".join(map(repr, mapping))
        if key not in value:
            out.append(
                Problem(
                    format_path((*path, key)),
                    "required",
                    f"{key!r} is required.",
                    f"Set it to one of {choices}.",
                )
            )
        elif tag not in mapping:
            hint = did_you_mean(tag, list(mapping)) if isinstance(tag, str) else ""
            out.append(
                Problem(
                    format_path((*path, key)),
                    "enum",
                    f"{describe(tag)} is not one of {choices}.",
                    hint or f"Use one of {choices}.",
                    tag,
                )
            )
        else:
            self._check(value, {"$ref": mapping[tag]}, path, out)

    def _check_string(
        self, value: str, schema: Mapping[str, Any], path: Path, out: list[Problem]
    ) -> None:
        min_length = schema.get("minLength")
        if min_length is not None and len(value) < min_length:
            out.append(Problem(format_path(path), "minLength", "cannot be empty.", "", value))
            return
        pattern = schema.get("pattern")
        if pattern is not None:
            compiled = self._patterns.get(pattern)
            if compiled is None:
                compiled = self._patterns[pattern] = re.compile(pattern)
            if not compiled.search(value):
                out.append(
                    Problem(
                        format_path(path),
                        "pattern",
                        f"{describe(value)} does not match {pattern}.",
                        "",
                        value,
                    )
                )
                return
        known = schema.get("x-known-values")
        if known is not None and value not in known:
            hint = did_you_mean(value, known) or "Check the spelling; new names are accepted."
            out.append(
                Problem(
                    format_path(path),
                    "known_values",
                    f"{value!r} is not a value this tool knows ({', '.join(known)}).",
                    hint,
                    value,
                    "warning",
                )
            )

    def _check_number(
        self, value: float, schema: Mapping[str, Any], path: Path, out: list[Problem]
    ) -> None:
        low, high = schema.get("minimum"), schema.get("maximum")
        if (low is not None and value < low) or (high is not None and value > high):
            side = "below the minimum" if low is not None and value < low else "above the maximum"
            bound = low if side.startswith("below") else high
            if low is not None and high is not None:
                hint = f"Use a value from {low} to {high}."
            else:
                hint = (
                    f"Use a value of at least {low}." if low is not None else f"Use at most {high}."
                )
            out.append(
                Problem(
                    format_path(path),
                    "minimum" if side.startswith("below") else "maximum",
                    f"{value!r} is {side} {bound}.",
                    hint,
                    value,
                )
            )

    def _check_array(
        self,
        value: list[Any] | tuple[Any, ...],
        schema: Mapping[str, Any],
        path: Path,
        out: list[Problem],
    ) -> None:
        low, high = schema.get("minItems"), schema.get("maxItems")
        if low is not None and len(value) < low:
            out.append(
                Problem(format_path(path), "minItems", f"needs at least {low} item(s).", "", value)
            )
        if high is not None and len(value) > high:
            out.append(
                Problem(format_path(path), "maxItems", f"takes at most {high} item(s).", "", value)
            )
        if schema.get("uniqueItems"):
            seen: list[Any] = []
            for item in value:
                if item in seen:
                    out.append(
                        Problem(
                            format_path(path),
                            "uniqueItems",
                            f"lists {describe(item)} twice.",
                            "Remove the duplicate.",
                            value,
                        )
                    )
                    break
                seen.append(item)
        items = schema.get("items")
        if items is not None:
            for index, item in enumerate(value):
                self._check(item, items, (*path, index), out)

    def _check_object(
        self, value: Mapping[str, Any], schema: Mapping[str, Any], path: Path, out: list[Problem]
    ) -> None:
        properties = schema.get("properties", {})
        for key in schema.get("required", ()):
            if key not in value:
                out.append(
                    Problem(format_path((*path, key)), "required", f"{key!r} is required.", "")
                )
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            sub = properties.get(key)
            if sub is not None:
                self._check(item, sub, (*path, key), out)
            elif extra is False:
                hint = did_you_mean(key, list(properties)) if isinstance(key, str) else ""
                out.append(
                    Problem(
                        format_path((*path, key)),
                        "unknown_key",
                        f"unknown key {key!r}.",
                        hint or f"Known keys here: {', '.join(properties)}.",
                        None,
                    )
                )
            elif isinstance(extra, Mapping):
                self._check(item, extra, (*path, key), out)
