from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.echoed_object import EchoedObject


T = TypeVar("T", bound="RealtimeTranslationSession")


@_attrs_define
class RealtimeTranslationSession:
    """The effective translation session; kept loose like the other echoes.

    Attributes:
        id (str | Unset):
        type_ (str | Unset): Always `translation`.
        model (str | Unset):
        audio (EchoedObject | Unset): A nested part of the echoed configuration, kept as the server sent it.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    model: str | Unset = UNSET
    audio: EchoedObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        model = self.model

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if model is not UNSET:
            field_dict["model"] = model
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.echoed_object import EchoedObject

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        model = d.pop("model", UNSET)

        _audio = d.pop("audio", UNSET)
        audio: EchoedObject | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = EchoedObject.from_dict(_audio)

        realtime_translation_session = cls(
            id=id,
            type_=type_,
            model=model,
            audio=audio,
        )

        realtime_translation_session.additional_properties = d
        return realtime_translation_session

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
