from enum import Enum


class RealtimeMcpListToolsItemType(str, Enum):
    MCP_LIST_TOOLS = "mcp_list_tools"

    def __str__(self) -> str:
        return str(self.value)
