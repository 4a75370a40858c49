from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_function_call_output_item_type import (
    RealtimeFunctionCallOutputItemType,
)
from ..models.realtime_item_object import RealtimeItemObject
from ..models.realtime_item_status import RealtimeItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeFunctionCallOutputItem")


@_attrs_define
class RealtimeFunctionCallOutputItem:
    """The result of a function call the model made in the conversation; `call_id` must match
    that call. Adding it does not start a response: send `response.create` after it.

        Attributes:
            type_ (RealtimeFunctionCallOutputItemType):
            call_id (str):
            output (str): Free text, possibly empty; an object must be serialized (as JSON) first.
            id (str | Unset): The item's id; the client may choose it, else the server makes one.
            object_ (RealtimeItemObject | Unset):
            status (RealtimeItemStatus | Unset): Accepted for symmetry with the server's items; it has no effect.
    """

    type_: RealtimeFunctionCallOutputItemType
    call_id: str
    output: str
    id: str | Unset = UNSET
    object_: RealtimeItemObject | Unset = UNSET
    status: RealtimeItemStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        call_id = self.call_id

        output = self.output

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
                "call_id": call_id,
                "output": output,
            }
        )
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
        type_ = RealtimeFunctionCallOutputItemType(d.pop("type"))

        call_id = d.pop("call_id")

        output = d.pop("output")

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

        realtime_function_call_output_item = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            object_=object_,
            status=status,
        )

        return realtime_function_call_output_item
