"""The registry: one record per endpoint, one row per session field. Everything else reads it.

Validation, translation, the client, answer parsing, the Conductor definitions, the JSON Schema
export, the emulator and the CLI's flags all take their endpoint facts from `ENDPOINT_SPECS` and
their field places from `FIELDS`, so adding an endpoint is a record here, the contract, tests.
Standard library and attrs only: the CLI's offline commands import it.
"""

from __future__ import annotations

from typing import Literal

import attrs

from . import _contract

Endpoint = Literal["client-secrets", "sessions", "translations", "transcription-sessions"]
# The vocabularies configs are written in; the other endpoints take a session shape of their own
# (`EndpointSpec.vocabulary`), written as it is or translated from a GA session.
Vocabulary = Literal["beta", "ga"]
EndpointVocabulary = Literal["beta", "ga", "translation", "transcription"]
Path = tuple[str, ...]


@attrs.frozen
class EndpointSpec:
    """What the code needs to know about one minting endpoint.

    The schema names are `components.schemas` of the contract; `operation` and `request_model`
    name the generated client's module (`realtime_sessions_client.api.realtime.<operation>`) and
    model class. `secret_at`, `expiry_at` and `session_at` say where the answer holds the secret,
    its Unix expiry and the session (None: the answer itself, less `secret_at[0]`).
    `lifetime_at` is where the request body takes the secret's lifetime.
    """

    name: Endpoint
    method: str
    path: str
    vocabulary: EndpointVocabulary
    session_schema: str
    request_schema: str
    lifetime_schema: str
    response_schema: str
    operation: str
    request_model: str
    secret_at: Path
    expiry_at: Path
    session_at: Path | None
    lifetime_at: Path
    default_lifetime_seconds: int
    title: str

    @property
    def label(self) -> str:
        """`POST /realtime/client_secrets`, the way messages name the endpoint."""
        return f"{self.method} {self.path}"

    def lifetime_bounds(self) -> tuple[int, int]:
        """The contract's `minimum` and `maximum` of the lifetime's seconds."""
        found = _contract.schema(self.lifetime_schema)["properties"]["seconds"]
        return found["minimum"], found["maximum"]


ENDPOINT_SPECS: dict[Endpoint, EndpointSpec] = {
    "client-secrets": EndpointSpec(
        name="client-secrets",
        method="POST",
        path="/realtime/client_secrets",
        vocabulary="ga",
        session_schema="RealtimeSessionConfigGA",
        request_schema="RealtimeClientSecretCreateRequest",
        lifetime_schema="ClientSecretExpiresAfter",
        response_schema="RealtimeClientSecretCreateResponse",
        operation="create_realtime_client_secret",
        request_model="RealtimeClientSecretCreateRequest",
        secret_at=("value",),
        expiry_at=("expires_at",),
        session_at=("session",),
        lifetime_at=("expires_after",),
        default_lifetime_seconds=600,
        title="Realtime session config, GA (nested) vocabulary: the session of POST "
        "/realtime/client_secrets, alone or as the whole request {session, expires_after}",
    ),
    "sessions": EndpointSpec(
        name="sessions",
        method="POST",
        path="/realtime/sessions",
        vocabulary="beta",
        session_schema="RealtimeSessionCreateRequest",
        request_schema="RealtimeSessionCreateRequest",
        lifetime_schema="ExpiresAfter",
        response_schema="RealtimeSessionCreateResponse",
        operation="create_realtime_session",
        request_model="RealtimeSessionCreateRequest",
        secret_at=("client_secret", "value"),
        expiry_at=("client_secret", "expires_at"),
        session_at=None,
        lifetime_at=("client_secret", "expires_after"),
        default_lifetime_seconds=60,
        title="Realtime session config, beta (flat) vocabulary: the body of POST /realtime/sessions",
    ),
    "translations": EndpointSpec(
        name="translations",
        method="POST",
        path="/realtime/translations/client_secrets",
        vocabulary="translation",
        session_schema="RealtimeTranslationSessionCreateRequest",
        request_schema="RealtimeTranslationClientSecretCreateRequest",
        lifetime_schema="ClientSecretExpiresAfter",
        response_schema="RealtimeTranslationClientSecretCreateResponse",
        operation="create_realtime_translation_client_secret",
        request_model="RealtimeTranslationClientSecretCreateRequest",
        secret_at=("value",),
        expiry_at=("expires_at",),
        session_at=("session",),
        lifetime_at=("expires_after",),
        default_lifetime_seconds=600,
        title="Realtime translation session config: the session of POST "
        "/realtime/translations/client_secrets, alone or as the whole request",
    ),
    "transcription-sessions": EndpointSpec(
        name="transcription-sessions",
        method="POST",
        path="/realtime/transcription_sessions",
        vocabulary="transcription",
        session_schema="RealtimeTranscriptionSessionCreateRequest",
        request_schema="RealtimeTranscriptionSessionCreateRequest",
        lifetime_schema="TranscriptionSecretExpiresAt",
        response_schema="RealtimeTranscriptionSessionCreateResponse",
        operation="create_realtime_transcription_session",
        request_model="RealtimeTranscriptionSessionCreateRequest",
        secret_at=("client_secret", "value"),
        expiry_at=("client_secret", "expires_at"),
        session_at=None,
        lifetime_at=("client_secret", "expires_at"),
        default_lifetime_seconds=60,
        title="Realtime transcription session config, beta (flat) vocabulary: the body of POST "
        "/realtime/transcription_sessions",
    ),
}
ENDPOINTS: tuple[Endpoint, ...] = tuple(ENDPOINT_SPECS)
DEFAULT_ENDPOINT: Endpoint = "client-secrets"
# The endpoint that speaks each vocabulary: where a config of that vocabulary goes as it is.
ENDPOINT_OF_VOCABULARY: dict[EndpointVocabulary, EndpointSpec] = {
    spec.vocabulary: spec for spec in ENDPOINT_SPECS.values()
}


