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
from .realtime_client_secret_create_request import RealtimeClientSecretCreateRequest
from .realtime_client_secret_create_response import RealtimeClientSecretCreateResponse
from .realtime_include_item import RealtimeIncludeItem
from .realtime_prompt import RealtimePrompt
from .realtime_prompt_variables import RealtimePromptVariables
from .realtime_reasoning import RealtimeReasoning
from .realtime_reasoning_effort import RealtimeReasoningEffort
from .realtime_session_create_request import RealtimeSessionCreateRequest
from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
from .realtime_session_create_request_ga_type import RealtimeSessionCreateRequestGAType
from .realtime_session_create_response import RealtimeSessionCreateResponse
from .realtime_session_ga import RealtimeSessionGA
from .realtime_session_ga_type import RealtimeSessionGAType
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
    "RealtimeClientSecretCreateRequest",
    "RealtimeClientSecretCreateResponse",
    "RealtimeIncludeItem",
    "RealtimePrompt",
    "RealtimePromptVariables",
    "RealtimeReasoning",
    "RealtimeReasoningEffort",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateRequestGA",
    "RealtimeSessionCreateRequestGAType",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionGA",
    "RealtimeSessionGAType",
    "RealtimeTranscriptionAudioConfig",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateRequestGA",
    "RealtimeTranscriptionSessionCreateRequestGAType",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionGA",
    "RealtimeTranscriptionSessionGAType",
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
