from enum import Enum


class RealtimeSystemMessageItemType(str, Enum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
