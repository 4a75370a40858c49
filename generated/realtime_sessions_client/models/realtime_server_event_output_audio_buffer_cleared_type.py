from enum import Enum


class RealtimeServerEventOutputAudioBufferClearedType(str, Enum):
    OUTPUT_AUDIO_BUFFER_CLEARED = "output_audio_buffer.cleared"

    def __str__(self) -> str:
        return str(self.value)
