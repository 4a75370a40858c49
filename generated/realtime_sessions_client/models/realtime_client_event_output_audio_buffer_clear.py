from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_client_event_output_audio_buffer_clear_type import (
    RealtimeClientEventOutputAudioBufferClearType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventOutputAudioBufferClear")


@_attrs_define
class RealtimeClientEventOutputAudioBufferClear:
    """Cut off the audio being played (WebRTC and SIP only); send `response.cancel` first.

    Attributes:
        type_ (RealtimeClientEventOutputAudioBufferClearType):
        event_id (str | Unset): A client-chosen id for this event, at most 512 characters; the server copies it into
            `error.event_id` when the event fails.
    """

    type_: RealtimeClientEventOutputAudioBufferClearType
    event_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        event_id = self.event_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeClientEventOutputAudioBufferClearType(d.pop("type"))

        event_id = d.pop("event_id", UNSET)

        realtime_client_event_output_audio_buffer_clear = cls(
            type_=type_,
            event_id=event_id,
        )

        return realtime_client_event_output_audio_buffer_clear
