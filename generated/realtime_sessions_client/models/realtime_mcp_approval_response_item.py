from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_mcp_approval_response_item_type import (
    RealtimeMcpApprovalResponseItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeMcpApprovalResponseItem")


@_attrs_define
class RealtimeMcpApprovalResponseItem:
    """The answer to the server's `mcp_approval_request`.

    Attributes:
        type_ (RealtimeMcpApprovalResponseItemType):
        id (str): The item's id; the client may choose it, else the server makes one.
        approval_request_id (str):
        approve (bool):
        reason (None | str | Unset):
    """

    type_: RealtimeMcpApprovalResponseItemType
    id: str
    approval_request_id: str
    approve: bool
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        approval_request_id = self.approval_request_id

        approve = self.approve

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "approval_request_id": approval_request_id,
                "approve": approve,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeMcpApprovalResponseItemType(d.pop("type"))

        id = d.pop("id")

        approval_request_id = d.pop("approval_request_id")

        approve = d.pop("approve")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        realtime_mcp_approval_response_item = cls(
            type_=type_,
            id=id,
            approval_request_id=approval_request_id,
            approve=approve,
            reason=reason,
        )

        return realtime_mcp_approval_response_item
