"""Check a value against a schema of the packaged contract and report every problem at once.

This interprets the subset of JSON Schema that openapi.yaml uses (type, enum, bounds, lengths,
pattern, `format: uri`, items, contains, properties, required, additionalProperties,
maxProperties, propertyNames, oneOf with or without a discriminator, not) plus the contract's
`x-known-values` (unknown values are warnings) and `x-exactly-one-of` (of the keys listed, an
object holds exactly one). It exists instead of the
`jsonschema` package because it must report problems in terms a person can act on, start in
about a millisecond and check tens of thousands of configs per second; the tests compare its
verdicts with `jsonschema` on the same contract.

For speed, each schema is compiled once into a closure that does only the work its keywords
call for. A check returns None when all is well; only on failure does it build a `_Found`,
whose path is relative to the checked value and is completed by the enclosing checks on the
way out, so a valid config costs no path strings and no Problem objects.
"""

from __future__ import annotations

import difflib
import functools
import json
import math
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from types import NoneType
from typing import Any

import attrs

from ._report import Problem, Severity, format_path

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
    if isinstance(value, int) and value.bit_length() > 128:
        return f"an integer of about {int(value.bit_length() * 0.30103)} digits"
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


# An absolute URI (RFC 3986): a scheme, a colon, then something without spaces.
_ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]+$")


def _or_list(names: list[str] | tuple[str, ...]) -> str:
    """`a, b or c`."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _exactly_one_found(value: Mapping[str, Any], keys: tuple[str, ...], ways: str) -> list[_Found]:
    """The contract's `x-exactly-one-of`: none of the keys, or more than one, is a problem."""
    given = [key for key in keys if key in value]
    if not given:
        return [
            _Found("exactly_one_of", f"needs one of {ways}; none is given.", f"Add one of {ways}.")
        ]
    if len(given) == 1:
        return []
    message = f"takes exactly one of {ways}, but has {' and '.join(given)}."
    hint = f"Keep one of {', '.join(given)} and remove the others."
    return [_Found("exactly_one_of", message, hint, given)]


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else ""


@attrs.define
class _Found:
    """A problem whose path is relative to the value that was checked.

    Each enclosing object or list prefixes its key on the way out (so it is not frozen: paths
    grow in place on the hot path); `SchemaChecker.check` turns the result into Problems once
    the path is complete.
    """

    rule: str
    message: str
    hint: str = ""
    value: Any = None
    severity: Severity = "error"
    path: Path = ()


Found = list[_Found] | None
Check = Callable[[Any], Found]
# What a leaf check passes without a look at the value: the exact classes it always passes,
# and the strings it passes (its enum or known values; empty when it judges every string).
Leaf = tuple[frozenset[type], frozenset[str]]


def _under(key: str | int, found: list[_Found]) -> list[_Found]:
    """The problems of a child value, as seen from its parent."""
    for item in found:
        item.path = (key, *item.path)
    return found


def _as_key_problems(found: list[_Found]) -> list[_Found]:
    """Problems of a key's name (propertyNames), worded as such; the value shown is the key."""
    for item in found:
        item.message = f"the key {item.message}"
    return found


def _error_count(found: Found) -> int:
    return sum(item.severity == "error" for item in found) if found else 0


# Exact classes of parsed JSON. For them a type's verdict is known from the class alone, except
# for a float against "integer" (3.0 is one): `_SURE` lists the classes a type always accepts,
# `_MAYBE` those it may accept; other classes (subclasses) are asked `type_matches`.
_PLAIN_CLASSES = (str, int, float, bool, NoneType, list, tuple, dict)
_SURE: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "number": (int, float),
    "integer": (int,),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list, tuple),
    "null": (NoneType,),
}
_MAYBE: dict[str, tuple[type, ...]] = {**_SURE, "integer": (int, float)}


def is_mapping(value: Any) -> bool:
    """`isinstance(value, Mapping)`, without the slow ABC check for the classes of JSON."""
    cls = type(value)
    if cls is dict:
        return True
    return cls not in _PLAIN_CLASSES and isinstance(value, Mapping)


