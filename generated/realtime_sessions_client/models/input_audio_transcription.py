from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="InputAudioTranscription")


@_attrs_define
class InputAudioTranscription:
    """
    Attributes:
        model (str | Unset): The transcription model. Names outside `x-known-values` are accepted.
        language (str | Unset): The spoken language as an ISO-639-1 code (`en`, `de`); improves accuracy and latency.
        prompt (str | Unset): Guidance for the transcriber; keywords for `whisper-1`, free text for `gpt-4o-*`.
    """

    model: str | Unset = UNSET
    language: str | Unset = UNSET
    prompt: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        language = self.language

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        language = d.pop("language", UNSET)

        prompt = d.pop("prompt", UNSET)

        input_audio_transcription = cls(
            model=model,
            language=language,
            prompt=prompt,
        )

        return input_audio_transcription
