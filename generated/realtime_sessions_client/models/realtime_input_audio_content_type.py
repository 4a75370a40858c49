from enum import Enum


class RealtimeInputAudioContentType(str, Enum):
    INPUT_AUDIO = "input_audio"

    def __str__(self) -> str:
        return str(self.value)
