from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_audio_format_pcm_rate import RealtimeAudioFormatPcmRate
from ..models.realtime_audio_format_pcm_type import RealtimeAudioFormatPcmType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeAudioFormatPcm")


@_attrs_define
class RealtimeAudioFormatPcm:
    """
    Attributes:
        type_ (RealtimeAudioFormatPcmType):
        rate (RealtimeAudioFormatPcmRate | Unset): Sample rate in Hz; 24000 is the only one offered. Some servers insist
            on it being sent.
    """

    type_: RealtimeAudioFormatPcmType
    rate: RealtimeAudioFormatPcmRate | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        rate: int | Unset = UNSET
        if not isinstance(self.rate, Unset):
            rate = self.rate.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeAudioFormatPcmType(d.pop("type"))

        _rate = d.pop("rate", UNSET)
        rate: RealtimeAudioFormatPcmRate | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = RealtimeAudioFormatPcmRate(_rate)

        realtime_audio_format_pcm = cls(
            type_=type_,
            rate=rate,
        )

        return realtime_audio_format_pcm
