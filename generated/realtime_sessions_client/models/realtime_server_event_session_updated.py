from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_session_updated_type import (
    RealtimeServerEventSessionUpdatedType,
)

if TYPE_CHECKING:
    from ..models.realtime_session_ga import RealtimeSessionGA


T = TypeVar("T", bound="RealtimeServerEventSessionUpdated")


@_attrs_define
class RealtimeServerEventSessionUpdated:
    """The whole effective session after a `session.update`.

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventSessionUpdatedType):
        session (RealtimeSessionGA): The effective GA session echoed by the server. Types are loose on purpose: nested
            parts are
            kept as sent, so a new server field never breaks parsing.
    """

    event_id: str
    type_: RealtimeServerEventSessionUpdatedType
    session: RealtimeSessionGA
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "session": session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_session_ga import RealtimeSessionGA

        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventSessionUpdatedType(d.pop("type"))

        session = RealtimeSessionGA.from_dict(d.pop("session"))

        realtime_server_event_session_updated = cls(
            event_id=event_id,
            type_=type_,
            session=session,
        )

        realtime_server_event_session_updated.additional_properties = d
        return realtime_server_event_session_updated

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
