from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.echoed_object import EchoedObject


T = TypeVar("T", bound="RealtimeResponse")


@_attrs_define
class RealtimeResponse:
    """A response as the server reports it. `conversation_id` is `null` for an out-of-band
    response (`conversation: "none"`); `metadata` is the request's.

        Attributes:
            id (str | Unset): The response id, `resp_...`.
            object_ (str | Unset): Always `realtime.response`.
            status (str | Unset): `in_progress`, `completed`, `cancelled`, `failed` or `incomplete`.
            status_details (EchoedObject | None | Unset):
            output (list[EchoedObject] | Unset):
            metadata (EchoedObject | None | Unset):
            usage (EchoedObject | None | Unset):
            conversation_id (None | str | Unset):
            output_modalities (list[str] | Unset):
            max_output_tokens (int | str | Unset):
            audio (EchoedObject | Unset): A nested part of the echoed configuration, kept as the server sent it.
    """

    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    status: str | Unset = UNSET
    status_details: EchoedObject | None | Unset = UNSET
    output: list[EchoedObject] | Unset = UNSET
    metadata: EchoedObject | None | Unset = UNSET
    usage: EchoedObject | None | Unset = UNSET
    conversation_id: None | str | Unset = UNSET
    output_modalities: list[str] | Unset = UNSET
    max_output_tokens: int | str | Unset = UNSET
    audio: EchoedObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.echoed_object import EchoedObject

        id = self.id

        object_ = self.object_

        status = self.status

        status_details: dict[str, Any] | None | Unset
        if isinstance(self.status_details, Unset):
            status_details = UNSET
        elif isinstance(self.status_details, EchoedObject):
            status_details = self.status_details.to_dict()
        else:
            status_details = self.status_details

        output: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = []
            for output_item_data in self.output:
                output_item = output_item_data.to_dict()
                output.append(output_item)

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, EchoedObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, EchoedObject):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = self.output_modalities

        max_output_tokens: int | str | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if status_details is not UNSET:
            field_dict["status_details"] = status_details
        if output is not UNSET:
            field_dict["output"] = output
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if usage is not UNSET:
            field_dict["usage"] = usage
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.echoed_object import EchoedObject

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        status = d.pop("status", UNSET)

        def _parse_status_details(data: object) -> EchoedObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_details_type_0 = EchoedObject.from_dict(data)

                return status_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoedObject | None | Unset, data)

        status_details = _parse_status_details(d.pop("status_details", UNSET))

        _output = d.pop("output", UNSET)
        output: list[EchoedObject] | Unset = UNSET
        if _output is not UNSET:
            output = []
            for output_item_data in _output:
                output_item = EchoedObject.from_dict(output_item_data)

                output.append(output_item)

        def _parse_metadata(data: object) -> EchoedObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = EchoedObject.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoedObject | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_usage(data: object) -> EchoedObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = EchoedObject.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoedObject | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_conversation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

        output_modalities = cast(list[str], d.pop("output_modalities", UNSET))

        def _parse_max_output_tokens(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        _audio = d.pop("audio", UNSET)
        audio: EchoedObject | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = EchoedObject.from_dict(_audio)

        realtime_response = cls(
            id=id,
            object_=object_,
            status=status,
            status_details=status_details,
            output=output,
            metadata=metadata,
            usage=usage,
            conversation_id=conversation_id,
            output_modalities=output_modalities,
            max_output_tokens=max_output_tokens,
            audio=audio,
        )

        realtime_response.additional_properties = d
        return realtime_response

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
