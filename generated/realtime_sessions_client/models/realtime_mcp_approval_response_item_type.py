from enum import Enum


class RealtimeMcpApprovalResponseItemType(str, Enum):
    MCP_APPROVAL_RESPONSE = "mcp_approval_response"

    def __str__(self) -> str:
        return str(self.value)
