from enum import Enum


class RealtimeItemObject(str, Enum):
    REALTIME_ITEM = "realtime.item"

    def __str__(self) -> str:
        return str(self.value)
