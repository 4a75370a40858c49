from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_response_output_audio_transcript_done_type import (
    RealtimeServerEventResponseOutputAudioTranscriptDoneType,
)

T = TypeVar("T", bound="RealtimeServerEventResponseOutputAudioTranscriptDone")


@_attrs_define
class RealtimeServerEventResponseOutputAudioTranscriptDone:
    """The whole transcript of an audio answer.

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventResponseOutputAudioTranscriptDoneType):
        response_id (str):
        item_id (str):
        output_index (int):
        content_index (int):
        transcript (str):
    """

    event_id: str
    type_: RealtimeServerEventResponseOutputAudioTranscriptDoneType
    response_id: str
    item_id: str
    output_index: int
    content_index: int
    transcript: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        response_id = self.response_id

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "transcript": transcript,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventResponseOutputAudioTranscriptDoneType(d.pop("type"))

        response_id = d.pop("response_id")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        transcript = d.pop("transcript")

        realtime_server_event_response_output_audio_transcript_done = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            transcript=transcript,
        )

        realtime_server_event_response_output_audio_transcript_done.additional_properties = d
        return realtime_server_event_response_output_audio_transcript_done

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
