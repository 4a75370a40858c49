from enum import Enum


class RealtimeServerEventConversationItemTruncatedType(str, Enum):
    CONVERSATION_ITEM_TRUNCATED = "conversation.item.truncated"

    def __str__(self) -> str:
        return str(self.value)
