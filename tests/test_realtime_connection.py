"""The library's Realtime connection and tool runner against the emulator, real sockets on
127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from typing import Literal

import pytest
from realtime_sessions import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ConfigError,
    ServerEventError,
    create_session,
)
from realtime_sessions.events import function_call_output, session_update, user_message
from realtime_sessions.realtime import (
    ServerEvent,
    ToolRunner,
    aconnect,
    connect,
    definition_of,
    realtime_url,
)
from realtime_sessions_emulator import Emulator, FaultPlan

KEY = "test-key-not-real"
ORDER_TOOL = {
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
SESSION = {
    "type": "realtime",
    "model": "gpt-realtime",
    "instructions": "You take pizza orders.",
    "tools": [ORDER_TOOL],
    "tool_choice": "none",
}


@pytest.fixture(scope="module")
def emulator():
    with Emulator(seed=11, faults=FaultPlan()) as running:
        yield running


@pytest.fixture
def conn(emulator):
    with connect(model="gpt-realtime", api_key=KEY, base_url=emulator.base_url) as connection:
        yield connection


def test_the_socket_url_follows_the_base_url(monkeypatch):
    assert realtime_url("https://api.openai.com/v1", model="gpt-realtime") == (
        "wss://api.openai.com/v1/realtime?model=gpt-realtime"
    )
    assert realtime_url("http://127.0.0.1:9/v1/", call_id="rtc_1") == (
        "ws://127.0.0.1:9/v1/realtime?call_id=rtc_1"
    )
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:8/v1")
    assert realtime_url() == "ws://localhost:8/v1/realtime"


def test_seed_000_forced_with_our_builders_gets_arguments_not_braces(conn):
    conn.send(session_update(SESSION))
    conn.recv_until("session.updated")
    conn.send(user_message("A large margherita please, my number is 555-0100."))
    arguments = conn.force_function_call("CaptureOrderInfo")
    assert arguments != {}
    assert isinstance(arguments["phone_number"], str)
    assert set(arguments) <= set(ORDER_TOOL["parameters"]["properties"])
    # The forced response's own events were consumed; the item's events remain for recv.
    assert conn.recv().type == "conversation.item.added"


def test_a_mistaken_event_raises_config_error_and_nothing_is_sent(conn):
    with pytest.raises(ConfigError) as mistake:
        conn.send({"type": "response.create", "response": {"tools": ["CaptureOrderInfo"]}})
    assert "response.tools[0]" in str(mistake.value)
    conn.send({"type": "input_audio_buffer.clear"})
    assert conn.recv().type == "input_audio_buffer.cleared"  # nothing else arrived before it


def test_an_error_event_is_a_typed_exception(conn):
    conn.send({"type": "response.cancel", "event_id": "evt_cancel"})
    with pytest.raises(ServerEventError) as error:
        conn.recv()
    assert error.value.code == "response_cancel_not_active"
    assert error.value.event_id == "evt_cancel"
    assert error.value.retryable is False


def test_raw_mode_gives_dicts(emulator):
    with connect(model="gpt-realtime", api_key=KEY, base_url=emulator.base_url, raw=True) as conn:
        conn.send({"type": "input_audio_buffer.clear"})
        event = conn.recv()
    assert isinstance(event, dict)
    assert event["type"] == "input_audio_buffer.cleared"


def test_an_ek_minted_through_the_library_converses(emulator):
    session = create_session(SESSION, api_key=KEY, base_url=emulator.base_url)
    with connect(client_secret=session.client_secret, base_url=emulator.base_url) as conn:
        assert conn.session["instructions"] == "You take pizza orders."
        assert "phone_number" in conn.force_function_call("CaptureOrderInfo")


def test_a_refused_key_is_an_authentication_error_without_the_key(emulator):
    secret = "ek_" + "z" * 40
    with pytest.raises(AuthenticationError) as refused:
        connect(client_secret=secret, base_url=emulator.base_url)
    assert refused.value.status == 401
    assert secret not in str(refused.value)
    assert secret not in repr(refused.value)


def test_no_key_is_a_config_error(emulator, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(ConfigError):
        connect(base_url=emulator.base_url)


def test_the_key_never_reaches_the_debug_log(emulator, caplog):
    key = "my-proxy-key-0123456789"
    with (
        caplog.at_level(logging.DEBUG),
        connect(model="gpt-realtime", api_key=key, base_url=emulator.base_url),
    ):
        pass
    assert caplog.records
    assert key not in caplog.text


@pytest.mark.parametrize(("kind", "retryable"), [("429", True), ("500", True)])
def test_fault_events_become_retryable_errors(kind, retryable):
    with (
        Emulator(faults=FaultPlan(kind=kind, first=1)) as emulator,
        connect(model="gpt-realtime", api_key=KEY, base_url=emulator.base_url) as conn,
    ):
        with pytest.raises(ServerEventError) as error:
            conn.force_function_call(ORDER_TOOL)
        assert error.value.retryable is retryable
        assert conn.force_function_call(ORDER_TOOL)["phone_number"]


def test_a_dropped_socket_is_a_retryable_connection_error():
    with (
        Emulator(faults=FaultPlan(kind="drop")) as emulator,
        connect(model="gpt-realtime", api_key=KEY, base_url=emulator.base_url) as conn,
        pytest.raises(APIConnectionError) as dropped,
    ):
        conn.force_function_call(ORDER_TOOL, timeout=5)
    assert dropped.value.retryable


def test_a_slow_response_done_times_out():
    with (
        Emulator(faults=FaultPlan(kind="slow", slow_seconds=2)) as emulator,
        connect(model="gpt-realtime", api_key=KEY, base_url=emulator.base_url) as conn,
        pytest.raises(APITimeoutError),
    ):
        # The answer comes after 2 s: the forced call gives up at its own timeout instead.
        conn.force_function_call(ORDER_TOOL, timeout=0.3)


def test_async_connection_forces_a_call(emulator):
    async def scenario():
        async with await aconnect(
            model="gpt-realtime", api_key=KEY, base_url=emulator.base_url
        ) as conn:
            await conn.send(session_update(SESSION))
            await conn.recv_until("session.updated")
            return await conn.force_function_call("CaptureOrderInfo")

    assert "phone_number" in asyncio.run(scenario())


# -- the tool runner -------------------------------------------------------------------------


def lookup_order(order_id: str, verbose: bool = False, context: dict | None = None) -> dict:
    """Look an order up in the shop's back office.

    Args:
        order_id: The order's number.
        verbose: Include the line items.
    """
    return {"order_id": order_id, "status": "shipped", "token_used": context["shop_token"]}


def test_definitions_come_from_signatures_and_docstrings():
    def pick(size: Literal["small", "large"], count: int | None = None) -> str:
        """Pick a size."""
        return size

    assert definition_of(lookup_order) == {
        "type": "function",
        "name": "lookup_order",
        "description": "Look an order up in the shop's back office.",
        "parameters": {
            "type": "object",
            "properties": {
                "order_id": {"type": "string", "description": "The order's number."},
                "verbose": {"type": "boolean", "description": "Include the line items."},
            },
            "required": ["order_id"],
        },
    }
    assert definition_of(pick)["parameters"]["properties"]["size"] == {"enum": ["small", "large"]}


def test_an_invalid_explicit_definition_is_refused():
    runner = ToolRunner()
    with pytest.raises(ConfigError):
        runner.register(lookup_order, definition={"type": "function", "name": "bad name!"})


def _answered_over_sideband(emulator, runner, tool_name):
    """A browser's call; our server attaches by call_id, forces the tool in band, the runner
    answers, and the model's next answer arrives."""
    session = {**SESSION, "tools": runner.definitions, "output_modalities": ["text"]}
    call_id = emulator.open_call(session=session)
    with connect(call_id=call_id, api_key=KEY, base_url=emulator.base_url) as server:
        server.send(
            {
                "type": "response.create",
                "response": {
                    "tool_choice": {"type": "function", "name": tool_name},
                    "output_modalities": ["text"],
                },
            }
        )
        seen = []

        def answered(event):
            seen.append(event)
            return event.type == "response.done" and event["response"]["output"][0]["type"] == (
                "message"
            )

        runner.run(server, until=answered)
    return seen[-1]["response"]["output"][0]["content"][0]["text"]


