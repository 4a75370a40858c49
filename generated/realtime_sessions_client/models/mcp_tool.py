from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.mcp_allowed_callers_item import MCPAllowedCallersItem
from ..models.mcp_approval_mode import MCPApprovalMode
from ..models.mcp_tool_connector_id import MCPToolConnectorId
from ..models.mcp_tool_type import MCPToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_approval_filter import MCPApprovalFilter
    from ..models.mcp_headers import MCPHeaders
    from ..models.mcp_tool_filter import MCPToolFilter


T = TypeVar("T", bound="MCPTool")


@_attrs_define
class MCPTool:
    """A remote Model Context Protocol server whose tools the model may call. Exactly one of
    `server_url`, `connector_id` or `tunnel_id` says how to reach it: `x-exactly-one-of`
    says so for readers and our checker, the `not` below says the same for any JSON Schema
    tool (no two of them, and not none).
    `authorization` and the values of `headers` are credentials.

        Attributes:
            type_ (MCPToolType):
            server_label (str): The name tool calls use for this server; `tool_choice` refers to it.
            server_url (str | Unset): The server's URL.
            connector_id (MCPToolConnectorId | Unset): A service connector, like those of ChatGPT, instead of a server URL.
            tunnel_id (str | Unset): A Secure MCP Tunnel to use instead of a server URL.
            authorization (str | Unset): An OAuth access token for the server or connector (a credential).
            server_description (str | Unset): What the server is for, as context for the model.
            headers (MCPHeaders | None | Unset): HTTP headers sent to the server, e.g. for authentication (values are
                credentials).
            allowed_tools (list[str] | MCPToolFilter | None | Unset): The server's tools the model may use, by name or by
                filter; all when unset.
            allowed_callers (list[MCPAllowedCallersItem] | None | Unset): The contexts that may invoke the tools.
            require_approval (MCPApprovalFilter | MCPApprovalMode | None | Unset): Which tools need the client's approval
                before a call: `always` (the server
                default), `never`, or filters for each.
            defer_loading (bool | Unset): Load the tools only when tool search finds them.
    """

    type_: MCPToolType
    server_label: str
    server_url: str | Unset = UNSET
    connector_id: MCPToolConnectorId | Unset = UNSET
    tunnel_id: str | Unset = UNSET
    authorization: str | Unset = UNSET
    server_description: str | Unset = UNSET
    headers: MCPHeaders | None | Unset = UNSET
    allowed_tools: list[str] | MCPToolFilter | None | Unset = UNSET
    allowed_callers: list[MCPAllowedCallersItem] | None | Unset = UNSET
    require_approval: MCPApprovalFilter | MCPApprovalMode | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.mcp_approval_filter import MCPApprovalFilter
        from ..models.mcp_headers import MCPHeaders
        from ..models.mcp_tool_filter import MCPToolFilter

        type_ = self.type_.value

        server_label = self.server_label

        server_url = self.server_url

        connector_id: str | Unset = UNSET
        if not isinstance(self.connector_id, Unset):
            connector_id = self.connector_id.value

        tunnel_id = self.tunnel_id

        authorization = self.authorization

        server_description = self.server_description

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, MCPHeaders):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        elif isinstance(self.allowed_tools, MCPToolFilter):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for componentsschemas_mcp_allowed_callers_item_data in self.allowed_callers:
                componentsschemas_mcp_allowed_callers_item = (
                    componentsschemas_mcp_allowed_callers_item_data.value
                )
                allowed_callers.append(componentsschemas_mcp_allowed_callers_item)

        else:
            allowed_callers = self.allowed_callers

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, MCPApprovalMode):
            require_approval = self.require_approval.value
        elif isinstance(self.require_approval, MCPApprovalFilter):
            require_approval = self.require_approval.to_dict()
        else:
            require_approval = self.require_approval

        defer_loading = self.defer_loading

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
            }
        )
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if tunnel_id is not UNSET:
            field_dict["tunnel_id"] = tunnel_id
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mcp_approval_filter import MCPApprovalFilter
        from ..models.mcp_headers import MCPHeaders
        from ..models.mcp_tool_filter import MCPToolFilter

        d = dict(src_dict)
        type_ = MCPToolType(d.pop("type"))

        server_label = d.pop("server_label")

        server_url = d.pop("server_url", UNSET)

        _connector_id = d.pop("connector_id", UNSET)
        connector_id: MCPToolConnectorId | Unset
        if isinstance(_connector_id, Unset):
            connector_id = UNSET
        else:
            connector_id = MCPToolConnectorId(_connector_id)

        tunnel_id = d.pop("tunnel_id", UNSET)

        authorization = d.pop("authorization", UNSET)

        server_description = d.pop("server_description", UNSET)

        def _parse_headers(data: object) -> MCPHeaders | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = MCPHeaders.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MCPHeaders | None | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_allowed_tools(
            data: object,
        ) -> list[str] | MCPToolFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_tools_type_0 = cast(list[str], data)

                return allowed_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_tools_type_1 = MCPToolFilter.from_dict(data)

                return allowed_tools_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | MCPToolFilter | None | Unset, data)

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        def _parse_allowed_callers(
            data: object,
        ) -> list[MCPAllowedCallersItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = data
                for (
                    componentsschemas_mcp_allowed_callers_item_data
                ) in _allowed_callers_type_0:
                    componentsschemas_mcp_allowed_callers_item = MCPAllowedCallersItem(
                        componentsschemas_mcp_allowed_callers_item_data
                    )

                    allowed_callers_type_0.append(
                        componentsschemas_mcp_allowed_callers_item
                    )

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MCPAllowedCallersItem] | None | Unset, data)

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        def _parse_require_approval(
            data: object,
        ) -> MCPApprovalFilter | MCPApprovalMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                require_approval_type_0 = MCPApprovalMode(data)

                return require_approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                require_approval_type_1 = MCPApprovalFilter.from_dict(data)

                return require_approval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MCPApprovalFilter | MCPApprovalMode | None | Unset, data)

        require_approval = _parse_require_approval(d.pop("require_approval", UNSET))

        defer_loading = d.pop("defer_loading", UNSET)

        mcp_tool = cls(
            type_=type_,
            server_label=server_label,
            server_url=server_url,
            connector_id=connector_id,
            tunnel_id=tunnel_id,
            authorization=authorization,
            server_description=server_description,
            headers=headers,
            allowed_tools=allowed_tools,
            allowed_callers=allowed_callers,
            require_approval=require_approval,
            defer_loading=defer_loading,
        )

        return mcp_tool
