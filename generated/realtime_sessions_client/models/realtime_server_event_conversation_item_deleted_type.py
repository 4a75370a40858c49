from enum import Enum


class RealtimeServerEventConversationItemDeletedType(str, Enum):
    CONVERSATION_ITEM_DELETED = "conversation.item.deleted"

    def __str__(self) -> str:
        return str(self.value)
