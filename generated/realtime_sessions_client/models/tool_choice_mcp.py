from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.tool_choice_mcp_type import ToolChoiceMCPType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolChoiceMCP")


@_attrs_define
class ToolChoiceMCP:
    """
    Attributes:
        type_ (ToolChoiceMCPType):
        server_label (str):
        name (None | str | Unset): The tool of that server to call; any of them when unset or `null`.
    """

    type_: ToolChoiceMCPType
    server_label: str
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        server_label = self.server_label

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ToolChoiceMCPType(d.pop("type"))

        server_label = d.pop("server_label")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        tool_choice_mcp = cls(
            type_=type_,
            server_label=server_label,
            name=name,
        )

        return tool_choice_mcp
