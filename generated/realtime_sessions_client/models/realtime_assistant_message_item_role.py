from enum import Enum


class RealtimeAssistantMessageItemRole(str, Enum):
    ASSISTANT = "assistant"

    def __str__(self) -> str:
        return str(self.value)
