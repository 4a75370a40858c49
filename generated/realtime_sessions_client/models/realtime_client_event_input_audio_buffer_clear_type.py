from enum import Enum


class RealtimeClientEventInputAudioBufferClearType(str, Enum):
    INPUT_AUDIO_BUFFER_CLEAR = "input_audio_buffer.clear"

    def __str__(self) -> str:
        return str(self.value)
