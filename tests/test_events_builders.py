"""The event builders: validated plain dicts, exactly what is sent, or ConfigError with it all."""

from __future__ import annotations

import json
from typing import Any

import pytest
from realtime_sessions import ConfigError, validate_event
from realtime_sessions import events as ev

from tests.test_events import CAPTURE_ORDER_INFO, SESSION


def test_force_function_call_sends_the_definition_the_choice_and_text_output() -> None:
    event = ev.force_function_call(
        "CaptureOrderInfo",
        session=SESSION,
        instructions="Call CaptureOrderInfo with the order details the customer has given so far.",
        metadata={"topic": "CaptureOrderInfo"},
    )
    assert event == {
        "type": "response.create",
        "response": {
            "conversation": "none",
            "output_modalities": ["text"],
            "instructions": "Call CaptureOrderInfo with the order details the customer has given so far.",
            "tools": [CAPTURE_ORDER_INFO],
            "tool_choice": {"type": "function", "name": "CaptureOrderInfo"},
            "metadata": {"topic": "CaptureOrderInfo"},
        },
    }
    assert json.loads(json.dumps(event)) == event  # plain JSON data


def test_force_function_call_defaults_metadata_and_takes_a_definition() -> None:
    event = ev.force_function_call(CAPTURE_ORDER_INFO, out_of_band=False)
    assert event["response"]["metadata"] == {"function": "CaptureOrderInfo"}
    assert "conversation" not in event["response"]


def test_force_function_call_cannot_send_a_bare_name() -> None:
    with pytest.raises(ConfigError) as raised:
        ev.force_function_call("CaptureOrderInfo")
    (problem,) = raised.value.report.errors
    assert (problem.path, problem.rule) == ("response.tools[0]", "tool_definition")
    with pytest.raises(ConfigError) as raised:
        ev.force_function_call("Other", session=SESSION)
    assert "the session's tools (CaptureOrderInfo)" in raised.value.report.errors[0].message


def test_response_create_out_of_band_with_references_and_new_messages() -> None:
    event = ev.response_create(
        out_of_band=True,
        input=[ev.item_reference("item_12345"), ev.user_message("Summarize the above.")],
        metadata={"purpose": "summary"},
        output_modalities=["text"],
    )
    assert event == {
        "type": "response.create",
        "response": {
            "conversation": "none",
            "output_modalities": ["text"],
            "metadata": {"purpose": "summary"},
            "input": [
                {"type": "item_reference", "id": "item_12345"},
                {
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": "Summarize the above."}],
                },
            ],
        },
    }
    assert ev.response_create() == {"type": "response.create"}
    assert ev.response_create(input=[])["response"] == {"input": []}


def test_response_create_refuses_what_the_server_refuses_with_every_problem() -> None:
    with pytest.raises(ConfigError) as raised:
        ev.response_create(
            output_modalities=["audio", "text"],
            metadata={f"k{i}": "v" for i in range(17)},
            max_output_tokens=5000,
        )
    paths = [problem.path for problem in raised.value.report.errors]
    assert paths == [
        "response.output_modalities",
        "response.max_output_tokens",
        "response.metadata",
    ]
    assert str(raised.value).startswith("invalid response.create event (3 problems):")


def test_response_create_checks_a_forced_choice_against_the_session() -> None:
    choice = {"type": "function", "name": "CaptureOrderInfo"}
    assert ev.response_create(tool_choice=choice, session=SESSION)["response"] == {
        "tool_choice": choice
    }
    with pytest.raises(ConfigError):
        ev.response_create(tool_choice=choice, session={"type": "realtime", "tools": []})
    with pytest.raises(ConfigError):
        ev.response_create(out_of_band=True, conversation="auto")


