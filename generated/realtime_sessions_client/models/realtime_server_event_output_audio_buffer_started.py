from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_output_audio_buffer_started_type import (
    RealtimeServerEventOutputAudioBufferStartedType,
)

T = TypeVar("T", bound="RealtimeServerEventOutputAudioBufferStarted")


@_attrs_define
class RealtimeServerEventOutputAudioBufferStarted:
    """The client started playing a response's audio (WebRTC and SIP).

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventOutputAudioBufferStartedType):
        response_id (str):
    """

    event_id: str
    type_: RealtimeServerEventOutputAudioBufferStartedType
    response_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventOutputAudioBufferStartedType(d.pop("type"))

        response_id = d.pop("response_id")

        realtime_server_event_output_audio_buffer_started = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
        )

        realtime_server_event_output_audio_buffer_started.additional_properties = d
        return realtime_server_event_output_audio_buffer_started

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
