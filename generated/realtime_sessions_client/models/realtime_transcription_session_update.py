from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_transcription_session_update_include_item import (
    RealtimeTranscriptionSessionUpdateIncludeItem,
)
from ..models.realtime_transcription_session_update_type import (
    RealtimeTranscriptionSessionUpdateType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_transcription_audio_config import (
        RealtimeTranscriptionAudioConfig,
    )


T = TypeVar("T", bound="RealtimeTranscriptionSessionUpdate")


@_attrs_define
class RealtimeTranscriptionSessionUpdate:
    """The settings of a transcription-only session (opened with `?intent=transcription`).

    Attributes:
        type_ (RealtimeTranscriptionSessionUpdateType):
        audio (RealtimeTranscriptionAudioConfig | Unset): Audio settings of a transcription session; input only.
        include (list[RealtimeTranscriptionSessionUpdateIncludeItem] | Unset): Extra data the server adds to its events;
            only transcription log-probabilities so far.
    """

    type_: RealtimeTranscriptionSessionUpdateType
    audio: RealtimeTranscriptionAudioConfig | Unset = UNSET
    include: list[RealtimeTranscriptionSessionUpdateIncludeItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for include_item_data in self.include:
                include_item = include_item_data.value
                include.append(include_item)

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
        type_ = RealtimeTranscriptionSessionUpdateType(d.pop("type"))

        _audio = d.pop("audio", UNSET)
        audio: RealtimeTranscriptionAudioConfig | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeTranscriptionAudioConfig.from_dict(_audio)

        _include = d.pop("include", UNSET)
        include: list[RealtimeTranscriptionSessionUpdateIncludeItem] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for include_item_data in _include:
                include_item = RealtimeTranscriptionSessionUpdateIncludeItem(
                    include_item_data
                )

                include.append(include_item)

        realtime_transcription_session_update = cls(
            type_=type_,
            audio=audio,
            include=include,
        )

        return realtime_transcription_session_update
