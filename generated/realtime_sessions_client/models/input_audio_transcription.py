from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.input_audio_transcription_delay import InputAudioTranscriptionDelay
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputAudioTranscription")


@_attrs_define
class InputAudioTranscription:
    """
    Attributes:
        model (str | Unset): The transcription model. Names outside `x-known-values` are accepted.
        language (str | Unset): The spoken language as an ISO-639-1 code (`en`, `de`); improves accuracy and latency.
        languages (list[str] | Unset): The languages the audio may be in, as ISO-639-1 codes. Only `gpt-transcribe` and
            `gpt-live-transcribe` take them.
        keywords (list[str] | Unset): Words or phrases that guide the transcription; `gpt-transcribe` and `gpt-live-
            transcribe` only.
        prompt (str | Unset): Guidance for the transcriber; keywords for `whisper-1`, free text for `gpt-4o-*`. Not
            taken by `gpt-realtime-whisper`.
        delay (InputAudioTranscriptionDelay | Unset): How long the transcriber waits before emitting text; longer is
            more accurate. Only
            `gpt-realtime-whisper` takes it.
    """

    model: str | Unset = UNSET
    language: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    prompt: str | Unset = UNSET
    delay: InputAudioTranscriptionDelay | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        language = self.language

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        prompt = self.prompt

        delay: str | Unset = UNSET
        if not isinstance(self.delay, Unset):
            delay = self.delay.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if delay is not UNSET:
            field_dict["delay"] = delay

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        language = d.pop("language", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        keywords = cast(list[str], d.pop("keywords", UNSET))

        prompt = d.pop("prompt", UNSET)

        _delay = d.pop("delay", UNSET)
        delay: InputAudioTranscriptionDelay | Unset
        if isinstance(_delay, Unset):
            delay = UNSET
        else:
            delay = InputAudioTranscriptionDelay(_delay)

        input_audio_transcription = cls(
            model=model,
            language=language,
            languages=languages,
            keywords=keywords,
            prompt=prompt,
            delay=delay,
        )

        return input_audio_transcription
