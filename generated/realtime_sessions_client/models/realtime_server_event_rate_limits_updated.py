from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_rate_limits_updated_type import (
    RealtimeServerEventRateLimitsUpdatedType,
)

if TYPE_CHECKING:
    from ..models.echoed_object import EchoedObject


T = TypeVar("T", bound="RealtimeServerEventRateLimitsUpdated")


@_attrs_define
class RealtimeServerEventRateLimitsUpdated:
    """The rate limits after a response started.

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventRateLimitsUpdatedType):
        rate_limits (list[EchoedObject]):
    """

    event_id: str
    type_: RealtimeServerEventRateLimitsUpdatedType
    rate_limits: list[EchoedObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        rate_limits = []
        for rate_limits_item_data in self.rate_limits:
            rate_limits_item = rate_limits_item_data.to_dict()
            rate_limits.append(rate_limits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "rate_limits": rate_limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.echoed_object import EchoedObject

        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventRateLimitsUpdatedType(d.pop("type"))

        rate_limits = []
        _rate_limits = d.pop("rate_limits")
        for rate_limits_item_data in _rate_limits:
            rate_limits_item = EchoedObject.from_dict(rate_limits_item_data)

            rate_limits.append(rate_limits_item)

        realtime_server_event_rate_limits_updated = cls(
            event_id=event_id,
            type_=type_,
            rate_limits=rate_limits,
        )

        realtime_server_event_rate_limits_updated.additional_properties = d
        return realtime_server_event_rate_limits_updated

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