def test_the_runner_answers_a_forced_call_over_a_sideband_and_hides_its_secret(emulator):
    secret = "shop-credential-98765"
    runner = ToolRunner([lookup_order], secrets={"shop_token": secret})
    text = _answered_over_sideband(emulator, runner, "lookup_order")
    assert text.startswith("The tool answered: ")
    output = json.loads(text.removeprefix("The tool answered: "))
    assert output["status"] == "shipped"
    assert output["token_used"] == "***"
    assert secret not in text
    assert secret not in json.dumps(runner.answered)


def test_a_raising_tool_gives_an_error_output_and_the_runner_goes_on(emulator):
    def explode(order_id: str) -> str:
        """Fails."""
        raise RuntimeError("back office down")

    runner = ToolRunner([explode])
    text = _answered_over_sideband(emulator, runner, "explode")
    assert "tool explode failed: RuntimeError: back office down" in text


def test_a_hanging_tool_times_out(emulator):
    release = threading.Event()

    def hang(order_id: str) -> str:
        """Never answers in time."""
        release.wait(10)
        return "late"

    runner = ToolRunner([hang], timeout=0.3)
    try:
        text = _answered_over_sideband(emulator, runner, "hang")
    finally:
        release.set()
        runner.close()
    assert "timed out after 0.3 s" in text


def test_the_async_runner_answers_with_an_async_tool(emulator):
    async def fetch(order_id: str) -> str:
        """Async lookup."""
        await asyncio.sleep(0)
        return f"order {order_id} found"

    runner = ToolRunner([fetch])

    async def scenario():
        async with await aconnect(
            model="gpt-realtime", api_key=KEY, base_url=emulator.base_url
        ) as conn:
            tools = {"tools": runner.definitions, "output_modalities": ["text"]}
            await conn.send(session_update({**SESSION, **tools}))
            await conn.recv_until("session.updated")
            await conn.send(
                {
                    "type": "response.create",
                    "response": {
                        "tool_choice": {"type": "function", "name": "fetch"},
                        "output_modalities": ["text"],
                    },
                }
            )
            done = []

            def answered(event):
                if event.type == "response.done" and event["response"]["output"][0]["type"] == (
                    "message"
                ):
                    done.append(event)
                    return True
                return False

            await runner.arun(conn, until=answered)
            return done[0]["response"]["output"][0]["content"][0]["text"]

    assert asyncio.run(scenario()).startswith("The tool answered: order ")


def test_function_output_builder_round_trip(conn):
    conn.send(session_update(SESSION))
    conn.recv_until("session.updated")
    conn.send(
        {
            "type": "response.create",
            "response": {"tool_choice": {"type": "function", "name": "CaptureOrderInfo"}},
        }
    )
    done = conn.recv_until("response.done")
    assert isinstance(done, ServerEvent)
    call = done["response"]["output"][0]
    conn.send(function_call_output(call["call_id"], {"saved": True}))
    conn.send({"type": "response.create", "response": {"output_modalities": ["text"]}})
    answer = conn.recv_until("response.done")
    assert answer["response"]["output"][0]["content"][0]["text"] == (
        'The tool answered: {"saved": true}'
    )
