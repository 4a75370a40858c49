from enum import Enum


class RealtimeClientEventResponseCancelType(str, Enum):
    RESPONSE_CANCEL = "response.cancel"

    def __str__(self) -> str:
        return str(self.value)
