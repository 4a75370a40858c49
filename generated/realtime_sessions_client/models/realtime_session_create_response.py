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


T = TypeVar("T", bound="RealtimeSessionCreateResponse")


@_attrs_define
class RealtimeSessionCreateResponse:
    """The created session as the server sees it, with its client secret.

    Attributes:
        client_secret (ClientSecret):
        id (str | Unset): The session id, `sess_...`.
        object_ (str | Unset): Always `realtime.session`.
        model (str | Unset):
        expires_at (int | Unset): When the session itself expires, in Unix seconds.
        modalities (list[str] | Unset):
        instructions (str | Unset):
        voice (str | Unset):
        input_audio_format (str | Unset):
        output_audio_format (str | Unset):
        input_audio_transcription (EchoedObject | None | Unset):
        input_audio_noise_reduction (EchoedObject | None | Unset):
        turn_detection (EchoedObject | None | Unset):
        tools (list[EchoedObject] | Unset):
        tool_choice (EchoedObject | str | Unset):
        temperature (float | Unset):
        max_response_output_tokens (int | str | Unset):
        speed (float | Unset):
        tracing (EchoedObject | None | str | Unset):
    """

    client_secret: ClientSecret
    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    model: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    modalities: list[str] | Unset = UNSET
    instructions: str | Unset = UNSET
    voice: str | Unset = UNSET
    input_audio_format: str | Unset = UNSET
    output_audio_format: str | Unset = UNSET
    input_audio_transcription: EchoedObject | None | Unset = UNSET
    input_audio_noise_reduction: EchoedObject | None | Unset = UNSET
    turn_detection: EchoedObject | None | Unset = UNSET
    tools: list[EchoedObject] | Unset = UNSET
    tool_choice: EchoedObject | str | Unset = UNSET
    temperature: float | Unset = UNSET
    max_response_output_tokens: int | str | Unset = UNSET
    speed: float | Unset = UNSET
    tracing: EchoedObject | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.echoed_object import EchoedObject

        client_secret = self.client_secret.to_dict()

        id = self.id

        object_ = self.object_

        model = self.model

        expires_at = self.expires_at

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = self.modalities

        instructions = self.instructions

        voice = self.voice

        input_audio_format = self.input_audio_format

        output_audio_format = self.output_audio_format

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

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, EchoedObject):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        temperature = self.temperature

        max_response_output_tokens: int | str | Unset
        if isinstance(self.max_response_output_tokens, Unset):
            max_response_output_tokens = UNSET
        else:
            max_response_output_tokens = self.max_response_output_tokens

        speed = self.speed

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, EchoedObject):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

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
        if model is not UNSET:
            field_dict["model"] = model
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if voice is not UNSET:
            field_dict["voice"] = voice
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if output_audio_format is not UNSET:
            field_dict["output_audio_format"] = output_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = max_response_output_tokens
        if speed is not UNSET:
            field_dict["speed"] = speed
        if tracing is not UNSET:
            field_dict["tracing"] = tracing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_secret import ClientSecret
        from ..models.echoed_object import EchoedObject

        d = dict(src_dict)
        client_secret = ClientSecret.from_dict(d.pop("client_secret"))

        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        model = d.pop("model", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        modalities = cast(list[str], d.pop("modalities", UNSET))

        instructions = d.pop("instructions", UNSET)

        voice = d.pop("voice", UNSET)

        input_audio_format = d.pop("input_audio_format", UNSET)

        output_audio_format = d.pop("output_audio_format", UNSET)

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

        _tools = d.pop("tools", UNSET)
        tools: list[EchoedObject] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = EchoedObject.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(data: object) -> EchoedObject | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = EchoedObject.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoedObject | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        temperature = d.pop("temperature", UNSET)

        def _parse_max_response_output_tokens(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        max_response_output_tokens = _parse_max_response_output_tokens(
            d.pop("max_response_output_tokens", UNSET)
        )

        speed = d.pop("speed", UNSET)

        def _parse_tracing(data: object) -> EchoedObject | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracing_type_1 = EchoedObject.from_dict(data)

                return tracing_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoedObject | None | str | Unset, data)

        tracing = _parse_tracing(d.pop("tracing", UNSET))

        realtime_session_create_response = cls(
            client_secret=client_secret,
            id=id,
            object_=object_,
            model=model,
            expires_at=expires_at,
            modalities=modalities,
            instructions=instructions,
            voice=voice,
            input_audio_format=input_audio_format,
            output_audio_format=output_audio_format,
            input_audio_transcription=input_audio_transcription,
            input_audio_noise_reduction=input_audio_noise_reduction,
            turn_detection=turn_detection,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_response_output_tokens=max_response_output_tokens,
            speed=speed,
            tracing=tracing,
        )

        realtime_session_create_response.additional_properties = d
        return realtime_session_create_response

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
