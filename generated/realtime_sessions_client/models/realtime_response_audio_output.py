from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_voice import CustomVoice
    from ..models.realtime_audio_format_pcm import RealtimeAudioFormatPcm
    from ..models.realtime_audio_format_pcma import RealtimeAudioFormatPcma
    from ..models.realtime_audio_format_pcmu import RealtimeAudioFormatPcmu


T = TypeVar("T", bound="RealtimeResponseAudioOutput")


@_attrs_define
class RealtimeResponseAudioOutput:
    """
    Attributes:
        format_ (RealtimeAudioFormatPcm | RealtimeAudioFormatPcma | RealtimeAudioFormatPcmu | Unset): Audio encoding as
            an object told apart by `type` (a bare string such as `pcm16` is refused
            in GA). `audio/pcm` is 16-bit mono PCM at 24 kHz; `audio/pcmu` and `audio/pcma` are the
            G.711 mu-law and A-law telephony codecs. Server default: `audio/pcm` at 24000 Hz.
        voice (CustomVoice | str | Unset): A built-in voice (the same rules as the beta `voice`) or a custom voice by
            id. It cannot
            change once the model has spoken. Server default: `alloy`.
    """

    format_: (
        RealtimeAudioFormatPcm
        | RealtimeAudioFormatPcma
        | RealtimeAudioFormatPcmu
        | Unset
    ) = UNSET
    voice: CustomVoice | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_voice import CustomVoice
        from ..models.realtime_audio_format_pcm import RealtimeAudioFormatPcm
        from ..models.realtime_audio_format_pcmu import RealtimeAudioFormatPcmu

        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, RealtimeAudioFormatPcm) or isinstance(
            self.format_, RealtimeAudioFormatPcmu
        ):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        voice: dict[str, Any] | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, CustomVoice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_voice import CustomVoice
        from ..models.realtime_audio_format_pcm import RealtimeAudioFormatPcm
        from ..models.realtime_audio_format_pcma import RealtimeAudioFormatPcma
        from ..models.realtime_audio_format_pcmu import RealtimeAudioFormatPcmu

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

        def _parse_voice(data: object) -> CustomVoice | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_voice_ga_type_1 = CustomVoice.from_dict(data)

                return componentsschemas_voice_ga_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomVoice | str | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        realtime_response_audio_output = cls(
            format_=format_,
            voice=voice,
        )

        return realtime_response_audio_output
