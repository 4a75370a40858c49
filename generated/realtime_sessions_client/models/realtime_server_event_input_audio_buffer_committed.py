from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_server_event_input_audio_buffer_committed_type import (
    RealtimeServerEventInputAudioBufferCommittedType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventInputAudioBufferCommitted")


@_attrs_define
class RealtimeServerEventInputAudioBufferCommitted:
    """The buffer became a user message item.

    Attributes:
        event_id (str):
        type_ (RealtimeServerEventInputAudioBufferCommittedType):
        item_id (str):
        previous_item_id (None | str | Unset):
    """

    event_id: str
    type_: RealtimeServerEventInputAudioBufferCommittedType
    item_id: str
    previous_item_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_.value

        item_id = self.item_id

        previous_item_id: None | str | Unset
        if isinstance(self.previous_item_id, Unset):
            previous_item_id = UNSET
        else:
            previous_item_id = self.previous_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
            }
        )
        if previous_item_id is not UNSET:
            field_dict["previous_item_id"] = previous_item_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventInputAudioBufferCommittedType(d.pop("type"))

        item_id = d.pop("item_id")

        def _parse_previous_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_item_id = _parse_previous_item_id(d.pop("previous_item_id", UNSET))

        realtime_server_event_input_audio_buffer_committed = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            previous_item_id=previous_item_id,
        )

        realtime_server_event_input_audio_buffer_committed.additional_properties = d
        return realtime_server_event_input_audio_buffer_committed

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