@pytest.mark.parametrize(
    "config",
    [
        {"type": "realtime", "audio": {"output": {"voice": "marin"}}, "output_modalities": ["text"]},
        {"voice": "marin", "modalities": ["text"]},
        {"session": {"type": "realtime", "audio": {"output": {"voice": "marin"}}, "output_modalities": ["text"]}, "expires_after": {"anchor": "created_at", "seconds": 600}},
    ],
    ids=["ga", "beta", "whole-request"],
)  # fmt: skip
def test_session_update_from_either_vocabulary(config: dict[str, Any]) -> None:
    assert ev.session_update(config, event_id="evt_1") == {
        "type": "session.update",
        "event_id": "evt_1",
        "session": {
            "type": "realtime",
            "audio": {"output": {"voice": "marin"}},
            "output_modalities": ["text"],
        },
    }


def test_session_update_of_a_transcription_session_and_a_bad_config() -> None:
    config = {"type": "transcription", "audio": {"input": {"noise_reduction": None}}}
    assert ev.session_update(config)["session"] == config
    with pytest.raises(ConfigError) as raised:
        ev.session_update({"type": "realtime", "tools": ["CaptureOrderInfo"]})
    assert raised.value.report.errors[0].path == "tools[0]"


def test_function_call_output_serializes_non_string_output() -> None:
    assert ev.function_call_output("call_7", {"status": "shipped"}) == {
        "type": "conversation.item.create",
        "item": {
            "type": "function_call_output",
            "call_id": "call_7",
            "output": '{"status": "shipped"}',
        },
    }
    assert ev.function_call_output("call_7", "done")["item"]["output"] == "done"
    with pytest.raises(ConfigError):
        ev.function_call_output("", "done")


def test_message_builders() -> None:
    event = ev.user_message("hi", audio=b"\x00\x01", item_id="item_1", previous_item_id="root")
    assert event == {
        "type": "conversation.item.create",
        "previous_item_id": "root",
        "item": {
            "type": "message",
            "role": "user",
            "content": [
                {"type": "input_text", "text": "hi"},
                {"type": "input_audio", "audio": "AAE="},
            ],
            "id": "item_1",
        },
    }
    assert ev.system_message("Be brief.")["item"]["content"] == [
        {"type": "input_text", "text": "Be brief."}
    ]
    assert ev.assistant_message("Sure.")["item"]["content"] == [
        {"type": "output_text", "text": "Sure."}
    ]


def test_the_small_events() -> None:
    assert ev.conversation_item_retrieve("item_1") == {
        "type": "conversation.item.retrieve",
        "item_id": "item_1",
    }
    assert ev.conversation_item_delete("item_1", event_id="e") == {
        "type": "conversation.item.delete",
        "event_id": "e",
        "item_id": "item_1",
    }
    assert ev.conversation_item_truncate("item_1", 1500) == {
        "type": "conversation.item.truncate",
        "item_id": "item_1",
        "content_index": 0,
        "audio_end_ms": 1500,
    }
    assert ev.input_audio_buffer_append(b"\xff") == {
        "type": "input_audio_buffer.append",
        "audio": "/w==",
    }
    assert ev.input_audio_buffer_commit() == {"type": "input_audio_buffer.commit"}
    assert ev.input_audio_buffer_clear() == {"type": "input_audio_buffer.clear"}
    assert ev.output_audio_buffer_clear() == {"type": "output_audio_buffer.clear"}
    assert ev.response_cancel() == {"type": "response.cancel"}
    assert ev.response_cancel("resp_1") == {"type": "response.cancel", "response_id": "resp_1"}
    with pytest.raises(ConfigError):
        ev.conversation_item_truncate("item_1", -1)
    with pytest.raises(ConfigError):
        ev.response_cancel(event_id="e" * 513)


def test_every_builder_output_validates() -> None:
    built = [
        ev.force_function_call(CAPTURE_ORDER_INFO),
        ev.session_update(SESSION),
        ev.function_call_output("c", [1, 2]),
        ev.user_message("x", image_url="data:image/png;base64,AAAA"),
    ]
    for event in built:
        assert validate_event(event).ok
