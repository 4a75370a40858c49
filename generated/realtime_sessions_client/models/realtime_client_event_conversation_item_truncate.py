from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_client_event_conversation_item_truncate_type import (
    RealtimeClientEventConversationItemTruncateType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventConversationItemTruncate")


@_attrs_define
class RealtimeClientEventConversationItemTruncate:
    """Cut an assistant audio message where playback stopped (its transcript goes too);
    answered by `conversation.item.truncated`.

        Attributes:
            type_ (RealtimeClientEventConversationItemTruncateType):
            item_id (str):
            content_index (int): The content part to cut; `0` for audio messages.
            audio_end_ms (int): Keep the audio up to here; beyond the audio's length is an error.
            event_id (str | Unset): A client-chosen id for this event, at most 512 characters; the server copies it into
                `error.event_id` when the event fails.
    """

    type_: RealtimeClientEventConversationItemTruncateType
    item_id: str
    content_index: int
    audio_end_ms: int
    event_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        item_id = self.item_id

        content_index = self.content_index

        audio_end_ms = self.audio_end_ms

        event_id = self.event_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "audio_end_ms": audio_end_ms,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeClientEventConversationItemTruncateType(d.pop("type"))

        item_id = d.pop("item_id")

        content_index = d.pop("content_index")

        audio_end_ms = d.pop("audio_end_ms")

        event_id = d.pop("event_id", UNSET)

        realtime_client_event_conversation_item_truncate = cls(
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            audio_end_ms=audio_end_ms,
            event_id=event_id,
        )

        return realtime_client_event_conversation_item_truncate
