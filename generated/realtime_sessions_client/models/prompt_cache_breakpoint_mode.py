from enum import Enum


class PromptCacheBreakpointMode(str, Enum):
    EXPLICIT = "explicit"

    def __str__(self) -> str:
        return str(self.value)
