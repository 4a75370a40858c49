"""What validation found: problems with the path in the user's own config and a fix."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ._secrets import redact, redact_value

Severity = Literal["error", "warning"]


@attrs.frozen
class Problem:
    """One broken rule.

    `path` points into the config as the user wrote it (`tools[0].name`), `rule` names the rule
    (`maximum`, `unknown_key`, ...), `value` is the offending value and `hint` says how to fix
    it. Key-shaped text (`sk-...`, `ek_...`) is masked in all three, inside nested values too: a
    key pasted into the wrong field must not be printed back.
    """

    path: str
    rule: str
    message: str = attrs.field(converter=redact)
    hint: str = attrs.field(default="", converter=redact)
    value: Any = attrs.field(default=None, converter=redact_value)
    severity: Severity = "error"

    def __str__(self) -> str:
        return self.located()

    def located(self, where: str | None = None) -> str:
        """`where: message Hint: hint`, `where` being the path unless given. An empty one is
        left out: a problem of the whole config has a message that names its subject."""
        where = self.path if where is None else where
        prefix = f"{where}: " if where else ""
        return f"{prefix}{self.message}" + (f" Hint: {self.hint}" if self.hint else "")

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


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


def format_path(parts: tuple[str | int, ...] | list[str | int]) -> str:
    """`("tools", 0, "name")` -> `tools[0].name`, the way people write paths."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text