@functools.cache
def _classes(kinds: frozenset[str], maybe: bool = False) -> frozenset[type]:
    """The plain classes that the types always (or, with `maybe`, sometimes) accept."""
    table = _MAYBE if maybe else _SURE
    # A type name the table does not know behaves like "null", as in `type_matches`.
    return frozenset(cls for kind in kinds for cls in table.get(kind, (NoneType,)))


def _matches_any(value: Any, kinds: Iterable[str]) -> bool:
    return any(type_matches(value, kind) for kind in kinds)


def _type_found(value: Any, kinds: tuple[str, ...] | list[str]) -> _Found:
    if value is None:
        return _Found("type", "cannot be null.", "Remove the key to get the server's default.")
    expected = " or ".join(_TYPE_NAMES[k] for k in kinds if k != "null")
    message = f"expected {expected}, got {describe(value)}."
    return _Found("type", message, _type_hint(value, set(kinds), expected), value)


def _type_hint(value: Any, kinds: set[str], expected: str) -> str:
    """How to write `value` as one of `kinds`; JSON values are never converted for the user."""
    numeric = {"number", "integer"} & kinds
    if isinstance(value, str) and numeric:
        return "Write the number without quotes; strings are never converted."
    if isinstance(value, str) and "boolean" in kinds:
        return "Write true or false without quotes."
    if isinstance(value, bool) and numeric:
        return "true and false are not numbers; write the number itself."
    if isinstance(value, float) and kinds == {"integer"}:
        example = f", such as {round(value)}" if math.isfinite(value) else ""
        return f"Write a whole number{example}."
    if kinds == {"array"} and not isinstance(value, (Mapping, list, tuple)):
        return f"Write a list, such as {shown_as_json([value])}."
    return f"Write {expected}."


def shown_as_json(value: Any, fallback: str | None = None) -> str:
    """`value` as JSON for a message; `fallback` (else its repr) when it is no JSON."""
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return repr(value) if fallback is None else fallback


def _finite(number: Check | None) -> Check:
    """NaN and infinity pass Python's float type but are no JSON numbers."""

    def check(value: float) -> Found:
        if not math.isfinite(value):
            hint = "JSON has no NaN or infinity; write a number."
            return [_Found("finite", f"{value!r} is not a finite number.", hint, value)]
        return None if number is None else number(value)

    return check


def _in_words(schema: Mapping[str, Any]) -> str:
    """What a `contains` schema asks for, as a message can say it."""
    choices = schema.get("enum")
    if choices is None:
        return f"an item matching {json.dumps(schema)}"
    return repr(choices[0]) if len(choices) == 1 else "one of " + ", ".join(map(repr, choices))


def _enum_found(value: Any, choices: tuple[Any, ...], shown: str) -> _Found:
    hint = did_you_mean(value, choices) if isinstance(value, str) else ""
    return _Found(
        "enum", f"{describe(value)} is not one of {shown}.", hint or f"Use one of {shown}.", value
    )


def _least_wrong(value: Any, candidates: list[Check], expected: list[str]) -> Found:
    """The first candidate branch without errors, else the one with the fewest."""
    if not candidates:
        return [_type_found(value, expected)]
    best: Found = None
    best_errors = 0
    for candidate in candidates:
        found = candidate(value)
        errors = _error_count(found)
        if errors == 0:
            return found
        if best is None or errors < best_errors:
            best, best_errors = found, errors
    return best


def _handler_for(value: Any, handlers: dict[type, Check | None]) -> Check | None:
    """The kind-specific check for a value of another class: a subclass, or no JSON at all.

    In the order of JSON Schema's own checks, so that a subclass of two kinds gets the first.
    """
    if isinstance(value, str):
        return handlers[str]
    if isinstance(value, (int, float)):
        return None if isinstance(value, bool) else handlers[int]
    if isinstance(value, (list, tuple)):
        return handlers[list]
    if isinstance(value, Mapping):
        return handlers[dict]
    return None


def _by_exact_class(
    sure: frozenset[type], by_class: dict[type, Check | None], full: Check
) -> Check:
    """`full` for a schema of types alone (no enum, no `not`), sped up for the exact classes
    its types always accept: a value of one needs just the check for its own kind."""
    if len(sure) == 1:
        (only,) = sure
        handler = by_class[only]
        if handler is None:
            return lambda value: None if type(value) is only else full(value)
        return lambda value: handler(value) if type(value) is only else full(value)
    handlers = {cls: by_class[cls] for cls in sure}

    def check(value: Any) -> Found:
        try:
            handler = handlers[type(value)]
        except KeyError:
            return full(value)
        return None if handler is None else handler(value)

    return check


