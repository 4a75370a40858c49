from enum import Enum


class RealtimeClientEventConversationItemDeleteType(str, Enum):
    CONVERSATION_ITEM_DELETE = "conversation.item.delete"

    def __str__(self) -> str:
        return str(self.value)
