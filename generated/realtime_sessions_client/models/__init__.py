"""Contains all the data models used in inputs/outputs"""

from .audio_format_name import AudioFormatName
from .client_secret import ClientSecret
from .client_secret_config import ClientSecretConfig
from .client_secret_expires_after import ClientSecretExpiresAfter
from .client_secret_expires_after_anchor import ClientSecretExpiresAfterAnchor
from .custom_voice import CustomVoice
from .echoed_object import EchoedObject
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .expires_after import ExpiresAfter
from .expires_after_anchor import ExpiresAfterAnchor
from .function_tool import FunctionTool
from .function_tool_type import FunctionToolType
from .input_audio_transcription import InputAudioTranscription
from .input_audio_transcription_delay import InputAudioTranscriptionDelay
from .max_output_tokens_type_1 import MaxOutputTokensType1
from .mcp_allowed_callers_item import MCPAllowedCallersItem
from .mcp_approval_filter import MCPApprovalFilter
from .mcp_approval_mode import MCPApprovalMode
from .mcp_headers import MCPHeaders
from .mcp_tool import MCPTool
from .mcp_tool_connector_id import MCPToolConnectorId
from .mcp_tool_filter import MCPToolFilter
from .mcp_tool_type import MCPToolType
from .modality import Modality
from .noise_reduction import NoiseReduction
from .noise_reduction_type import NoiseReductionType
from .prompt_cache_breakpoint import PromptCacheBreakpoint
from .prompt_cache_breakpoint_mode import PromptCacheBreakpointMode
from .prompt_input_file import PromptInputFile
from .prompt_input_file_detail import PromptInputFileDetail
from .prompt_input_file_type import PromptInputFileType
from .prompt_input_image import PromptInputImage
from .prompt_input_image_detail import PromptInputImageDetail
from .prompt_input_image_type import PromptInputImageType
from .prompt_input_text import PromptInputText
from .prompt_input_text_type import PromptInputTextType
from .realtime_assistant_message_item import RealtimeAssistantMessageItem
from .realtime_assistant_message_item_role import RealtimeAssistantMessageItemRole
from .realtime_assistant_message_item_type import RealtimeAssistantMessageItemType
from .realtime_audio_config import RealtimeAudioConfig
from .realtime_audio_format_pcm import RealtimeAudioFormatPcm
from .realtime_audio_format_pcm_rate import RealtimeAudioFormatPcmRate
from .realtime_audio_format_pcm_type import RealtimeAudioFormatPcmType
from .realtime_audio_format_pcma import RealtimeAudioFormatPcma
from .realtime_audio_format_pcma_type import RealtimeAudioFormatPcmaType
from .realtime_audio_format_pcmu import RealtimeAudioFormatPcmu
from .realtime_audio_format_pcmu_type import RealtimeAudioFormatPcmuType
from .realtime_audio_input import RealtimeAudioInput
from .realtime_audio_output import RealtimeAudioOutput
from .realtime_call_create_request import RealtimeCallCreateRequest
from .realtime_client_event_conversation_item_create import (
    RealtimeClientEventConversationItemCreate,
)
from .realtime_client_event_conversation_item_create_type import (
    RealtimeClientEventConversationItemCreateType,
)
from .realtime_client_event_conversation_item_delete import (
    RealtimeClientEventConversationItemDelete,
)
from .realtime_client_event_conversation_item_delete_type import (
    RealtimeClientEventConversationItemDeleteType,
)
from .realtime_client_event_conversation_item_retrieve import (
    RealtimeClientEventConversationItemRetrieve,
)
from .realtime_client_event_conversation_item_retrieve_type import (
    RealtimeClientEventConversationItemRetrieveType,
)
from .realtime_client_event_conversation_item_truncate import (
    RealtimeClientEventConversationItemTruncate,
)
from .realtime_client_event_conversation_item_truncate_type import (
    RealtimeClientEventConversationItemTruncateType,
)
from .realtime_client_event_input_audio_buffer_append import (
    RealtimeClientEventInputAudioBufferAppend,
)
from .realtime_client_event_input_audio_buffer_append_type import (
    RealtimeClientEventInputAudioBufferAppendType,
)
from .realtime_client_event_input_audio_buffer_clear import (
    RealtimeClientEventInputAudioBufferClear,
)
from .realtime_client_event_input_audio_buffer_clear_type import (
    RealtimeClientEventInputAudioBufferClearType,
)
from .realtime_client_event_input_audio_buffer_commit import (
    RealtimeClientEventInputAudioBufferCommit,
)
from .realtime_client_event_input_audio_buffer_commit_type import (
    RealtimeClientEventInputAudioBufferCommitType,
)
from .realtime_client_event_output_audio_buffer_clear import (
    RealtimeClientEventOutputAudioBufferClear,
)
from .realtime_client_event_output_audio_buffer_clear_type import (
    RealtimeClientEventOutputAudioBufferClearType,
)
from .realtime_client_event_response_cancel import RealtimeClientEventResponseCancel
from .realtime_client_event_response_cancel_type import (
    RealtimeClientEventResponseCancelType,
)
from .realtime_client_event_response_create import RealtimeClientEventResponseCreate
from .realtime_client_event_response_create_type import (
    RealtimeClientEventResponseCreateType,
)
from .realtime_client_event_session_update import RealtimeClientEventSessionUpdate
from .realtime_client_event_session_update_type import (
    RealtimeClientEventSessionUpdateType,
)
from .realtime_client_secret_create_request import RealtimeClientSecretCreateRequest
from .realtime_client_secret_create_response import RealtimeClientSecretCreateResponse
from .realtime_function_call_item import RealtimeFunctionCallItem
from .realtime_function_call_item_type import RealtimeFunctionCallItemType
from .realtime_function_call_output_item import RealtimeFunctionCallOutputItem
from .realtime_function_call_output_item_type import RealtimeFunctionCallOutputItemType
from .realtime_include_item import RealtimeIncludeItem
from .realtime_input_audio_content import RealtimeInputAudioContent
from .realtime_input_audio_content_type import RealtimeInputAudioContentType
from .realtime_input_image_content import RealtimeInputImageContent
from .realtime_input_image_content_detail import RealtimeInputImageContentDetail
from .realtime_input_image_content_type import RealtimeInputImageContentType
from .realtime_input_text_content import RealtimeInputTextContent
from .realtime_input_text_content_type import RealtimeInputTextContentType
from .realtime_item_object import RealtimeItemObject
from .realtime_item_reference import RealtimeItemReference
from .realtime_item_reference_type import RealtimeItemReferenceType
from .realtime_item_status import RealtimeItemStatus
from .realtime_mcp_approval_request_item import RealtimeMcpApprovalRequestItem
from .realtime_mcp_approval_request_item_type import RealtimeMcpApprovalRequestItemType
from .realtime_mcp_approval_response_item import RealtimeMcpApprovalResponseItem
from .realtime_mcp_approval_response_item_type import (
    RealtimeMcpApprovalResponseItemType,
)
from .realtime_mcp_call_item import RealtimeMcpCallItem
from .realtime_mcp_call_item_type import RealtimeMcpCallItemType
from .realtime_mcp_list_tools_item import RealtimeMcpListToolsItem
from .realtime_mcp_list_tools_item_type import RealtimeMcpListToolsItemType
from .realtime_metadata import RealtimeMetadata
from .realtime_output_text_content import RealtimeOutputTextContent
from .realtime_output_text_content_type import RealtimeOutputTextContentType
from .realtime_prompt import RealtimePrompt
from .realtime_prompt_variables import RealtimePromptVariables
from .realtime_reasoning import RealtimeReasoning
from .realtime_reasoning_effort import RealtimeReasoningEffort
from .realtime_response import RealtimeResponse
from .realtime_response_audio import RealtimeResponseAudio
from .realtime_response_audio_output import RealtimeResponseAudioOutput
from .realtime_response_create_params import RealtimeResponseCreateParams
from .realtime_response_create_params_conversation import (
    RealtimeResponseCreateParamsConversation,
)
from .realtime_server_error import RealtimeServerError
from .realtime_server_event_conversation_item_added import (
    RealtimeServerEventConversationItemAdded,
)
from .realtime_server_event_conversation_item_added_type import (
    RealtimeServerEventConversationItemAddedType,
)
from .realtime_server_event_conversation_item_deleted import (
    RealtimeServerEventConversationItemDeleted,
)
from .realtime_server_event_conversation_item_deleted_type import (
    RealtimeServerEventConversationItemDeletedType,
)
from .realtime_server_event_conversation_item_done import (
    RealtimeServerEventConversationItemDone,
)
from .realtime_server_event_conversation_item_done_type import (
    RealtimeServerEventConversationItemDoneType,
)
from .realtime_server_event_conversation_item_retrieved import (
    RealtimeServerEventConversationItemRetrieved,
)
from .realtime_server_event_conversation_item_retrieved_type import (
    RealtimeServerEventConversationItemRetrievedType,
)
from .realtime_server_event_conversation_item_truncated import (
    RealtimeServerEventConversationItemTruncated,
)
from .realtime_server_event_conversation_item_truncated_type import (
    RealtimeServerEventConversationItemTruncatedType,
)
from .realtime_server_event_error import RealtimeServerEventError
from .realtime_server_event_error_type import RealtimeServerEventErrorType
from .realtime_server_event_input_audio_buffer_cleared import (
    RealtimeServerEventInputAudioBufferCleared,
)
from .realtime_server_event_input_audio_buffer_cleared_type import (
    RealtimeServerEventInputAudioBufferClearedType,
)
from .realtime_server_event_input_audio_buffer_committed import (
    RealtimeServerEventInputAudioBufferCommitted,
)
from .realtime_server_event_input_audio_buffer_committed_type import (
    RealtimeServerEventInputAudioBufferCommittedType,
)
from .realtime_server_event_input_audio_buffer_speech_started import (
    RealtimeServerEventInputAudioBufferSpeechStarted,
)
from .realtime_server_event_input_audio_buffer_speech_started_type import (
    RealtimeServerEventInputAudioBufferSpeechStartedType,
)
from .realtime_server_event_input_audio_buffer_speech_stopped import (
    RealtimeServerEventInputAudioBufferSpeechStopped,
)
from .realtime_server_event_input_audio_buffer_speech_stopped_type import (
    RealtimeServerEventInputAudioBufferSpeechStoppedType,
)
from .realtime_server_event_input_audio_buffer_timeout_triggered import (
    RealtimeServerEventInputAudioBufferTimeoutTriggered,
)
from .realtime_server_event_input_audio_buffer_timeout_triggered_type import (
    RealtimeServerEventInputAudioBufferTimeoutTriggeredType,
)
from .realtime_server_event_output_audio_buffer_cleared import (
    RealtimeServerEventOutputAudioBufferCleared,
)
from .realtime_server_event_output_audio_buffer_cleared_type import (
    RealtimeServerEventOutputAudioBufferClearedType,
)
from .realtime_server_event_output_audio_buffer_started import (
    RealtimeServerEventOutputAudioBufferStarted,
)
from .realtime_server_event_output_audio_buffer_started_type import (
    RealtimeServerEventOutputAudioBufferStartedType,
)
from .realtime_server_event_output_audio_buffer_stopped import (
    RealtimeServerEventOutputAudioBufferStopped,
)
from .realtime_server_event_output_audio_buffer_stopped_type import (
    RealtimeServerEventOutputAudioBufferStoppedType,
)
from .realtime_server_event_rate_limits_updated import (
    RealtimeServerEventRateLimitsUpdated,
)
from .realtime_server_event_rate_limits_updated_type import (
    RealtimeServerEventRateLimitsUpdatedType,
)
from .realtime_server_event_response_content_part_added import (
    RealtimeServerEventResponseContentPartAdded,
)
from .realtime_server_event_response_content_part_added_type import (
    RealtimeServerEventResponseContentPartAddedType,
)
from .realtime_server_event_response_content_part_done import (
    RealtimeServerEventResponseContentPartDone,
)
from .realtime_server_event_response_content_part_done_type import (
    RealtimeServerEventResponseContentPartDoneType,
)
from .realtime_server_event_response_created import RealtimeServerEventResponseCreated
from .realtime_server_event_response_created_type import (
    RealtimeServerEventResponseCreatedType,
)
from .realtime_server_event_response_done import RealtimeServerEventResponseDone
from .realtime_server_event_response_done_type import (
    RealtimeServerEventResponseDoneType,
)
from .realtime_server_event_response_function_call_arguments_delta import (
    RealtimeServerEventResponseFunctionCallArgumentsDelta,
)
from .realtime_server_event_response_function_call_arguments_delta_type import (
    RealtimeServerEventResponseFunctionCallArgumentsDeltaType,
)
from .realtime_server_event_response_function_call_arguments_done import (
    RealtimeServerEventResponseFunctionCallArgumentsDone,
)
from .realtime_server_event_response_function_call_arguments_done_type import (
    RealtimeServerEventResponseFunctionCallArgumentsDoneType,
)
from .realtime_server_event_response_output_audio_delta import (
    RealtimeServerEventResponseOutputAudioDelta,
)
from .realtime_server_event_response_output_audio_delta_type import (
    RealtimeServerEventResponseOutputAudioDeltaType,
)
from .realtime_server_event_response_output_audio_done import (
    RealtimeServerEventResponseOutputAudioDone,
)
from .realtime_server_event_response_output_audio_done_type import (
    RealtimeServerEventResponseOutputAudioDoneType,
)
from .realtime_server_event_response_output_audio_transcript_delta import (
    RealtimeServerEventResponseOutputAudioTranscriptDelta,
)
from .realtime_server_event_response_output_audio_transcript_delta_type import (
    RealtimeServerEventResponseOutputAudioTranscriptDeltaType,
)
from .realtime_server_event_response_output_audio_transcript_done import (
    RealtimeServerEventResponseOutputAudioTranscriptDone,
)
from .realtime_server_event_response_output_audio_transcript_done_type import (
    RealtimeServerEventResponseOutputAudioTranscriptDoneType,
)
from .realtime_server_event_response_output_item_added import (
    RealtimeServerEventResponseOutputItemAdded,
)
from .realtime_server_event_response_output_item_added_type import (
    RealtimeServerEventResponseOutputItemAddedType,
)
from .realtime_server_event_response_output_item_done import (
    RealtimeServerEventResponseOutputItemDone,
)
from .realtime_server_event_response_output_item_done_type import (
    RealtimeServerEventResponseOutputItemDoneType,
)
from .realtime_server_event_response_output_text_delta import (
    RealtimeServerEventResponseOutputTextDelta,
)
from .realtime_server_event_response_output_text_delta_type import (
    RealtimeServerEventResponseOutputTextDeltaType,
)
from .realtime_server_event_response_output_text_done import (
    RealtimeServerEventResponseOutputTextDone,
)
from .realtime_server_event_response_output_text_done_type import (
    RealtimeServerEventResponseOutputTextDoneType,
)
from .realtime_server_event_session_created import RealtimeServerEventSessionCreated
from .realtime_server_event_session_created_type import (
    RealtimeServerEventSessionCreatedType,
)
from .realtime_server_event_session_updated import RealtimeServerEventSessionUpdated
from .realtime_server_event_session_updated_type import (
    RealtimeServerEventSessionUpdatedType,
)
from .realtime_session_create_request import RealtimeSessionCreateRequest
from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
from .realtime_session_create_request_ga_type import RealtimeSessionCreateRequestGAType
from .realtime_session_create_response import RealtimeSessionCreateResponse
from .realtime_session_ga import RealtimeSessionGA
from .realtime_session_ga_type import RealtimeSessionGAType
from .realtime_system_message_item import RealtimeSystemMessageItem
from .realtime_system_message_item_role import RealtimeSystemMessageItemRole
from .realtime_system_message_item_type import RealtimeSystemMessageItemType
from .realtime_transcription_audio_config import RealtimeTranscriptionAudioConfig
from .realtime_transcription_session_create_request import (
    RealtimeTranscriptionSessionCreateRequest,
)
from .realtime_transcription_session_create_request_ga import (
    RealtimeTranscriptionSessionCreateRequestGA,
)
from .realtime_transcription_session_create_request_ga_type import (
    RealtimeTranscriptionSessionCreateRequestGAType,
)
from .realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)
from .realtime_transcription_session_ga import RealtimeTranscriptionSessionGA
from .realtime_transcription_session_ga_type import RealtimeTranscriptionSessionGAType
from .realtime_transcription_session_update import RealtimeTranscriptionSessionUpdate
from .realtime_transcription_session_update_include_item import (
    RealtimeTranscriptionSessionUpdateIncludeItem,
)
from .realtime_transcription_session_update_type import (
    RealtimeTranscriptionSessionUpdateType,
)
from .realtime_translation_audio_config import RealtimeTranslationAudioConfig
from .realtime_translation_audio_input import RealtimeTranslationAudioInput
from .realtime_translation_audio_output import RealtimeTranslationAudioOutput
from .realtime_translation_client_secret_create_request import (
    RealtimeTranslationClientSecretCreateRequest,
)
from .realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)
from .realtime_translation_session import RealtimeTranslationSession
from .realtime_translation_session_create_request import (
    RealtimeTranslationSessionCreateRequest,
)
from .realtime_truncation_retention_ratio import RealtimeTruncationRetentionRatio
from .realtime_truncation_retention_ratio_type import (
    RealtimeTruncationRetentionRatioType,
)
from .realtime_truncation_token_limits import RealtimeTruncationTokenLimits
from .realtime_truncation_type_0 import RealtimeTruncationType0
from .realtime_user_message_item import RealtimeUserMessageItem
from .realtime_user_message_item_role import RealtimeUserMessageItemRole
from .realtime_user_message_item_type import RealtimeUserMessageItemType
from .semantic_vad import SemanticVad
from .semantic_vad_eagerness import SemanticVadEagerness
from .semantic_vad_type import SemanticVadType
from .server_vad import ServerVad
from .server_vad_type import ServerVadType
from .tool_choice_function import ToolChoiceFunction
from .tool_choice_function_type import ToolChoiceFunctionType
from .tool_choice_mcp import ToolChoiceMCP
from .tool_choice_mcp_type import ToolChoiceMCPType
from .tool_choice_mode import ToolChoiceMode
from .tool_parameters import ToolParameters
from .tool_parameters_type import ToolParametersType
from .tracing_config import TracingConfig
from .tracing_config_metadata import TracingConfigMetadata
from .tracing_type_0 import TracingType0
from .transcription_client_secret_config import TranscriptionClientSecretConfig
from .transcription_secret_expires_at import TranscriptionSecretExpiresAt
from .transcription_secret_expires_at_anchor import TranscriptionSecretExpiresAtAnchor
from .translation_transcription import TranslationTranscription

