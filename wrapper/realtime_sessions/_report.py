"""What validation found: problems with the path in the user's own config and a fix."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ._secrets import MASK, is_credential_path, redact, redact_value

Severity = Literal["error", "warning"]


@attrs.frozen
class Problem:
    """One broken rule.

    `path` points into the config as the user wrote it (`tools[0].name`; `parts` is the same
    path as a tuple), `rule` names the rule (`maximum`, `unknown_key`, ...), `value` is the
    offending value and `hint` says how to fix it. `argument` names the library argument the
    value came from (`expires_after_seconds`, `base_url`) when it did not come from the config;
    callers turn it into their own words (the CLI into a flag), so no message names a flag. Key-shaped text (`sk-...`, `ek_...`) is masked in all three, inside nested values too: a
    key pasted into the wrong field must not be printed back.
    """

    path: str = attrs.field(converter=redact)
    rule: str
    message: str = attrs.field(converter=redact)
    hint: str = attrs.field(default="", converter=redact)
    value: Any = attrs.field(default=None, converter=redact_value)
    severity: Severity = "error"
    argument: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        # An MCP tool's credential is masked by its place: it has no recognisable shape.
        if self.value is not None and is_credential_path(self.path):
            if isinstance(self.value, str) and self.value:
                message = self.message
                for shown in (self.value, self.value[:37]):  # `describe` cuts long strings
                    message = message.replace(shown, MASK)
                object.__setattr__(self, "message", message)
            object.__setattr__(self, "value", MASK)

    @property
    def parts(self) -> tuple[str | int, ...]:
        """The path as a tuple, `("tools", 0, "name")`; an argument's path is its name."""
        return parse_path(self.path)

    def __str__(self) -> str:
        return self.located()

    def located(self, where: str | None = None) -> str:
        """`where: message Hint: hint`, `where` being the path unless given. An empty one is
        left out: a problem of the whole config has a message that names its subject."""
        where = self.path if where is None else where
        prefix = f"{where}: " if where else ""
        return f"{prefix}{self.message}" + (f" Hint: {self.hint}" if self.hint else "")

    def to_dict(self) -> dict[str, Any]:
        """JSON data; `argument` only when set."""
        data = attrs.asdict(self)
        if data["argument"] is None:
            del data["argument"]
        return data


@attrs.frozen
class Report:
    """All problems of one config, found in one pass."""

    problems: tuple[Problem, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    @property
    def ok(self) -> bool:
        """True when nothing blocks sending; warnings never block."""
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "errors": [p.to_dict() for p in self.errors],
            "warnings": [p.to_dict() for p in self.warnings],
        }


def parse_path(path: str) -> tuple[str | int, ...]:
    """`tools[0].name` -> `("tools", 0, "name")`, the inverse of `format_path` for the paths
    problems carry (keys with dots or brackets read as several parts)."""
    parts: list[str | int] = []
    for chunk in path.replace("[", ".[").split("."):
        if chunk.startswith("[") and chunk.endswith("]") and chunk[1:-1].isdigit():
            parts.append(int(chunk[1:-1]))
        elif chunk:
            parts.append(chunk)
    return tuple(parts)


def format_path(parts: tuple[str | int, ...] | list[str | int]) -> str:
    """`("tools", 0, "name")` -> `tools[0].name`, the way people write paths."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text
