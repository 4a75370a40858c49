from enum import Enum


class RealtimeUserMessageItemType(str, Enum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
