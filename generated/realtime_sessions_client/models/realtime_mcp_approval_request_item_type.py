from enum import Enum


class RealtimeMcpApprovalRequestItemType(str, Enum):
    MCP_APPROVAL_REQUEST = "mcp_approval_request"

    def __str__(self) -> str:
        return str(self.value)
