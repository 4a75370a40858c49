from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_client_event_response_cancel_type import (
    RealtimeClientEventResponseCancelType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventResponseCancel")


@_attrs_define
class RealtimeClientEventResponseCancel:
    """Stop a response; it ends with `response.done` and status `cancelled`.

    Attributes:
        type_ (RealtimeClientEventResponseCancelType):
        event_id (str | Unset): A client-chosen id for this event, at most 512 characters; the server copies it into
            `error.event_id` when the event fails.
        response_id (str | Unset): The response to stop; without it, the one in progress in the default conversation.
    """

    type_: RealtimeClientEventResponseCancelType
    event_id: str | Unset = UNSET
    response_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        event_id = self.event_id

        response_id = self.response_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if response_id is not UNSET:
            field_dict["response_id"] = response_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = RealtimeClientEventResponseCancelType(d.pop("type"))

        event_id = d.pop("event_id", UNSET)

        response_id = d.pop("response_id", UNSET)

        realtime_client_event_response_cancel = cls(
            type_=type_,
            event_id=event_id,
            response_id=response_id,
        )

        return realtime_client_event_response_cancel
