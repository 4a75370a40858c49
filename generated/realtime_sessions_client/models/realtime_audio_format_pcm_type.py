from enum import Enum


class RealtimeAudioFormatPcmType(str, Enum):
    AUDIOPCM = "audio/pcm"

    def __str__(self) -> str:
        return str(self.value)
