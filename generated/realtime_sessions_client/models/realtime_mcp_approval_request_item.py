from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_mcp_approval_request_item_type import (
    RealtimeMcpApprovalRequestItemType,
)

T = TypeVar("T", bound="RealtimeMcpApprovalRequestItem")


@_attrs_define
class RealtimeMcpApprovalRequestItem:
    """Made by the server; accepted back, for example when replaying a conversation.

    Attributes:
        type_ (RealtimeMcpApprovalRequestItemType):
        id (str): The item's id; the client may choose it, else the server makes one.
        server_label (str):
        name (str):
        arguments (str):
    """

    type_: RealtimeMcpApprovalRequestItemType
    id: str
    server_label: str
    name: str
    arguments: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        server_label = self.server_label

        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "server_label": server_label,
                "name": name,
                "arguments": arguments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeMcpApprovalRequestItemType(d.pop("type"))

        id = d.pop("id")

        server_label = d.pop("server_label")

        name = d.pop("name")

        arguments = d.pop("arguments")

        realtime_mcp_approval_request_item = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
        )

        return realtime_mcp_approval_request_item
