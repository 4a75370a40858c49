from enum import Enum


class RealtimeServerEventResponseFunctionCallArgumentsDoneType(str, Enum):
    RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE = "response.function_call_arguments.done"

    def __str__(self) -> str:
        return str(self.value)
