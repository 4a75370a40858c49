from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_function_call_item_type import RealtimeFunctionCallItemType
from ..models.realtime_item_object import RealtimeItemObject
from ..models.realtime_item_status import RealtimeItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeFunctionCallItem")


@_attrs_define
class RealtimeFunctionCallItem:
    """
    Attributes:
        type_ (RealtimeFunctionCallItemType):
        name (str):
        arguments (str): The arguments as JSON text, not as an object.
        call_id (str | Unset):
        id (str | Unset): The item's id; the client may choose it, else the server makes one.
        object_ (RealtimeItemObject | Unset):
        status (RealtimeItemStatus | Unset): Accepted for symmetry with the server's items; it has no effect.
    """

    type_: RealtimeFunctionCallItemType
    name: str
    arguments: str
    call_id: str | Unset = UNSET
    id: str | Unset = UNSET
    object_: RealtimeItemObject | Unset = UNSET
    status: RealtimeItemStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        arguments = self.arguments

        call_id = self.call_id

        id = self.id

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
                "arguments": arguments,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeFunctionCallItemType(d.pop("type"))

        name = d.pop("name")

        arguments = d.pop("arguments")

        call_id = d.pop("call_id", UNSET)

        id = d.pop("id", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: RealtimeItemObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = RealtimeItemObject(_object_)

        _status = d.pop("status", UNSET)
        status: RealtimeItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RealtimeItemStatus(_status)

        realtime_function_call_item = cls(
            type_=type_,
            name=name,
            arguments=arguments,
            call_id=call_id,
            id=id,
            object_=object_,
            status=status,
        )

        return realtime_function_call_item
