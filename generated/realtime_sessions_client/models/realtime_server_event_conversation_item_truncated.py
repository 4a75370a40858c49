from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_conversation_item_truncated_type import (
    RealtimeServerEventConversationItemTruncatedType,
)

T = TypeVar("T", bound="RealtimeServerEventConversationItemTruncated")


@_attrs_define
class RealtimeServerEventConversationItemTruncated:
    """The answer to `conversation.item.truncate`.

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventConversationItemTruncatedType):
        item_id (str):
        content_index (int):
        audio_end_ms (int):
    """

    event_id: str
    type_: RealtimeServerEventConversationItemTruncatedType
    item_id: str
    content_index: int
    audio_end_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        item_id = self.item_id

        content_index = self.content_index

        audio_end_ms = self.audio_end_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "audio_end_ms": audio_end_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventConversationItemTruncatedType(d.pop("type"))

        item_id = d.pop("item_id")

        content_index = d.pop("content_index")

        audio_end_ms = d.pop("audio_end_ms")

        realtime_server_event_conversation_item_truncated = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            audio_end_ms=audio_end_ms,
        )

        realtime_server_event_conversation_item_truncated.additional_properties = d
        return realtime_server_event_conversation_item_truncated

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
