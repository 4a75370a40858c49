from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.prompt_input_image_detail import PromptInputImageDetail
from ..models.prompt_input_image_type import PromptInputImageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint


T = TypeVar("T", bound="PromptInputImage")


@_attrs_define
class PromptInputImage:
    """
    Attributes:
        type_ (PromptInputImageType):
        detail (PromptInputImageDetail):
        image_url (None | str | Unset): A URL or a base64 data URL of the image.
        file_id (None | str | Unset):
        prompt_cache_breakpoint (PromptCacheBreakpoint | Unset): Marks the end of a reusable prompt prefix.
    """

    type_: PromptInputImageType
    detail: PromptInputImageDetail
    image_url: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpoint | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        detail = self.detail.value

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "detail": detail,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint

        d = dict(src_dict)
        type_ = PromptInputImageType(d.pop("type"))

        detail = PromptInputImageDetail(d.pop("detail"))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpoint.from_dict(
                _prompt_cache_breakpoint
            )

        prompt_input_image = cls(
            type_=type_,
            detail=detail,
            image_url=image_url,
            file_id=file_id,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        return prompt_input_image
