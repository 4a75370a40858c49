from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.prompt_input_file_detail import PromptInputFileDetail
from ..models.prompt_input_file_type import PromptInputFileType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint


T = TypeVar("T", bound="PromptInputFile")


@_attrs_define
class PromptInputFile:
    """
    Attributes:
        type_ (PromptInputFileType):
        file_id (None | str | Unset):
        filename (str | Unset):
        file_data (str | Unset):
        file_url (str | Unset):
        detail (PromptInputFileDetail | Unset):
        prompt_cache_breakpoint (PromptCacheBreakpoint | Unset): Marks the end of a reusable prompt prefix.
    """

    type_: PromptInputFileType
    file_id: None | str | Unset = UNSET
    filename: str | Unset = UNSET
    file_data: str | Unset = UNSET
    file_url: str | Unset = UNSET
    detail: PromptInputFileDetail | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpoint | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        filename = self.filename

        file_data = self.file_data

        file_url = self.file_url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.value

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if detail is not UNSET:
            field_dict["detail"] = detail
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint

        d = dict(src_dict)
        type_ = PromptInputFileType(d.pop("type"))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        filename = d.pop("filename", UNSET)

        file_data = d.pop("file_data", UNSET)

        file_url = d.pop("file_url", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: PromptInputFileDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = PromptInputFileDetail(_detail)

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpoint.from_dict(
                _prompt_cache_breakpoint
            )

        prompt_input_file = cls(
            type_=type_,
            file_id=file_id,
            filename=filename,
            file_data=file_data,
            file_url=file_url,
            detail=detail,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        return prompt_input_file
