from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_response_done_type import (
    RealtimeServerEventResponseDoneType,
)

if TYPE_CHECKING:
    from ..models.realtime_response import RealtimeResponse


T = TypeVar("T", bound="RealtimeServerEventResponseDone")


@_attrs_define
class RealtimeServerEventResponseDone:
    """The last event of a response, whatever its outcome.

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventResponseDoneType):
        response (RealtimeResponse): A response as the server reports it. `conversation_id` is `null` for an out-of-band
            response (`conversation: "none"`); `metadata` is the request's.
    """

    event_id: str
    type_: RealtimeServerEventResponseDoneType
    response: RealtimeResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_response import RealtimeResponse

        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventResponseDoneType(d.pop("type"))

        response = RealtimeResponse.from_dict(d.pop("response"))

        realtime_server_event_response_done = cls(
            event_id=event_id,
            type_=type_,
            response=response,
        )

        realtime_server_event_response_done.additional_properties = d
        return realtime_server_event_response_done

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
