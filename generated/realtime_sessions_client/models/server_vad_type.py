from enum import Enum


class ServerVadType(str, Enum):
    SERVER_VAD = "server_vad"

    def __str__(self) -> str:
        return str(self.value)
