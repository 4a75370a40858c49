"""Contains all the data models used in inputs/outputs"""

from .audio_format_name import AudioFormatName
from .client_secret import ClientSecret
from .client_secret_config import ClientSecretConfig
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
from .realtime_session_create_request import RealtimeSessionCreateRequest
from .realtime_session_create_response import RealtimeSessionCreateResponse
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
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateResponse",
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
