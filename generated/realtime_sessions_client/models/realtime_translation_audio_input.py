from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.noise_reduction import NoiseReduction
    from ..models.translation_transcription import TranslationTranscription


T = TypeVar("T", bound="RealtimeTranslationAudioInput")


@_attrs_define
class RealtimeTranslationAudioInput:
    """
    Attributes:
        transcription (None | TranslationTranscription | Unset): A transcript of the source speech; off when unset or
            `null`.
        noise_reduction (NoiseReduction | None | Unset): Filtering of the input audio; `null` turns it off (the
            default).
    """

    transcription: None | TranslationTranscription | Unset = UNSET
    noise_reduction: NoiseReduction | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.noise_reduction import NoiseReduction
        from ..models.translation_transcription import TranslationTranscription

        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(self.transcription, TranslationTranscription):
            transcription = self.transcription.to_dict()
        else:
            transcription = self.transcription

        noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.noise_reduction, Unset):
            noise_reduction = UNSET
        elif isinstance(self.noise_reduction, NoiseReduction):
            noise_reduction = self.noise_reduction.to_dict()
        else:
            noise_reduction = self.noise_reduction

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.noise_reduction import NoiseReduction
        from ..models.translation_transcription import TranslationTranscription

        d = dict(src_dict)

        def _parse_transcription(
            data: object,
        ) -> None | TranslationTranscription | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_type_0 = TranslationTranscription.from_dict(data)

                return transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranslationTranscription | Unset, data)

        transcription = _parse_transcription(d.pop("transcription", UNSET))

        def _parse_noise_reduction(data: object) -> NoiseReduction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                noise_reduction_type_0 = NoiseReduction.from_dict(data)

                return noise_reduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NoiseReduction | None | Unset, data)

        noise_reduction = _parse_noise_reduction(d.pop("noise_reduction", UNSET))

        realtime_translation_audio_input = cls(
            transcription=transcription,
            noise_reduction=noise_reduction,
        )

        return realtime_translation_audio_input
