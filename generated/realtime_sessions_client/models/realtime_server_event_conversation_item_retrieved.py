from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_conversation_item_retrieved_type import (
    RealtimeServerEventConversationItemRetrievedType,
)

if TYPE_CHECKING:
    from ..models.echoed_object import EchoedObject


T = TypeVar("T", bound="RealtimeServerEventConversationItemRetrieved")


@_attrs_define
class RealtimeServerEventConversationItemRetrieved:
    """The answer to `conversation.item.retrieve`.

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventConversationItemRetrievedType):
        item (EchoedObject): A nested part of the echoed configuration, kept as the server sent it.
    """

    event_id: str
    type_: RealtimeServerEventConversationItemRetrievedType
    item: EchoedObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.echoed_object import EchoedObject

        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventConversationItemRetrievedType(d.pop("type"))

        item = EchoedObject.from_dict(d.pop("item"))

        realtime_server_event_conversation_item_retrieved = cls(
            event_id=event_id,
            type_=type_,
            item=item,
        )

        realtime_server_event_conversation_item_retrieved.additional_properties = d
        return realtime_server_event_conversation_item_retrieved

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
