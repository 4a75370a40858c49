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
from .max_output_tokens_type_1 import MaxOutputTokensType1
from .modality import Modality
from .noise_reduction import NoiseReduction
from .noise_reduction_type import NoiseReductionType
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
from .realtime_client_secret_create_request import RealtimeClientSecretCreateRequest
from .realtime_client_secret_create_response import RealtimeClientSecretCreateResponse
from .realtime_prompt import RealtimePrompt
from .realtime_prompt_variables import RealtimePromptVariables
from .realtime_session_create_request import RealtimeSessionCreateRequest
from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
from .realtime_session_create_request_ga_include_item import (
    RealtimeSessionCreateRequestGAIncludeItem,
)
from .realtime_session_create_request_ga_type import RealtimeSessionCreateRequestGAType
from .realtime_session_create_response import RealtimeSessionCreateResponse
from .realtime_session_ga import RealtimeSessionGA
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
from .tool_choice_mode import ToolChoiceMode
from .tool_parameters import ToolParameters
from .tool_parameters_type import ToolParametersType
from .tracing_config import TracingConfig
from .tracing_config_metadata import TracingConfigMetadata
from .tracing_type_0 import TracingType0

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
    "MaxOutputTokensType1",
    "Modality",
    "NoiseReduction",
    "NoiseReductionType",
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
    "RealtimeClientSecretCreateRequest",
    "RealtimeClientSecretCreateResponse",
    "RealtimePrompt",
    "RealtimePromptVariables",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateRequestGA",
    "RealtimeSessionCreateRequestGAIncludeItem",
    "RealtimeSessionCreateRequestGAType",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionGA",
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
    "ToolChoiceMode",
    "ToolParameters",
    "ToolParametersType",
    "TracingConfig",
    "TracingConfigMetadata",
    "TracingType0",
)
