from enum import Enum


class RealtimeAssistantMessageItemType(str, Enum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
