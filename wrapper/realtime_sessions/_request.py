"""The exact request body an endpoint receives: validated, translated, with its lifetime."""

from __future__ import annotations

import copy
from typing import Any

from ._endpoints import DEFAULT_ENDPOINT, ENDPOINT_SPECS, Endpoint
from ._exceptions import ConfigError
from ._report import Problem, Report
from ._schema_check import describe
from ._translate import is_envelope, vocabulary_of
from ._validation import (
    VOCABULARY_OF_ENDPOINT,
    translated,
    translated_to_own_shape,
    validate,
    written_as_ga,
)


def build_request(
    config: Any,
    *,
    endpoint: Endpoint = DEFAULT_ENDPOINT,
    expires_after_seconds: int | None = None,
) -> dict[str, Any]:
    """The exact body `endpoint` will receive, or ConfigError with every problem.

    The config may be written in either vocabulary, a GA one as a session or as the whole
    request; it is translated when the endpoint speaks the other one. `expires_after_seconds`
    sets the client secret's lifetime in whichever form the endpoint takes, overriding one
    written in the config.
    """
    report = validate(config, endpoint=endpoint)
    extra = _expiry_problems(expires_after_seconds, endpoint)
    if extra:
        report = Report(report.problems + extra)
    if not report.ok:
        raise ConfigError(report)
    vocabulary = vocabulary_of(config)
    target = VOCABULARY_OF_ENDPOINT[endpoint]
    if target in ("translation", "transcription"):
        body = _own_shape_body(config, endpoint)
    elif target != vocabulary:
        body = translated(config, vocabulary).request
    elif target == "beta":
        body = dict(config)
    elif is_envelope(config):
        body = {**config, "session": dict(config["session"])}
    else:
        body = {"session": dict(config)}
    if expires_after_seconds is not None:
        # Where the endpoint takes it: the whole top-level key is replaced, as the user asked.
        place = ENDPOINT_SPECS[endpoint].lifetime_at
        lifetime: dict[str, Any] = {"anchor": "created_at", "seconds": expires_after_seconds}
        for key in reversed(place[1:]):
            lifetime = {key: lifetime}
        body[place[0]] = lifetime
    return body


def _own_shape_body(config: Any, endpoint: Endpoint) -> dict[str, Any]:
    """The body of an endpoint whose session has a shape of its own (translation, beta
    transcription): the config as written, or its GA session translated."""
    spec = ENDPOINT_SPECS[endpoint]
    if written_as_ga(config):
        return translated_to_own_shape(config, spec).request
    if spec.request_schema == spec.session_schema or is_envelope(config):
        return copy.deepcopy(dict(config))
    return {"session": copy.deepcopy(dict(config))}


def _expiry_problems(seconds: Any, endpoint: Endpoint) -> tuple[Problem, ...]:
    if seconds is None:
        return ()
    low, high = ENDPOINT_SPECS[endpoint].lifetime_bounds()
    if isinstance(seconds, bool) or not isinstance(seconds, int) or not low <= seconds <= high:
        return (
            Problem(
                "expires_after_seconds",
                "range",
                f"{describe(seconds)} is not a whole number of seconds from {low} to {high}.",
                f"Use {low} to {high} seconds.",
                seconds,
                argument="expires_after_seconds",
            ),
        )
    return ()
