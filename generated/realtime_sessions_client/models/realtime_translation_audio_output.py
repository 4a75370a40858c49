from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationAudioOutput")


@_attrs_define
class RealtimeTranslationAudioOutput:
    """
    Attributes:
        language (str | Unset): The language to speak, e.g. `es` or `de`.
    """

    language: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        language = d.pop("language", UNSET)

        realtime_translation_audio_output = cls(
            language=language,
        )

        return realtime_translation_audio_output
