"""openapi.yaml states every documented rule as a schema keyword, and stays a valid contract."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
SCHEMAS = SPEC["components"]["schemas"]


def resolve(pointer: str) -> Any:
    """Follow a JSON pointer such as `#/components/schemas/Speed` inside the spec."""
    node: Any = SPEC
    for part in pointer.removeprefix("#/").split("/"):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def deref(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = resolve(schema["$ref"])
    return schema


def beta_prop(name: str) -> dict[str, Any]:
    return deref(SCHEMAS["RealtimeSessionCreateRequest"]["properties"][name])


def ga_prop(name: str) -> dict[str, Any]:
    """A property of the GA session; dotted names reach into `audio` (`audio.output.speed`)."""
    schema = SCHEMAS["RealtimeSessionCreateRequestGA"]
    for part in name.split("."):
        schema = deref(schema)["properties"][part]
    return deref(schema)


def test_spec_is_valid_openapi() -> None:
    validate(SPEC)


@pytest.mark.parametrize(
    ("schema", "keyword", "expected"),
    [
        (lambda: beta_prop("temperature"), "minimum", 0.6),
        (lambda: beta_prop("temperature"), "maximum", 1.2),
        (lambda: beta_prop("speed"), "minimum", 0.25),
        (lambda: beta_prop("speed"), "maximum", 1.5),
        (lambda: SCHEMAS["ServerVad"]["properties"]["threshold"], "minimum", 0),
        (lambda: SCHEMAS["ServerVad"]["properties"]["threshold"], "maximum", 1),
        (lambda: SCHEMAS["ServerVad"]["properties"]["prefix_padding_ms"], "minimum", 0),
        (lambda: SCHEMAS["ServerVad"]["properties"]["silence_duration_ms"], "minimum", 0),
        (lambda: SCHEMAS["ServerVad"]["properties"]["idle_timeout_ms"], "minimum", 5000),
        (lambda: SCHEMAS["ServerVad"]["properties"]["idle_timeout_ms"], "maximum", 30000),
        (lambda: SCHEMAS["ExpiresAfter"]["properties"]["seconds"], "minimum", 10),
        (lambda: SCHEMAS["ExpiresAfter"]["properties"]["seconds"], "maximum", 7200),
        (lambda: SCHEMAS["ExpiresAfter"]["properties"]["anchor"], "enum", ["created_at"]),
        (lambda: SCHEMAS["ExpiresAfter"], "required", ["anchor", "seconds"]),
        (lambda: SCHEMAS["FunctionTool"]["properties"]["name"], "pattern", "^[a-zA-Z0-9_-]{1,64}$"),
        (lambda: SCHEMAS["FunctionTool"]["properties"]["type"], "enum", ["function"]),
        (lambda: SCHEMAS["FunctionTool"], "additionalProperties", False),
        (lambda: SCHEMAS["ToolParameters"]["properties"]["type"], "enum", ["object"]),
        (lambda: SCHEMAS["ToolChoiceMode"], "enum", ["auto", "none", "required"]),
        (lambda: SCHEMAS["ToolChoiceFunction"], "required", ["type", "name"]),
        (lambda: SCHEMAS["Modality"], "enum", ["text", "audio"]),
        (lambda: beta_prop("modalities"), "type", "array"),
        (lambda: beta_prop("modalities"), "contains", {"enum": ["text"]}),
        (lambda: SCHEMAS["AudioFormatName"], "enum", ["pcm16", "g711_ulaw", "g711_alaw"]),
        (
            lambda: SCHEMAS["NoiseReduction"]["properties"]["type"],
            "enum",
            ["near_field", "far_field"],
        ),
        (lambda: SCHEMAS["ServerVad"]["properties"]["type"], "enum", ["server_vad"]),
        (lambda: SCHEMAS["SemanticVad"]["properties"]["type"], "enum", ["semantic_vad"]),
        (
            lambda: SCHEMAS["SemanticVad"]["properties"]["eagerness"],
            "enum",
            ["low", "medium", "high", "auto"],
        ),
        (
            lambda: SCHEMAS["InputAudioTranscription"]["properties"]["language"],
            "pattern",
            "^[a-z]{2}$",
        ),
        (lambda: SCHEMAS["Voice"], "not", {"enum": ["fable", "onyx", "nova"]}),
    ],
)
def test_rule_is_a_schema_keyword(schema: Any, keyword: str, expected: Any) -> None:
    assert schema()[keyword] == expected


@pytest.mark.parametrize(
    ("schema", "keyword", "expected"),
    [
        (lambda: SCHEMAS["ClientSecretExpiresAfter"]["properties"]["seconds"], "minimum", 10),
        (lambda: SCHEMAS["ClientSecretExpiresAfter"]["properties"]["seconds"], "maximum", 7200),
        (
            lambda: SCHEMAS["ClientSecretExpiresAfter"]["properties"]["anchor"],
            "enum",
            ["created_at"],
        ),
        (lambda: SCHEMAS["RealtimeSessionCreateRequestGA"], "required", ["type"]),
        (lambda: ga_prop("type"), "enum", ["realtime"]),
        (lambda: ga_prop("output_modalities"), "type", "array"),
        (lambda: ga_prop("output_modalities"), "minItems", 1),
        (lambda: ga_prop("output_modalities"), "maxItems", 1),
        (lambda: ga_prop("output_modalities")["items"], "$ref", "#/components/schemas/Modality"),
        (lambda: SCHEMAS["RealtimeAudioFormatPcm"]["properties"]["rate"], "enum", [24000]),
        (lambda: SCHEMAS["RealtimeAudioFormatPcm"]["properties"]["type"], "enum", ["audio/pcm"]),
        (lambda: SCHEMAS["RealtimeAudioFormatPcmu"]["properties"]["type"], "enum", ["audio/pcmu"]),
        (lambda: SCHEMAS["RealtimeAudioFormatPcma"]["properties"]["type"], "enum", ["audio/pcma"]),
        (lambda: ga_prop("audio.output.speed"), "minimum", 0.25),
        (lambda: ga_prop("audio.output.speed"), "maximum", 1.5),
        (lambda: SCHEMAS["CustomVoice"]["properties"]["id"], "pattern", "^voice_"),
        (lambda: SCHEMAS["CustomVoice"], "required", ["id"]),
        (lambda: ga_prop("include"), "uniqueItems", True),
        (lambda: ga_prop("include")["items"], "enum", ["item.input_audio_transcription.logprobs"]),
        (
            lambda: SCHEMAS["RealtimeTruncationRetentionRatio"],
            "required",
            ["type", "retention_ratio"],
        ),
        (
            lambda: SCHEMAS["RealtimeTruncationRetentionRatio"]["properties"]["type"],
            "enum",
            ["retention_ratio"],
        ),
        (
            lambda: SCHEMAS["RealtimeTruncationRetentionRatio"]["properties"]["retention_ratio"],
            "minimum",
            0,
        ),
        (
            lambda: SCHEMAS["RealtimeTruncationRetentionRatio"]["properties"]["retention_ratio"],
            "maximum",
            1,
        ),
        (
            lambda: SCHEMAS["RealtimeTruncationTokenLimits"]["properties"]["post_instructions"],
            "minimum",
            0,
        ),
        (lambda: SCHEMAS["RealtimePrompt"], "required", ["id"]),
    ],
)
def test_ga_rule_is_a_schema_keyword(schema: Any, keyword: str, expected: Any) -> None:
    assert schema()[keyword] == expected


def test_ga_expires_after_and_top_level_require_nothing() -> None:
    assert "required" not in SCHEMAS["ClientSecretExpiresAfter"]
    assert "required" not in SCHEMAS["RealtimeClientSecretCreateRequest"]


def test_ga_operation_is_named_and_points_at_its_schemas() -> None:
    operation = SPEC["paths"]["/realtime/client_secrets"]["post"]
    assert operation["operationId"] == "create-realtime-client-secret"
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/RealtimeClientSecretCreateRequest"}
    answer = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer == {"$ref": "#/components/schemas/RealtimeClientSecretCreateResponse"}
    top = SCHEMAS["RealtimeClientSecretCreateRequest"]["properties"]
    assert top == {
        "expires_after": {"$ref": "#/components/schemas/ClientSecretExpiresAfter"},
        "session": {"$ref": "#/components/schemas/RealtimeSessionConfigGA"},
    }


def test_ga_session_is_realtime_or_transcription_discriminated_on_type() -> None:
    union = SCHEMAS["RealtimeSessionConfigGA"]
    assert union["discriminator"] == {
        "propertyName": "type",
        "mapping": {
            "realtime": "#/components/schemas/RealtimeSessionCreateRequestGA",
            "transcription": "#/components/schemas/RealtimeTranscriptionSessionCreateRequestGA",
        },
    }
    transcription = SCHEMAS["RealtimeTranscriptionSessionCreateRequestGA"]
    assert set(transcription["properties"]) == {"type", "audio", "include"}
    assert transcription["required"] == ["type"]
    assert set(deref(transcription["properties"]["audio"])["properties"]) == {"input"}
    assert (
        deref(deref(transcription["properties"]["audio"])["properties"]["input"])
        is SCHEMAS["RealtimeAudioInput"]
    )
    echo = SCHEMAS["RealtimeSessionEchoGA"]
    assert set(echo["discriminator"]["mapping"]) == {"realtime", "transcription"}


@pytest.mark.parametrize(
    ("name", "component"),
    [
        ("model", "RealtimeModel"),
        ("tool_choice", "ToolChoiceGA"),
        ("max_output_tokens", "MaxOutputTokens"),
        ("truncation", "RealtimeTruncation"),
        ("audio", "RealtimeAudioConfig"),
        ("audio.input", "RealtimeAudioInput"),
        ("audio.output", "RealtimeAudioOutput"),
        ("audio.input.format", "RealtimeAudioFormat"),
        ("audio.output.format", "RealtimeAudioFormat"),
        ("audio.output.voice", "VoiceGA"),
        ("audio.output.speed", "Speed"),
    ],
)
def test_ga_reuses_shared_components(name: str, component: str) -> None:
    assert ga_prop(name) is SCHEMAS[component]


@pytest.mark.parametrize(
    ("name", "component"),
    [
        ("audio.input.transcription", "InputAudioTranscription"),
        ("audio.input.noise_reduction", "NoiseReduction"),
        ("audio.input.turn_detection", "TurnDetection"),
        ("tracing", "Tracing"),
        ("prompt", "RealtimePrompt"),
    ],
)
def test_ga_nullable_fields_wrap_shared_components(name: str, component: str) -> None:
    assert ga_prop(name)["oneOf"] == [
        {"$ref": f"#/components/schemas/{component}"},
        {"type": "null"},
    ]


def test_ga_tools_are_function_or_mcp_tools() -> None:
    tools = ga_prop("tools")
    assert tools["items"] == {"$ref": "#/components/schemas/RealtimeToolGA"}
    assert SCHEMAS["RealtimeToolGA"]["discriminator"]["mapping"] == {
        "function": "#/components/schemas/FunctionTool",
        "mcp": "#/components/schemas/MCPTool",
    }
    mcp = SCHEMAS["MCPTool"]
    assert mcp["required"] == ["type", "server_label"]
    assert mcp["x-exactly-one-of"] == ["server_url", "connector_id", "tunnel_id"]
    assert mcp["properties"]["tunnel_id"]["pattern"] == "^tunnel_[a-z0-9]{32}$"
    assert mcp["properties"]["server_url"]["format"] == "uri"
    assert len(mcp["properties"]["connector_id"]["enum"]) == 8
    assert SCHEMAS["MCPAllowedCallers"]["minItems"] == 1
    assert SCHEMAS["MCPApprovalMode"]["enum"] == ["always", "never"]


def test_ga_reasoning_and_transcription_additions() -> None:
    assert ga_prop("reasoning")["properties"]["effort"]["enum"] == [
        "minimal", "low", "medium", "high", "xhigh",
    ]  # fmt: skip
    assert ga_prop("parallel_tool_calls") == {**ga_prop("parallel_tool_calls"), "type": "boolean"}
    transcription = SCHEMAS["InputAudioTranscription"]["properties"]
    assert transcription["languages"]["minItems"] == 1
    assert transcription["keywords"]["items"] == {"type": "string"}
    assert transcription["delay"]["enum"] == ["minimal", "low", "medium", "high", "xhigh"]
    variables = SCHEMAS["RealtimePrompt"]["properties"]["variables"]["oneOf"]
    assert variables[1] == {"type": "null"}
    assert set(SCHEMAS["PromptInputContent"]["discriminator"]["mapping"]) == {
        "input_text", "input_image", "input_file",
    }  # fmt: skip
    assert SCHEMAS["PromptInputImage"]["required"] == ["type", "detail"]


def test_ga_audio_format_is_discriminated_on_type() -> None:
    union = SCHEMAS["RealtimeAudioFormat"]
    assert union["discriminator"]["propertyName"] == "type"
    mapping = union["discriminator"]["mapping"]
    assert set(mapping) == {"audio/pcm", "audio/pcmu", "audio/pcma"}
    assert [branch["$ref"] for branch in union["oneOf"]] == list(mapping.values())
    for value, pointer in mapping.items():
        branch = resolve(pointer)
        assert branch["required"] == ["type"]
        assert branch["additionalProperties"] is False
        assert branch["properties"]["type"]["enum"] == [value]
    assert set(SCHEMAS["RealtimeAudioFormatPcm"]["properties"]) == {"type", "rate"}
    assert set(SCHEMAS["RealtimeAudioFormatPcmu"]["properties"]) == {"type"}
    assert set(SCHEMAS["RealtimeAudioFormatPcma"]["properties"]) == {"type"}


def test_ga_voice_is_a_beta_voice_name_or_a_custom_voice() -> None:
    refs = [branch["$ref"] for branch in SCHEMAS["VoiceGA"]["oneOf"]]
    assert refs == ["#/components/schemas/Voice", "#/components/schemas/CustomVoice"]


def test_ga_truncation_is_a_mode_or_a_retention_ratio() -> None:
    mode, ratio = SCHEMAS["RealtimeTruncation"]["oneOf"]
    assert mode == {"type": "string", "enum": ["auto", "disabled"]}
    assert ratio == {"$ref": "#/components/schemas/RealtimeTruncationRetentionRatio"}


def test_max_response_output_tokens_is_bounded_integer_or_inf() -> None:
    branches = beta_prop("max_response_output_tokens")["oneOf"]
    assert {"type": "integer", "minimum": 1, "maximum": 4096} in branches
    assert {"type": "string", "enum": ["inf"]} in branches


def test_turn_detection_is_discriminated_on_type() -> None:
    union = SCHEMAS["TurnDetection"]
    assert union["discriminator"]["propertyName"] == "type"
    assert set(union["discriminator"]["mapping"]) == {"server_vad", "semantic_vad"}
    server, semantic = (set(SCHEMAS[name]["properties"]) for name in ("ServerVad", "SemanticVad"))
    assert "eagerness" in semantic - server
    assert {
        "threshold",
        "prefix_padding_ms",
        "silence_duration_ms",
        "idle_timeout_ms",
    } <= server - semantic


def test_ga_tool_choice_adds_the_mcp_form() -> None:
    refs = [branch["$ref"] for branch in SCHEMAS["ToolChoiceGA"]["oneOf"]]
    assert refs == ["#/components/schemas/ToolChoiceMode", "#/components/schemas/ToolChoiceForced"]
    assert set(SCHEMAS["ToolChoiceForced"]["discriminator"]["mapping"]) == {"function", "mcp"}
    assert SCHEMAS["ToolChoiceMCP"]["required"] == ["type", "server_label"]


def test_tool_choice_accepts_modes_and_named_function_only() -> None:
    refs = [branch["$ref"] for branch in SCHEMAS["ToolChoice"]["oneOf"]]
    assert refs == [
        "#/components/schemas/ToolChoiceMode",
        "#/components/schemas/ToolChoiceFunction",
    ]
    assert SCHEMAS["ToolChoiceFunction"]["additionalProperties"] is False


def allows_null(schema: dict[str, Any]) -> bool:
    schema = deref(schema)
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    return any(allows_null(branch) for branch in schema.get("oneOf", []) + schema.get("anyOf", []))


def test_nullable_exactly_where_the_api_accepts_null() -> None:
    props = SCHEMAS["RealtimeSessionCreateRequest"]["properties"]
    nullable = {name for name, schema in props.items() if allows_null(schema)}
    assert nullable == {
        "turn_detection",
        "input_audio_transcription",
        "input_audio_noise_reduction",
        "tracing",
    }


def test_ga_nullable_exactly_where_the_api_accepts_null() -> None:
    owned = {
        "": SCHEMAS["RealtimeSessionCreateRequestGA"],
        "audio.": SCHEMAS["RealtimeAudioConfig"],
        "audio.input.": SCHEMAS["RealtimeAudioInput"],
        "audio.output.": SCHEMAS["RealtimeAudioOutput"],
    }
    nullable = {
        prefix + name
        for prefix, schema in owned.items()
        for name, prop in schema["properties"].items()
        if allows_null(prop)
    }
    assert nullable == {
        "audio.input.transcription",
        "audio.input.noise_reduction",
        "audio.input.turn_detection",
        "tracing",
        "prompt",
    }
    assert not any(
        allows_null(prop) for prop in SCHEMAS["ClientSecretExpiresAfter"]["properties"].values()
    )


def request_objects(schema: dict[str, Any], seen: set[int] | None = None) -> list[dict[str, Any]]:
    """Every object schema reachable from a request body, the tool parameters excepted."""
    seen = set() if seen is None else seen
    schema = deref(schema)
    if id(schema) in seen or schema is SCHEMAS["ToolParameters"]:
        return []
    seen.add(id(schema))
    found = [schema] if "properties" in schema else []
    children = list(schema.get("properties", {}).values()) + schema.get("oneOf", [])
    if "items" in schema:
        children.append(schema["items"])
    for child in children:
        found += request_objects(child, seen)
    return found


def test_request_objects_reject_unknown_keys_and_carry_no_defaults() -> None:
    objects = request_objects(SCHEMAS["RealtimeSessionCreateRequest"])
    assert len(objects) >= 10
    for schema in objects:
        assert schema.get("additionalProperties") is False, schema
    assert "default" not in keys_anywhere(SCHEMAS["RealtimeSessionCreateRequest"])


def test_ga_request_objects_reject_unknown_keys_and_carry_no_defaults() -> None:
    top = SCHEMAS["RealtimeClientSecretCreateRequest"]
    objects = request_objects(top)
    names = {name for name, schema in SCHEMAS.items() if any(schema is o for o in objects)}
    assert {
        "RealtimeClientSecretCreateRequest",
        "ClientSecretExpiresAfter",
        "RealtimeSessionCreateRequestGA",
        "RealtimeAudioConfig",
        "RealtimeAudioInput",
        "RealtimeAudioOutput",
        "RealtimeAudioFormatPcm",
        "RealtimeAudioFormatPcmu",
        "RealtimeAudioFormatPcma",
        "CustomVoice",
        "RealtimeTruncationRetentionRatio",
        "RealtimeTruncationTokenLimits",
        "RealtimePrompt",
    } <= names
    for schema in objects:
        assert schema.get("additionalProperties") is False, schema
    assert "default" not in keys_anywhere(top)


def keys_anywhere(node: Any, seen: set[int] | None = None) -> set[str]:
    """All mapping keys below a node, following `$ref`s, so a buried `default:` shows up."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return set()
    seen.add(id(node))
    if isinstance(node, list):
        return set().union(*(keys_anywhere(item, seen) for item in node))
    if not isinstance(node, dict):
        return set()
    if "$ref" in node:
        return keys_anywhere(resolve(node["$ref"]), seen)
    return set(node).union(*(keys_anywhere(value, seen) for value in node.values()))


