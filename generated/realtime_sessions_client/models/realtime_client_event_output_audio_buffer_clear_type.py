from enum import Enum


class RealtimeClientEventOutputAudioBufferClearType(str, Enum):
    OUTPUT_AUDIO_BUFFER_CLEAR = "output_audio_buffer.clear"

    def __str__(self) -> str:
        return str(self.value)
