from enum import Enum


class RealtimeServerEventResponseDoneType(str, Enum):
    RESPONSE_DONE = "response.done"

    def __str__(self) -> str:
        return str(self.value)
