from enum import Enum


class RealtimeServerEventInputAudioBufferTimeoutTriggeredType(str, Enum):
    INPUT_AUDIO_BUFFER_TIMEOUT_TRIGGERED = "input_audio_buffer.timeout_triggered"

    def __str__(self) -> str:
        return str(self.value)
