from enum import Enum


class RealtimeClientEventConversationItemRetrieveType(str, Enum):
    CONVERSATION_ITEM_RETRIEVE = "conversation.item.retrieve"

    def __str__(self) -> str:
        return str(self.value)