@pytest.mark.parametrize("path", ["/realtime/sessions", "/realtime/client_secrets"])
def test_error_responses_use_the_openai_envelope(path: str) -> None:
    responses = SPEC["paths"][path]["post"]["responses"]
    assert set(responses) == {"200", "400", "401", "403", "404", "429", "500", "503"}
    for status in set(responses) - {"200"}:
        body = resolve(responses[status]["$ref"])["content"]["application/json"]["schema"]
        assert body == {"$ref": "#/components/schemas/ErrorResponse"}
    assert SCHEMAS["ErrorDetail"]["required"] == ["message", "type", "param", "code"]
    assert "Retry-After" in resolve(responses["429"]["$ref"])["headers"]


def test_security_and_server() -> None:
    assert SPEC["components"]["securitySchemes"]["BearerAuth"] == {
        **SPEC["components"]["securitySchemes"]["BearerAuth"],
        "type": "http",
        "scheme": "bearer",
    }
    assert SPEC["security"] == [{"BearerAuth": []}]
    assert SPEC["servers"] == [{"url": "https://api.openai.com/v1"}]


def test_response_requires_client_secret_and_stays_open() -> None:
    response = SCHEMAS["RealtimeSessionCreateResponse"]
    assert response["required"] == ["client_secret"]
    assert "additionalProperties" not in response
    assert {"id", "object", "model", "expires_at"} <= set(response["properties"])
    assert SCHEMAS["ClientSecret"]["required"] == ["value", "expires_at"]


