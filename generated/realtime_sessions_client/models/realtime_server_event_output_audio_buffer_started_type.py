from enum import Enum


class RealtimeServerEventOutputAudioBufferStartedType(str, Enum):
    OUTPUT_AUDIO_BUFFER_STARTED = "output_audio_buffer.started"

    def __str__(self) -> str:
        return str(self.value)
