from enum import Enum


class TracingType0(str, Enum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
