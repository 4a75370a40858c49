from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.tool_choice_function_type import ToolChoiceFunctionType

T = TypeVar("T", bound="ToolChoiceFunction")


@_attrs_define
class ToolChoiceFunction:
    """
    Attributes:
        type_ (ToolChoiceFunctionType):
        name (str):
    """

    type_: ToolChoiceFunctionType
    name: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ToolChoiceFunctionType(d.pop("type"))

        name = d.pop("name")

        tool_choice_function = cls(
            type_=type_,
            name=name,
        )

        return tool_choice_function
