from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_audio_config import (
        RealtimeTranslationAudioConfig,
    )


T = TypeVar("T", bound="RealtimeTranslationSessionCreateRequest")


@_attrs_define
class RealtimeTranslationSessionCreateRequest:
    """A speech translation session; only `model` is required.

    Attributes:
        model (str): The translation model; names outside `x-known-values` are accepted.
        audio (RealtimeTranslationAudioConfig | Unset):
    """

    model: str
    audio: RealtimeTranslationAudioConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_translation_audio_config import (
            RealtimeTranslationAudioConfig,
        )

        d = dict(src_dict)
        model = d.pop("model")

        _audio = d.pop("audio", UNSET)
        audio: RealtimeTranslationAudioConfig | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeTranslationAudioConfig.from_dict(_audio)

        realtime_translation_session_create_request = cls(
            model=model,
            audio=audio,
        )

        return realtime_translation_session_create_request
