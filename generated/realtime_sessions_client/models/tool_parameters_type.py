from enum import Enum


class ToolParametersType(str, Enum):
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
