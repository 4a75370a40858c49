from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.max_output_tokens_type_1 import MaxOutputTokensType1
from ..models.modality import Modality
from ..models.realtime_response_create_params_conversation import (
    RealtimeResponseCreateParamsConversation,
)
from ..models.tool_choice_mode import ToolChoiceMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_tool import FunctionTool
    from ..models.mcp_tool import MCPTool
    from ..models.realtime_assistant_message_item import RealtimeAssistantMessageItem
    from ..models.realtime_function_call_item import RealtimeFunctionCallItem
    from ..models.realtime_function_call_output_item import (
        RealtimeFunctionCallOutputItem,
    )
    from ..models.realtime_item_reference import RealtimeItemReference
    from ..models.realtime_mcp_approval_request_item import (
        RealtimeMcpApprovalRequestItem,
    )
    from ..models.realtime_mcp_approval_response_item import (
        RealtimeMcpApprovalResponseItem,
    )
    from ..models.realtime_mcp_call_item import RealtimeMcpCallItem
    from ..models.realtime_mcp_list_tools_item import RealtimeMcpListToolsItem
    from ..models.realtime_metadata import RealtimeMetadata
    from ..models.realtime_prompt import RealtimePrompt
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_response_audio import RealtimeResponseAudio
    from ..models.realtime_system_message_item import RealtimeSystemMessageItem
    from ..models.realtime_user_message_item import RealtimeUserMessageItem
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP


T = TypeVar("T", bound="RealtimeResponseCreateParams")


