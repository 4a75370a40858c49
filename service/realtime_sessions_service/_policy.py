"""The policy file: read it, check all of it at once, and hold it as one frozen record.

Every mistake is reported with its path in the file (`auth.tokens[0].sha256: ...`), so that a
service with a broken policy never starts. The session itself is checked by the library, exactly
as any config of the policy's endpoint.
"""

from __future__ import annotations

import copy
import functools
import itertools
import json
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from limits import RateLimitItem, parse
from realtime_sessions import ENDPOINTS, ConfigError, Problem, build_request, validate

from ._paths import dotted, set_path

_YAML_SUFFIXES = (".yaml", ".yml")
_DEFAULTS = {"endpoint": "client-secrets", "token_lifetime_seconds": 60, "max_body_bytes": 16384}


class PolicyError(ValueError):
    """A policy that cannot be served; `problems` lists each one as `path: what is wrong`."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = tuple(problems)
        noun = "problem" if len(self.problems) == 1 else "problems"
        lines = [f"{source}: invalid policy ({len(self.problems)} {noun}):"]
        lines += [f"  - {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


@functools.cache
def policy_json_schema() -> dict[str, Any]:
    """The JSON Schema of policy files, for editors and for the first check at start."""
    text = resources.files(__package__).joinpath("policy.schema.json").read_text("utf-8")
    return json.loads(text)


@functools.cache
def _policy_validator() -> Draft202012Validator:
    return Draft202012Validator(policy_json_schema())


@attrs.frozen
class CallerField:
    """One session path a caller may set, and the JSON Schema its value must match."""

    path: str
    schema: Mapping[str, Any]
    validator: Draft202012Validator = attrs.field(eq=False, repr=False)


@attrs.frozen
class Policy:
    """A checked policy. Build it with `load_policy(path)` or `Policy.from_mapping(data)`."""

    endpoint: str
    session: Mapping[str, Any]
    caller_fields: Mapping[str, CallerField]
    token_lifetime_seconds: int
    auth: Mapping[str, Any]
    rate: RateLimitItem
    daily_quota: int | None
    origins: tuple[str, ...]
    max_body_bytes: int
    upstream: Mapping[str, Any]

    @classmethod
    def from_mapping(cls, data: Any, *, source: str = "policy") -> Policy:
        """Check `data` (a parsed policy file) and build the policy, or raise PolicyError."""
        problems = [
            f"{_where(error.absolute_path)}: {error.message}"
            for error in sorted(_policy_validator().iter_errors(data), key=lambda e: e.path)
        ]
        if problems:
            raise PolicyError(source, problems + _fixed_session_problems(data))
        data = {**_DEFAULTS, **data}
        caller_fields, field_problems = _caller_fields(data.get("caller_may_set", {}))
        problems += field_problems
        rate = None
        try:
            rate = parse(data["limits"]["rate"])
        except ValueError as error:
            problems.append(f"limits.rate: {error}")
        problems += _session_problems(data, caller_fields)
        if problems:
            raise PolicyError(source, problems)
        return cls(
            endpoint=data["endpoint"],
            session=copy.deepcopy(data["session"]),
            caller_fields=caller_fields,
            token_lifetime_seconds=data["token_lifetime_seconds"],
            auth=copy.deepcopy(data["auth"]),
            rate=rate,
            daily_quota=data["limits"].get("daily_quota"),
            origins=tuple(data["origins"]),
            max_body_bytes=data["max_body_bytes"],
            upstream=copy.deepcopy(data.get("upstream", {})),
        )

    @property
    def tracing_on(self) -> bool:
        return self.session.get("tracing") is not None


def load_policy(path: str | Path) -> Policy:
    """Read a YAML or JSON policy file and check it; PolicyError names each problem."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise PolicyError(source, [f"cannot read the file: {reason}"]) from None
    try:
        data = yaml.safe_load(text) if source.lower().endswith(_YAML_SUFFIXES) else json.loads(text)
    except (ValueError, yaml.YAMLError) as error:
        kind = "YAML" if source.lower().endswith(_YAML_SUFFIXES) else "JSON"
        raise PolicyError(source, [f"not valid {kind}: {error}"]) from None
    return Policy.from_mapping(data, source=source)


def _where(path: Sequence[str | int]) -> str:
    return dotted(path) or "(policy)"


def _caller_fields(declared: Mapping[str, Any]) -> tuple[dict[str, CallerField], list[str]]:
    fields: dict[str, CallerField] = {}
    problems = []
    for path, schema in declared.items():
        try:
            Draft202012Validator.check_schema(schema)
        except SchemaError as error:
            problems.append(f"caller_may_set.{path}: not a JSON Schema: {error.message}")
            continue
        fields[path] = CallerField(path, schema, Draft202012Validator(schema))
    paths = sorted(fields)
    for shorter, longer in itertools.pairwise(paths):
        if longer.startswith(shorter + "."):
            problems.append(f"caller_may_set.{longer}: already covered by {shorter}")
    return fields, problems


def _fixed_session_problems(data: Any) -> list[str]:
    """The session's own problems, reported beside the file's other mistakes when it can be read."""
    if not isinstance(data, dict) or not isinstance(data.get("session"), dict):
        return []
    endpoint = data.get("endpoint", _DEFAULTS["endpoint"])
    if endpoint not in ENDPOINTS:
        return []
    return [_in_session(problem) for problem in validate(data["session"], endpoint=endpoint).errors]


def _session_problems(data: Mapping[str, Any], fields: Mapping[str, CallerField]) -> list[str]:
    """The library's verdict on the fixed session, its lifetime, and every listed caller value."""
    endpoint = data["endpoint"]
    session = data["session"]
    problems = _fixed_session_problems(data)
    if problems:
        return problems
    try:
        build_request(
            session, endpoint=endpoint, expires_after_seconds=data["token_lifetime_seconds"]
        )
    except ConfigError as error:
        return [problem.located("token_lifetime_seconds") for problem in error.report.errors]
    for field in fields.values():
        for value in field.schema.get("enum", ()):
            changed = set_path(session, field.path, value)
            for problem in validate(changed, endpoint=endpoint).errors:
                problems.append(
                    f"caller_may_set.{field.path}: the allowed value {value!r} is refused: "
                    + _in_session(problem)
                )
    return problems


def _in_session(problem: Problem) -> str:
    return problem.located(f"session.{problem.path}" if problem.path else "session")
