from enum import Enum


class RealtimeServerEventSessionCreatedType(str, Enum):
    SESSION_CREATED = "session.created"

    def __str__(self) -> str:
        return str(self.value)
