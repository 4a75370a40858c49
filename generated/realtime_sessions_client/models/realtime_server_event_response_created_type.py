from enum import Enum


class RealtimeServerEventResponseCreatedType(str, Enum):
    RESPONSE_CREATED = "response.created"

    def __str__(self) -> str:
        return str(self.value)
