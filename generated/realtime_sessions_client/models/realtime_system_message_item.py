from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_item_object import RealtimeItemObject
from ..models.realtime_item_status import RealtimeItemStatus
from ..models.realtime_system_message_item_role import RealtimeSystemMessageItemRole
from ..models.realtime_system_message_item_type import RealtimeSystemMessageItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_input_text_content import RealtimeInputTextContent


T = TypeVar("T", bound="RealtimeSystemMessageItem")


@_attrs_define
class RealtimeSystemMessageItem:
    """
    Attributes:
        type_ (RealtimeSystemMessageItemType):
        role (RealtimeSystemMessageItemRole):
        content (list[RealtimeInputTextContent]): System messages take `input_text` parts only.
        id (str | Unset): The item's id; the client may choose it, else the server makes one.
        object_ (RealtimeItemObject | Unset):
        status (RealtimeItemStatus | Unset): Accepted for symmetry with the server's items; it has no effect.
    """

    type_: RealtimeSystemMessageItemType
    role: RealtimeSystemMessageItemRole
    content: list[RealtimeInputTextContent]
    id: str | Unset = UNSET
    object_: RealtimeItemObject | Unset = UNSET
    status: RealtimeItemStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        role = self.role.value

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        id = self.id

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "role": role,
                "content": content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_input_text_content import RealtimeInputTextContent

        d = dict(src_dict)
        type_ = RealtimeSystemMessageItemType(d.pop("type"))

        role = RealtimeSystemMessageItemRole(d.pop("role"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = RealtimeInputTextContent.from_dict(content_item_data)

            content.append(content_item)

        id = d.pop("id", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: RealtimeItemObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = RealtimeItemObject(_object_)

        _status = d.pop("status", UNSET)
        status: RealtimeItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RealtimeItemStatus(_status)

        realtime_system_message_item = cls(
            type_=type_,
            role=role,
            content=content,
            id=id,
            object_=object_,
            status=status,
        )

        return realtime_system_message_item
