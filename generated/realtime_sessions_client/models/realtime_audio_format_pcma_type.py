from enum import Enum


class RealtimeAudioFormatPcmaType(str, Enum):
    AUDIOPCMA = "audio/pcma"

    def __str__(self) -> str:
        return str(self.value)
