"""What a caller asked for, held against the policy: allowed fields within bounds, nothing else.

A request body is `{"session": {...}}` (or empty) in the policy's vocabulary; each field the
caller sends must be one the policy lists in `caller_may_set` and match its schema. Anything
else is refused with the field's path, never silently dropped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from ._paths import dotted, set_path
from ._policy import Policy

_BODY_KEYS = ("session",)


@attrs.frozen
class Refusal(Exception):
    """A request the policy does not allow: `field` (a path in the body), `code`, `message`."""

    field: str
    code: str
    message: str


def caller_changes(policy: Policy, raw: bytes) -> dict[str, Any]:
    """The session paths the caller sets, checked; Refusal on the first field that breaks a rule."""
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        raise Refusal("", "invalid_json", "The body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise Refusal("", "invalid_body", 'The body must be a JSON object: {"session": {...}}.')
    for key in body:
        if key not in _BODY_KEYS:
            raise Refusal(
                key, "unknown_field", f"Unknown field '{key}'; send {{\"session\": {{...}}}}."
            )
    session = body.get("session", {})
    if not isinstance(session, dict):
        raise Refusal("session", "invalid_type", "'session' must be a JSON object.")
    changes: dict[str, Any] = {}
    _collect(policy, session, [], changes)
    return changes


def _collect(policy: Policy, values: Mapping[str, Any], prefix: list[str], changes: dict) -> None:
    for key, value in values.items():
        parts = [*prefix, key]
        path = dotted(parts)
        field = policy.caller_fields.get(path)
        if field is not None:
            error = next(field.validator.iter_errors(value), None)
            if error is not None:
                where = dotted(["session", *parts, *error.absolute_path])
                raise Refusal(where, "out_of_bounds", f"'{where}': {error.message}.")
            changes[path] = value
        elif isinstance(value, dict) and any(
            allowed.startswith(path + ".") for allowed in policy.caller_fields
        ):
            _collect(policy, value, parts, changes)
        else:
            where = f"session.{path}"
            raise Refusal(
                where,
                "field_locked",
                f"'{where}' is set by the service's policy; a caller may not change it.",
            )


def effective_session(policy: Policy, changes: Mapping[str, Any], caller: str) -> dict[str, Any]:
    """The policy's session with the caller's changes, and the caller id in the tracing metadata."""
    session: dict[str, Any] = dict(policy.session)
    for path, value in changes.items():
        session = set_path(session, path, value)
    tracing = session.get("tracing")
    if tracing is not None:
        settings = {} if tracing == "auto" else dict(tracing)
        settings["metadata"] = {**settings.get("metadata", {}), "caller_id": caller}
        session["tracing"] = settings
    return session
