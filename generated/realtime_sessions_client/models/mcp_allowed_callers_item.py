from enum import Enum


class MCPAllowedCallersItem(str, Enum):
    DIRECT = "direct"
    PROGRAMMATIC = "programmatic"

    def __str__(self) -> str:
        return str(self.value)
