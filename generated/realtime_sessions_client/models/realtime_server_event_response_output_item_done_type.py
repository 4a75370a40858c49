from enum import Enum


class RealtimeServerEventResponseOutputItemDoneType(str, Enum):
    RESPONSE_OUTPUT_ITEM_DONE = "response.output_item.done"

    def __str__(self) -> str:
        return str(self.value)
