from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_response_output_item_done_type import (
    RealtimeServerEventResponseOutputItemDoneType,
)

if TYPE_CHECKING:
    from ..models.echoed_object import EchoedObject


T = TypeVar("T", bound="RealtimeServerEventResponseOutputItemDone")


@_attrs_define
class RealtimeServerEventResponseOutputItemDone:
    """A response finished an item.

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventResponseOutputItemDoneType):
        response_id (str):
        output_index (int):
        item (EchoedObject): A nested part of the echoed configuration, kept as the server sent it.
    """

    event_id: str
    type_: RealtimeServerEventResponseOutputItemDoneType
    response_id: str
    output_index: int
    item: EchoedObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        response_id = self.response_id

        output_index = self.output_index

        item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "output_index": output_index,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.echoed_object import EchoedObject

        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventResponseOutputItemDoneType(d.pop("type"))

        response_id = d.pop("response_id")

        output_index = d.pop("output_index")

        item = EchoedObject.from_dict(d.pop("item"))

        realtime_server_event_response_output_item_done = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            output_index=output_index,
            item=item,
        )

        realtime_server_event_response_output_item_done.additional_properties = d
        return realtime_server_event_response_output_item_done

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
