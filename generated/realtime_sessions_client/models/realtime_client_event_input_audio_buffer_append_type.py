from enum import Enum


class RealtimeClientEventInputAudioBufferAppendType(str, Enum):
    INPUT_AUDIO_BUFFER_APPEND = "input_audio_buffer.append"

    def __str__(self) -> str:
        return str(self.value)
