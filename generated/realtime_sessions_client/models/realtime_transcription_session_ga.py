from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_transcription_session_ga_type import (
    RealtimeTranscriptionSessionGAType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.echoed_object import EchoedObject


T = TypeVar("T", bound="RealtimeTranscriptionSessionGA")


@_attrs_define
class RealtimeTranscriptionSessionGA:
    """The effective transcription session echoed by the server.

    Attributes:
        type_ (RealtimeTranscriptionSessionGAType):
        object_ (str | Unset): Always `realtime.transcription_session`.
        id (str | Unset): The session id, `sess_...`.
        expires_at (int | Unset): When the session itself expires, in Unix seconds.
        audio (EchoedObject | Unset): A nested part of the echoed configuration, kept as the server sent it.
        include (list[str] | None | Unset):
    """

    type_: RealtimeTranscriptionSessionGAType
    object_: str | Unset = UNSET
    id: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    audio: EchoedObject | Unset = UNSET
    include: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        object_ = self.object_

        id = self.id

        expires_at = self.expires_at

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = self.include

        else:
            include = self.include

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if audio is not UNSET:
            field_dict["audio"] = audio
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.echoed_object import EchoedObject

        d = dict(src_dict)
        type_ = RealtimeTranscriptionSessionGAType(d.pop("type"))

        object_ = d.pop("object", UNSET)

        id = d.pop("id", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        _audio = d.pop("audio", UNSET)
        audio: EchoedObject | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = EchoedObject.from_dict(_audio)

        def _parse_include(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_type_0 = cast(list[str], data)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        include = _parse_include(d.pop("include", UNSET))

        realtime_transcription_session_ga = cls(
            type_=type_,
            object_=object_,
            id=id,
            expires_at=expires_at,
            audio=audio,
            include=include,
        )

        realtime_transcription_session_ga.additional_properties = d
        return realtime_transcription_session_ga

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
