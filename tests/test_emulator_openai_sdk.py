"""A second, independent client: the official `openai` SDK holds a Realtime conversation with
the emulator (session update, a text answer, a forced function call, a function output)."""

from __future__ import annotations

import json

import pytest
from openai import OpenAI
from realtime_sessions_emulator import Emulator, FaultPlan

TOOL = {
    "type": "function",
    "name": "CaptureOrderInfo",
    "description": "Extract order details mentioned in the conversation.",
    "parameters": {
        "type": "object",
        "properties": {"phone_number": {"type": "string"}, "order_details": {"type": "string"}},
        "required": ["phone_number"],
    },
}


@pytest.fixture(scope="module")
def client():
    with Emulator(seed=5, faults=FaultPlan()) as emulator:
        yield OpenAI(api_key="test-key-not-real", base_url=emulator.base_url, max_retries=0)


def _until(connection, kind):
    for event in connection:
        assert event.type != "error", event
        if event.type == kind:
            return event
    raise AssertionError(f"the socket closed before {kind}")


def test_the_openai_sdk_converses_with_the_emulator(client):
    with client.realtime.connect(model="gpt-realtime") as connection:
        created = _until(connection, "session.created")
        assert created.session.model == "gpt-realtime"

        connection.session.update(
            session={
                "type": "realtime",
                "tools": [TOOL],
                "tool_choice": "none",
                "output_modalities": ["text"],
            }
        )
        updated = _until(connection, "session.updated")
        assert updated.session.tools[0].name == "CaptureOrderInfo"

        connection.conversation.item.create(
            item={
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "Two pizzas, 555-0100."}],
            }
        )
        connection.response.create()
        text = _until(connection, "response.output_text.done")
        assert text.text == "You said: Two pizzas, 555-0100."
        _until(connection, "response.done")

        connection.response.create(
            response={
                "tool_choice": {"type": "function", "name": "CaptureOrderInfo"},
                "metadata": {"topic": "order"},
            }
        )
        arguments = _until(connection, "response.function_call_arguments.done")
        done = _until(connection, "response.done")
        assert done.response.metadata == {"topic": "order"}
        assert "phone_number" in json.loads(arguments.arguments)

        connection.conversation.item.create(
            item={
                "type": "function_call_output",
                "call_id": arguments.call_id,
                "output": '{"saved": true}',
            }
        )
        connection.response.create()
        answer = _until(connection, "response.output_text.done")
    assert answer.text == 'The tool answered: {"saved": true}'
