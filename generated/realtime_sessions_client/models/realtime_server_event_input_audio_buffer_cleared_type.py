from enum import Enum


class RealtimeServerEventInputAudioBufferClearedType(str, Enum):
    INPUT_AUDIO_BUFFER_CLEARED = "input_audio_buffer.cleared"

    def __str__(self) -> str:
        return str(self.value)
