from enum import Enum


class RealtimeClientEventSessionUpdateType(str, Enum):
    SESSION_UPDATE = "session.update"

    def __str__(self) -> str:
        return str(self.value)
