from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.function_tool_type import FunctionToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_parameters import ToolParameters


T = TypeVar("T", bound="FunctionTool")


@_attrs_define
class FunctionTool:
    """A function the model may call, described in full.

    Attributes:
        type_ (FunctionToolType):
        name (str): Letters, digits, `_` and `-`, at most 64 characters; unique within `tools`.
        description (str | Unset): When and how to call the function, for the model.
        parameters (ToolParameters | Unset): The function's arguments as a JSON Schema whose top level is an object.
    """

    type_: FunctionToolType
    name: str
    description: str | Unset = UNSET
    parameters: ToolParameters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_parameters import ToolParameters

        d = dict(src_dict)
        type_ = FunctionToolType(d.pop("type"))

        name = d.pop("name")

        description = d.pop("description", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: ToolParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ToolParameters.from_dict(_parameters)

        function_tool = cls(
            type_=type_,
            name=name,
            description=description,
            parameters=parameters,
        )

        return function_tool
