from enum import Enum


class RealtimeSessionGAType(str, Enum):
    REALTIME = "realtime"

    def __str__(self) -> str:
        return str(self.value)
