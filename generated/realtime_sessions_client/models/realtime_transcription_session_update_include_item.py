from enum import Enum


class RealtimeTranscriptionSessionUpdateIncludeItem(str, Enum):
    ITEM_INPUT_AUDIO_TRANSCRIPTION_LOGPROBS = "item.input_audio_transcription.logprobs"

    def __str__(self) -> str:
        return str(self.value)
