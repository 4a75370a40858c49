from enum import Enum


class RealtimeServerEventInputAudioBufferCommittedType(str, Enum):
    INPUT_AUDIO_BUFFER_COMMITTED = "input_audio_buffer.committed"

    def __str__(self) -> str:
        return str(self.value)