def test_ga_response_requires_secret_and_session_and_stays_open() -> None:
    response = SCHEMAS["RealtimeClientSecretCreateResponse"]
    assert response["required"] == ["value", "expires_at", "session"]
    assert response["properties"]["session"] == {
        "$ref": "#/components/schemas/RealtimeSessionEchoGA"
    }
    session = SCHEMAS["RealtimeSessionGA"]
    transcription = SCHEMAS["RealtimeTranscriptionSessionGA"]
    assert {"type", "object", "id", "expires_at", "audio", "include"} <= set(
        transcription["properties"]
    )
    assert "reasoning" in session["properties"]
    for schema in (response, session, transcription):
        assert "additionalProperties" not in schema
    assert {
        "type",
        "object",
        "id",
        "model",
        "output_modalities",
        "instructions",
        "tools",
        "tool_choice",
        "max_output_tokens",
        "tracing",
        "truncation",
        "prompt",
        "expires_at",
        "audio",
        "include",
    } <= set(session["properties"])


# What the offline checker (realtime_sessions._schema_check) interprets, and the annotations it
# may ignore. A keyword outside both would be a rule of the contract nobody checks offline.
CHECKED_KEYWORDS = {
    "type", "enum", "minimum", "maximum", "minLength", "maxLength", "pattern", "items",
    "contains", "minItems", "maxItems", "uniqueItems", "properties", "required",
    "additionalProperties", "maxProperties", "propertyNames", "oneOf", "discriminator", "not",
    "$ref", "x-known-values", "format", "x-exactly-one-of",
}  # fmt: skip
# Only inside the `not` that restates `x-exactly-one-of` for other JSON Schema tools.
RESTATED = {"anyOf"}
ANNOTATIONS = {"description", "title", "examples", "example"}


def keywords_of(schema: Any) -> set[str]:
    """Every keyword used in a schema and its subschemas."""
    if not isinstance(schema, dict):
        return set()
    found = set(schema)
    subschemas = [
        *schema.get("properties", {}).values(),
        *schema.get("oneOf", []),
        *(
            schema.get(key)
            for key in ("items", "contains", "not", "additionalProperties", "propertyNames")
        ),
    ]
    for subschema in subschemas:
        found |= keywords_of(subschema)
    return found


def test_every_keyword_of_the_contract_is_checked_offline() -> None:
    used = set().union(*(keywords_of(schema) for schema in SCHEMAS.values()))
    assert used - CHECKED_KEYWORDS - ANNOTATIONS - RESTATED == set()
    for schema in SCHEMAS.values():
        if "anyOf" in keywords_of(schema):
            assert "x-exactly-one-of" in schema, schema
    assert "contains" in used  # the walk reaches array keywords
