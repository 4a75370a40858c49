from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_client_event_response_create_type import (
    RealtimeClientEventResponseCreateType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_response_create_params import RealtimeResponseCreateParams


T = TypeVar("T", bound="RealtimeClientEventResponseCreate")


@_attrs_define
class RealtimeClientEventResponseCreate:
    """Ask for a response (with server VAD the server also starts them). The fields of
    `response` override the session's for this response only; `{"type": "response.create"}`
    is complete.

        Attributes:
            type_ (RealtimeClientEventResponseCreateType):
            event_id (str | Unset): A client-chosen id for this event, at most 512 characters; the server copies it into
                `error.event_id` when the event fails.
            response (RealtimeResponseCreateParams | Unset): Settings of one response. Each one given replaces the session's
                for this response:
                `tools` in particular replaces the session's list (it does not add to it), so a forced
                `tool_choice` must name a tool of `tools` when `tools` is given.
    """

    type_: RealtimeClientEventResponseCreateType
    event_id: str | Unset = UNSET
    response: RealtimeResponseCreateParams | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        event_id = self.event_id

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_response_create_params import (
            RealtimeResponseCreateParams,
        )

        d = dict(src_dict)
        type_ = RealtimeClientEventResponseCreateType(d.pop("type"))

        event_id = d.pop("event_id", UNSET)

        _response = d.pop("response", UNSET)
        response: RealtimeResponseCreateParams | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = RealtimeResponseCreateParams.from_dict(_response)

        realtime_client_event_response_create = cls(
            type_=type_,
            event_id=event_id,
            response=response,
        )

        return realtime_client_event_response_create
