from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_client_event_conversation_item_delete_type import (
    RealtimeClientEventConversationItemDeleteType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventConversationItemDelete")


@_attrs_define
class RealtimeClientEventConversationItemDelete:
    """Remove an item from the conversation; answered by `conversation.item.deleted`.

    Attributes:
        type_ (RealtimeClientEventConversationItemDeleteType):
        item_id (str):
        event_id (str | Unset): A client-chosen id for this event, at most 512 characters; the server copies it into
            `error.event_id` when the event fails.
    """

    type_: RealtimeClientEventConversationItemDeleteType
    item_id: str
    event_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        item_id = self.item_id

        event_id = self.event_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeClientEventConversationItemDeleteType(d.pop("type"))

        item_id = d.pop("item_id")

        event_id = d.pop("event_id", UNSET)

        realtime_client_event_conversation_item_delete = cls(
            type_=type_,
            item_id=item_id,
            event_id=event_id,
        )

        return realtime_client_event_conversation_item_delete
