from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_client_event_input_audio_buffer_append_type import (
    RealtimeClientEventInputAudioBufferAppendType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventInputAudioBufferAppend")


@_attrs_define
class RealtimeClientEventInputAudioBufferAppend:
    """Add audio to the input buffer; the server sends no confirmation.

    Attributes:
        type_ (RealtimeClientEventInputAudioBufferAppendType):
        audio (str): Base64 audio in the session's input format, at most 15 MiB per event.
        event_id (str | Unset): A client-chosen id for this event, at most 512 characters; the server copies it into
            `error.event_id` when the event fails.
    """

    type_: RealtimeClientEventInputAudioBufferAppendType
    audio: str
    event_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        audio = self.audio

        event_id = self.event_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "audio": audio,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeClientEventInputAudioBufferAppendType(d.pop("type"))

        audio = d.pop("audio")

        event_id = d.pop("event_id", UNSET)

        realtime_client_event_input_audio_buffer_append = cls(
            type_=type_,
            audio=audio,
            event_id=event_id,
        )

        return realtime_client_event_input_audio_buffer_append
