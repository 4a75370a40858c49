from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPToolFilter")


@_attrs_define
class MCPToolFilter:
    """
    Attributes:
        tool_names (list[str] | Unset):
        read_only (bool | Unset): Match the tools the server annotates as read-only (`readOnlyHint`).
    """

    tool_names: list[str] | Unset = UNSET
    read_only: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tool_names: list[str] | Unset = UNSET
        if not isinstance(self.tool_names, Unset):
            tool_names = self.tool_names

        read_only = self.read_only

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names
        if read_only is not UNSET:
            field_dict["read_only"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tool_names = cast(list[str], d.pop("tool_names", UNSET))

        read_only = d.pop("read_only", UNSET)

        mcp_tool_filter = cls(
            tool_names=tool_names,
            read_only=read_only,
        )

        return mcp_tool_filter
