from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter


T = TypeVar("T", bound="MCPApprovalFilter")


@_attrs_define
class MCPApprovalFilter:
    """
    Attributes:
        always (MCPToolFilter | Unset):
        never (MCPToolFilter | Unset):
    """

    always: MCPToolFilter | Unset = UNSET
    never: MCPToolFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        always: dict[str, Any] | Unset = UNSET
        if not isinstance(self.always, Unset):
            always = self.always.to_dict()

        never: dict[str, Any] | Unset = UNSET
        if not isinstance(self.never, Unset):
            never = self.never.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mcp_tool_filter import MCPToolFilter

        d = dict(src_dict)
        _always = d.pop("always", UNSET)
        always: MCPToolFilter | Unset
        if isinstance(_always, Unset):
            always = UNSET
        else:
            always = MCPToolFilter.from_dict(_always)

        _never = d.pop("never", UNSET)
        never: MCPToolFilter | Unset
        if isinstance(_never, Unset):
            never = UNSET
        else:
            never = MCPToolFilter.from_dict(_never)

        mcp_approval_filter = cls(
            always=always,
            never=never,
        )

        return mcp_approval_filter
