from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.audio_format_name import AudioFormatName
from ..models.max_output_tokens_type_1 import MaxOutputTokensType1
from ..models.modality import Modality
from ..models.tool_choice_mode import ToolChoiceMode
from ..models.tracing_type_0 import TracingType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_secret_config import ClientSecretConfig
    from ..models.function_tool import FunctionTool
    from ..models.input_audio_transcription import InputAudioTranscription
    from ..models.noise_reduction import NoiseReduction
    from ..models.semantic_vad import SemanticVad
    from ..models.server_vad import ServerVad
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tracing_config import TracingConfig


T = TypeVar("T", bound="RealtimeSessionCreateRequest")


@_attrs_define
class RealtimeSessionCreateRequest:
    """The beta (flat) session configuration. Every field is optional: `{}` asks for the
    server's defaults.

        Attributes:
            model (str | Unset): The Realtime model. New models appear often, so any non-empty name is accepted; names
                outside `x-known-values` are worth a second look. The server picks one when unset.
            modalities (list[Modality] | Unset): What the model may answer with. The API accepts exactly `["text"]` or
                `["audio", "text"]` (in any order): one or two distinct modalities, `text` always
                among them. Server default: `["audio", "text"]`.
            instructions (str | Unset): System instructions for the whole session. The server has its own when unset.
            voice (str | Unset): The voice of audio answers; it cannot change once the model has spoken. `fable`, `onyx`
                and `nova` exist for text-to-speech but the Realtime API refuses them. Voices are added
                over time, so names outside `x-known-values` are accepted. Server default: `alloy`.
            input_audio_format (AudioFormatName | Unset): Audio encoding. `pcm16` is 16-bit little-endian mono PCM at 24
                kHz; `g711_ulaw` and
                `g711_alaw` are 8 kHz telephony codecs. Server default: `pcm16`.
            output_audio_format (AudioFormatName | Unset): Audio encoding. `pcm16` is 16-bit little-endian mono PCM at 24
                kHz; `g711_ulaw` and
                `g711_alaw` are 8 kHz telephony codecs. Server default: `pcm16`.
            input_audio_transcription (InputAudioTranscription | None | Unset): Transcription of what the user says; off
                when unset, `null` turns it off.
            input_audio_noise_reduction (NoiseReduction | None | Unset): Filtering of input audio before VAD and the model;
                `null` turns it off (the default).
            turn_detection (None | SemanticVad | ServerVad | Unset): How the server decides that the user stopped talking.
                Server default: `server_vad`.
                `null` turns it off, and the client then asks for each response itself.
            tools (list[FunctionTool] | Unset): Full function definitions the model may call. Bare names are not tools.
            tool_choice (ToolChoiceFunction | ToolChoiceMode | Unset): `auto` lets the model decide, `none` forbids calls,
                `required` forces some call, and
                `{"type": "function", "name": ...}` forces that function. Server default: `auto`.
            temperature (float | Unset): Sampling temperature. Server default 0.8, which OpenAI recommends for audio models.
            max_response_output_tokens (int | MaxOutputTokensType1 | Unset): Output token limit per response, 1 to 4096, or
                `inf` (the server default).
            speed (float | Unset): Speaking speed; changeable only between turns. Server default 1.0.
            tracing (None | TracingConfig | TracingType0 | Unset): Send traces to OpenAI's dashboard; `null` disables
                tracing. Cannot change once on.
            client_secret (ClientSecretConfig | Unset): Lifetime of the minted client secret. Server default one minute.
    """

    model: str | Unset = UNSET
    modalities: list[Modality] | Unset = UNSET
    instructions: str | Unset = UNSET
    voice: str | Unset = UNSET
    input_audio_format: AudioFormatName | Unset = UNSET
    output_audio_format: AudioFormatName | Unset = UNSET
    input_audio_transcription: InputAudioTranscription | None | Unset = UNSET
    input_audio_noise_reduction: NoiseReduction | None | Unset = UNSET
    turn_detection: None | SemanticVad | ServerVad | Unset = UNSET
    tools: list[FunctionTool] | Unset = UNSET
    tool_choice: ToolChoiceFunction | ToolChoiceMode | Unset = UNSET
    temperature: float | Unset = UNSET
    max_response_output_tokens: int | MaxOutputTokensType1 | Unset = UNSET
    speed: float | Unset = UNSET
    tracing: None | TracingConfig | TracingType0 | Unset = UNSET
    client_secret: ClientSecretConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.input_audio_transcription import InputAudioTranscription
        from ..models.noise_reduction import NoiseReduction
        from ..models.semantic_vad import SemanticVad
        from ..models.server_vad import ServerVad
        from ..models.tracing_config import TracingConfig

        model = self.model

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = []
            for modalities_item_data in self.modalities:
                modalities_item = modalities_item_data.value
                modalities.append(modalities_item)

        instructions = self.instructions

        voice = self.voice

        input_audio_format: str | Unset = UNSET
        if not isinstance(self.input_audio_format, Unset):
            input_audio_format = self.input_audio_format.value

        output_audio_format: str | Unset = UNSET
        if not isinstance(self.output_audio_format, Unset):
            output_audio_format = self.output_audio_format.value

        input_audio_transcription: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        elif isinstance(self.input_audio_transcription, InputAudioTranscription):
            input_audio_transcription = self.input_audio_transcription.to_dict()
        else:
            input_audio_transcription = self.input_audio_transcription

        input_audio_noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = UNSET
        elif isinstance(self.input_audio_noise_reduction, NoiseReduction):
            input_audio_noise_reduction = self.input_audio_noise_reduction.to_dict()
        else:
            input_audio_noise_reduction = self.input_audio_noise_reduction

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, ServerVad) or isinstance(
            self.turn_detection, SemanticVad
        ):
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
        elif isinstance(self.tool_choice, ToolChoiceMode):
            tool_choice = self.tool_choice.value
        else:
            tool_choice = self.tool_choice.to_dict()

        temperature = self.temperature

        max_response_output_tokens: int | str | Unset
        if isinstance(self.max_response_output_tokens, Unset):
            max_response_output_tokens = UNSET
        elif isinstance(self.max_response_output_tokens, MaxOutputTokensType1):
            max_response_output_tokens = self.max_response_output_tokens.value
        else:
            max_response_output_tokens = self.max_response_output_tokens

        speed = self.speed

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, TracingType0):
            tracing = self.tracing.value
        elif isinstance(self.tracing, TracingConfig):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        client_secret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_secret, Unset):
            client_secret = self.client_secret.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
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
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_secret_config import ClientSecretConfig
        from ..models.function_tool import FunctionTool
        from ..models.input_audio_transcription import InputAudioTranscription
        from ..models.noise_reduction import NoiseReduction
        from ..models.semantic_vad import SemanticVad
        from ..models.server_vad import ServerVad
        from ..models.tool_choice_function import ToolChoiceFunction
        from ..models.tracing_config import TracingConfig

        d = dict(src_dict)
        model = d.pop("model", UNSET)

        _modalities = d.pop("modalities", UNSET)
        modalities: list[Modality] | Unset = UNSET
        if _modalities is not UNSET:
            modalities = []
            for modalities_item_data in _modalities:
                modalities_item = Modality(modalities_item_data)

                modalities.append(modalities_item)

        instructions = d.pop("instructions", UNSET)

        voice = d.pop("voice", UNSET)

        _input_audio_format = d.pop("input_audio_format", UNSET)
        input_audio_format: AudioFormatName | Unset
        if isinstance(_input_audio_format, Unset):
            input_audio_format = UNSET
        else:
            input_audio_format = AudioFormatName(_input_audio_format)

        _output_audio_format = d.pop("output_audio_format", UNSET)
        output_audio_format: AudioFormatName | Unset
        if isinstance(_output_audio_format, Unset):
            output_audio_format = UNSET
        else:
            output_audio_format = AudioFormatName(_output_audio_format)

        def _parse_input_audio_transcription(
            data: object,
        ) -> InputAudioTranscription | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_audio_transcription_type_0 = InputAudioTranscription.from_dict(
                    data
                )

                return input_audio_transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InputAudioTranscription | None | Unset, data)

        input_audio_transcription = _parse_input_audio_transcription(
            d.pop("input_audio_transcription", UNSET)
        )

        def _parse_input_audio_noise_reduction(
            data: object,
        ) -> NoiseReduction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_audio_noise_reduction_type_0 = NoiseReduction.from_dict(data)

                return input_audio_noise_reduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NoiseReduction | None | Unset, data)

        input_audio_noise_reduction = _parse_input_audio_noise_reduction(
            d.pop("input_audio_noise_reduction", UNSET)
        )

        def _parse_turn_detection(
            data: object,
        ) -> None | SemanticVad | ServerVad | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_turn_detection_type_0 = ServerVad.from_dict(data)

                return componentsschemas_turn_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_turn_detection_type_1 = SemanticVad.from_dict(data)

                return componentsschemas_turn_detection_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SemanticVad | ServerVad | Unset, data)

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[FunctionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = FunctionTool.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> ToolChoiceFunction | ToolChoiceMode | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_tool_choice_type_0 = ToolChoiceMode(data)

                return componentsschemas_tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_tool_choice_type_1 = ToolChoiceFunction.from_dict(data)

            return componentsschemas_tool_choice_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        temperature = d.pop("temperature", UNSET)

        def _parse_max_response_output_tokens(
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

        max_response_output_tokens = _parse_max_response_output_tokens(
            d.pop("max_response_output_tokens", UNSET)
        )

        speed = d.pop("speed", UNSET)

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

        _client_secret = d.pop("client_secret", UNSET)
        client_secret: ClientSecretConfig | Unset
        if isinstance(_client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = ClientSecretConfig.from_dict(_client_secret)

        realtime_session_create_request = cls(
            model=model,
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
            client_secret=client_secret,
        )

        return realtime_session_create_request
