from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_output_text_content_type import RealtimeOutputTextContentType

T = TypeVar("T", bound="RealtimeOutputTextContent")


@_attrs_define
class RealtimeOutputTextContent:
    """
    Attributes:
        type_ (RealtimeOutputTextContentType):
        text (str):
    """

    type_: RealtimeOutputTextContentType
    text: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeOutputTextContentType(d.pop("type"))

        text = d.pop("text")

        realtime_output_text_content = cls(
            type_=type_,
            text=text,
        )

        return realtime_output_text_content
