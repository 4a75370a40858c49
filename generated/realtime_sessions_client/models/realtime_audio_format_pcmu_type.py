from enum import Enum


class RealtimeAudioFormatPcmuType(str, Enum):
    AUDIOPCMU = "audio/pcmu"

    def __str__(self) -> str:
        return str(self.value)
