"""One Realtime conversation as the server keeps it: the session, the items, and the answer to
each client event as a list of server events (the GA sequences, deterministic for a seed).

Client events are checked with the emulator's own jsonschema validator of the contract's
`RealtimeClientEvent`, and refused with `error` events shaped like the server's (`type`,
`code`, `message`, `param`, `event_id`). The socket, authentication and faults are
`_websocket`'s; this module never touches the network.
"""

from __future__ import annotations

import base64
import copy
import json
import random
import threading
from collections.abc import Callable
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from . import _contract
from ._arguments import arguments_for
from ._errors import error_for

Event = dict[str, Any]
_SPEC_URI = "urn:realtime-sessions:openapi"
_AUDIO_DELTA = base64.b64encode(bytes(4800)).decode()  # 100 ms of pcm16 silence at 24 kHz
_MIN_COMMIT_BYTES = 4800  # 100 ms of pcm16 at 24 kHz
_PIECES = 3  # deltas per streamed text or arguments


def event_validator() -> Draft202012Validator:
    """The contract's client-event union, checked with jsonschema (not the library)."""
    spec = _contract.spec()
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry = Registry().with_resource(_SPEC_URI, resource)
    ref = _SPEC_URI + "#/components/schemas/RealtimeClientEvent"
    return Draft202012Validator({"$ref": ref}, registry=registry)


def error_event(
    event_id: str,
    message: str,
    code: str | None,
    param: str | None = None,
    client_event_id: str | None = None,
    error_type: str = "invalid_request_error",
) -> Event:
    """A server `error` event; `client_event_id` is the event that caused it."""
    return {
        "type": "error",
        "event_id": event_id,
        "error": {
            "type": error_type,
            "code": code,
            "message": message,
            "param": param,
            "event_id": client_event_id,
        },
    }


class _Refused(Exception):
    def __init__(self, message: str, code: str | None, param: str | None = None) -> None:
        super().__init__(message)
        self.code, self.param = code, param


