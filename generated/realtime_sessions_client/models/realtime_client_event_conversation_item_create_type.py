from enum import Enum


class RealtimeClientEventConversationItemCreateType(str, Enum):
    CONVERSATION_ITEM_CREATE = "conversation.item.create"

    def __str__(self) -> str:
        return str(self.value)
