from enum import Enum


class RealtimeServerEventResponseContentPartDoneType(str, Enum):
    RESPONSE_CONTENT_PART_DONE = "response.content_part.done"

    def __str__(self) -> str:
        return str(self.value)
