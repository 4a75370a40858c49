from enum import Enum


class RealtimeTruncationType0(str, Enum):
    AUTO = "auto"
    DISABLED = "disabled"

    def __str__(self) -> str:
        return str(self.value)