class SchemaChecker:
    """Checks values against the named schemas of one OpenAPI document.

    `pattern_hints` says, by regex, how to write a value that matches it; a regex without one
    gets a hint that shows the regex itself.
    """

    def __init__(
        self,
        spec: Mapping[str, Any],
        pattern_hints: Mapping[str, str] | None = None,
        *,
        inline_leaves: bool = True,
    ) -> None:
        self._spec = spec
        self._pattern_hints = dict(pattern_hints or {})
        self._refs: dict[str, Mapping[str, Any]] = {}
        # Compiled checks by schema identity; the schema is kept so that its id stays unique.
        self._compiled: dict[int, tuple[Mapping[str, Any], Check]] = {}
        self._named: dict[str, Check] = {}
        # What each check passes at sight (`Leaf`), by identity, so that enclosing objects and
        # lists skip the call for such values. `inline_leaves=False` turns that off, so that
        # tests can hold the shortcut to the checks it skips.
        self._leaves: dict[int, tuple[Check, Leaf]] = {}
        self._inline_leaves = inline_leaves
        # Filled while compiling, settled once the outermost schema is built (`_settle`):
        # checks whose `Leaf` is still to be found, and the tables of enclosing checks.
        self._unsettled: list[tuple[Check, frozenset[type], tuple[Any, ...]]] = []
        self._tables: list[tuple[dict[Any, Leaf], Mapping[Any, Check]]] = []
        self._depth = 0
        self._always: dict[int, frozenset[type]] = {}
        # Held while compiling, so that no thread runs a check whose parts are still being built.
        self._compiling = threading.Lock()

    def check(self, value: Any, schema_name: str, path: Path = ()) -> list[Problem]:
        check = self._named.get(schema_name)
        if check is None:
            with self._compiling:
                check = self._compile(self._spec["components"]["schemas"][schema_name])
            self._named[schema_name] = check
        found = check(value)
        if not found:
            return []
        return [
            Problem(
                format_path((*path, *item.path)),
                item.rule,
                item.message,
                item.hint,
                item.value,
                item.severity,
            )
            for item in found
        ]

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

    def _compile(self, schema: Mapping[str, Any]) -> Check:
        """The check of a schema, built once; a schema that refers to itself gets a forward."""
        schema = self.resolve(schema)
        known = self._compiled.get(id(schema))
        if known is not None:
            return known[1]
        built: list[Check] = []
        self._compiled[id(schema)] = (schema, lambda value: built[0](value))
        self._depth += 1
        try:
            check = self._check_one_of(schema) if "oneOf" in schema else self._check_plain(schema)
        finally:
            self._depth -= 1
        built.append(check)
        self._compiled[id(schema)] = (schema, check)
        if self._inline_leaves:
            always = self._always.pop(id(check), frozenset())
            self._unsettled.append((check, always, self._names(schema)))
        if self._depth == 0:
            self._settle()
        return check

    def _names(self, schema: Mapping[str, Any]) -> tuple[Any, ...]:
        """The values a schema lists (enum, known values), its branches' too: what its check
        may pass at sight."""
        names = (*schema.get("enum", ()), *schema.get("x-known-values", ()))
        for branch in schema.get("oneOf", ()):
            branch = self.resolve(branch)
            names += (*branch.get("enum", ()), *branch.get("x-known-values", ()))
        return names

    def _settle(self) -> None:
        """Find the `Leaf` of each check built, now that every check it calls is built too, and
        fill the tables of the enclosing checks.

        A check's strings are found by asking it: each of its schema's enum or known values
        that it passes. So a skip can never pass a value that the check itself would not.
        """
        for check, always, names in self._unsettled:
            strings = frozenset(name for name in names if type(name) is str and not check(name))
            if always or strings:
                self._leaves[id(check)] = (check, (always, strings))
        self._unsettled.clear()
        for table, checks in self._tables:
            for key, check in checks.items():
                entry = self._leaves.get(id(check))
                if entry is not None and entry[0] is check:
                    table[key] = entry[1]
        self._tables.clear()

    def _leaves_of(self, checks: Mapping[Any, Check]) -> dict[Any, Leaf]:
        """The `Leaf` of each of `checks` that has one, by the same keys, once settled."""
        table: dict[Any, Leaf] = {}
        if self._inline_leaves:
            self._tables.append((table, dict(checks)))
        return table

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

    def _matcher(self, schema: Mapping[str, Any]) -> Callable[[Any], bool]:
        """A yes/no for the small schemas used under `not`."""
        schema = self.resolve(schema)
        if schema.keys() == {"enum"}:
            choices = tuple(schema["enum"])
            return lambda value: value in choices
        check = self._compile(schema)
        return lambda value: _error_count(check(value)) == 0

    def _check_plain(self, schema: Mapping[str, Any]) -> Check:
        """Type, then enum, then `not`, then the keywords for the value's own kind."""
        kind = schema.get("type")
        kinds: tuple[str, ...] = (
            () if kind is None else (kind,) if isinstance(kind, str) else tuple(kind)
        )
        sure = _classes(frozenset(kinds)) if kinds else None
        enum = tuple(schema["enum"]) if "enum" in schema else None
        shown = ", ".join(map(repr, enum)) if enum is not None else ""
        # A `not` next to `x-exactly-one-of` restates it for other tools; it is checked there.
        restated = "x-exactly-one-of" in schema
        forbidden = self._matcher(schema["not"]) if "not" in schema and not restated else None
        number, array = self._check_number(schema), self._check_array(schema)
        decimal = _finite(number) if {"number", "integer"} & set(kinds) else number
        # The check for each plain JSON class; other classes (subclasses) go through isinstance.
        by_class: dict[type, Check | None] = {
            str: self._check_string(schema),
            int: number,
            float: decimal,
            list: array,
            tuple: array,
            dict: self._check_object(schema),
            bool: None,
            NoneType: None,
        }
        handlers = by_class if any(by_class.values()) else None

        def check(value: Any) -> Found:
            cls = type(value)
            if sure is not None and cls not in sure and not _matches_any(value, kinds):
                return [_type_found(value, kinds)]
            if enum is not None and value not in enum:
                return [_enum_found(value, enum, shown)]
            if forbidden is not None and forbidden(value):
                message = f"{describe(value)} is not accepted here."
                return [_Found("not", message, "Use another value.", value)]
            if handlers is None:
                return None
            try:
                handler = handlers[cls]
            except KeyError:
                handler = _handler_for(value, handlers)
            return None if handler is None else handler(value)

        if enum is not None or forbidden is not None or sure is None:
            return check
        built = _by_exact_class(sure, by_class, check)
        # The classes the types always accept and whose kind has nothing more to check.
        self._always[id(built)] = frozenset(cls for cls in sure if by_class[cls] is None)
        return built

    def _check_one_of(self, schema: Mapping[str, Any]) -> Check:
        """The branch the value's type points to; of several, the first valid or least wrong."""
        branches = [self.resolve(b) for b in schema["oneOf"]]
        typed = [b for b in branches if b.get("type") != "null"]
        nullable = len(typed) < len(branches)
        options: list[tuple[set[str] | None, Check]] = []
        every_kind: set[str] = set()
        for branch in typed:
            kinds = self._types_of(branch)
            every_kind |= kinds or set()
            options.append((kinds, self._compile(branch)))
        expected = [k for k in _TYPE_NAMES if k in every_kind]
        discriminator = schema.get("discriminator")
        discriminated = self._check_discriminated(discriminator) if discriminator else None
        # The candidate branches for each plain class whose candidates the class alone decides.
        by_class: dict[type, list[Check]] = {}
        for cls in _PLAIN_CLASSES:
            if cls is NoneType:
                continue  # null is settled before any branch is looked at
            picked = []
            for kinds, branch_check in options:
                if kinds is None or cls in _classes(frozenset(kinds)):
                    picked.append(branch_check)
                elif cls in _classes(frozenset(kinds), maybe=True):
                    break
            else:
                by_class[cls] = picked

        def check(value: Any) -> Found:
            if value is None:
                return None if nullable else [_type_found(value, ("null",))]
            if discriminated is not None and is_mapping(value):
                return discriminated(value)
            candidates = by_class.get(type(value))
            if candidates is None:
                candidates = [
                    c for kinds, c in options if kinds is None or _matches_any(value, kinds)
                ]
            if len(candidates) == 1:
                return candidates[0](value)
            return _least_wrong(value, candidates, expected)

        return check

    def _check_discriminated(self, discriminator: Mapping[str, Any]) -> Check:
        key = discriminator["propertyName"]
        mapping = discriminator["mapping"]
        branches = {tag: self._compile({"$ref": ref}) for tag, ref in mapping.items()}
        tags = list(mapping)
        choices = ", ".join(map(repr, mapping))

        def check(value: Mapping[str, Any]) -> Found:
            tag = value.get(key)
            if key not in value:
                return [
                    _Found(
                        "required",
                        f"{key!r} is required.",
                        f"Set it to one of {choices}.",
                        None,
                        path=(key,),
                    )
                ]
            branch = branches.get(tag) if isinstance(tag, str) else None
            if branch is None:
                hint = did_you_mean(tag, tags) if isinstance(tag, str) else ""
                return [
                    _Found(
                        "enum",
                        f"{describe(tag)} is not one of {choices}.",
                        hint or f"Use one of {choices}.",
                        tag,
                        path=(key,),
                    )
                ]
            return branch(value)

        return check

    def _check_string(self, schema: Mapping[str, Any]) -> Check | None:
        min_length, max_length = schema.get("minLength"), schema.get("maxLength")
        pattern = schema.get("pattern")
        known = schema.get("x-known-values")
        uri = schema.get("format") == "uri"
        if (
            min_length is None
            and max_length is None
            and pattern is None
            and known is None
            and not uri
        ):
            return None
        search: Callable[[str], Any] | None = None  # compiled on first use: it costs 0.1 ms
        known_set = None if known is None else frozenset(known)
        listed = "" if known is None else ", ".join(known)
        too_short = "cannot be empty." if min_length == 1 else f"needs {min_length}+ characters."
        pattern_hint = pattern and self._pattern_hints.get(pattern, f"Match the regex {pattern}.")

        def check(value: str) -> Found:
            nonlocal search
            if min_length is not None and len(value) < min_length:
                hint = "Give a value, or remove the key to get the server's default."
                return [_Found("minLength", too_short, hint, value)]
            if max_length is not None and len(value) > max_length:
                message = f"is {len(value)} characters long; at most {max_length} are allowed."
                hint = f"Shorten it to {max_length} characters or fewer."
                return [_Found("maxLength", message, hint, value)]
            if pattern is not None:
                if search is None:
                    search = re.compile(pattern).search
                if not search(value):
                    message = f"{describe(value)} does not match {pattern}."
                    return [_Found("pattern", message, pattern_hint, value)]
            if uri and not _ABSOLUTE_URI.match(value):
                message = f"{describe(value)} is not an absolute URI."
                hint = "Write the whole URL with its scheme, such as 'https://example.com/mcp'."
                return [_Found("format", message, hint, value)]
            if known_set is not None and value not in known_set:
                hint = did_you_mean(value, known) or "Check the spelling; new names are accepted."
                message = f"{value!r} is not a value this tool knows ({listed})."
                return [_Found("known_values", message, hint, value, "warning")]
            return None

        return check

    def _missing_hint(self, key: str, schema: Mapping[str, Any] | None) -> str:
        """How to add a required key: its only value, or the kind of value it takes."""
        schema = {} if schema is None else self.resolve(schema)
        choices = schema.get("enum", ())
        if len(choices) == 1:
            return f"Add {json.dumps(key)}: {json.dumps(choices[0])}."
        kinds = self._types_of(schema)
        if kinds:
            return (
                f"Add {key!r} ({' or '.join(_TYPE_NAMES[k] for k in _TYPE_NAMES if k in kinds)})."
            )
        return f"Add {key!r}."

    def _check_number(self, schema: Mapping[str, Any]) -> Check | None:
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is None and high is None:
            return None
        if low is not None and high is not None:
            hint = f"Use a value from {low} to {high}."
        else:
            hint = f"Use a value of at least {low}." if low is not None else f"Use at most {high}."

        def check(value: float) -> Found:
            if low is not None and value < low:
                return [_Found("minimum", f"{value!r} is below the minimum {low}.", hint, value)]
            if high is not None and value > high:
                return [_Found("maximum", f"{value!r} is above the maximum {high}.", hint, value)]
            return None

        return check

    def _check_array(self, schema: Mapping[str, Any]) -> Check | None:
        low, high = schema.get("minItems"), schema.get("maxItems")
        unique = bool(schema.get("uniqueItems"))
        items = schema.get("items")
        wanted = schema.get("contains")
        if low is None and high is None and not unique and items is None and wanted is None:
            return None
        item_check = None if items is None else self._compile(items)
        item_leaves = self._leaves_of({} if item_check is None else {0: item_check})
        fits = None if wanted is None else self._matcher(wanted)
        included = "" if wanted is None else _in_words(self.resolve(wanted))

        def check(value: list[Any] | tuple[Any, ...]) -> Found:
            problems: list[_Found] = []
            if low is not None and len(value) < low:
                hint = "Add items, or remove the key to get the server's default."
                problems.append(_Found("minItems", f"needs at least {low} item(s).", hint, value))
            if high is not None and len(value) > high:
                hint = f"Keep at most {high} item(s)."
                problems.append(_Found("maxItems", f"takes at most {high} item(s).", hint, value))
            if unique:
                seen: list[Any] = []
                for item in value:
                    if item in seen:
                        message = f"lists {describe(item)} twice."
                        problems.append(
                            _Found("uniqueItems", message, "Remove the duplicate.", value)
                        )
                        break
                    seen.append(item)
            if fits is not None and not any(fits(item) for item in value):
                message = f"does not include {included}."
                problems.append(_Found("contains", message, f"Add {included}.", value))
            if item_check is not None:
                item_leaf = item_leaves.get(0)
                for index, item in enumerate(value):
                    if item_leaf is not None:
                        cls = type(item)
                        if cls in item_leaf[0] or (cls is str and item in item_leaf[1]):
                            continue
                    found = item_check(item)
                    if found:
                        problems += _under(index, found)
            return problems or None

        return check

    def _check_object(self, schema: Mapping[str, Any]) -> Check | None:
        properties = schema.get("properties", {})
        required = tuple(schema.get("required", ()))
        extra = schema.get("additionalProperties", True)
        closed = extra is False
        extra_check = self._compile(extra) if isinstance(extra, Mapping) else None
        one_of_keys = tuple(schema.get("x-exactly-one-of", ()))
        most = schema.get("maxProperties")
        names_schema = schema.get("propertyNames")
        name_check = None if names_schema is None else self._compile(names_schema)
        if (
            not properties
            and not required
            and not closed
            and extra_check is None
            and most is None
            and name_check is None
        ):
            return None
        ways = _or_list(one_of_keys) if one_of_keys else ""
        checks = {key: self._compile(sub) for key, sub in properties.items()}
        leaves = self._leaves_of(checks)
        names = list(properties)
        listed = f"Known keys here: {', '.join(properties)}."
        missing = {key: self._missing_hint(key, properties.get(key)) for key in required}

        def check(value: Mapping[str, Any]) -> Found:
            problems: list[_Found] = []
            if most is not None and len(value) > most:
                message = f"has {len(value)} keys; at most {most} are allowed."
                hint = f"Keep at most {most} keys."
                problems.append(_Found("maxProperties", message, hint, value))
            for key in required:
                if key not in value:
                    message = f"{key!r} is required."
                    problems.append(_Found("required", message, missing[key], path=(key,)))
            for key, item in value.items():
                if name_check is not None:
                    named = name_check(key)
                    if named:
                        problems += _under(key, _as_key_problems(named))
                leaf = leaves.get(key)
                if leaf is not None:
                    cls = type(item)
                    if cls in leaf[0] or (cls is str and item in leaf[1]):
                        continue
                sub = checks.get(key)
                if sub is not None:
                    found = sub(item)
                elif closed:
                    hint = did_you_mean(key, names) if isinstance(key, str) else ""
                    found = [_Found("unknown_key", f"unknown key {key!r}.", hint or listed, item)]
                elif extra_check is not None:
                    found = extra_check(item)
                else:
                    continue
                if found:
                    problems += _under(key, found)
            if one_of_keys:
                problems += _exactly_one_found(value, one_of_keys, ways)
            return problems or None

        return check
