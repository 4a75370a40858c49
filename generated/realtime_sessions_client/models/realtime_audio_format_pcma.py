from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_audio_format_pcma_type import RealtimeAudioFormatPcmaType

T = TypeVar("T", bound="RealtimeAudioFormatPcma")


@_attrs_define
class RealtimeAudioFormatPcma:
    """
    Attributes:
        type_ (RealtimeAudioFormatPcmaType):
    """

    type_: RealtimeAudioFormatPcmaType

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeAudioFormatPcmaType(d.pop("type"))

        realtime_audio_format_pcma = cls(
            type_=type_,
        )

        return realtime_audio_format_pcma
