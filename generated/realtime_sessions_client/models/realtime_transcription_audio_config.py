from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_audio_input import RealtimeAudioInput


T = TypeVar("T", bound="RealtimeTranscriptionAudioConfig")


@_attrs_define
class RealtimeTranscriptionAudioConfig:
    """Audio settings of a transcription session; input only.

    Attributes:
        input_ (RealtimeAudioInput | Unset): What the client sends and how the server listens to it.
    """

    input_: RealtimeAudioInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_audio_input import RealtimeAudioInput

        d = dict(src_dict)
        _input_ = d.pop("input", UNSET)
        input_: RealtimeAudioInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = RealtimeAudioInput.from_dict(_input_)

        realtime_transcription_audio_config = cls(
            input_=input_,
        )

        return realtime_transcription_audio_config
