from enum import Enum


class RealtimeMcpCallItemType(str, Enum):
    MCP_CALL = "mcp_call"

    def __str__(self) -> str:
        return str(self.value)
