from enum import Enum


class RealtimeServerEventConversationItemAddedType(str, Enum):
    CONVERSATION_ITEM_ADDED = "conversation.item.added"

    def __str__(self) -> str:
        return str(self.value)
