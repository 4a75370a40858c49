from enum import Enum


class RealtimeFunctionCallOutputItemType(str, Enum):
    FUNCTION_CALL_OUTPUT = "function_call_output"

    def __str__(self) -> str:
        return str(self.value)
