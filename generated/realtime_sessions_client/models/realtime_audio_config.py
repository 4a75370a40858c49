from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_audio_input import RealtimeAudioInput
    from ..models.realtime_audio_output import RealtimeAudioOutput


T = TypeVar("T", bound="RealtimeAudioConfig")


@_attrs_define
class RealtimeAudioConfig:
    """Audio settings, split by direction.

    Attributes:
        input_ (RealtimeAudioInput | Unset): What the client sends and how the server listens to it.
        output (RealtimeAudioOutput | Unset): How the model's audio answers sound.
    """

    input_: RealtimeAudioInput | Unset = UNSET
    output: RealtimeAudioOutput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_audio_input import RealtimeAudioInput
        from ..models.realtime_audio_output import RealtimeAudioOutput

        d = dict(src_dict)
        _input_ = d.pop("input", UNSET)
        input_: RealtimeAudioInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = RealtimeAudioInput.from_dict(_input_)

        _output = d.pop("output", UNSET)
        output: RealtimeAudioOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = RealtimeAudioOutput.from_dict(_output)

        realtime_audio_config = cls(
            input_=input_,
            output=output,
        )

        return realtime_audio_config
