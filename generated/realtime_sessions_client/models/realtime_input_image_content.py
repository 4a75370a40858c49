from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_input_image_content_detail import RealtimeInputImageContentDetail
from ..models.realtime_input_image_content_type import RealtimeInputImageContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeInputImageContent")


@_attrs_define
class RealtimeInputImageContent:
    """
    Attributes:
        type_ (RealtimeInputImageContentType):
        image_url (str): The image as a data URI (PNG or JPEG).
        detail (RealtimeInputImageContentDetail | Unset): `auto` (the default) means `high`.
    """

    type_: RealtimeInputImageContentType
    image_url: str
    detail: RealtimeInputImageContentDetail | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        image_url = self.image_url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "image_url": image_url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeInputImageContentType(d.pop("type"))

        image_url = d.pop("image_url")

        _detail = d.pop("detail", UNSET)
        detail: RealtimeInputImageContentDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = RealtimeInputImageContentDetail(_detail)

        realtime_input_image_content = cls(
            type_=type_,
            image_url=image_url,
            detail=detail,
        )

        return realtime_input_image_content
