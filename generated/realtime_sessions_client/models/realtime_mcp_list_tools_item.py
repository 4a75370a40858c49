from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_mcp_list_tools_item_type import RealtimeMcpListToolsItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.echoed_object import EchoedObject


T = TypeVar("T", bound="RealtimeMcpListToolsItem")


@_attrs_define
class RealtimeMcpListToolsItem:
    """Made by the server; accepted back, for example when replaying a conversation.

    Attributes:
        type_ (RealtimeMcpListToolsItemType):
        server_label (str):
        tools (list[EchoedObject]):
        id (str | Unset): The item's id; the client may choose it, else the server makes one.
    """

    type_: RealtimeMcpListToolsItemType
    server_label: str
    tools: list[EchoedObject]
    id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        server_label = self.server_label

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
                "tools": tools,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.echoed_object import EchoedObject

        d = dict(src_dict)
        type_ = RealtimeMcpListToolsItemType(d.pop("type"))

        server_label = d.pop("server_label")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = EchoedObject.from_dict(tools_item_data)

            tools.append(tools_item)

        id = d.pop("id", UNSET)

        realtime_mcp_list_tools_item = cls(
            type_=type_,
            server_label=server_label,
            tools=tools,
            id=id,
        )

        return realtime_mcp_list_tools_item