def _pieces(text: str) -> list[str]:
    size = max(1, -(-len(text) // _PIECES))
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def merge_session(into: dict[str, Any], given: dict[str, Any]) -> None:
    """Only the keys present change; nested objects (audio.input, ...) merge key by key."""
    for key, value in given.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict) and key != "format":
            merge_session(into[key], value)
        else:
            into[key] = copy.deepcopy(value)


class Conversation:
    """A session and its default conversation; shared by the sockets of one call (sideband).

    `handle` is serialised by a lock, so sockets attached to the same call see a consistent
    conversation. `seed` makes ids, answers and arguments repeatable.
    """

    def __init__(self, session: dict[str, Any], seed: int, validator: Draft202012Validator):
        self.session = session
        self.seed = seed
        self._validator = validator
        self._rng = random.Random(f"{seed}:{session.get('id')}")
        self._counter = 0
        self.conversation_id = self._id("conv")
        self.items: list[dict[str, Any]] = []
        self.audio_produced = False
        self.lock = threading.Lock()

    def _id(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}_{self._rng.getrandbits(64):016x}{self._counter:04d}"

    def created(self) -> Event:
        return {"type": "session.created", "event_id": self._id("event"), "session": self.session}

    def handle(
        self,
        raw: str | bytes,
        intercept: Callable[[Event], list[Event] | None] | None = None,
    ) -> list[Event]:
        """The server events that answer one client message. `intercept` sees each valid
        `response.create` first and may answer it instead (the socket's faults)."""
        with self.lock:
            try:
                event = json.loads(raw)
            except (ValueError, RecursionError):
                return [self._error("The event is not valid JSON.", "invalid_json")]
            if not isinstance(event, dict) or "type" not in event:
                return [self._error("The 'type' field is missing.", "invalid_event")]
            client_id = event.get("event_id") if isinstance(event.get("event_id"), str) else None
            first = next(self._validator.iter_errors(event), None)
            if first is not None:
                problem = error_for(first)
                return [self._error(problem.message, problem.code, problem.param, client_id)]
            if intercept is not None and event["type"] == "response.create":
                instead = intercept(event)
                if instead is not None:
                    return instead
            try:
                return self._answer(event)
            except _Refused as refused:
                return [self._error(str(refused), refused.code, refused.param, client_id)]

    def _error(
        self,
        message: str,
        code: str | None,
        param: str | None = None,
        client_id: str | None = None,
    ) -> Event:
        return error_event(self._id("event"), message, code, param, client_id)

    def _event(self, kind: str, **fields: Any) -> Event:
        return {"type": kind, "event_id": self._id("event"), **fields}

    def _answer(self, event: Event) -> list[Event]:
        handlers: dict[str, Callable[[Event], list[Event]]] = {
            "session.update": self._session_update,
            "response.create": self.response_create,
            "response.cancel": self._response_cancel,
            "conversation.item.create": self._item_create,
            "conversation.item.retrieve": self._item_retrieve,
            "conversation.item.delete": self._item_delete,
            "conversation.item.truncate": self._item_truncate,
            "input_audio_buffer.append": self._buffer_append,
            "input_audio_buffer.commit": self._buffer_commit,
            "input_audio_buffer.clear": self._buffer_clear,
            "output_audio_buffer.clear": lambda _: [self._event("output_audio_buffer.cleared")],
        }
        return handlers[event["type"]](event)

    # -- session ---------------------------------------------------------------------------

    def _session_update(self, event: Event) -> list[Event]:
        given = event["session"]
        if given.get("type") != self.session.get("type"):
            raise _Refused(
                "Passing a transcription session update event to a realtime session is not "
                "allowed.",
                "invalid_value",
                "session.type",
            )
        if given.get("model", self.session["model"]) != self.session["model"]:
            raise _Refused(
                f"The session's model cannot be changed (it is {self.session['model']!r}).",
                "invalid_value",
                "session.model",
            )
        voice = given.get("audio", {}).get("output", {}).get("voice")
        current = self.session["audio"]["output"].get("voice")
        if voice is not None and voice != current and self.audio_produced:
            raise _Refused(
                "Cannot update a conversation's voice if assistant audio is present.",
                "cannot_update_voice",
                "session.audio.output.voice",
            )
        given = {k: v for k, v in given.items() if k not in ("expires_after",)}
        merge_session(self.session, given)
        return [self._event("session.updated", session=self.session)]

    # -- items -------------------------------------------------------------------------------

    def _index_of(self, item_id: str, param: str) -> int:
        for index, item in enumerate(self.items):
            if item.get("id") == item_id:
                return index
        raise _Refused(f"Item with item_id '{item_id}' not found.", "item_not_found", param)

    def _item_create(self, event: Event) -> list[Event]:
        item = {"object": "realtime.item", "status": "completed", **copy.deepcopy(event["item"])}
        item.setdefault("id", self._id("item"))
        if item["type"] == "function_call_output" and not any(
            known.get("type") == "function_call" and known.get("call_id") == item["call_id"]
            for known in self.items
        ):
            raise _Refused(
                f"Tool call ID '{item['call_id']}' not found in conversation.",
                "invalid_value",
                "item.call_id",
            )
        previous = event.get("previous_item_id")
        if previous == "root":
            position = 0
        elif previous is not None:
            position = self._index_of(previous, "previous_item_id") + 1
        else:
            position = len(self.items)
        self.items.insert(position, item)
        before = self.items[position - 1]["id"] if position else None
        return [
            self._event("conversation.item.added", previous_item_id=before, item=item),
            self._event("conversation.item.done", previous_item_id=before, item=item),
        ]

    def _item_retrieve(self, event: Event) -> list[Event]:
        item = self.items[self._index_of(event["item_id"], "item_id")]
        return [self._event("conversation.item.retrieved", item=item)]

    def _item_delete(self, event: Event) -> list[Event]:
        del self.items[self._index_of(event["item_id"], "item_id")]
        return [self._event("conversation.item.deleted", item_id=event["item_id"])]

    def _item_truncate(self, event: Event) -> list[Event]:
        item = self.items[self._index_of(event["item_id"], "item_id")]
        if item.get("role") != "assistant":
            raise _Refused("Only assistant messages can be truncated.", "invalid_value", "item_id")
        fields = {k: event[k] for k in ("item_id", "content_index", "audio_end_ms")}
        return [self._event("conversation.item.truncated", **fields)]

    # -- audio buffers -------------------------------------------------------------------------

    _buffered = 0

    def _buffer_append(self, event: Event) -> list[Event]:
        try:
            self._buffered += len(base64.b64decode(event["audio"], validate=True))
        except ValueError:
            raise _Refused("Invalid 'audio': not base64.", "invalid_value", "audio") from None
        return []

    def _buffer_commit(self, _: Event) -> list[Event]:
        if self._buffered < _MIN_COMMIT_BYTES:
            milliseconds = self._buffered / 48
            raise _Refused(
                "Error committing input audio buffer: buffer too small. Expected at least "
                f"100ms of audio, but buffer only has {milliseconds:.2f}ms of audio.",
                "input_audio_buffer_commit_empty",
            )
        self._buffered = 0
        item = {
            "id": self._id("item"),
            "object": "realtime.item",
            "type": "message",
            "status": "completed",
            "role": "user",
            "content": [{"type": "input_audio", "transcript": None}],
        }
        before = self.items[-1]["id"] if self.items else None
        self.items.append(item)
        return [
            self._event(
                "input_audio_buffer.committed", previous_item_id=before, item_id=item["id"]
            ),
            self._event("conversation.item.added", previous_item_id=before, item=item),
            self._event("conversation.item.done", previous_item_id=before, item=item),
        ]

    def _buffer_clear(self, _: Event) -> list[Event]:
        self._buffered = 0
        return [self._event("input_audio_buffer.cleared")]

    def _response_cancel(self, _: Event) -> list[Event]:
        # Responses are produced whole, so none is ever in progress when this arrives.
        raise _Refused(
            "Cancellation failed: no active response found", "response_cancel_not_active"
        )

    # -- responses -----------------------------------------------------------------------------

    def response_create(self, event: Event) -> list[Event]:
        params = event.get("response", {})
        tools = params.get("tools", self.session.get("tools", []))
        choice = params.get("tool_choice", self.session.get("tool_choice", "auto"))
        forced = self._forced_tool(tools, choice)
        in_band = params.get("conversation", "auto") == "auto"
        modalities = params.get("output_modalities", self.session.get("output_modalities"))
        response = {
            "object": "realtime.response",
            "id": self._id("resp"),
            "status": "in_progress",
            "status_details": None,
            "output": [],
            "conversation_id": self.conversation_id if in_band else None,
            "output_modalities": modalities,
            "max_output_tokens": params.get("max_output_tokens", "inf"),
            "audio": {"output": self._audio_output(params)},
            "usage": None,
            "metadata": params.get("metadata"),
        }
        events = [self._event("response.created", response=copy.deepcopy(response))]
        context = params.get("input", self.items)
        if forced is not None:
            item, streamed = self._function_call(response["id"], forced)
        else:
            item, streamed = self._message(response["id"], context, modalities, in_band)
        before = self.items[-1]["id"] if self.items else None
        events.append(self._output_item("response.output_item.added", response["id"], item, True))
        if in_band:
            events.append(
                self._event("conversation.item.added", previous_item_id=before, item=_started(item))
            )
        events += streamed
        events.append(self._output_item("response.output_item.done", response["id"], item, False))
        if in_band:
            self.items.append(item)
            events.append(self._event("conversation.item.done", previous_item_id=before, item=item))
        response.update(status="completed", output=[item], usage=_usage(context, item))
        events.append(self._event("response.done", response=response))
        return events

    def _audio_output(self, params: Event) -> dict[str, Any]:
        session_out = self.session.get("audio", {}).get("output", {})
        given = params.get("audio", {}).get("output", {})
        return {
            "format": given.get("format", session_out.get("format")),
            "voice": given.get("voice", session_out.get("voice")),
        }

    @staticmethod
    def _forced_tool(tools: list[Any], choice: Any) -> dict[str, Any] | None:
        functions = [tool for tool in tools if tool.get("type") == "function"]
        if choice == "required":
            if not functions:
                raise _Refused(
                    "tool_choice 'required' needs at least one function tool.",
                    "invalid_value",
                    "response.tool_choice",
                )
            return functions[0]
        if isinstance(choice, dict) and choice.get("type") == "function":
            for tool in functions:
                if tool.get("name") == choice["name"]:
                    return tool
            names = ", ".join(str(tool.get("name")) for tool in functions) or "none"
            raise _Refused(
                f"Tool choice '{choice['name']}' is not one of the response's tools ({names}).",
                "invalid_value",
                "response.tool_choice.name",
            )
        return None

    def _output_item(self, kind: str, response_id: str, item: Event, started: bool) -> Event:
        shown = _started(item) if started else item
        return self._event(kind, response_id=response_id, output_index=0, item=shown)

    def _function_call(self, response_id: str, tool: dict[str, Any]) -> tuple[Event, list[Event]]:
        name = tool["name"]
        arguments = json.dumps(arguments_for(name, tool.get("parameters"), self.seed))
        item = {
            "id": self._id("item"),
            "object": "realtime.item",
            "type": "function_call",
            "status": "completed",
            "name": name,
            "call_id": self._id("call"),
            "arguments": arguments,
        }
        where = {
            "response_id": response_id,
            "item_id": item["id"],
            "output_index": 0,
            "call_id": item["call_id"],
        }
        streamed = [
            self._event("response.function_call_arguments.delta", **where, delta=piece)
            for piece in _pieces(arguments)
        ]
        streamed.append(
            self._event(
                "response.function_call_arguments.done", **where, name=name, arguments=arguments
            )
        )
        return item, streamed

    def _message(
        self, response_id: str, context: list[Any], modalities: list[str] | None, in_band: bool
    ) -> tuple[Event, list[Event]]:
        text = _answer_text(context)
        audio = modalities == ["audio"]
        part = (
            {"type": "output_audio", "transcript": text}
            if audio
            else {"type": "output_text", "text": text}
        )
        item = {
            "id": self._id("item"),
            "object": "realtime.item",
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [part],
        }
        where = {"response_id": response_id, "item_id": item["id"], "output_index": 0}
        where["content_index"] = 0
        empty = {"type": "audio", "transcript": ""} if audio else {"type": "text", "text": ""}
        full = {"type": "audio", "transcript": text} if audio else {"type": "text", "text": text}
        streamed = [self._event("response.content_part.added", **where, part=empty)]
        if audio:
            self.audio_produced = self.audio_produced or in_band
            streamed.append(self._event("response.output_audio.delta", **where, delta=_AUDIO_DELTA))
            streamed += [
                self._event("response.output_audio_transcript.delta", **where, delta=piece)
                for piece in _pieces(text)
            ]
            streamed.append(self._event("response.output_audio.done", **where))
            streamed.append(
                self._event("response.output_audio_transcript.done", **where, transcript=text)
            )
        else:
            streamed += [
                self._event("response.output_text.delta", **where, delta=piece)
                for piece in _pieces(text)
            ]
            streamed.append(self._event("response.output_text.done", **where, text=text))
        streamed.append(self._event("response.content_part.done", **where, part=full))
        return item, streamed

    def rate_limited(self, client_id: str | None, retry_after: int) -> list[Event]:
        """The rate-limit fault: the limits as exhausted, then the error."""
        reset = float(retry_after)
        limits = [
            {"name": "requests", "limit": 100, "remaining": 0, "reset_seconds": reset},
            {"name": "tokens", "limit": 20000, "remaining": 0, "reset_seconds": reset},
        ]
        error = error_event(
            self._id("event"),
            f"Rate limit reached for requests. Please try again in {retry_after}s.",
            "rate_limit_exceeded",
            None,
            client_id,
            "rate_limit_error",
        )
        return [self._event("rate_limits.updated", rate_limits=limits), error]

    def server_error(self, client_id: str | None) -> Event:
        """The error fault: what the server sends when it fails a response."""
        return error_event(
            self._id("event"),
            "The server had an error while processing your request. Sorry about that!",
            "server_error",
            None,
            client_id,
            "server_error",
        )


def _started(item: Event) -> Event:
    started = {**item, "status": "in_progress"}
    if item["type"] == "message":
        started["content"] = []
    else:
        started["arguments"] = ""
    return started


def _last_text(context: list[Any]) -> tuple[str | None, str | None]:
    """The last user text and the last function output in the context (either may be None)."""
    text = output = None
    for item in context:
        if not isinstance(item, dict):
            continue
        if item.get("type") == "function_call_output":
            output = item.get("output")
        if item.get("type") == "message" and item.get("role") == "user":
            output = None
            for part in item.get("content", []):
                if part.get("type") == "input_text":
                    text = part.get("text")
    return text, output


def _answer_text(context: list[Any]) -> str:
    """The emulator's deterministic answer: it repeats what it was given, so tests can pin it."""
    text, output = _last_text(context)
    if output is not None:
        return f"The tool answered: {output}"
    if text is not None:
        return f"You said: {text}"
    return "Hello from the Realtime emulator."


def _usage(context: list[Any], item: Event) -> dict[str, Any]:
    given = len(json.dumps(context)) // 4
    produced = len(json.dumps(item)) // 4
    return {
        "total_tokens": given + produced,
        "input_tokens": given,
        "output_tokens": produced,
        "input_token_details": {
            "cached_tokens": 0,
            "text_tokens": given,
            "image_tokens": 0,
            "audio_tokens": 0,
        },
        "output_token_details": {"text_tokens": produced, "audio_tokens": 0},
    }
