from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_client_event_input_audio_buffer_commit_type import (
    RealtimeClientEventInputAudioBufferCommitType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventInputAudioBufferCommit")


@_attrs_define
class RealtimeClientEventInputAudioBufferCommit:
    """Turn the buffer into a user message (not needed with server VAD); it does not start a
    response. An empty buffer is an error.

        Attributes:
            type_ (RealtimeClientEventInputAudioBufferCommitType):
            event_id (str | Unset): A client-chosen id for this event, at most 512 characters; the server copies it into
                `error.event_id` when the event fails.
    """

    type_: RealtimeClientEventInputAudioBufferCommitType
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
        type_ = RealtimeClientEventInputAudioBufferCommitType(d.pop("type"))

        event_id = d.pop("event_id", UNSET)

        realtime_client_event_input_audio_buffer_commit = cls(
            type_=type_,
            event_id=event_id,
        )

        return realtime_client_event_input_audio_buffer_commit
