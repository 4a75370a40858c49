from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_secret import ClientSecret
    from ..models.echoed_object import EchoedObject


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponse")


@_attrs_define
class RealtimeTranscriptionSessionCreateResponse:
    """The created beta transcription session, with its client secret.

    Attributes:
        client_secret (ClientSecret):
        id (str | Unset):
        object_ (str | Unset): Always `realtime.transcription_session`.
        expires_at (int | Unset):
        input_audio_format (str | Unset):
        input_audio_transcription (EchoedObject | None | Unset):
        input_audio_noise_reduction (EchoedObject | None | Unset):
        turn_detection (EchoedObject | None | Unset):
        include (list[str] | None | Unset):
    """

    client_secret: ClientSecret
    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    input_audio_format: str | Unset = UNSET
    input_audio_transcription: EchoedObject | None | Unset = UNSET
    input_audio_noise_reduction: EchoedObject | None | Unset = UNSET
    turn_detection: EchoedObject | None | Unset = UNSET
    include: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.echoed_object import EchoedObject

        client_secret = self.client_secret.to_dict()

        id = self.id

        object_ = self.object_

        expires_at = self.expires_at

        input_audio_format = self.input_audio_format

        input_audio_transcription: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        elif isinstance(self.input_audio_transcription, EchoedObject):
            input_audio_transcription = self.input_audio_transcription.to_dict()
        else:
            input_audio_transcription = self.input_audio_transcription

        input_audio_noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = UNSET
        elif isinstance(self.input_audio_noise_reduction, EchoedObject):
            input_audio_noise_reduction = self.input_audio_noise_reduction.to_dict()
        else:
            input_audio_noise_reduction = self.input_audio_noise_reduction

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, EchoedObject):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

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
                "client_secret": client_secret,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_secret import ClientSecret
        from ..models.echoed_object import EchoedObject

        d = dict(src_dict)
        client_secret = ClientSecret.from_dict(d.pop("client_secret"))

        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        input_audio_format = d.pop("input_audio_format", UNSET)

        def _parse_input_audio_transcription(
            data: object,
        ) -> EchoedObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_audio_transcription_type_0 = EchoedObject.from_dict(data)

                return input_audio_transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoedObject | None | Unset, data)

        input_audio_transcription = _parse_input_audio_transcription(
            d.pop("input_audio_transcription", UNSET)
        )

        def _parse_input_audio_noise_reduction(
            data: object,
        ) -> EchoedObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_audio_noise_reduction_type_0 = EchoedObject.from_dict(data)

                return input_audio_noise_reduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoedObject | None | Unset, data)

        input_audio_noise_reduction = _parse_input_audio_noise_reduction(
            d.pop("input_audio_noise_reduction", UNSET)
        )

        def _parse_turn_detection(data: object) -> EchoedObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_detection_type_0 = EchoedObject.from_dict(data)

                return turn_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoedObject | None | Unset, data)

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

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

        realtime_transcription_session_create_response = cls(
            client_secret=client_secret,
            id=id,
            object_=object_,
            expires_at=expires_at,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            input_audio_noise_reduction=input_audio_noise_reduction,
            turn_detection=turn_detection,
            include=include,
        )

        realtime_transcription_session_create_response.additional_properties = d
        return realtime_transcription_session_create_response

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
