"""The emulator's error answers: OpenAI's envelope, and the 400 that api.openai.com would send for
the first JSON Schema failure of a body (its code, message and body-relative `param`).

Kept apart from the wrapper's hand-written validator on purpose: this one is driven by the
`jsonschema` library, so each can catch the other's mistakes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
from jsonschema import ValidationError

_MISSING = "missing_required_parameter"
_BAD = "invalid_value"
_TYPE_WORDS = {
    "number": "a decimal",
    "integer": "an integer",
    "string": "a string",
    "boolean": "a boolean",
    "object": "an object",
    "array": "an array",
    "null": "null",
}
# keyword -> (comparison shown to the user, code suffix, message words)
_BOUNDS = {
    "minimum": (">=", "below_min_value", "below minimum value"),
    "exclusiveMinimum": (">", "below_min_value", "below minimum value"),
    "maximum": ("<=", "above_max_value", "above maximum value"),
    "exclusiveMaximum": ("<", "above_max_value", "above maximum value"),
}


@attrs.frozen
class ApiError:
    """One error answer: HTTP status, extra headers and the four fields of OpenAI's envelope."""

    status: int
    message: str
    code: str | None
    param: str | None = None
    type: str = "invalid_request_error"
    headers: tuple[tuple[str, str], ...] = ()

    def body(self) -> bytes:
        error = {"message": self.message, "type": self.type, "param": self.param, "code": self.code}
        return json.dumps({"error": error}).encode()


