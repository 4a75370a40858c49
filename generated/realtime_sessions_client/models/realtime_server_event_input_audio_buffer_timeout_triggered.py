from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_input_audio_buffer_timeout_triggered_type import (
    RealtimeServerEventInputAudioBufferTimeoutTriggeredType,
)

T = TypeVar("T", bound="RealtimeServerEventInputAudioBufferTimeoutTriggered")


@_attrs_define
class RealtimeServerEventInputAudioBufferTimeoutTriggered:
    """`idle_timeout_ms` passed without speech.

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventInputAudioBufferTimeoutTriggeredType):
        audio_start_ms (int):
        audio_end_ms (int):
        item_id (str):
    """

    event_id: str
    type_: RealtimeServerEventInputAudioBufferTimeoutTriggeredType
    audio_start_ms: int
    audio_end_ms: int
    item_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        audio_start_ms = self.audio_start_ms

        audio_end_ms = self.audio_end_ms

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "audio_start_ms": audio_start_ms,
                "audio_end_ms": audio_end_ms,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventInputAudioBufferTimeoutTriggeredType(d.pop("type"))

        audio_start_ms = d.pop("audio_start_ms")

        audio_end_ms = d.pop("audio_end_ms")

        item_id = d.pop("item_id")

        realtime_server_event_input_audio_buffer_timeout_triggered = cls(
            event_id=event_id,
            type_=type_,
            audio_start_ms=audio_start_ms,
            audio_end_ms=audio_end_ms,
            item_id=item_id,
        )

        realtime_server_event_input_audio_buffer_timeout_triggered.additional_properties = d
        return realtime_server_event_input_audio_buffer_timeout_triggered

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
