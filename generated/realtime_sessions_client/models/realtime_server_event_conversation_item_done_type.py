from enum import Enum


class RealtimeServerEventConversationItemDoneType(str, Enum):
    CONVERSATION_ITEM_DONE = "conversation.item.done"

    def __str__(self) -> str:
        return str(self.value)
