from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_input_audio_content_type import RealtimeInputAudioContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeInputAudioContent")


@_attrs_define
class RealtimeInputAudioContent:
    """
    Attributes:
        type_ (RealtimeInputAudioContentType):
        audio (str | Unset): Base64 audio in the session's input format.
        transcript (str | Unset): Kept with the item; the model hears the audio, not this text.
    """

    type_: RealtimeInputAudioContentType
    audio: str | Unset = UNSET
    transcript: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        audio = self.audio

        transcript = self.transcript

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeInputAudioContentType(d.pop("type"))

        audio = d.pop("audio", UNSET)

        transcript = d.pop("transcript", UNSET)

        realtime_input_audio_content = cls(
            type_=type_,
            audio=audio,
            transcript=transcript,
        )

        return realtime_input_audio_content
