from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.prompt_input_text_type import PromptInputTextType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint


T = TypeVar("T", bound="PromptInputText")


@_attrs_define
class PromptInputText:
    """
    Attributes:
        type_ (PromptInputTextType):
        text (str):
        prompt_cache_breakpoint (PromptCacheBreakpoint | Unset): Marks the end of a reusable prompt prefix.
    """

    type_: PromptInputTextType
    text: str
    prompt_cache_breakpoint: PromptCacheBreakpoint | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint

        d = dict(src_dict)
        type_ = PromptInputTextType(d.pop("type"))

        text = d.pop("text")

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpoint.from_dict(
                _prompt_cache_breakpoint
            )

        prompt_input_text = cls(
            type_=type_,
            text=text,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        return prompt_input_text
