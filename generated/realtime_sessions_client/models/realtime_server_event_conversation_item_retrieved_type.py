from enum import Enum


class RealtimeServerEventConversationItemRetrievedType(str, Enum):
    CONVERSATION_ITEM_RETRIEVED = "conversation.item.retrieved"

    def __str__(self) -> str:
        return str(self.value)
