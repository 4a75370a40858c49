from enum import Enum


class RealtimeServerEventResponseOutputAudioDoneType(str, Enum):
    RESPONSE_OUTPUT_AUDIO_DONE = "response.output_audio.done"

    def __str__(self) -> str:
        return str(self.value)
