from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_audio_input import RealtimeTranslationAudioInput
    from ..models.realtime_translation_audio_output import (
        RealtimeTranslationAudioOutput,
    )


T = TypeVar("T", bound="RealtimeTranslationAudioConfig")


@_attrs_define
class RealtimeTranslationAudioConfig:
    """
    Attributes:
        input_ (RealtimeTranslationAudioInput | Unset):
        output (RealtimeTranslationAudioOutput | Unset):
    """

    input_: RealtimeTranslationAudioInput | Unset = UNSET
    output: RealtimeTranslationAudioOutput | Unset = UNSET

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
        from ..models.realtime_translation_audio_input import (
            RealtimeTranslationAudioInput,
        )
        from ..models.realtime_translation_audio_output import (
            RealtimeTranslationAudioOutput,
        )

        d = dict(src_dict)
        _input_ = d.pop("input", UNSET)
        input_: RealtimeTranslationAudioInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = RealtimeTranslationAudioInput.from_dict(_input_)

        _output = d.pop("output", UNSET)
        output: RealtimeTranslationAudioOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = RealtimeTranslationAudioOutput.from_dict(_output)

        realtime_translation_audio_config = cls(
            input_=input_,
            output=output,
        )

        return realtime_translation_audio_config
