from enum import Enum


class RealtimeClientEventConversationItemTruncateType(str, Enum):
    CONVERSATION_ITEM_TRUNCATE = "conversation.item.truncate"

    def __str__(self) -> str:
        return str(self.value)
