from enum import Enum


class MCPToolType(str, Enum):
    MCP = "mcp"

    def __str__(self) -> str:
        return str(self.value)
