"""validate_event: every rule of a client event, with its exact path, rule and fix."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from realtime_sessions import Report, validate_event
from realtime_sessions.events import client_event_types, event_json_schema, server_event_types

from tests.schema_strategies import from_schema

CAPTURE_ORDER_INFO = {
    "type": "function",
    "name": "CaptureOrderInfo",
    "description": "Extract order details mentioned in the conversation.",
    "parameters": {
        "type": "object",
        "properties": {
            "order_details": {"type": "string", "description": "What the customer ordered"},
            "phone_number": {"type": "string", "description": "Customer phone number"},
            "discount_coupon": {"type": "string", "description": "Coupon or discount mentioned"},
        },
        "required": ["phone_number"],
    },
}
# The session of seed 000: the function defined, automatic calls off.
SESSION = {"type": "realtime", "tools": [CAPTURE_ORDER_INFO], "tool_choice": "none"}
FORCED = {"type": "function", "name": "CaptureOrderInfo"}
# The event of seed 000, as its author sent it.
SEED_000 = {
    "type": "response.create",
    "response": {
        "conversation": "none",
        "output_modalities": ["text"],
        "tools": ["CaptureOrderInfo"],
        "metadata": {"topic": "CaptureOrderInfo"},
        "tool_choice": FORCED,
    },
}
SEED_000_FULL_DEFINITION = {
    "type": "response.create",
    "response": {
        "conversation": "none",
        "output_modalities": ["text"],
        "instructions": "Call CaptureOrderInfo with the order details the customer has given so far.",
        "tools": [CAPTURE_ORDER_INFO],
        "tool_choice": FORCED,
        "metadata": {"topic": "CaptureOrderInfo"},
    },
}
SEED_000_SESSION_TOOLS = {
    "type": "response.create",
    "response": {
        "conversation": "none",
        "output_modalities": ["text"],
        "tool_choice": FORCED,
        "metadata": {"topic": "CaptureOrderInfo"},
    },
}
SEED_001_FORCED = {
    "type": "response.create",
    "response": {
        "conversation": "none",
        "output_modalities": ["text"],
        "metadata": {"purpose": "get_customer_id"},
        "instructions": "Find the customer's ID in the conversation so far and call "
        "get_customer_id with it.",
        "tools": [
            {
                "type": "function",
                "name": "get_customer_id",
                "parameters": {
                    "type": "object",
                    "properties": {"cust_id": {"type": "string"}},
                    "required": ["cust_id"],
                },
            }
        ],
        "tool_choice": {"type": "function", "name": "get_customer_id"},
    },
}
SUMMARY_INPUT = [
    {"type": "item_reference", "id": "item_12345"},
    {
        "type": "message",
        "role": "user",
        "content": [{"type": "input_text", "text": "Summarize the above message in one sentence."}],
    },
]
# The examples of the upstream OpenAPI spec (openai/openai-openapi, GA client events).
SPEC_EXAMPLES = [
    {"type": "response.create"},
    {
        "type": "response.create",
        "response": {
            "instructions": "Provide a concise answer.",
            "tools": [],
            "conversation": "none",
            "output_modalities": ["text"],
            "metadata": {"response_purpose": "summarization"},
            "input": SUMMARY_INPUT,
        },
    },
    {
        "type": "session.update",
        "session": {
            "type": "realtime",
            "instructions": "You are a creative assistant that helps with design tasks.",
            "tools": [
                {
                    "type": "function",
                    "name": "display_color_palette",
                    "description": "Call this function when a user asks for a color palette.",
                    "parameters": {
                        "type": "object",
                        "properties": {
                            "theme": {"type": "string", "description": "The theme."},
                            "colors": {
                                "type": "array",
                                "description": "Five hex color codes.",
                                "items": {"type": "string", "description": "Hex color code"},
                            },
                        },
                        "required": ["theme", "colors"],
                    },
                }
            ],
            "tool_choice": "auto",
        },
    },
    {
        "type": "conversation.item.create",
        "item": {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": "hi"}],
        },
    },
    {"event_id": "event_901", "type": "conversation.item.delete", "item_id": "item_003"},
    {"event_id": "event_901", "type": "conversation.item.retrieve", "item_id": "item_003"},
    {
        "event_id": "event_678",
        "type": "conversation.item.truncate",
        "item_id": "item_002",
        "content_index": 0,
        "audio_end_ms": 1500,
    },
    {
        "event_id": "event_456",
        "type": "input_audio_buffer.append",
        "audio": "Base64EncodedAudioData",
    },
    {"event_id": "event_012", "type": "input_audio_buffer.clear"},
    {"event_id": "event_789", "type": "input_audio_buffer.commit"},
    {"event_id": "optional_client_event_id", "type": "output_audio_buffer.clear"},
    {"type": "response.cancel", "response_id": "resp_12345"},
]


def response(**fields: Any) -> dict[str, Any]:
    return {"type": "response.create", "response": fields}


def item(**fields: Any) -> dict[str, Any]:
    return {"type": "conversation.item.create", "item": fields}


def message(role: str, *parts: dict[str, Any]) -> dict[str, Any]:
    return {"type": "message", "role": role, "content": list(parts)}


def errors(event: Any, **options: Any) -> dict[str, str]:
    """Path -> rule of each error."""
    return {p.path: p.rule for p in validate_event(event, **options).errors}


def only(event: Any, **options: Any) -> Any:
    (problem,) = validate_event(event, **options).errors
    return problem


def test_seed_000_is_refused_at_the_tool_with_the_fix() -> None:
    problem = only(SEED_000)
    assert problem.path == "response.tools[0]"
    assert problem.rule == "tool_definition"
    assert problem.message == (
        "'CaptureOrderInfo' is a bare tool name; response.tools takes full definitions, and they "
        "replace the session's tools for this response, so the session's definition is not used."
    )
    assert problem.hint.startswith('Give the full definition, such as {"type": "function", ')
    assert problem.hint.endswith(
        "or leave response.tools out so that the session's definition stays in effect."
    )


def test_seed_000_with_the_session_known_shows_its_definition() -> None:
    problem = only(SEED_000, session=SESSION)
    assert json.dumps(CAPTURE_ORDER_INFO) in problem.hint


@pytest.mark.parametrize(
    "event",
    [SEED_000_FULL_DEFINITION, SEED_000_SESSION_TOOLS, SEED_001_FORCED, *SPEC_EXAMPLES],
    ids=lambda event: event["type"],
)
def test_corrected_events_and_the_spec_examples_are_valid(event: dict[str, Any]) -> None:
    assert validate_event(event, session=SESSION) == Report(())
    assert validate_event(event) == Report(())


def test_every_client_event_type_is_in_the_union() -> None:
    assert client_event_types() == (
        "session.update",
        "response.create",
        "response.cancel",
        "conversation.item.create",
        "conversation.item.retrieve",
        "conversation.item.truncate",
        "conversation.item.delete",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "input_audio_buffer.clear",
        "output_audio_buffer.clear",
    )


LONG = "k" * 65
# (event, path, rule): one documented rule each, at its exact path.
RULES = [
    # metadata: at most 16 pairs, keys <= 64, values strings <= 512
    (response(metadata={f"k{i}": "v" for i in range(17)}), "response.metadata", "maxProperties"),
    (response(metadata={LONG: "v"}), f"response.metadata.{LONG}", "maxLength"),
    (response(metadata={"k": "v" * 513}), "response.metadata.k", "maxLength"),
    (response(metadata={"k": 1}), "response.metadata.k", "type"),
    (response(metadata="topic"), "response.metadata", "type"),
    # max_output_tokens: 1..4096 or "inf"
    (response(max_output_tokens=0), "response.max_output_tokens", "minimum"),
    (response(max_output_tokens=4097), "response.max_output_tokens", "maximum"),
    (response(max_output_tokens="infinite"), "response.max_output_tokens", "enum"),
    # output_modalities: exactly ["audio"] or ["text"]
    (response(output_modalities=["audio", "text"]), "response.output_modalities", "output_modalities_combination"),
    (response(output_modalities=[]), "response.output_modalities", "minItems"),
    (response(output_modalities=["video"]), "response.output_modalities[0]", "enum"),
    # conversation: "auto" or "none"
    (response(conversation="default"), "response.conversation", "enum"),
    (response(conversation="conv_123"), "response.conversation", "enum"),
    # item_reference: with id, in response.input only
    (response(input=[{"type": "item_reference"}]), "response.input[0].id", "required"),
    (item(type="item_reference", id="item_1"), "item.type", "item_reference_place"),
    # roles and the content parts each accepts
    (item(type="message", role="developer", content=[]), "item.role", "enum"),
    (item(**message("system", {"type": "input_audio", "audio": "AAAA"})), "item.content[0].type", "content_part_for_role"),
    (item(**message("user", {"type": "output_text", "text": "x"})), "item.content[0].type", "content_part_for_role"),
    (item(**message("assistant", {"type": "input_text", "text": "x"})), "item.content[0].type", "content_part_for_role"),
    (item(**message("assistant", {"type": "output_audio", "transcript": "x"})), "item.content[0].type", "content_part_for_role"),
    (item(type="message", role="user", content="hi"), "item.content", "type"),
    (item(**message("user", {"type": "input_text"})), "item.content[0].text", "required"),
    (item(**message("user", {"type": "input_image", "image_url": "data:", "detail": "max"})), "item.content[0].detail", "enum"),
    (response(input=[message("user", {"type": "text", "text": "x"})]), "response.input[0].content[0].type", "content_part_for_role"),
    # function_call_output.output is a string; function_call.arguments too
    (item(type="function_call_output", call_id="call_1", output={"ok": True}), "item.output", "type"),
    (item(type="function_call_output", output="x"), "item.call_id", "required"),
    (item(type="function_call", name="f", arguments={"a": 1}), "item.arguments", "type"),
    # unknown keys are refused, as the server answers unknown_parameter
    ({"type": "input_audio_buffer.commit", "audio": "AAAA"}, "audio", "unknown_key"),
    (response(tools=[{**CAPTURE_ORDER_INFO, "meta": 1}]), "response.tools[0].meta", "unknown_key"),
    (response(instruction="x"), "response.instruction", "unknown_key"),
    (item(**message("user", {"type": "input_text", "text": "x"}), extra=1), "item.extra", "unknown_key"),
    ({"type": "session.update", "session": {"type": "realtime", "custom_voice_id": "v"}}, "session.custom_voice_id", "unknown_key"),
    # event ids at most 512 characters, output_audio_buffer.clear included (a repaired defect)
    ({"type": "response.cancel", "event_id": "e" * 513}, "event_id", "maxLength"),
    ({"type": "output_audio_buffer.clear", "event_id": "e" * 513}, "event_id", "maxLength"),
    # required fields and bounds of the small events
    ({"type": "conversation.item.truncate", "item_id": "i", "content_index": 0}, "audio_end_ms", "required"),
    ({"type": "conversation.item.truncate", "item_id": "i", "content_index": -1, "audio_end_ms": 0}, "content_index", "minimum"),
    ({"type": "conversation.item.retrieve"}, "item_id", "required"),
    ({"type": "conversation.item.delete", "item_id": ""}, "item_id", "minLength"),
    ({"type": "input_audio_buffer.append"}, "audio", "required"),
    ({"type": "session.update"}, "session", "required"),
    ({"type": "conversation.item.create"}, "item", "required"),
    ({}, "type", "required"),
    ([], "", "type"),
    # Chat Completions shapes
    (response(tools=[{"type": "function", "function": {"name": "f"}}]), "response.tools[0]", "tool_form"),
    ({"type": "session.update", "session": {"type": "realtime", "tools": [{"type": "function", "function": {"name": "f"}}]}}, "session.tools[0]", "tool_form"),
    (response(tools=[CAPTURE_ORDER_INFO], tool_choice={"type": "function", "function": {"name": "f"}}), "response.tool_choice", "tool_choice_form"),
    # server events and beta names
    ({"type": "response.done"}, "type", "server_event"),
    ({"type": "session.created"}, "type", "server_event"),
    ({"type": "response.text.delta"}, "type", "beta_interface"),
    ({"type": "transcription_session.update"}, "type", "beta_interface"),
    (response(modalities=["text"]), "response.modalities", "beta_interface"),
    (response(temperature=0.8), "response.temperature", "beta_interface"),
    (response(voice="alloy"), "response.voice", "beta_interface"),
    (response(max_response_output_tokens=10), "response.max_response_output_tokens", "beta_interface"),
    ({"type": "session.update", "session": {"type": "realtime", "modalities": ["text"]}}, "session.modalities", "other_vocabulary"),
    # the session rules, reused inside events
    (response(tools=[CAPTURE_ORDER_INFO, CAPTURE_ORDER_INFO]), "response.tools[1].name", "unique_tool_names"),
    (response(tools=[{**CAPTURE_ORDER_INFO, "parameters": {"type": "object", "properties": 1}}]), "response.tools[0].parameters.properties", "json_schema"),
    (response(audio={"output": {"voice": "nova"}}), "response.audio.output.voice", "not"),
    (response(audio={"output": {"speed": 1.0}}), "response.audio.output.speed", "unknown_key"),
    ({"type": "session.update", "session": {"type": "realtime", "tools": ["x"]}}, "session.tools[0]", "tool_definition"),
    ({"type": "session.update", "session": {"type": "realtime", "audio": {"output": {"speed": 3}}}}, "session.audio.output.speed", "maximum"),
    ({"type": "session.update", "session": {"type": "transcription", "model": "x"}}, "session.model", "unknown_key"),
    ({"type": "session.update", "session": {"type": "beta"}}, "session.type", "enum"),
    # cross-field: a forced tool_choice names a tool of the effective tools
    (response(tools=[CAPTURE_ORDER_INFO], tool_choice={"type": "function", "name": "Other"}), "response.tool_choice.name", "tool_choice_unknown_function"),
    (response(tools=[], tool_choice="required"), "response.tool_choice", "tool_choice_needs_tools"),
]  # fmt: skip


@pytest.mark.parametrize(("event", "path", "rule"), RULES, ids=[f"{p}:{r}" for _, p, r in RULES])
def test_each_rule_at_its_path(event: Any, path: str, rule: str) -> None:
    found = errors(event)
    assert found.get(path) == rule, found
    for problem in validate_event(event).errors:
        assert problem.hint.strip(), problem


@pytest.mark.parametrize(
    "event",
    [
        response(metadata={f"k{i}": "v" * 512 for i in range(16)}),
        response(metadata={"k" * 64: "v"}),
        response(metadata=None),
        response(max_output_tokens=1),
        response(max_output_tokens=4096),
        response(max_output_tokens="inf"),
        response(output_modalities=["audio"]),
        response(conversation="auto"),
        response(input=[]),
        response(input=[{"type": "item_reference", "id": "item_1"}]),
        response(audio={"output": {"voice": {"id": "voice_123"}, "format": {"type": "audio/pcmu"}}}),
        response(reasoning={"effort": "high"}, parallel_tool_calls=True, prompt=None),
        item(**message("system", {"type": "input_text", "text": "x"}), id="item_1", status="completed"),
        item(**message("assistant", {"type": "output_text", "text": "x"})),
        item(
            **message(
                "user",
                {"type": "input_text", "text": "x"},
                {"type": "input_audio", "audio": "AAAA", "transcript": "x"},
                {"type": "input_image", "image_url": "data:image/png;base64,AAAA", "detail": "low"},
            )
        ),
        item(type="function_call_output", call_id="call_1", output=""),
        item(type="function_call", name="f", arguments="{}", call_id="call_1"),
        item(type="mcp_approval_response", id="i", approval_request_id="a", approve=True),
        {**item(**message("user", {"type": "input_text", "text": "x"})), "previous_item_id": "root"},
        {"type": "session.update", "session": {"type": "realtime", "audio": {"input": {"transcription": None, "noise_reduction": None, "turn_detection": None}}}},
        {"type": "session.update", "session": {"type": "transcription", "audio": {"input": {"transcription": {"model": "gpt-4o-transcribe"}, "noise_reduction": None}}}},
        {"type": "session.update", "session": {"type": "realtime", "instructions": "", "tools": []}},
        {"type": "response.cancel"},
    ],
)  # fmt: skip
def test_documented_values_are_accepted(event: dict[str, Any]) -> None:
    assert validate_event(event).errors == ()


def test_every_problem_is_reported_at_once() -> None:
    event = response(
        tools=["CaptureOrderInfo"],
        output_modalities=["audio", "text"],
        conversation="x",
        metadata={"k": 1},
        temperature=0.7,
    )
    assert errors(event) == {
        "response.tools[0]": "tool_definition",
        "response.output_modalities": "output_modalities_combination",
        "response.conversation": "enum",
        "response.metadata.k": "type",
        "response.temperature": "beta_interface",
    }


def test_forced_tool_choice_is_judged_against_the_effective_tools() -> None:
    # Without tools of its own, a response uses the session's: checked when the session is known.
    assert validate_event(SEED_000_SESSION_TOOLS, session=SESSION).ok
    lacking = {"type": "realtime", "tools": []}
    problem = only(SEED_000_SESSION_TOOLS, session=lacking)
    assert (problem.path, problem.rule) == (
        "response.tool_choice.name",
        "tool_choice_unknown_function",
    )
    assert problem.message == (
        "tool_choice forces the function 'CaptureOrderInfo', which is not among the session's "
        "tools (there are none)."
    )
    # The response's own tools replace the session's, even when the session has the function.
    own = response(tools=[SEED_001_FORCED["response"]["tools"][0]], tool_choice=FORCED)
    problem = only(own, session=SESSION)
    assert problem.message == (
        "tool_choice forces the function 'CaptureOrderInfo', which is not among this response's "
        "tools ('get_customer_id')."
    )
    assert problem.hint == (
        "Add its full definition to response.tools, or force one of this response's tools."
    )
    # A whole request and a beta config name their tools too.
    assert validate_event(SEED_000_SESSION_TOOLS, session={"session": SESSION}).ok
    assert validate_event(SEED_000_SESSION_TOOLS, session={"tools": [CAPTURE_ORDER_INFO]}).ok


MCP_DOCS = {"type": "mcp", "server_label": "docs", "server_url": "https://mcp.example.com/sse"}


def test_forced_mcp_tool_choice_is_judged_against_the_effective_mcp_tools() -> None:
    # 'required' is satisfied by MCP tools alone, in the response or in the session.
    assert validate_event(response(tools=[MCP_DOCS], tool_choice="required")).ok
    assert validate_event(response(tool_choice="required"), session={"tools": [MCP_DOCS]}).ok
    # A forced MCP server must be one the effective tools define.
    forced_docs = {"type": "mcp", "server_label": "docs"}
    assert validate_event(response(tool_choice=forced_docs), session={"tools": [MCP_DOCS]}).ok
    forced_other = {"type": "mcp", "server_label": "search"}
    problem = only(response(tools=[MCP_DOCS], tool_choice=forced_other))
    assert (problem.path, problem.rule) == (
        "response.tool_choice.server_label",
        "tool_choice_unknown_server",
    )
    assert problem.message == (
        "tool_choice names the MCP server 'search', which is not among the MCP tools in this "
        "response's tools ('docs')."
    )
    assert problem.hint == (
        "Add an MCP tool with server_label 'search' to response.tools, or name one of the "
        "defined servers."
    )
    update = {
        "type": "session.update",
        "session": {"type": "realtime", "tool_choice": forced_other},
    }
    problem = only(update, session={"tools": [MCP_DOCS]})
    assert problem.path == "session.tool_choice.server_label"
    assert problem.message.endswith("not among the MCP tools in the session's tools ('docs').")
    assert validate_event(update).ok  # the session's tools are unknown: nothing to judge against


def test_session_update_keeps_the_sessions_tools_for_its_tool_choice() -> None:
    update = {"type": "session.update", "session": {"type": "realtime", "tool_choice": FORCED}}
    assert validate_event(update).ok
    assert validate_event(update, session=SESSION).ok
    problem = only(update, session={"type": "realtime"})
    assert problem.path == "session.tool_choice.name"
    with_tools = {
        "type": "session.update",
        "session": {**SESSION, "tool_choice": {"type": "function", "name": "X"}},
    }
    assert errors(with_tools) == {"session.tool_choice.name": "tool_choice_unknown_function"}


def test_a_flat_beta_session_in_session_update_gets_the_ga_names() -> None:
    event = {"type": "session.update", "session": {"voice": "marin", "modalities": ["text"]}}
    report = validate_event(event)
    assert [(p.path, p.rule) for p in report.errors] == [
        ("session.type", "required"),
        ("session.modalities", "other_vocabulary"),
        ("session.voice", "other_vocabulary"),
    ]
    assert (
        report.errors[0].hint
        == 'Add "type": "realtime" (or "transcription" for a transcription session).'
    )
    assert report.errors[2].hint == "Write it as audio.output.voice."


def test_beta_and_server_events_name_the_ga_equivalent() -> None:
    problem = only({"type": "response.text.delta"})
    assert problem.message == (
        "'response.text.delta' is the beta name of the server event 'response.output_text.delta'; "
        "the server sends it, a client cannot."
    )
    assert only(response(modalities=["text"])).message == (
        "'modalities' is the beta-interface name; GA calls it response.output_modalities."
    )
    assert only(response(temperature=0.8)).hint == "Remove 'temperature'."
    problem = only({"type": "conversation.item.added"})
    assert (
        problem.message
        == "'conversation.item.added' is a server event: the server sends it, a client cannot."
    )
    assert "response.create" in problem.hint
    assert set(client_event_types()).isdisjoint(server_event_types())


def test_chat_completions_shapes_get_their_own_fix() -> None:
    tool = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    problem = only(response(tools=[tool]))
    assert (
        problem.hint == 'Write {"type": "function", "name": "f", "parameters": {"type": "object"}}.'
    )
    choice = response(
        tools=[CAPTURE_ORDER_INFO],
        tool_choice={"type": "function", "function": {"name": "CaptureOrderInfo"}},
    )
    assert only(choice).hint == 'Write {"type": "function", "name": "CaptureOrderInfo"}.'


def test_item_hints_say_how_to_write_it() -> None:
    assert only(item(type="function_call_output", call_id="c", output={"ok": True})).hint == (
        'Serialize it to JSON text first: write "{\\"ok\\": true}".'
    )
    assert only(item(type="message", role="user", content="hi")).hint == (
        'content is a list of parts: write [{"type": "input_text", "text": "hi"}].'
    )
    problem = only(item(**message("system", {"type": "input_audio", "audio": "AAAA"})))
    assert (
        problem.message
        == "the string 'input_audio' is not a content part of a system message (those take input_text)."
    )
    assert only(item(type="message", role="developer", content=[])).hint == (
        "The Realtime API has no developer role; use 'system' for instructions."
    )


def test_key_shaped_values_are_masked() -> None:
    key = "sk-" + "proj" + "A1b2" * 6
    event = response(conversation=key, metadata={"k": key * 20}, instructions=[key])
    assert len(validate_event(event).errors) == 3
    for problem in validate_event(event).errors:
        text = json.dumps(problem.to_dict())
        assert key not in text, text
        assert "sk-***" in text


def test_the_event_is_not_changed() -> None:
    event = copy.deepcopy(SEED_000)
    validate_event(event, session=SESSION)
    assert event == SEED_000


# Differential: where the contract decides, the offline checker agrees with jsonschema on the
# exported JSON Schema; the rules beyond the schema are the only extra errors.
SEMANTIC_RULES = {
    "tool_choice_unknown_function",
    "tool_choice_unknown_server",
    "whisper_turn_detection",
    "format",  # jsonschema asserts no format unless asked to
    "tool_choice_needs_tools",
    "unique_tool_names",
    "json_schema",
    "json_schema_ref",
}
EVENT_SCHEMA = Draft202012Validator(event_json_schema())


@pytest.mark.parametrize("event", [SEED_000, *[case[0] for case in RULES], *SPEC_EXAMPLES])
def test_verdicts_agree_with_jsonschema(event: Any) -> None:
    schema_errors = [p for p in validate_event(event).errors if p.rule not in SEMANTIC_RULES]
    assert (not schema_errors) == EVENT_SCHEMA.is_valid(event)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(from_schema("RealtimeClientEvent"))
def test_every_event_the_contract_allows_is_valid(event: dict[str, Any]) -> None:
    assert EVENT_SCHEMA.is_valid(event)
    assert [p for p in validate_event(event).errors if p.rule not in SEMANTIC_RULES] == []


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)
KEYS = ["type", "response", "session", "item", "tools", "tool_choice", "input", "content", "role"]


@st.composite
def event_like(draw: st.DrawFn) -> Any:
    """Events that start right and go wrong anywhere: a real type, then arbitrary JSON."""
    fields = draw(st.dictionaries(st.sampled_from(KEYS), JSON, max_size=4))
    return {**fields, "type": draw(st.sampled_from([*client_event_types(), "response.done", 1]))}


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(event_like() | JSON)
@example({"type": []})  # unhashable values where a name is looked up
@example(
    {"type": "conversation.item.create", "item": {"type": "message", "role": [1], "content": "x"}}
)
def test_any_input_gets_a_report_never_an_exception(event: Any) -> None:
    report = validate_event(event, session={"tools": [CAPTURE_ORDER_INFO]})
    for problem in report.problems:
        assert problem.hint.strip(), problem
    assert report.ok == (report.errors == ())


MCP_TOOL = {
    "type": "mcp",
    "server_label": "deepwiki",
    "server_url": "https://mcp.deepwiki.com/mcp",
    "require_approval": "never",
}


def test_a_response_takes_mcp_tools_and_forces_one_by_server_label() -> None:
    # The API takes the session's tool union in response.create too, MCP servers included.
    forced = response(tools=[MCP_TOOL], tool_choice={"type": "mcp", "server_label": "deepwiki"})
    assert validate_event(forced) == Report(())
    # The MCP tool's own rules apply there as in a session: one way to reach the server.
    both = response(tools=[{**MCP_TOOL, "connector_id": "connector_gmail"}])
    assert "response.tools[0]" in errors(both)
