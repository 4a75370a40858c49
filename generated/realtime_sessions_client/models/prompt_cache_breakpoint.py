from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.prompt_cache_breakpoint_mode import PromptCacheBreakpointMode

T = TypeVar("T", bound="PromptCacheBreakpoint")


@_attrs_define
class PromptCacheBreakpoint:
    """Marks the end of a reusable prompt prefix.

    Attributes:
        mode (PromptCacheBreakpointMode):
    """

    mode: PromptCacheBreakpointMode

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mode = PromptCacheBreakpointMode(d.pop("mode"))

        prompt_cache_breakpoint = cls(
            mode=mode,
        )

        return prompt_cache_breakpoint
