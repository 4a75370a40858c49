from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.realtime_session_ga_type import RealtimeSessionGAType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.echoed_object import EchoedObject


T = TypeVar("T", bound="RealtimeSessionGA")


@_attrs_define
class RealtimeSessionGA:
    """The effective GA session echoed by the server. Types are loose on purpose: nested parts are
    kept as sent, so a new server field never breaks parsing.

        Attributes:
            type_ (RealtimeSessionGAType): Always `realtime`.
            reasoning (EchoedObject | Unset): A nested part of the echoed configuration, kept as the server sent it.
            object_ (str | Unset): Always `realtime.session`.
            id (str | Unset): The session id, `sess_...`.
            model (str | Unset):
            output_modalities (list[str] | Unset):
            instructions (str | Unset):
            tools (list[EchoedObject] | Unset):
            tool_choice (EchoedObject | str | Unset):
            max_output_tokens (int | str | Unset):
            tracing (EchoedObject | None | str | Unset):
            truncation (EchoedObject | str | Unset):
            prompt (EchoedObject | None | Unset):
            expires_at (int | Unset): When the session itself expires, in Unix seconds (0 when not yet fixed).
            audio (EchoedObject | Unset): A nested part of the echoed configuration, kept as the server sent it.
            include (list[str] | None | Unset):
    """

    type_: RealtimeSessionGAType
    reasoning: EchoedObject | Unset = UNSET
    object_: str | Unset = UNSET
    id: str | Unset = UNSET
    model: str | Unset = UNSET
    output_modalities: list[str] | Unset = UNSET
    instructions: str | Unset = UNSET
    tools: list[EchoedObject] | Unset = UNSET
    tool_choice: EchoedObject | str | Unset = UNSET
    max_output_tokens: int | str | Unset = UNSET
    tracing: EchoedObject | None | str | Unset = UNSET
    truncation: EchoedObject | str | Unset = UNSET
    prompt: EchoedObject | None | Unset = UNSET
    expires_at: int | Unset = UNSET
    audio: EchoedObject | Unset = UNSET
    include: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.echoed_object import EchoedObject

        type_ = self.type_.value

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        object_ = self.object_

        id = self.id

        model = self.model

        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = self.output_modalities

        instructions = self.instructions

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

        max_output_tokens: int | str | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, EchoedObject):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        truncation: dict[str, Any] | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, EchoedObject):
            truncation = self.truncation.to_dict()
        else:
            truncation = self.truncation

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, EchoedObject):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

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
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if model is not UNSET:
            field_dict["model"] = model
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
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
        type_ = RealtimeSessionGAType(d.pop("type"))

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: EchoedObject | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = EchoedObject.from_dict(_reasoning)

        object_ = d.pop("object", UNSET)

        id = d.pop("id", UNSET)

        model = d.pop("model", UNSET)

        output_modalities = cast(list[str], d.pop("output_modalities", UNSET))

        instructions = d.pop("instructions", UNSET)

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

        def _parse_max_output_tokens(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

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

        def _parse_truncation(data: object) -> EchoedObject | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                truncation_type_1 = EchoedObject.from_dict(data)

                return truncation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoedObject | str | Unset, data)

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        def _parse_prompt(data: object) -> EchoedObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_type_0 = EchoedObject.from_dict(data)

                return prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoedObject | None | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

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

        realtime_session_ga = cls(
            type_=type_,
            reasoning=reasoning,
            object_=object_,
            id=id,
            model=model,
            output_modalities=output_modalities,
            instructions=instructions,
            tools=tools,
            tool_choice=tool_choice,
            max_output_tokens=max_output_tokens,
            tracing=tracing,
            truncation=truncation,
            prompt=prompt,
            expires_at=expires_at,
            audio=audio,
            include=include,
        )

        realtime_session_ga.additional_properties = d
        return realtime_session_ga

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
