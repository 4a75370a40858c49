from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_item_reference_type import RealtimeItemReferenceType

T = TypeVar("T", bound="RealtimeItemReference")


@_attrs_define
class RealtimeItemReference:
    """An item already in the conversation, by id (from `conversation.item.added`).

    Attributes:
        type_ (RealtimeItemReferenceType):
        id (str):
    """

    type_: RealtimeItemReferenceType
    id: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeItemReferenceType(d.pop("type"))

        id = d.pop("id")

        realtime_item_reference = cls(
            type_=type_,
            id=id,
        )

        return realtime_item_reference
