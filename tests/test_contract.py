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


def test_error_responses_use_the_openai_envelope() -> None:
    responses = SPEC["paths"]["/realtime/sessions"]["post"]["responses"]
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
