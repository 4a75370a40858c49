from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_conversation_item_added_type import (
    RealtimeServerEventConversationItemAddedType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.echoed_object import EchoedObject


T = TypeVar("T", bound="RealtimeServerEventConversationItemAdded")


@_attrs_define
class RealtimeServerEventConversationItemAdded:
    """An item entered the default conversation (audio bytes are never included).

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventConversationItemAddedType):
        item (EchoedObject): A nested part of the echoed configuration, kept as the server sent it.
        previous_item_id (None | str | Unset):
    """

    event_id: str
    type_: RealtimeServerEventConversationItemAddedType
    item: EchoedObject
    previous_item_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        item = self.item.to_dict()

        previous_item_id: None | str | Unset
        if isinstance(self.previous_item_id, Unset):
            previous_item_id = UNSET
        else:
            previous_item_id = self.previous_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item": item,
            }
        )
        if previous_item_id is not UNSET:
            field_dict["previous_item_id"] = previous_item_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.echoed_object import EchoedObject

        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventConversationItemAddedType(d.pop("type"))

        item = EchoedObject.from_dict(d.pop("item"))

        def _parse_previous_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_item_id = _parse_previous_item_id(d.pop("previous_item_id", UNSET))

        realtime_server_event_conversation_item_added = cls(
            event_id=event_id,
            type_=type_,
            item=item,
            previous_item_id=previous_item_id,
        )

        realtime_server_event_conversation_item_added.additional_properties = d
        return realtime_server_event_conversation_item_added

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
