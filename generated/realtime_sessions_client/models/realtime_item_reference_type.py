from enum import Enum


class RealtimeItemReferenceType(str, Enum):
    ITEM_REFERENCE = "item_reference"

    def __str__(self) -> str:
        return str(self.value)
