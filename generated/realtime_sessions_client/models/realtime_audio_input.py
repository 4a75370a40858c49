from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_audio_transcription import InputAudioTranscription
    from ..models.noise_reduction import NoiseReduction
    from ..models.realtime_audio_format_pcm import RealtimeAudioFormatPcm
    from ..models.realtime_audio_format_pcma import RealtimeAudioFormatPcma
    from ..models.realtime_audio_format_pcmu import RealtimeAudioFormatPcmu
    from ..models.semantic_vad import SemanticVad
    from ..models.server_vad import ServerVad


T = TypeVar("T", bound="RealtimeAudioInput")


@_attrs_define
class RealtimeAudioInput:
    """What the client sends and how the server listens to it.

    Attributes:
        format_ (RealtimeAudioFormatPcm | RealtimeAudioFormatPcma | RealtimeAudioFormatPcmu | Unset): Audio encoding as
            an object told apart by `type` (a bare string such as `pcm16` is refused
            in GA). `audio/pcm` is 16-bit mono PCM at 24 kHz; `audio/pcmu` and `audio/pcma` are the
            G.711 mu-law and A-law telephony codecs. Server default: `audio/pcm` at 24000 Hz.
        transcription (InputAudioTranscription | None | Unset): Transcription of what the user says; off when unset,
            `null` turns it off.
        noise_reduction (NoiseReduction | None | Unset): Filtering of input audio before VAD and the model; `null` turns
            it off (the default).
        turn_detection (None | SemanticVad | ServerVad | Unset): How the server decides that the user stopped talking.
            Server default: `server_vad`.
            `null` turns it off, and the client then asks for each response itself.
    """

    format_: (
        RealtimeAudioFormatPcm
        | RealtimeAudioFormatPcma
        | RealtimeAudioFormatPcmu
        | Unset
    ) = UNSET
    transcription: InputAudioTranscription | None | Unset = UNSET
    noise_reduction: NoiseReduction | None | Unset = UNSET
    turn_detection: None | SemanticVad | ServerVad | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.input_audio_transcription import InputAudioTranscription
        from ..models.noise_reduction import NoiseReduction
        from ..models.realtime_audio_format_pcm import RealtimeAudioFormatPcm
        from ..models.realtime_audio_format_pcmu import RealtimeAudioFormatPcmu
        from ..models.semantic_vad import SemanticVad
        from ..models.server_vad import ServerVad

        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, RealtimeAudioFormatPcm) or isinstance(
            self.format_, RealtimeAudioFormatPcmu
        ):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(self.transcription, InputAudioTranscription):
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

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, ServerVad) or isinstance(
            self.turn_detection, SemanticVad
        ):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_audio_transcription import InputAudioTranscription
        from ..models.noise_reduction import NoiseReduction
        from ..models.realtime_audio_format_pcm import RealtimeAudioFormatPcm
        from ..models.realtime_audio_format_pcma import RealtimeAudioFormatPcma
        from ..models.realtime_audio_format_pcmu import RealtimeAudioFormatPcmu
        from ..models.semantic_vad import SemanticVad
        from ..models.server_vad import ServerVad

        d = dict(src_dict)

        def _parse_format_(
            data: object,
        ) -> (
            RealtimeAudioFormatPcm
            | RealtimeAudioFormatPcma
            | RealtimeAudioFormatPcmu
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_audio_format_type_0 = (
                    RealtimeAudioFormatPcm.from_dict(data)
                )

                return componentsschemas_realtime_audio_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_audio_format_type_1 = (
                    RealtimeAudioFormatPcmu.from_dict(data)
                )

                return componentsschemas_realtime_audio_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_audio_format_type_2 = (
                RealtimeAudioFormatPcma.from_dict(data)
            )

            return componentsschemas_realtime_audio_format_type_2

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_transcription(
            data: object,
        ) -> InputAudioTranscription | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_type_0 = InputAudioTranscription.from_dict(data)

                return transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InputAudioTranscription | None | Unset, data)

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

        def _parse_turn_detection(
            data: object,
        ) -> None | SemanticVad | ServerVad | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_turn_detection_type_0 = ServerVad.from_dict(data)

                return componentsschemas_turn_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_turn_detection_type_1 = SemanticVad.from_dict(data)

                return componentsschemas_turn_detection_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SemanticVad | ServerVad | Unset, data)

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        realtime_audio_input = cls(
            format_=format_,
            transcription=transcription,
            noise_reduction=noise_reduction,
            turn_detection=turn_detection,
        )

        return realtime_audio_input
