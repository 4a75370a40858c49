from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.audio_format_name import AudioFormatName
from ..models.realtime_include_item import RealtimeIncludeItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_audio_transcription import InputAudioTranscription
    from ..models.noise_reduction import NoiseReduction
    from ..models.semantic_vad import SemanticVad
    from ..models.server_vad import ServerVad
    from ..models.transcription_client_secret_config import (
        TranscriptionClientSecretConfig,
    )


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequest")


@_attrs_define
class RealtimeTranscriptionSessionCreateRequest:
    """The beta (flat) transcription session. Every field is optional; the lifetime of the
    secret is `client_secret.expires_at` (not `expires_after` as for `/realtime/sessions`).

        Attributes:
            input_audio_format (AudioFormatName | Unset): Audio encoding. `pcm16` is 16-bit little-endian mono PCM at 24
                kHz; `g711_ulaw` and
                `g711_alaw` are 8 kHz telephony codecs. Server default: `pcm16`.
            input_audio_transcription (InputAudioTranscription | None | Unset): The transcription model and its settings;
                `null` turns transcription off.
            input_audio_noise_reduction (NoiseReduction | None | Unset): Filtering of input audio before VAD; `null` turns
                it off (the default).
            turn_detection (None | SemanticVad | ServerVad | Unset): How the server splits the audio into turns; `null`
                turns it off.
            include (list[RealtimeIncludeItem] | Unset): Extra data the server adds to its events; only transcription log-
                probabilities so far.
            client_secret (TranscriptionClientSecretConfig | Unset): Lifetime of the minted client secret. Server default
                one minute.
    """

    input_audio_format: AudioFormatName | Unset = UNSET
    input_audio_transcription: InputAudioTranscription | None | Unset = UNSET
    input_audio_noise_reduction: NoiseReduction | None | Unset = UNSET
    turn_detection: None | SemanticVad | ServerVad | Unset = UNSET
    include: list[RealtimeIncludeItem] | Unset = UNSET
    client_secret: TranscriptionClientSecretConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.input_audio_transcription import InputAudioTranscription
        from ..models.noise_reduction import NoiseReduction
        from ..models.semantic_vad import SemanticVad
        from ..models.server_vad import ServerVad

        input_audio_format: str | Unset = UNSET
        if not isinstance(self.input_audio_format, Unset):
            input_audio_format = self.input_audio_format.value

        input_audio_transcription: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        elif isinstance(self.input_audio_transcription, InputAudioTranscription):
            input_audio_transcription = self.input_audio_transcription.to_dict()
        else:
            input_audio_transcription = self.input_audio_transcription

        input_audio_noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = UNSET
        elif isinstance(self.input_audio_noise_reduction, NoiseReduction):
            input_audio_noise_reduction = self.input_audio_noise_reduction.to_dict()
        else:
            input_audio_noise_reduction = self.input_audio_noise_reduction

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, ServerVad) or isinstance(
            self.turn_detection, SemanticVad
        ):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for componentsschemas_realtime_include_item_data in self.include:
                componentsschemas_realtime_include_item = (
                    componentsschemas_realtime_include_item_data.value
                )
                include.append(componentsschemas_realtime_include_item)

        client_secret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_secret, Unset):
            client_secret = self.client_secret.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if include is not UNSET:
            field_dict["include"] = include
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_audio_transcription import InputAudioTranscription
        from ..models.noise_reduction import NoiseReduction
        from ..models.semantic_vad import SemanticVad
        from ..models.server_vad import ServerVad
        from ..models.transcription_client_secret_config import (
            TranscriptionClientSecretConfig,
        )

        d = dict(src_dict)
        _input_audio_format = d.pop("input_audio_format", UNSET)
        input_audio_format: AudioFormatName | Unset
        if isinstance(_input_audio_format, Unset):
            input_audio_format = UNSET
        else:
            input_audio_format = AudioFormatName(_input_audio_format)

        def _parse_input_audio_transcription(
            data: object,
        ) -> InputAudioTranscription | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_audio_transcription_type_0 = InputAudioTranscription.from_dict(
                    data
                )

                return input_audio_transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InputAudioTranscription | None | Unset, data)

        input_audio_transcription = _parse_input_audio_transcription(
            d.pop("input_audio_transcription", UNSET)
        )

        def _parse_input_audio_noise_reduction(
            data: object,
        ) -> NoiseReduction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_audio_noise_reduction_type_0 = NoiseReduction.from_dict(data)

                return input_audio_noise_reduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NoiseReduction | None | Unset, data)

        input_audio_noise_reduction = _parse_input_audio_noise_reduction(
            d.pop("input_audio_noise_reduction", UNSET)
        )

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

        _include = d.pop("include", UNSET)
        include: list[RealtimeIncludeItem] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for componentsschemas_realtime_include_item_data in _include:
                componentsschemas_realtime_include_item = RealtimeIncludeItem(
                    componentsschemas_realtime_include_item_data
                )

                include.append(componentsschemas_realtime_include_item)

        _client_secret = d.pop("client_secret", UNSET)
        client_secret: TranscriptionClientSecretConfig | Unset
        if isinstance(_client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = TranscriptionClientSecretConfig.from_dict(_client_secret)

        realtime_transcription_session_create_request = cls(
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            input_audio_noise_reduction=input_audio_noise_reduction,
            turn_detection=turn_detection,
            include=include,
            client_secret=client_secret,
        )

        return realtime_transcription_session_create_request
