from enum import Enum


class RealtimeClientEventResponseCreateType(str, Enum):
    RESPONSE_CREATE = "response.create"

    def __str__(self) -> str:
        return str(self.value)