__all__ = (
    "AudioFormatName",
    "ClientSecret",
    "ClientSecretConfig",
    "ClientSecretExpiresAfter",
    "ClientSecretExpiresAfterAnchor",
    "CustomVoice",
    "EchoedObject",
    "ErrorDetail",
    "ErrorResponse",
    "ExpiresAfter",
    "ExpiresAfterAnchor",
    "FunctionTool",
    "FunctionToolType",
    "InputAudioTranscription",
    "InputAudioTranscriptionDelay",
    "MCPAllowedCallersItem",
    "MCPApprovalFilter",
    "MCPApprovalMode",
    "MCPHeaders",
    "MCPTool",
    "MCPToolConnectorId",
    "MCPToolFilter",
    "MCPToolType",
    "MaxOutputTokensType1",
    "Modality",
    "NoiseReduction",
    "NoiseReductionType",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointMode",
    "PromptInputFile",
    "PromptInputFileDetail",
    "PromptInputFileType",
    "PromptInputImage",
    "PromptInputImageDetail",
    "PromptInputImageType",
    "PromptInputText",
    "PromptInputTextType",
    "RealtimeAssistantMessageItem",
    "RealtimeAssistantMessageItemRole",
    "RealtimeAssistantMessageItemType",
    "RealtimeAudioConfig",
    "RealtimeAudioFormatPcm",
    "RealtimeAudioFormatPcmRate",
    "RealtimeAudioFormatPcmType",
    "RealtimeAudioFormatPcma",
    "RealtimeAudioFormatPcmaType",
    "RealtimeAudioFormatPcmu",
    "RealtimeAudioFormatPcmuType",
    "RealtimeAudioInput",
    "RealtimeAudioOutput",
    "RealtimeCallCreateRequest",
    "RealtimeClientEventConversationItemCreate",
    "RealtimeClientEventConversationItemCreateType",
    "RealtimeClientEventConversationItemDelete",
    "RealtimeClientEventConversationItemDeleteType",
    "RealtimeClientEventConversationItemRetrieve",
    "RealtimeClientEventConversationItemRetrieveType",
    "RealtimeClientEventConversationItemTruncate",
    "RealtimeClientEventConversationItemTruncateType",
    "RealtimeClientEventInputAudioBufferAppend",
    "RealtimeClientEventInputAudioBufferAppendType",
    "RealtimeClientEventInputAudioBufferClear",
    "RealtimeClientEventInputAudioBufferClearType",
    "RealtimeClientEventInputAudioBufferCommit",
    "RealtimeClientEventInputAudioBufferCommitType",
    "RealtimeClientEventOutputAudioBufferClear",
    "RealtimeClientEventOutputAudioBufferClearType",
    "RealtimeClientEventResponseCancel",
    "RealtimeClientEventResponseCancelType",
    "RealtimeClientEventResponseCreate",
    "RealtimeClientEventResponseCreateType",
    "RealtimeClientEventSessionUpdate",
    "RealtimeClientEventSessionUpdateType",
    "RealtimeClientSecretCreateRequest",
    "RealtimeClientSecretCreateResponse",
    "RealtimeFunctionCallItem",
    "RealtimeFunctionCallItemType",
    "RealtimeFunctionCallOutputItem",
    "RealtimeFunctionCallOutputItemType",
    "RealtimeIncludeItem",
    "RealtimeInputAudioContent",
    "RealtimeInputAudioContentType",
    "RealtimeInputImageContent",
    "RealtimeInputImageContentDetail",
    "RealtimeInputImageContentType",
    "RealtimeInputTextContent",
    "RealtimeInputTextContentType",
    "RealtimeItemObject",
    "RealtimeItemReference",
    "RealtimeItemReferenceType",
    "RealtimeItemStatus",
    "RealtimeMcpApprovalRequestItem",
    "RealtimeMcpApprovalRequestItemType",
    "RealtimeMcpApprovalResponseItem",
    "RealtimeMcpApprovalResponseItemType",
    "RealtimeMcpCallItem",
    "RealtimeMcpCallItemType",
    "RealtimeMcpListToolsItem",
    "RealtimeMcpListToolsItemType",
    "RealtimeMetadata",
    "RealtimeOutputTextContent",
    "RealtimeOutputTextContentType",
    "RealtimePrompt",
    "RealtimePromptVariables",
    "RealtimeReasoning",
    "RealtimeReasoningEffort",
    "RealtimeResponse",
    "RealtimeResponseAudio",
    "RealtimeResponseAudioOutput",
    "RealtimeResponseCreateParams",
    "RealtimeResponseCreateParamsConversation",
    "RealtimeServerError",
    "RealtimeServerEventConversationItemAdded",
    "RealtimeServerEventConversationItemAddedType",
    "RealtimeServerEventConversationItemDeleted",
    "RealtimeServerEventConversationItemDeletedType",
    "RealtimeServerEventConversationItemDone",
    "RealtimeServerEventConversationItemDoneType",
    "RealtimeServerEventConversationItemRetrieved",
    "RealtimeServerEventConversationItemRetrievedType",
    "RealtimeServerEventConversationItemTruncated",
    "RealtimeServerEventConversationItemTruncatedType",
    "RealtimeServerEventError",
    "RealtimeServerEventErrorType",
    "RealtimeServerEventInputAudioBufferCleared",
    "RealtimeServerEventInputAudioBufferClearedType",
    "RealtimeServerEventInputAudioBufferCommitted",
    "RealtimeServerEventInputAudioBufferCommittedType",
    "RealtimeServerEventInputAudioBufferSpeechStarted",
    "RealtimeServerEventInputAudioBufferSpeechStartedType",
    "RealtimeServerEventInputAudioBufferSpeechStopped",
    "RealtimeServerEventInputAudioBufferSpeechStoppedType",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered",
    "RealtimeServerEventInputAudioBufferTimeoutTriggeredType",
    "RealtimeServerEventOutputAudioBufferCleared",
    "RealtimeServerEventOutputAudioBufferClearedType",
    "RealtimeServerEventOutputAudioBufferStarted",
    "RealtimeServerEventOutputAudioBufferStartedType",
    "RealtimeServerEventOutputAudioBufferStopped",
    "RealtimeServerEventOutputAudioBufferStoppedType",
    "RealtimeServerEventRateLimitsUpdated",
    "RealtimeServerEventRateLimitsUpdatedType",
    "RealtimeServerEventResponseContentPartAdded",
    "RealtimeServerEventResponseContentPartAddedType",
    "RealtimeServerEventResponseContentPartDone",
    "RealtimeServerEventResponseContentPartDoneType",
    "RealtimeServerEventResponseCreated",
    "RealtimeServerEventResponseCreatedType",
    "RealtimeServerEventResponseDone",
    "RealtimeServerEventResponseDoneType",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeServerEventResponseFunctionCallArgumentsDeltaType",
    "RealtimeServerEventResponseFunctionCallArgumentsDone",
    "RealtimeServerEventResponseFunctionCallArgumentsDoneType",
    "RealtimeServerEventResponseOutputAudioDelta",
    "RealtimeServerEventResponseOutputAudioDeltaType",
    "RealtimeServerEventResponseOutputAudioDone",
    "RealtimeServerEventResponseOutputAudioDoneType",
    "RealtimeServerEventResponseOutputAudioTranscriptDelta",
    "RealtimeServerEventResponseOutputAudioTranscriptDeltaType",
    "RealtimeServerEventResponseOutputAudioTranscriptDone",
    "RealtimeServerEventResponseOutputAudioTranscriptDoneType",
    "RealtimeServerEventResponseOutputItemAdded",
    "RealtimeServerEventResponseOutputItemAddedType",
    "RealtimeServerEventResponseOutputItemDone",
    "RealtimeServerEventResponseOutputItemDoneType",
    "RealtimeServerEventResponseOutputTextDelta",
    "RealtimeServerEventResponseOutputTextDeltaType",
    "RealtimeServerEventResponseOutputTextDone",
    "RealtimeServerEventResponseOutputTextDoneType",
    "RealtimeServerEventSessionCreated",
    "RealtimeServerEventSessionCreatedType",
    "RealtimeServerEventSessionUpdated",
    "RealtimeServerEventSessionUpdatedType",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateRequestGA",
    "RealtimeSessionCreateRequestGAType",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionGA",
    "RealtimeSessionGAType",
    "RealtimeSystemMessageItem",
    "RealtimeSystemMessageItemRole",
    "RealtimeSystemMessageItemType",
    "RealtimeTranscriptionAudioConfig",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateRequestGA",
    "RealtimeTranscriptionSessionCreateRequestGAType",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionGA",
    "RealtimeTranscriptionSessionGAType",
    "RealtimeTranscriptionSessionUpdate",
    "RealtimeTranscriptionSessionUpdateIncludeItem",
    "RealtimeTranscriptionSessionUpdateType",
    "RealtimeTranslationAudioConfig",
    "RealtimeTranslationAudioInput",
    "RealtimeTranslationAudioOutput",
    "RealtimeTranslationClientSecretCreateRequest",
    "RealtimeTranslationClientSecretCreateResponse",
    "RealtimeTranslationSession",
    "RealtimeTranslationSessionCreateRequest",
    "RealtimeTruncationRetentionRatio",
    "RealtimeTruncationRetentionRatioType",
    "RealtimeTruncationTokenLimits",
    "RealtimeTruncationType0",
    "RealtimeUserMessageItem",
    "RealtimeUserMessageItemRole",
    "RealtimeUserMessageItemType",
    "SemanticVad",
    "SemanticVadEagerness",
    "SemanticVadType",
    "ServerVad",
    "ServerVadType",
    "ToolChoiceFunction",
    "ToolChoiceFunctionType",
    "ToolChoiceMCP",
    "ToolChoiceMCPType",
    "ToolChoiceMode",
    "ToolParameters",
    "ToolParametersType",
    "TracingConfig",
    "TracingConfigMetadata",
    "TracingType0",
    "TranscriptionClientSecretConfig",
    "TranscriptionSecretExpiresAt",
    "TranscriptionSecretExpiresAtAnchor",
    "TranslationTranscription",
)