@attrs.frozen
class CallEndpointSpec:
    """The WebRTC endpoint: not a mint, so a record of its own beside the minting ones.

    The server posts the browser's SDP offer with the GA session (`request_schema`, multipart)
    and the API key; the answer (`answer_status`) is the SDP answer, and the call's id is the
    last segment of the `call_id_header` URL. No secret exists at any point.
    """

    name: Literal["calls"]
    method: str
    path: str
    vocabulary: Vocabulary
    session_schema: str
    request_schema: str
    operation: str
    request_model: str
    answer_status: int
    call_id_header: str

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


CALL_ENDPOINT = CallEndpointSpec(
    name="calls",
    method="POST",
    path="/realtime/calls",
    vocabulary="ga",
    session_schema="RealtimeSessionCreateRequestGA",
    request_schema="RealtimeCallCreateRequest",
    operation="create_realtime_call",
    request_model="RealtimeCallCreateRequest",
    answer_status=201,
    call_id_header="Location",
)


def default_base_url() -> str:
    """The contract's first server, `https://api.openai.com/v1`."""
    return _contract.spec()["servers"][0]["url"]


@attrs.frozen
class SessionField:
    """One session setting: its beta key, its GA path (None: GA has none), the CLI option that
    sets it (the `create`/`config` parameter name) and its name in a task input document."""

    beta_key: str
    ga_path: Path | None
    cli_option: str
    task_input: str


def _field(beta_key: str, ga_path: Path | None, cli_option: str | None = None) -> SessionField:
    # Task inputs carry the session config as written, so its name there is the config key.
    return SessionField(beta_key, ga_path, cli_option or beta_key, f"session.{beta_key}")


FIELDS: tuple[SessionField, ...] = (
    _field("model", ("model",)),
    _field("instructions", ("instructions",)),
    _field("tools", ("tools",)),
    _field("tool_choice", ("tool_choice",)),
    _field("tracing", ("tracing",)),
    _field("max_response_output_tokens", ("max_output_tokens",), "max_output_tokens"),
    _field("modalities", ("output_modalities",)),
    _field("voice", ("audio", "output", "voice")),
    _field("speed", ("audio", "output", "speed")),
    _field("output_audio_format", ("audio", "output", "format")),
    _field("input_audio_format", ("audio", "input", "format")),
    _field("input_audio_transcription", ("audio", "input", "transcription"), "transcription"),
    _field("input_audio_noise_reduction", ("audio", "input", "noise_reduction"), "noise_reduction"),
    _field("turn_detection", ("audio", "input", "turn_detection")),
    _field("temperature", None),
)
