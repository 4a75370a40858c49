from enum import Enum


class RealtimeTranscriptionSessionGAType(str, Enum):
    TRANSCRIPTION = "transcription"

    def __str__(self) -> str:
        return str(self.value)