def format_param(parts: Iterable[str | int]) -> str | None:
    """`["tools", 0, "meta"]` -> `tools[0].meta`, the way the API names fields; None for the root."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or None


def error_for(error: ValidationError) -> ApiError:
    """The 400 the API would answer for this failure (the first one jsonschema reports)."""
    while error.validator in ("oneOf", "anyOf") and error.context:
        chosen = _intended_branch(error)
        if isinstance(chosen, ApiError):
            return chosen
        if chosen is None:
            break
        error = chosen
    return _from_keyword(error)


def _intended_branch(error: ValidationError) -> ValidationError | ApiError | None:
    """The failure inside the alternative the value was meant for, so that `{"type": "server_vad",
    "eagerness": "low"}` reports the unknown `eagerness`, not a mismatch with `semantic_vad`.

    The OpenAPI discriminator decides when there is one; otherwise the one alternative whose type
    fits. When no alternative's type fits, the answer is `invalid_type` for all of them.
    """
    context: Sequence[ValidationError] = error.context or ()
    discriminator = error.schema.get("discriminator") if isinstance(error.schema, dict) else None
    if discriminator and discriminator.get("mapping") and isinstance(error.instance, dict):
        chosen = _discriminated_branch(error, discriminator, context)
        if chosen is not None:
            return chosen
    by_branch: dict[int, list[ValidationError]] = {}
    for sub_error in context:
        by_branch.setdefault(sub_error.relative_schema_path[0], []).append(sub_error)
    fitting = [errors for errors in by_branch.values() if not any(map(_root_type, errors))]
    if len(fitting) == 1:
        return fitting[0][0]
    if fitting:
        return None
    expected: list[str] = []
    for sub_error in filter(_root_type, context):
        expected += [name for name in _types(sub_error.validator_value) if name not in expected]
    return _invalid_type(format_param(error.absolute_path), expected, error.instance)


def _discriminated_branch(
    error: ValidationError, discriminator: dict[str, Any], context: Sequence[ValidationError]
) -> ValidationError | ApiError | None:
    """The failure in the branch the discriminator names, or the API's error for a missing or
    unknown discriminator value; None when that branch reported nothing."""
    name, mapping = discriminator["propertyName"], discriminator["mapping"]
    param = format_param([*error.absolute_path, name])
    if name not in error.instance:
        return ApiError(400, f"Missing required parameter: '{param}'.", _MISSING, param)
    value = error.instance[name]
    target = mapping.get(value) if isinstance(value, str) else None
    if target is None:
        message = f"Invalid value: {_show(value)}. {_supported(list(mapping))}"
        return ApiError(400, message, _BAD, param)
    branch = [i for i, sub in enumerate(error.validator_value) if sub.get("$ref") == target]
    chosen = [e for e in context if branch and e.relative_schema_path[0] == branch[0]]
    return chosen[0] if chosen else None


def _from_keyword(error: ValidationError) -> ApiError:
    """The API's words for the failed keyword; jsonschema's own for the rest (oneOf with no
    single intended branch, uniqueItems, ...)."""
    param = format_param(error.absolute_path)
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    # The `not` that restates the contract's `x-exactly-one-of` gets that rule's words.
    key = "x-exactly-one-of" if error.validator == "not" and "x-exactly-one-of" in schema else None
    wording = _WORDING.get(key or error.validator)
    found = wording(error, param, schema) if wording is not None else None
    if found is not None:
        return found
    where = f"'{param}'" if param else "the request body"
    return ApiError(400, f"Invalid value for {where}: {error.message}.", _BAD, param)


def _unknown_key(error: ValidationError, param: str | None, schema: dict[str, Any]) -> ApiError:
    allowed = schema.get("properties", {})
    extra = next(key for key in error.instance if key not in allowed)
    param = format_param([*error.absolute_path, extra])
    return ApiError(400, f"Unknown parameter: '{param}'.", "unknown_parameter", param)


def _missing_key(error: ValidationError, param: str | None, schema: dict[str, Any]) -> ApiError:
    missing = next(key for key in error.validator_value if key not in error.instance)
    param = format_param([*error.absolute_path, missing])
    return ApiError(400, f"Missing required parameter: '{param}'.", _MISSING, param)


def _wrong_type(error: ValidationError, param: str | None, schema: dict[str, Any]) -> ApiError:
    return _invalid_type(param, _types(error.validator_value), error.instance)


def _out_of_bounds(error: ValidationError, param: str | None, schema: dict[str, Any]) -> ApiError:
    sign, suffix, words = _BOUNDS[error.validator]
    declared = _types(schema.get("type"))
    integer = "integer" in declared if declared else isinstance(error.instance, int)
    noun = "integer" if integer else "decimal"
    message = (
        f"Invalid '{param}': {noun} {words}. Expected a value {sign} "
        f"{json.dumps(error.validator_value)}, but got {json.dumps(error.instance)} instead."
    )
    return ApiError(400, message, f"{noun}_{suffix}", param)


def _not_an_option(error: ValidationError, param: str | None, schema: dict[str, Any]) -> ApiError:
    value = error.validator_value
    options = value if error.validator == "enum" else [value]
    return ApiError(
        400, f"Invalid value: {_show(error.instance)}. {_supported(options)}", _BAD, param
    )


def _refused_value(
    error: ValidationError, param: str | None, schema: dict[str, Any]
) -> ApiError | None:
    if "x-known-values" not in schema:
        return None
    message = f"Invalid value: {_show(error.instance)}. {_supported(schema['x-known-values'])}"
    return ApiError(400, message, _BAD, param)


def _no_match(error: ValidationError, param: str | None, schema: dict[str, Any]) -> ApiError:
    message = (
        f"Invalid '{param}': string does not match pattern. "
        f"Expected a string that matches the pattern '{error.validator_value}'."
    )
    return ApiError(400, message, _BAD, param)


def _bad_length(error: ValidationError, param: str | None, schema: dict[str, Any]) -> ApiError:
    short = error.validator == "minLength"
    message = (
        f"Invalid '{param}': string too {'short' if short else 'long'}. Expected a string with "
        f"{'minimum' if short else 'maximum'} length {error.validator_value}, but got a string "
        f"with length {len(error.instance)} instead."
    )
    code = "string_below_min_length" if short else "string_above_max_length"
    return ApiError(400, message, code, param)


def _bad_count(error: ValidationError, param: str | None, schema: dict[str, Any]) -> ApiError:
    value, instance = error.validator_value, error.instance
    if error.validator == "minItems" and not instance:
        message = (
            f"Invalid '{param}': empty array. Expected an array with minimum length {value}, "
            "but got an empty array instead."
        )
        return ApiError(400, message, "empty_array", param)
    short = error.validator == "minItems"
    message = (
        f"Invalid '{param}': array too {'short' if short else 'long'}. Expected an array with "
        f"{'minimum' if short else 'maximum'} length {value}, but got an array with length "
        f"{len(instance)} instead."
    )
    code = "array_below_min_length" if short else "array_above_max_length"
    return ApiError(400, message, code, param)


_Wording = Callable[[ValidationError, "str | None", dict[str, Any]], "ApiError | None"]


# The API's wording of each keyword's failure.
def _not_exactly_one(error: ValidationError, param: str | None, schema: dict[str, Any]) -> ApiError:
    keys = schema["x-exactly-one-of"]
    given = [key for key in keys if key in error.instance]
    if not given:
        first = format_param([*error.absolute_path, keys[0]])
        listed = ", ".join(f"'{key}'" for key in keys)
        message = f"Missing required parameter: '{first}' (one of {listed} is required)."
        return ApiError(400, message, _MISSING, first)
    where = format_param([*error.absolute_path, given[1]])
    message = f"Invalid value for '{param}': only one of {', '.join(given)} may be given."
    return ApiError(400, message, _BAD, where)


def _bad_format(error: ValidationError, param: str | None, schema: dict[str, Any]) -> ApiError:
    message = f"Invalid '{param}': {_show(error.instance)} is not a valid URL."
    return ApiError(400, message, "invalid_url", param)


_WORDING: dict[str, _Wording] = {
    "x-exactly-one-of": _not_exactly_one,
    "format": _bad_format,
    "additionalProperties": _unknown_key,
    "required": _missing_key,
    "type": _wrong_type,
    **dict.fromkeys(_BOUNDS, _out_of_bounds),
    "enum": _not_an_option,
    "const": _not_an_option,
    "not": _refused_value,
    "pattern": _no_match,
    "minLength": _bad_length,
    "maxLength": _bad_length,
    "minItems": _bad_count,
    "maxItems": _bad_count,
}


def not_an_object(body: Any) -> ApiError:
    """The answer to a JSON body that is not an object (the API takes only objects)."""
    return _invalid_type(None, ["object"], body)


def _invalid_type(param: str | None, expected: Sequence[str], instance: Any) -> ApiError:
    words = [_TYPE_WORDS.get(name, name) for name in expected]
    wanted = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
    where = f"'{param}'" if param else "the request body"
    message = f"Invalid type for {where}: expected {wanted}, but got {_kind(instance)} instead."
    return ApiError(400, message, "invalid_type", param)


def _root_type(error: ValidationError) -> bool:
    """A type mismatch of the value itself, not of something inside it."""
    return error.validator == "type" and not error.path


def _types(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a decimal"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def _show(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else json.dumps(value)


def _supported(options: Sequence[Any]) -> str:
    shown = [_show(option) for option in options]
    if len(shown) == 1:
        listed = shown[0]
    elif len(shown) == 2:
        listed = f"{shown[0]} and {shown[1]}"
    else:
        listed = ", ".join(shown[:-1]) + f", and {shown[-1]}"
    return f"Supported values are: {listed}."