@_attrs_define
class RealtimeResponseCreateParams:
    """Settings of one response. Each one given replaces the session's for this response:
    `tools` in particular replaces the session's list (it does not add to it), so a forced
    `tool_choice` must name a tool of `tools` when `tools` is given.

        Attributes:
            output_modalities (list[Modality] | Unset): Exactly `["audio"]` (with its transcript) or `["text"]`; both at
                once are refused.
            instructions (str | Unset): Replaces the session's instructions for this response.
            audio (RealtimeResponseAudio | Unset): How this response sounds (there is no `input` and no `speed` here).
            tools (list[FunctionTool | MCPTool] | Unset): Full tool definitions (functions and MCP servers) for this
                response only; they
                replace the session's tools, `[]` allows none, and leaving the key out keeps the
                session's. Bare names are not tools.
            tool_choice (ToolChoiceFunction | ToolChoiceMCP | ToolChoiceMode | Unset): As the beta `tool_choice`, plus
                `{"type": "mcp", "server_label": ..., "name"?: ...}`,
                which forces a tool of that MCP server (of `tools`). Server default: `auto`.
            parallel_tool_calls (bool | Unset): Allow several tool calls at once (reasoning models only).
            reasoning (RealtimeReasoning | Unset): Reasoning of reasoning Realtime models such as `gpt-realtime-2`.
            max_output_tokens (int | MaxOutputTokensType1 | Unset): Output token limit per response, 1 to 4096, or `inf`
                (the server default).
            conversation (RealtimeResponseCreateParamsConversation | Unset): `auto` (the default) adds the response to the
                default conversation; `none` keeps it
                out of band, so it may run alongside the in-band response.
            metadata (None | RealtimeMetadata | Unset): Tags echoed on `response.created` and `response.done`; `null` sets
                none.
            prompt (None | RealtimePrompt | Unset): A stored prompt template for this response; `null` clears the session's.
            input_ (list[RealtimeAssistantMessageItem | RealtimeFunctionCallItem | RealtimeFunctionCallOutputItem |
                RealtimeItemReference | RealtimeMcpApprovalRequestItem | RealtimeMcpApprovalResponseItem | RealtimeMcpCallItem |
                RealtimeMcpListToolsItem | RealtimeSystemMessageItem | RealtimeUserMessageItem] | Unset): The response's whole
                context instead of the default conversation: `[]` for none,
                or new items and references to existing ones. Leave it out to use the conversation.
    """

    output_modalities: list[Modality] | Unset = UNSET
    instructions: str | Unset = UNSET
    audio: RealtimeResponseAudio | Unset = UNSET
    tools: list[FunctionTool | MCPTool] | Unset = UNSET
    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceMode | Unset = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    reasoning: RealtimeReasoning | Unset = UNSET
    max_output_tokens: int | MaxOutputTokensType1 | Unset = UNSET
    conversation: RealtimeResponseCreateParamsConversation | Unset = UNSET
    metadata: None | RealtimeMetadata | Unset = UNSET
    prompt: None | RealtimePrompt | Unset = UNSET
    input_: (
        list[
            RealtimeAssistantMessageItem
            | RealtimeFunctionCallItem
            | RealtimeFunctionCallOutputItem
            | RealtimeItemReference
            | RealtimeMcpApprovalRequestItem
            | RealtimeMcpApprovalResponseItem
            | RealtimeMcpCallItem
            | RealtimeMcpListToolsItem
            | RealtimeSystemMessageItem
            | RealtimeUserMessageItem
        ]
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.function_tool import FunctionTool
        from ..models.realtime_assistant_message_item import (
            RealtimeAssistantMessageItem,
        )
        from ..models.realtime_function_call_item import RealtimeFunctionCallItem
        from ..models.realtime_function_call_output_item import (
            RealtimeFunctionCallOutputItem,
        )
        from ..models.realtime_mcp_approval_request_item import (
            RealtimeMcpApprovalRequestItem,
        )
        from ..models.realtime_mcp_approval_response_item import (
            RealtimeMcpApprovalResponseItem,
        )
        from ..models.realtime_mcp_call_item import RealtimeMcpCallItem
        from ..models.realtime_mcp_list_tools_item import RealtimeMcpListToolsItem
        from ..models.realtime_metadata import RealtimeMetadata
        from ..models.realtime_prompt import RealtimePrompt
        from ..models.realtime_system_message_item import RealtimeSystemMessageItem
        from ..models.realtime_user_message_item import RealtimeUserMessageItem
        from ..models.tool_choice_function import ToolChoiceFunction

        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = []
            for output_modalities_item_data in self.output_modalities:
                output_modalities_item = output_modalities_item_data.value
                output_modalities.append(output_modalities_item)

        instructions = self.instructions

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

        conversation: str | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = self.conversation.value

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RealtimeMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, RealtimePrompt):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        input_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = []
            for input_item_data in self.input_:
                input_item: dict[str, Any]
                if (
                    isinstance(input_item_data, RealtimeSystemMessageItem)
                    or isinstance(input_item_data, RealtimeUserMessageItem)
                    or isinstance(input_item_data, RealtimeAssistantMessageItem)
                    or isinstance(input_item_data, RealtimeFunctionCallItem)
                    or isinstance(input_item_data, RealtimeFunctionCallOutputItem)
                    or isinstance(input_item_data, RealtimeMcpApprovalResponseItem)
                    or isinstance(input_item_data, RealtimeMcpApprovalRequestItem)
                    or isinstance(input_item_data, RealtimeMcpListToolsItem)
                    or isinstance(input_item_data, RealtimeMcpCallItem)
                ):
                    input_item = input_item_data.to_dict()
                else:
                    input_item = input_item_data.to_dict()

                input_.append(input_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
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
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.function_tool import FunctionTool
        from ..models.mcp_tool import MCPTool
        from ..models.realtime_assistant_message_item import (
            RealtimeAssistantMessageItem,
        )
        from ..models.realtime_function_call_item import RealtimeFunctionCallItem
        from ..models.realtime_function_call_output_item import (
            RealtimeFunctionCallOutputItem,
        )
        from ..models.realtime_item_reference import RealtimeItemReference
        from ..models.realtime_mcp_approval_request_item import (
            RealtimeMcpApprovalRequestItem,
        )
        from ..models.realtime_mcp_approval_response_item import (
            RealtimeMcpApprovalResponseItem,
        )
        from ..models.realtime_mcp_call_item import RealtimeMcpCallItem
        from ..models.realtime_mcp_list_tools_item import RealtimeMcpListToolsItem
        from ..models.realtime_metadata import RealtimeMetadata
        from ..models.realtime_prompt import RealtimePrompt
        from ..models.realtime_reasoning import RealtimeReasoning
        from ..models.realtime_response_audio import RealtimeResponseAudio
        from ..models.realtime_system_message_item import RealtimeSystemMessageItem
        from ..models.realtime_user_message_item import RealtimeUserMessageItem
        from ..models.tool_choice_function import ToolChoiceFunction
        from ..models.tool_choice_mcp import ToolChoiceMCP

        d = dict(src_dict)
        _output_modalities = d.pop("output_modalities", UNSET)
        output_modalities: list[Modality] | Unset = UNSET
        if _output_modalities is not UNSET:
            output_modalities = []
            for output_modalities_item_data in _output_modalities:
                output_modalities_item = Modality(output_modalities_item_data)

                output_modalities.append(output_modalities_item)

        instructions = d.pop("instructions", UNSET)

        _audio = d.pop("audio", UNSET)
        audio: RealtimeResponseAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeResponseAudio.from_dict(_audio)

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

        _conversation = d.pop("conversation", UNSET)
        conversation: RealtimeResponseCreateParamsConversation | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = RealtimeResponseCreateParamsConversation(_conversation)

        def _parse_metadata(data: object) -> None | RealtimeMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = RealtimeMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RealtimeMetadata | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

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

        _input_ = d.pop("input", UNSET)
        input_: (
            list[
                RealtimeAssistantMessageItem
                | RealtimeFunctionCallItem
                | RealtimeFunctionCallOutputItem
                | RealtimeItemReference
                | RealtimeMcpApprovalRequestItem
                | RealtimeMcpApprovalResponseItem
                | RealtimeMcpCallItem
                | RealtimeMcpListToolsItem
                | RealtimeSystemMessageItem
                | RealtimeUserMessageItem
            ]
            | Unset
        ) = UNSET
        if _input_ is not UNSET:
            input_ = []
            for input_item_data in _input_:

                def _parse_input_item(
                    data: object,
                ) -> (
                    RealtimeAssistantMessageItem
                    | RealtimeFunctionCallItem
                    | RealtimeFunctionCallOutputItem
                    | RealtimeItemReference
                    | RealtimeMcpApprovalRequestItem
                    | RealtimeMcpApprovalResponseItem
                    | RealtimeMcpCallItem
                    | RealtimeMcpListToolsItem
                    | RealtimeSystemMessageItem
                    | RealtimeUserMessageItem
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_message_item_type_0 = (
                            RealtimeSystemMessageItem.from_dict(data)
                        )

                        return componentsschemas_realtime_message_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_message_item_type_1 = (
                            RealtimeUserMessageItem.from_dict(data)
                        )

                        return componentsschemas_realtime_message_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_message_item_type_2 = (
                            RealtimeAssistantMessageItem.from_dict(data)
                        )

                        return componentsschemas_realtime_message_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_response_input_item_type_1 = (
                            RealtimeFunctionCallItem.from_dict(data)
                        )

                        return componentsschemas_realtime_response_input_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_response_input_item_type_2 = (
                            RealtimeFunctionCallOutputItem.from_dict(data)
                        )

                        return componentsschemas_realtime_response_input_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_response_input_item_type_3 = (
                            RealtimeMcpApprovalResponseItem.from_dict(data)
                        )

                        return componentsschemas_realtime_response_input_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_response_input_item_type_4 = (
                            RealtimeMcpApprovalRequestItem.from_dict(data)
                        )

                        return componentsschemas_realtime_response_input_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_response_input_item_type_5 = (
                            RealtimeMcpListToolsItem.from_dict(data)
                        )

                        return componentsschemas_realtime_response_input_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_response_input_item_type_6 = (
                            RealtimeMcpCallItem.from_dict(data)
                        )

                        return componentsschemas_realtime_response_input_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_realtime_response_input_item_type_7 = (
                        RealtimeItemReference.from_dict(data)
                    )

                    return componentsschemas_realtime_response_input_item_type_7

                input_item = _parse_input_item(input_item_data)

                input_.append(input_item)

        realtime_response_create_params = cls(
            output_modalities=output_modalities,
            instructions=instructions,
            audio=audio,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            reasoning=reasoning,
            max_output_tokens=max_output_tokens,
            conversation=conversation,
            metadata=metadata,
            prompt=prompt,
            input_=input_,
        )

        return realtime_response_create_params
