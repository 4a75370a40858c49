from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTruncationTokenLimits")


@_attrs_define
class RealtimeTruncationTokenLimits:
    """Custom token limits; the model's own apply when unset.

    Attributes:
        post_instructions (int | Unset): Tokens allowed after the instructions (tool definitions included) before
            truncation
            starts; at most the context window minus the output limit.
    """

    post_instructions: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        post_instructions = self.post_instructions

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if post_instructions is not UNSET:
            field_dict["post_instructions"] = post_instructions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        post_instructions = d.pop("post_instructions", UNSET)

        realtime_truncation_token_limits = cls(
            post_instructions=post_instructions,
        )

        return realtime_truncation_token_limits
