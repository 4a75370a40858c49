from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput


T = TypeVar("T", bound="RealtimeResponseAudio")


@_attrs_define
class RealtimeResponseAudio:
    """How this response sounds (there is no `input` and no `speed` here).

    Attributes:
        output (RealtimeResponseAudioOutput | Unset):
    """

    output: RealtimeResponseAudioOutput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput

        d = dict(src_dict)
        _output = d.pop("output", UNSET)
        output: RealtimeResponseAudioOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = RealtimeResponseAudioOutput.from_dict(_output)

        realtime_response_audio = cls(
            output=output,
        )

        return realtime_response_audio
