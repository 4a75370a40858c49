from enum import Enum


class AudioFormatName(str, Enum):
    G711_ALAW = "g711_alaw"
    G711_ULAW = "g711_ulaw"
    PCM16 = "pcm16"

    def __str__(self) -> str:
        return str(self.value)
