from enum import Enum


class RealtimeServerEventOutputAudioBufferStoppedType(str, Enum):
    OUTPUT_AUDIO_BUFFER_STOPPED = "output_audio_buffer.stopped"

    def __str__(self) -> str:
        return str(self.value)
