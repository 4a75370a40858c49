from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_include_item import RealtimeIncludeItem
from ..models.realtime_transcription_session_create_request_ga_type import (
    RealtimeTranscriptionSessionCreateRequestGAType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_transcription_audio_config import (
        RealtimeTranscriptionAudioConfig,
    )


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequestGA")


@_attrs_define
class RealtimeTranscriptionSessionCreateRequestGA:
    """A transcription-only GA session: the server transcribes the input audio and never
    answers. Only `type` is required; it takes input audio settings and `include` only (no
    model, instructions, output audio, tools, tracing, truncation or prompt). The
    transcription model goes in `audio.input.transcription.model`.

        Attributes:
            type_ (RealtimeTranscriptionSessionCreateRequestGAType): Always `transcription` for transcription-only sessions.
            audio (RealtimeTranscriptionAudioConfig | Unset): Audio settings of a transcription session; input only.
            include (list[RealtimeIncludeItem] | Unset): Extra data the server adds to its events; only transcription log-
                probabilities so far.
    """

    type_: RealtimeTranscriptionSessionCreateRequestGAType
    audio: RealtimeTranscriptionAudioConfig | Unset = UNSET
    include: list[RealtimeIncludeItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for componentsschemas_realtime_include_item_data in self.include:
                componentsschemas_realtime_include_item = (
                    componentsschemas_realtime_include_item_data.value
                )
                include.append(componentsschemas_realtime_include_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_transcription_audio_config import (
            RealtimeTranscriptionAudioConfig,
        )

        d = dict(src_dict)
        type_ = RealtimeTranscriptionSessionCreateRequestGAType(d.pop("type"))

        _audio = d.pop("audio", UNSET)
        audio: RealtimeTranscriptionAudioConfig | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeTranscriptionAudioConfig.from_dict(_audio)

        _include = d.pop("include", UNSET)
        include: list[RealtimeIncludeItem] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for componentsschemas_realtime_include_item_data in _include:
                componentsschemas_realtime_include_item = RealtimeIncludeItem(
                    componentsschemas_realtime_include_item_data
                )

                include.append(componentsschemas_realtime_include_item)

        realtime_transcription_session_create_request_ga = cls(
            type_=type_,
            audio=audio,
            include=include,
        )

        return realtime_transcription_session_create_request_ga
