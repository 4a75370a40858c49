from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_error_type import RealtimeServerEventErrorType

if TYPE_CHECKING:
    from ..models.realtime_server_error import RealtimeServerError


T = TypeVar("T", bound="RealtimeServerEventError")


@_attrs_define
class RealtimeServerEventError:
    """Something the client sent failed; most errors leave the session open.

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventErrorType):
        error (RealtimeServerError): What failed; `param` is the path in the client event, `event_id` that event's id.
    """

    event_id: str
    type_: RealtimeServerEventErrorType
    error: RealtimeServerError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_server_error import RealtimeServerError

        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventErrorType(d.pop("type"))

        error = RealtimeServerError.from_dict(d.pop("error"))

        realtime_server_event_error = cls(
            event_id=event_id,
            type_=type_,
            error=error,
        )

        realtime_server_event_error.additional_properties = d
        return realtime_server_event_error

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
