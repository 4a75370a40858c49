from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.max_output_tokens_type_1 import MaxOutputTokensType1
from ..models.modality import Modality
from ..models.realtime_include_item import RealtimeIncludeItem
from ..models.realtime_session_create_request_ga_type import (
    RealtimeSessionCreateRequestGAType,
)
from ..models.realtime_truncation_type_0 import RealtimeTruncationType0
from ..models.tool_choice_mode import ToolChoiceMode
from ..models.tracing_type_0 import TracingType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_tool import FunctionTool
    from ..models.mcp_tool import MCPTool
    from ..models.realtime_audio_config import RealtimeAudioConfig
    from ..models.realtime_prompt import RealtimePrompt
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_truncation_retention_ratio import (
        RealtimeTruncationRetentionRatio,
    )
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tracing_config import TracingConfig


T = TypeVar("T", bound="RealtimeSessionCreateRequestGA")


@_attrs_define
class RealtimeSessionCreateRequestGA:
    """The GA (nested) session configuration. Only `type` is required; audio settings live under
    `audio.input` and `audio.output`, and `temperature` no longer exists.

        Attributes:
            type_ (RealtimeSessionCreateRequestGAType): The session kind; always `realtime` for speech-to-speech sessions.
            model (str | Unset): The Realtime model. New models appear often, so any non-empty name is accepted; names
                outside `x-known-values` are worth a second look. The server picks one when unset.
            instructions (str | Unset): System instructions for the whole session. The server has its own when unset.
            output_modalities (list[Modality] | Unset): What the model answers with: exactly `["audio"]` (audio plus its
                transcript) or
                `["text"]`. The GA API refuses both at once. Server default: `["audio"]`.
            audio (RealtimeAudioConfig | Unset): Audio settings, split by direction.
            tools (list[FunctionTool | MCPTool] | Unset): Full function definitions and remote MCP servers the model may
                call.
            tool_choice (ToolChoiceFunction | ToolChoiceMCP | ToolChoiceMode | Unset): As the beta `tool_choice`, plus
                `{"type": "mcp", "server_label": ..., "name"?: ...}`,
                which forces a tool of that MCP server (of `tools`). Server default: `auto`.
            parallel_tool_calls (bool | Unset): Whether the model may call several tools at once. Only reasoning Realtime
                models such
                as `gpt-realtime-2` take it; the echo does not repeat it.
            reasoning (RealtimeReasoning | Unset): Reasoning of reasoning Realtime models such as `gpt-realtime-2`.
            max_output_tokens (int | MaxOutputTokensType1 | Unset): Output token limit per response, 1 to 4096, or `inf`
                (the server default).
            tracing (None | TracingConfig | TracingType0 | Unset): Send traces to OpenAI's dashboard; `null` disables
                tracing (the default). Cannot change once on.
            truncation (RealtimeTruncationRetentionRatio | RealtimeTruncationType0 | Unset): What happens when the
                conversation outgrows the model's input window. `auto` (the server
                default) drops the oldest messages, `disabled` makes the server answer with an error
                instead, and `retention_ratio` drops enough to keep only a fraction, so that truncation
                (and the cache loss it causes) happens less often.
            include (list[RealtimeIncludeItem] | Unset): Extra data the server adds to its events; only transcription log-
                probabilities so far.
            prompt (None | RealtimePrompt | Unset): A stored prompt template to use; `null` clears it. Off when unset.
    """

    type_: RealtimeSessionCreateRequestGAType
    model: str | Unset = UNSET
    instructions: str | Unset = UNSET
    output_modalities: list[Modality] | Unset = UNSET
    audio: RealtimeAudioConfig | Unset = UNSET
    tools: list[FunctionTool | MCPTool] | Unset = UNSET
    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceMode | Unset = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    reasoning: RealtimeReasoning | Unset = UNSET
    max_output_tokens: int | MaxOutputTokensType1 | Unset = UNSET
    tracing: None | TracingConfig | TracingType0 | Unset = UNSET
    truncation: RealtimeTruncationRetentionRatio | RealtimeTruncationType0 | Unset = (
        UNSET
    )
    include: list[RealtimeIncludeItem] | Unset = UNSET
    prompt: None | RealtimePrompt | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.function_tool import FunctionTool
        from ..models.realtime_prompt import RealtimePrompt
        from ..models.tool_choice_function import ToolChoiceFunction
        from ..models.tracing_config import TracingConfig

        type_ = self.type_.value

        model = self.model

        instructions = self.instructions

        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = []
            for output_modalities_item_data in self.output_modalities:
                output_modalities_item = output_modalities_item_data.value
                output_modalities.append(output_modalities_item)

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, FunctionTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ToolChoiceMode):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, ToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls = self.parallel_tool_calls

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        max_output_tokens: int | str | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        elif isinstance(self.max_output_tokens, MaxOutputTokensType1):
            max_output_tokens = self.max_output_tokens.value
        else:
            max_output_tokens = self.max_output_tokens

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, TracingType0):
            tracing = self.tracing.value
        elif isinstance(self.tracing, TracingConfig):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        truncation: dict[str, Any] | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, RealtimeTruncationType0):
            truncation = self.truncation.value
        else:
            truncation = self.truncation.to_dict()

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for componentsschemas_realtime_include_item_data in self.include:
                componentsschemas_realtime_include_item = (
                    componentsschemas_realtime_include_item_data.value
                )
                include.append(componentsschemas_realtime_include_item)

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, RealtimePrompt):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if audio is not UNSET:
            field_dict["audio"] = audio
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if include is not UNSET:
            field_dict["include"] = include
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.function_tool import FunctionTool
        from ..models.mcp_tool import MCPTool
        from ..models.realtime_audio_config import RealtimeAudioConfig
        from ..models.realtime_prompt import RealtimePrompt
        from ..models.realtime_reasoning import RealtimeReasoning
        from ..models.realtime_truncation_retention_ratio import (
            RealtimeTruncationRetentionRatio,
        )
        from ..models.tool_choice_function import ToolChoiceFunction
        from ..models.tool_choice_mcp import ToolChoiceMCP
        from ..models.tracing_config import TracingConfig

        d = dict(src_dict)
        type_ = RealtimeSessionCreateRequestGAType(d.pop("type"))

        model = d.pop("model", UNSET)

        instructions = d.pop("instructions", UNSET)

        _output_modalities = d.pop("output_modalities", UNSET)
        output_modalities: list[Modality] | Unset = UNSET
        if _output_modalities is not UNSET:
            output_modalities = []
            for output_modalities_item_data in _output_modalities:
                output_modalities_item = Modality(output_modalities_item_data)

                output_modalities.append(output_modalities_item)

        _audio = d.pop("audio", UNSET)
        audio: RealtimeAudioConfig | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeAudioConfig.from_dict(_audio)

        _tools = d.pop("tools", UNSET)
        tools: list[FunctionTool | MCPTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(data: object) -> FunctionTool | MCPTool:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_tool_ga_type_0 = (
                            FunctionTool.from_dict(data)
                        )

                        return componentsschemas_realtime_tool_ga_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_realtime_tool_ga_type_1 = MCPTool.from_dict(data)

                    return componentsschemas_realtime_tool_ga_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> ToolChoiceFunction | ToolChoiceMCP | ToolChoiceMode | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_tool_choice_ga_type_0 = ToolChoiceMode(data)

                return componentsschemas_tool_choice_ga_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_forced_type_0 = (
                    ToolChoiceFunction.from_dict(data)
                )

                return componentsschemas_tool_choice_forced_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_tool_choice_forced_type_1 = ToolChoiceMCP.from_dict(data)

            return componentsschemas_tool_choice_forced_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: RealtimeReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = RealtimeReasoning.from_dict(_reasoning)

        def _parse_max_output_tokens(
            data: object,
        ) -> int | MaxOutputTokensType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_max_output_tokens_type_1 = MaxOutputTokensType1(data)

                return componentsschemas_max_output_tokens_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | MaxOutputTokensType1 | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_tracing(data: object) -> None | TracingConfig | TracingType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_tracing_type_0 = TracingType0(data)

                return componentsschemas_tracing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tracing_type_1 = TracingConfig.from_dict(data)

                return componentsschemas_tracing_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TracingConfig | TracingType0 | Unset, data)

        tracing = _parse_tracing(d.pop("tracing", UNSET))

        def _parse_truncation(
            data: object,
        ) -> RealtimeTruncationRetentionRatio | RealtimeTruncationType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_realtime_truncation_type_0 = RealtimeTruncationType0(
                    data
                )

                return componentsschemas_realtime_truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_truncation_type_1 = (
                RealtimeTruncationRetentionRatio.from_dict(data)
            )

            return componentsschemas_realtime_truncation_type_1

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        _include = d.pop("include", UNSET)
        include: list[RealtimeIncludeItem] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for componentsschemas_realtime_include_item_data in _include:
                componentsschemas_realtime_include_item = RealtimeIncludeItem(
                    componentsschemas_realtime_include_item_data
                )

                include.append(componentsschemas_realtime_include_item)

        def _parse_prompt(data: object) -> None | RealtimePrompt | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_type_0 = RealtimePrompt.from_dict(data)

                return prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RealtimePrompt | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        realtime_session_create_request_ga = cls(
            type_=type_,
            model=model,
            instructions=instructions,
            output_modalities=output_modalities,
            audio=audio,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            reasoning=reasoning,
            max_output_tokens=max_output_tokens,
            tracing=tracing,
            truncation=truncation,
            include=include,
            prompt=prompt,
        )

        return realtime_session_create_request_ga
