from enum import Enum


class RealtimeIncludeItem(str, Enum):
    ITEM_INPUT_AUDIO_TRANSCRIPTION_LOGPROBS = "item.input_audio_transcription.logprobs"

    def __str__(self) -> str:
        return str(self.value)
