"""A local stand-in for the Realtime minting endpoints: mint without an API key or a network.

Every endpoint of the library's registry (`realtime_sessions.ENDPOINT_SPECS`) that the packaged
contract (`openapi.json` of `realtime_sessions_client`) describes becomes a route under the
contract's server path (`/v1`):
`POST /v1/realtime/sessions` (beta), `POST /v1/realtime/client_secrets` (GA, realtime and
transcription sessions), and whatever else the registry lists. Azure OpenAI's form of every
route, `/openai/v1/...`, is served too, with an `api-key` header instead of the bearer. Bodies are
checked with the `jsonschema` library against the operation's request schema, independently of
the wrapper's own validator, and refused the way api.openai.com refuses them (status 400, OpenAI's
error envelope, codes such as `unknown_parameter` or `decimal_above_max_value`, a body-relative
`param`). The API's modality combination rule is applied too. A request without
`Authorization: Bearer <anything>` gets 401 `invalid_api_key`; an unknown path 404, another method
405. A valid body gets 200 with a fresh `ek_...` secret and the session echoed with the server's
defaults filled in. The registry's call endpoint (`realtime_sessions.CALL_ENDPOINT`) is served
too, `POST /v1/realtime/calls` in both forms (`_calls`); faults do not apply to it.

Faults, to test clients, retries and workflows. Set them with `FaultPlan` (constructor or the
settable `Emulator.faults`) or, when no plan is given, from the environment:

    REALTIME_EMULATOR_FAULT          429 | 500 | 502 | 503 | slow | drop | malformed | retired
    REALTIME_EMULATOR_FAULT_RATE     fraction of requests that fail, e.g. 0.3
    REALTIME_EMULATOR_FAULT_FIRST    only the first N requests fail (then the emulator recovers)
    REALTIME_EMULATOR_RETRY_AFTER    seconds sent in Retry-After with 429 (default 1)
    REALTIME_EMULATOR_SLOW_SECONDS   delay of `slow` answers (default 2)

With neither RATE nor FIRST every request fails. Only requests that reach an emulated route with
an API key count; `retired` concerns the beta route only (the GA route keeps working), exactly like
api.openai.com since the beta shape was switched off.

It holds like a server (`Limits`): a listen backlog of 1,024 for bursts of new connections, a
socket timeout on every read (idle and stalled clients are closed, a stalled body gets 408), a
body limit (413 before reading), a connection limit (503 beyond it), and OpenAI's envelope for
every answer, including the protocol errors http.server finds (400, 414, 431, 505).
`python -m realtime_sessions_emulator [--host H] [--port N]` runs `serve()`; an address with a
colon (`::1`) is IPv6.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import email.utils
import errno
import functools
import io
import json
import os
import random
import re
import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

import attrs
from jsonschema import Draft202012Validator, FormatChecker
from realtime_sessions import CALL_ENDPOINT, ENDPOINT_SPECS
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from . import _contract
from ._calls import CallRoute
from ._errors import ApiError, error_for, not_an_object
from ._head import HeadError, read_headers, request_line
from ._websocket import Realtime
from ._wire import Wire
from ._workers import Workers

FaultKind = Literal["429", "500", "502", "503", "slow", "drop", "malformed", "retired"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)
FAULT_ENV = "REALTIME_EMULATOR_FAULT"
FAULT_RATE_ENV = "REALTIME_EMULATOR_FAULT_RATE"
FAULT_FIRST_ENV = "REALTIME_EMULATOR_FAULT_FIRST"
RETRY_AFTER_ENV = "REALTIME_EMULATOR_RETRY_AFTER"
SLOW_SECONDS_ENV = "REALTIME_EMULATOR_SLOW_SECONDS"
SEED_ENV = "REALTIME_EMULATOR_SEED"

RETIRED_MESSAGE = (
    "The Realtime Beta API is no longer supported. Please use /v1/realtime for the GA API."
)
DEFAULT_MODEL = "gpt-realtime"
DEFAULT_INSTRUCTIONS = "You are a helpful voice assistant. Keep answers short and friendly."
BETA_SECRET_SECONDS = ENDPOINT_SPECS["sessions"].default_lifetime_seconds
GA_SECRET_SECONDS = ENDPOINT_SPECS["client-secrets"].default_lifetime_seconds
TRANSCRIPTION_SECRET_SECONDS = ENDPOINT_SPECS["transcription-sessions"].default_lifetime_seconds
BETA_SESSION_SECONDS = 1800
_VERDICT_CACHE_BYTES = 4 << 20  # 4 MiB of bodies
_VERDICT_LARGEST = 64 << 10  # a body above 64 KiB is checked every time
_DIGITS = re.compile(r"[0-9]+")
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")
_CHUNK_LINE_LIMIT = 1024  # a chunk-size line (size and extensions) or trailer longer is refused
_MAX_TRAILERS = 64
_LINGER_SECONDS = 1.0  # after an error that closes: how long, and how much, to read on
_LINGER_BYTES = 1 << 20
_SPEC_URI = "urn:realtime-sessions:openapi"
_VAD_DEFAULTS: dict[str, dict[str, Any]] = {
    "server_vad": {
        "type": "server_vad",
        "threshold": 0.5,
        "prefix_padding_ms": 300,
        "silence_duration_ms": 200,
        "create_response": True,
        "interrupt_response": True,
    },
    "semantic_vad": {
        "type": "semantic_vad",
        "eagerness": "auto",
        "create_response": True,
        "interrupt_response": True,
    },
}
_FAULT_ERRORS = {
    "500": ApiError(
        500,
        "The server had an error while processing your request. Sorry about that!",
        None,
        type="server_error",
    ),
    "502": ApiError(502, "Bad gateway.", None, type="server_error"),
    "503": ApiError(503, "The server is overloaded or not ready yet.", None, type="server_error"),
    "retired": ApiError(400, RETIRED_MESSAGE, "beta_api_shape_disabled"),
}


def _fraction(_: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not 0 < value <= 1:
        raise ValueError(f"{attribute.name} must be above 0 and at most 1, got {value}")


def _known_kind(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and value not in FAULT_KINDS:
        raise ValueError(f"fault kind {value!r} is not one of {', '.join(FAULT_KINDS)}")


@attrs.frozen
class FaultPlan:
    """Which failure the emulator injects, and into which requests.

    No `kind` means no fault. `first=N` fails the first N requests after the plan is installed,
    so a client's retry can be seen to recover; `rate` fails each request with that probability;
    with neither, every request fails. `retry_after` is the 429's Retry-After in seconds and
    `slow_seconds` the delay of `slow` answers.
    """

    kind: FaultKind | None = attrs.field(default=None, validator=_known_kind)
    rate: float | None = attrs.field(default=None, validator=_fraction)
    first: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(0))
    )
    retry_after: int = attrs.field(default=1, validator=attrs.validators.ge(0))
    slow_seconds: float = attrs.field(default=2.0, validator=attrs.validators.ge(0))

    def __attrs_post_init__(self) -> None:
        if self.rate is not None and self.first is not None:
            raise ValueError("a fault plan takes a rate or a first-N count, not both")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> FaultPlan:
        """The plan the REALTIME_EMULATOR_* variables describe, so that a process started by
        something else (a CLI, CI, a workflow engine) can be told to misbehave."""
        env = os.environ if environ is None else environ
        kind = env.get(FAULT_ENV, "").strip().lower() or None
        if kind is not None and kind not in FAULT_KINDS:
            raise ValueError(f"{FAULT_ENV}={kind!r}: expected one of {', '.join(FAULT_KINDS)}")
        fields: dict[str, Any] = {"kind": kind}
        for name, field, parse in (
            (FAULT_RATE_ENV, "rate", float),
            (FAULT_FIRST_ENV, "first", int),
            (RETRY_AFTER_ENV, "retry_after", int),
            (SLOW_SECONDS_ENV, "slow_seconds", float),
        ):
            text = env.get(name, "").strip()
            if text:
                try:
                    fields[field] = parse(text)
                except ValueError:
                    raise ValueError(f"{name}={text!r} is not a valid {parse.__name__}") from None
        return cls(**fields)

    def describe(self) -> str:
        """One line for people: what fails and how often."""
        if self.kind is None:
            return "no faults"
        if self.first is not None:
            which = f"the first {self.first} requests"
        elif self.rate is not None:
            which = f"{self.rate:.0%} of requests"
        else:
            which = "every request"
        detail = {
            "429": f" (Retry-After: {self.retry_after})",
            "slow": f" ({self.slow_seconds:g} s)",
            "retired": " (beta route only)",
        }.get(self.kind, "")
        return f"fault {self.kind}{detail} on {which}"


@attrs.frozen
class Limits:
    """What one client may cost the emulator; beyond them it answers in OpenAI's envelope.

    `idle_timeout` bounds every wait for a client's bytes (an idle keep-alive connection, a
    request line, headers or a body that stop arriving: the connection is closed, a stalled
    body answered 408); `body_timeout` bounds the whole body, so that a client trickling a
    byte at a time cannot hold a thread either. `max_body_bytes` answers a longer body 413
    before reading it. `max_connections` answers 503 to connections beyond it, so a flood of
    idle sockets cannot start a thread each. `backlog` is the listen queue in which a burst of
    new connections waits (the kernel may cap it: net.core.somaxconn).
    """

    idle_timeout: float = attrs.field(default=15.0, validator=attrs.validators.gt(0))
    body_timeout: float = attrs.field(default=60.0, validator=attrs.validators.gt(0))
    max_body_bytes: int = attrs.field(default=16 << 20, validator=attrs.validators.gt(0))
    max_connections: int = attrs.field(default=512, validator=attrs.validators.gt(0))
    backlog: int = attrs.field(default=1024, validator=attrs.validators.gt(0))


class _Faults:
    """The installed plan and how many requests it has seen; swapped while the server runs."""

    def __init__(self, plan: FaultPlan) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random()
        self.install(plan)

    def install(self, plan: FaultPlan) -> None:
        with self._lock:
            self.plan = plan
            self._seen = 0

    def draw(self, beta: bool) -> FaultPlan | None:
        """The plan when this request must fail, else None."""
        with self._lock:
            plan = self.plan
            if plan.kind is None or (plan.kind == "retired" and not beta):
                return None
            self._seen += 1
            if plan.first is not None:
                hit = self._seen <= plan.first
            else:
                hit = plan.rate is None or self._rng.random() < plan.rate
            return plan if hit else None


# Session and request ids are not secrets; `random` is much cheaper than the OS's entropy.
_ids = random.Random()


# An absolute URI (RFC 3986): scheme, colon, no spaces; the `uri` format without rfc3987.
_ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]+$")
_FORMATS = FormatChecker(formats=())
_FORMATS.checks("uri")(lambda value: not isinstance(value, str) or bool(_ABSOLUTE_URI.match(value)))
# Azure OpenAI serves the same operations under this prefix instead of the contract's `/v1`.
AZURE_BASE_PATH = "/openai/v1"


def _secret() -> str:
    return "ek_" + base64.urlsafe_b64encode(os.urandom(24)).decode()  # secrets.token_urlsafe(24)


def _session_id() -> str:
    return f"sess_{_ids.getrandbits(96):024x}"


class _Fresh:
    """What two mints of one body differ in: the secret, the session id and the clock."""

    def __init__(self, now: int) -> None:
        self.now = now

    def secret(self) -> Any:
        return _secret()

    def session_id(self) -> Any:
        return _session_id()

    def expires(self, seconds: int) -> Any:
        """`seconds` from now, for a session."""
        return self.now + seconds

    def secret_expires(self, seconds: int) -> Any:
        """`seconds` from now, for the secret (the token's own expiry)."""
        return self.now + seconds


# A mark stands where a fresh value goes in a body's encoded answer (`_Answer`); the random part
# keeps a config's own text from ever reading as one.
_MARK_TAG = secrets.token_hex(16)
_MARK = re.compile(
    rb'"\\u0000' + _MARK_TAG.encode() + rb":(secret|id|expires|secret_expires):(\d+)\\u0000\""
)


class _Marks(_Fresh):
    """Marks instead of fresh values: the answer is encoded once with them, filled per mint."""

    def __init__(self) -> None:
        super().__init__(0)

    def secret(self) -> str:
        return f"\0{_MARK_TAG}:secret:0\0"

    def session_id(self) -> str:
        return f"\0{_MARK_TAG}:id:0\0"

    def expires(self, seconds: int) -> str:
        return f"\0{_MARK_TAG}:expires:{seconds}\0"

    def secret_expires(self, seconds: int) -> str:
        return f"\0{_MARK_TAG}:secret_expires:{seconds}\0"


def _turn_detection(container: Mapping[str, Any]) -> dict[str, Any] | None:
    given = container.get("turn_detection", {"type": "server_vad"})
    return None if given is None else {**_VAD_DEFAULTS[given["type"]], **given}


def _ga_format(container: Mapping[str, Any]) -> dict[str, Any]:
    given = container.get("format", {"type": "audio/pcm"})
    return {"rate": 24000, **given} if given["type"] == "audio/pcm" else dict(given)


def _mint_beta(body: dict[str, Any], fresh: _Fresh) -> dict[str, Any]:
    config = dict(body)
    lifetime = config.pop("client_secret", {}).get("expires_after", {})
    return {
        "id": fresh.session_id(),
        "object": "realtime.session",
        "expires_at": fresh.expires(BETA_SESSION_SECONDS),
        "model": DEFAULT_MODEL,
        "modalities": ["audio", "text"],
        "instructions": DEFAULT_INSTRUCTIONS,
        "voice": "alloy",
        "input_audio_format": "pcm16",
        "output_audio_format": "pcm16",
        "input_audio_transcription": None,
        "input_audio_noise_reduction": None,
        "tools": [],
        "tool_choice": "auto",
        "temperature": 0.8,
        "max_response_output_tokens": "inf",
        "speed": 1.0,
        "tracing": None,
        **config,
        "turn_detection": _turn_detection(config),
        "client_secret": {
            "value": fresh.secret(),
            "expires_at": fresh.secret_expires(int(lifetime.get("seconds", BETA_SECRET_SECONDS))),
        },
    }


def _default_session(model: str | None) -> dict[str, Any]:
    """The session a socket opened with an API key starts with: the server's defaults."""
    given = {"type": "realtime", **({"model": model} if model else {})}
    return _mint_ga({"session": given}, _Fresh(int(time.time())))["session"]


def _echoed_tools(tools: list[Any]) -> list[Any]:
    """MCP credentials are write-only: the echo leaves `authorization` and `headers` out."""
    return [
        {k: v for k, v in tool.items() if k not in ("authorization", "headers")}
        if tool.get("type") == "mcp"
        else tool
        for tool in tools
    ]


def _mint_transcription(given: dict[str, Any], fresh: _Fresh) -> dict[str, Any]:
    given_in = given.get("audio", {}).get("input", {})
    return {
        "type": "transcription",
        "object": "realtime.transcription_session",
        "id": fresh.session_id(),
        "expires_at": 0,
        "include": given.get("include"),
        "audio": {
            "input": {
                "transcription": None,
                "noise_reduction": None,
                **given_in,
                "format": _ga_format(given_in),
                "turn_detection": _turn_detection(given_in),
            }
        },
    }


def _mint_ga(body: dict[str, Any], fresh: _Fresh) -> dict[str, Any]:
    given = dict(body.get("session", {}))
    lifetime = body.get("expires_after", {}).get("seconds", GA_SECRET_SECONDS)
    if given.get("type") == "transcription":
        session = _mint_transcription(given, fresh)
        return {
            "value": fresh.secret(),
            "expires_at": fresh.secret_expires(int(lifetime)),
            "session": session,
        }
    given.pop("parallel_tool_calls", None)  # the API does not echo it
    if "tools" in given:
        given["tools"] = _echoed_tools(given["tools"])
    audio = given.get("audio", {})
    given_in, given_out = audio.get("input", {}), audio.get("output", {})
    session = {
        "type": "realtime",
        "object": "realtime.session",
        "id": fresh.session_id(),
        "model": DEFAULT_MODEL,
        "output_modalities": ["audio"],
        "instructions": DEFAULT_INSTRUCTIONS,
        "tools": [],
        "tool_choice": "auto",
        "max_output_tokens": "inf",
        "tracing": None,
        "truncation": "auto",
        "prompt": None,
        "expires_at": 0,
        "include": None,
        **given,
        "audio": {
            "input": {
                "transcription": None,
                "noise_reduction": None,
                **given_in,
                "format": _ga_format(given_in),
                "turn_detection": _turn_detection(given_in),
            },
            "output": {
                "voice": "alloy",
                "speed": 1.0,
                **given_out,
                "format": _ga_format(given_out),
            },
        },
    }
    return {
        "value": fresh.secret(),
        "expires_at": fresh.secret_expires(int(lifetime)),
        "session": session,
    }


def _mint_translation(body: dict[str, Any], fresh: _Fresh) -> dict[str, Any]:
    given = body.get("session", {})
    audio = given.get("audio", {})
    session = {
        "id": fresh.session_id(),
        "object": "realtime.translation_session",
        "type": "translation",
        "model": given.get("model", "gpt-realtime-translate"),
        "audio": {
            "input": {"transcription": None, "noise_reduction": None, **audio.get("input", {})},
            "output": {"language": "en", **audio.get("output", {})},
        },
    }
    lifetime = body.get("expires_after", {}).get("seconds", GA_SECRET_SECONDS)
    return {
        "value": fresh.secret(),
        "expires_at": fresh.secret_expires(int(lifetime)),
        "session": session,
    }


def _mint_transcription_beta(body: dict[str, Any], fresh: _Fresh) -> dict[str, Any]:
    config = dict(body)
    lifetime = config.pop("client_secret", {}).get("expires_at", {})
    return {
        "id": fresh.session_id(),
        "object": "realtime.transcription_session",
        "expires_at": fresh.expires(BETA_SESSION_SECONDS),
        "input_audio_format": "pcm16",
        "input_audio_transcription": None,
        "input_audio_noise_reduction": None,
        "include": None,
        **config,
        "turn_detection": _turn_detection(config),
        "client_secret": {
            "value": fresh.secret(),
            "expires_at": fresh.secret_expires(
                int(lifetime.get("seconds", TRANSCRIPTION_SECRET_SECONDS))
            ),
        },
    }


@attrs.frozen
class _Flavor:
    """How one response schema is answered, and the API's modality rule for its requests."""

    beta: bool
    mint: Callable[[dict[str, Any], _Fresh], dict[str, Any]]
    modalities_at: tuple[str, ...]
    combinations: tuple[tuple[str, ...], ...]

    def modality_error(self, body: dict[str, Any]) -> ApiError | None:
        """The API checks the combination itself, with its own message (before the schema)."""
        value: Any = body
        for key in self.modalities_at:
            value = value.get(key) if isinstance(value, dict) else None
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            return None
        if tuple(sorted(value)) in self.combinations:
            return None
        supported = " and ".join(str(list(combination)) for combination in self.combinations)
        message = f"Invalid modalities: {value}. Supported combinations are: {supported}."
        return ApiError(400, message, "invalid_value", ".".join(self.modalities_at))


# How each vocabulary's endpoint answers; which endpoints exist is the library's registry.
_FLAVORS = {
    "beta": _Flavor(
        beta=True,
        mint=_mint_beta,
        modalities_at=("modalities",),
        combinations=(("text",), ("audio", "text")),
    ),
    "ga": _Flavor(
        beta=False,
        mint=_mint_ga,
        modalities_at=("session", "output_modalities"),
        combinations=(("text",), ("audio",)),
    ),
    "translation": _Flavor(beta=False, mint=_mint_translation, modalities_at=(), combinations=()),
    "transcription": _Flavor(
        beta=True, mint=_mint_transcription_beta, modalities_at=(), combinations=()
    ),
}


class _Answer:
    """A valid body's 200 answer, encoded once with marks (`_Marks`) where mints differ; each
    mint fills in a fresh secret, session id and expiry times (`render`) instead of building
    and encoding the answer again, which cost more than the rest of a mint."""

    def __init__(self, flavor: _Flavor, body: dict[str, Any]) -> None:
        minted = flavor.mint(body, _Marks())
        pieces = _MARK.split(json.dumps(minted).encode())
        self._texts = pieces[0::3]  # the text around the marks, then (kind, seconds) per mark
        self._marks = [
            (kind.decode(), int(seconds))
            for kind, seconds in zip(pieces[1::3], pieces[2::3], strict=True)
        ]
        self.size = sum(map(len, self._texts))
        # The minted secrets a socket can start a session with (`Realtime.remember_minted`).
        self.beta = "client_secret" in minted
        self.remembered = self.beta or minted.get("session", {}).get("type") == "realtime"

    def render(self, now: int) -> tuple[bytes, str, int]:
        """The answer for a mint at `now`, its secret, and when that secret expires."""
        secret, expires_at = "", 0
        parts = [self._texts[0]]
        for (kind, seconds), text in zip(self._marks, self._texts[1:], strict=True):
            if kind == "secret":
                secret = _secret()
                value = f'"{secret}"'
            elif kind == "id":
                value = f'"{_session_id()}"'
            else:
                value = str(now + seconds)
                if kind == "secret_expires":
                    expires_at = now + seconds
            parts += (value.encode(), text)
        return b"".join(parts), secret, expires_at


Verdict = ApiError | _Answer


class _VerdictCache:
    """raw body -> verdict (its refusal or its answer), bounded by the bytes it keeps (oldest
    dropped first).

    Clients mint the same config again and again, and jsonschema takes hundreds of microseconds
    per body, so the verdict of each body is worked out once. Bodies above _VERDICT_LARGEST are
    checked every time: a client sending many distinct large bodies must not grow the emulator.
    """

    def __init__(self) -> None:
        self.size = 0
        self._verdicts: dict[bytes, Verdict] = {}
        self._lock = threading.Lock()

    def get(self, raw: bytes) -> Verdict | None:
        """The verdict, or None for a body not (or no longer) cached."""
        return self._verdicts.get(raw)

    def put(self, raw: bytes, verdict: Verdict) -> None:
        if len(raw) > _VERDICT_LARGEST:
            return
        cost = len(raw) + _cost(verdict)
        with self._lock:
            if raw in self._verdicts:
                return
            while self._verdicts and self.size + cost > _VERDICT_CACHE_BYTES:
                oldest = next(iter(self._verdicts))
                self.size -= len(oldest) + _cost(self._verdicts.pop(oldest))
            self._verdicts[raw] = verdict
            self.size += cost


def _cost(verdict: Verdict) -> int:
    return verdict.size if isinstance(verdict, _Answer) else len(verdict.message)


@attrs.frozen
class _Route:
    flavor: _Flavor
    validator: Draft202012Validator
    azure: bool = False
    verdicts: _VerdictCache = attrs.field(factory=_VerdictCache)

    def verdict(self, raw: bytes) -> Verdict:
        """The API's refusal of this body, or its answer; worked out once per body."""
        known = self.verdicts.get(raw)
        if known is None:
            known = self._judge(raw)
            self.verdicts.put(raw, known)
        return known

    def _judge(self, raw: bytes) -> Verdict:
        try:
            body = json.loads(raw, parse_constant=_reject_constant)
        except (ValueError, RecursionError):
            return ApiError(400, "The request body is not valid JSON. Send a JSON object.", None)
        if not isinstance(body, dict):
            return not_an_object(body)
        problem = self.flavor.modality_error(body)
        if problem is None:
            first = next(self.validator.iter_errors(body), None)
            problem = None if first is None else error_for(first)
        return _Answer(self.flavor, body) if problem is None else problem


@attrs.frozen
class _Reply:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = "application/json"


def _error_reply(error: ApiError) -> _Reply:
    return _Reply(error.status, error.body(), error.headers)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _routes(spec: Mapping[str, Any]) -> tuple[str, dict[str, _Route]]:
    """The server's base path and a route per emulated operation, validators built once."""
    base = urlsplit(spec["servers"][0]["url"]).path.rstrip("/")
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry = Registry().with_resource(_SPEC_URI, resource)
    routes: dict[str, _Route] = {}
    for endpoint in ENDPOINT_SPECS.values():
        path, method = endpoint.path, endpoint.method.lower()
        if method not in spec["paths"].get(path, {}):
            continue
        escaped = path.replace("~", "~0").replace("/", "~1")
        pointer = f"#/paths/{escaped}/{method}/requestBody/content/application~1json/schema"
        validator = Draft202012Validator(
            {"$ref": _SPEC_URI + pointer}, registry=registry, format_checker=_FORMATS
        )
        route = _Route(_FLAVORS[endpoint.vocabulary], validator)
        routes[base + path] = route
        routes[AZURE_BASE_PATH + path] = attrs.evolve(route, azure=True)
    return base, routes


def _auth_error(azure: bool, authorization: str | None, api_key: str | None) -> ApiError | None:
    """The 401 for a request without a key: any non-empty bearer works, and on Azure's routes
    an `api-key` header too (Azure OpenAI takes a key there, or an Entra ID bearer token)."""
    scheme, _, key = (authorization or "").partition(" ")
    if (scheme.lower() == "bearer" and key.strip()) or (azure and (api_key or "").strip()):
        return None
    if azure:
        message = (
            "Access denied due to missing subscription key. Make sure to include the "
            "api-key header or an Entra ID bearer token."
        )
        return ApiError(401, message, "401")
    message = (
        "You didn't provide an API key. Send one in the Authorization header as "
        "'Bearer YOUR_KEY' (the emulator accepts any non-empty key)."
    )
    return ApiError(401, message, "invalid_api_key")


def _call_route(spec: Mapping[str, Any], base: str) -> CallRoute | None:
    """The WebRTC route, its multipart body checked against the contract's schema."""
    if CALL_ENDPOINT.path not in spec["paths"]:
        return None
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry = Registry().with_resource(_SPEC_URI, resource)
    pointer = f"#/components/schemas/{CALL_ENDPOINT.request_schema}"
    validator = Draft202012Validator(
        {"$ref": _SPEC_URI + pointer}, registry=registry, format_checker=_FORMATS
    )
    return CallRoute(base, validator)


class _App:
    """Turns one request into one reply (None: drop the connection); shared by all threads."""

    def __init__(self, plan: FaultPlan, seed: int, max_message_bytes: int) -> None:
        self.base_path, self.routes = _routes(_contract.spec())
        self.calls = _call_route(_contract.spec(), self.base_path)
        self.faults = _Faults(plan)
        self._lock = threading.Lock()
        self.requests = 0
        self.realtime = Realtime(
            self.base_path + "/realtime",
            _default_session,
            lambda: self.faults.draw(False),
            seed,
            max_message_bytes,
        )

    def reply(
        self,
        method: str,
        target: str,
        authorization: str | None,
        raw: bytes,
        api_key: str | None = None,
        content_type: str = "application/json",
    ) -> _Reply | None:
        with self._lock:
            self.requests += 1
        path = urlsplit(target).path
        route = self.routes.get(path)
        azure_call = path == AZURE_BASE_PATH + CALL_ENDPOINT.path
        on_calls = azure_call or path == self.base_path + CALL_ENDPOINT.path
        calls = self.calls if on_calls else None
        if route is None and calls is None:
            return _error_reply(ApiError(404, f"Invalid URL ({method} {path})", None))
        if method != "POST":
            message = f"Method not allowed: {method} {path}. This path accepts POST only."
            headers = (("Allow", "POST"),)
            return _error_reply(ApiError(405, message, "method_not_allowed", headers=headers))
        refused = _auth_error(route.azure if route else azure_call, authorization, api_key)
        if refused is not None:
            return _error_reply(refused)
        if calls is not None:
            answer = calls.reply(content_type, raw)
            location = dict(answer.headers).get("Location")
            self.realtime.adopt_call(location, authorization, answer.session)
            return _Reply(answer.status, answer.body, answer.headers, answer.content_type)
        assert route is not None
        fault = self.faults.draw(route.flavor.beta)
        if fault is None or fault.kind == "slow":
            if fault is not None:
                time.sleep(fault.slow_seconds)
            return self._mint(route, raw)
        if fault.kind == "drop":
            return None
        if fault.kind == "malformed":
            whole = json.dumps(route.flavor.mint({}, _Fresh(int(time.time())))).encode()
            return _Reply(200, whole[: len(whole) // 2])
        if fault.kind == "429":
            wait = str(fault.retry_after)
            message = f"Rate limit reached for requests. Please try again in {wait}s."
            limited = ApiError(
                429,
                message,
                "rate_limit_exceeded",
                type="requests",
                headers=(("Retry-After", wait),),
            )
            return _error_reply(limited)
        return _error_reply(_FAULT_ERRORS[fault.kind])

    def _mint(self, route: _Route, raw: bytes) -> _Reply:
        verdict = route.verdict(raw)
        if isinstance(verdict, ApiError):
            return _error_reply(verdict)
        answer, secret, expires_at = verdict.render(int(time.time()))
        if verdict.remembered:
            self.realtime.remember_minted(secret, expires_at, answer, verdict.beta)
        return _Reply(200, answer)


class _BadBody(Exception):
    """A body that cannot be read as framed: the answer to send before closing the connection."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(error.message)
        self.error = error


def _malformed(what: str) -> _BadBody:
    return _BadBody(ApiError(400, f"The request body's {what} is malformed.", None))


def _too_large(limit: int) -> _BadBody:
    message = f"The request body is too large: the emulator accepts at most {limit:,} bytes."
    return _BadBody(ApiError(413, message, "request_too_large"))


def _busy_answer() -> bytes:
    """The whole answer to a connection beyond `max_connections`, sent without a thread."""
    body = ApiError(
        503,
        "The emulator is serving as many connections as it allows; retry shortly.",
        None,
        type="server_error",
    ).body()
    head = (
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


_BUSY = _busy_answer()


def _http_date(now: float) -> str:
    """The Date header's text for this second, formatted once per second (formatdate is
    slow)."""
    global _DATE
    second = int(now)
    if _DATE[0] != second:
        _DATE = (second, email.utils.formatdate(second, usegmt=True))
    return _DATE[1]


_DATE = (0, "")


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 keeps connections open; without TCP_NODELAY every keep-alive answer waits ~40 ms
    # for a delayed ACK (Nagle).
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "realtime-sessions-emulator"
    server: _Server
    _linger = False

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: a log line per request would cost more than the request."""

    def setup(self) -> None:
        """StreamRequestHandler's setup, with the socket wrapped in a `Wire`: every wait of
        this connection is bounded by the idle timeout, and reads and writes that need not
        wait cost no extra system call. `_send` writes each answer in one piece, unbuffered."""
        self.connection = self.request
        self.timeout = self.server.limits.idle_timeout
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self._wire = Wire(self.connection, self.timeout)
        self.rfile = io.BufferedReader(self._wire)
        self.wfile = self._wire
        self.server.track(self.connection, True)

    def handle(self) -> None:
        """http.server's loop over the connection's requests; between two, the thread tells the
        pool it waits on the client (a keep-alive connection may stay quiet for the idle
        timeout), so that queued connections get another thread meanwhile."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            with self.server.workers.waiting():
                try:
                    self.rfile.peek(1)  # type: ignore[attr-defined]  # a BufferedReader
                except TimeoutError:  # idle for the whole timeout: close, as http.server does
                    return
            self.handle_one_request()

    def _wait_at_most(self, seconds: float) -> None:
        """The bound of every wait from now on (set on the socket when one must wait)."""
        self._wire.timeout = seconds

    def finish(self) -> None:
        try:
            super().finish()
            if self._linger:
                self._drain()
        except OSError:  # the client is gone: nothing left to tell it
            pass
        finally:
            self.server.track(self.connection, False)

    def _drain(self) -> None:
        """Read (a bounded amount of) what the client still sends before closing: closing a
        socket with unread bytes resets it, and the reset can destroy the error answer before
        the client reads it."""
        self.connection.shutdown(socket.SHUT_WR)
        self.connection.settimeout(_LINGER_SECONDS)
        deadline, left = time.monotonic() + _LINGER_SECONDS, _LINGER_BYTES
        while left > 0 and time.monotonic() < deadline:
            data = self.connection.recv(min(left, 1 << 16))
            if not data:
                return
            left -= len(data)

    def parse_request(self) -> bool:
        """The request line and headers, with http.server's checks and answers (`_head`), but
        without the email parser it reads headers with."""
        self.command = None  # type: ignore[assignment]  # http.server's "no command yet"
        self.request_version = self.default_request_version
        self.close_connection = True
        self.requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        if not self.requestline.strip():  # an empty line: http.server closes without a word
            return False
        try:
            method, target, version, close = request_line(self.requestline, self.protocol_version)
            self.command, self.path = method, target
            self.request_version = version or self.request_version
            self.headers = read_headers(self.rfile)  # type: ignore[assignment]
        except HeadError as error:
            self.send_error(error.status, error.message, error.explain)
            return False
        connection = self.headers.get("Connection", "").lower()
        if connection in ("close", "keep-alive"):
            close = connection == "close"
        self.close_connection = close
        expect = self.headers.get("Expect", "").lower()
        if expect == "100-continue" and version is not None and version >= "HTTP/1.1":
            return self.handle_expect_100()
        return True

    def handle_expect_100(self) -> bool:
        """Send `100 Continue` now, before the body is read."""
        self.wfile.write(f"{self.protocol_version} 100 Continue\r\n\r\n".encode())
        return True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Protocol errors http.server finds (a bad request line, 414, 431, ...) in OpenAI's
        envelope, like every other answer, instead of its HTML page."""
        if self.request_version == "HTTP/0.9":  # no version was read: answer in ours
            self.request_version = self.protocol_version
        text = message or self.responses.get(code, ("Error",))[0]
        if explain is not None:  # e.g. 431's "got more than 65536 bytes when reading header line"
            text = f"{text}: {explain}"
        self._send(_error_reply(ApiError(code, f"{text}.", None)), close=True)

    def _read_body(self) -> bytes:
        limit = self.server.limits.max_body_bytes
        self._deadline = time.monotonic() + self.server.limits.body_timeout
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked(limit)
        lengths = {value.strip() for value in self.headers.get_all("Content-Length") or ["0"]}
        text = lengths.pop()
        if lengths or not _DIGITS.fullmatch(text):
            raise _malformed("Content-Length")
        length = int(text)
        if length > limit:
            raise _too_large(limit)
        return self._read_exactly(length)

    def _before_reading(self) -> None:
        """The next read waits no longer than the idle timeout nor past the body's deadline."""
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the body's deadline passed")
        self._wait_at_most(min(self.server.limits.idle_timeout, left))

    def _read_exactly(self, size: int) -> bytes:
        pieces = []
        while size:
            self._before_reading()
            piece = self.rfile.read1(min(size, 1 << 16))
            if not piece:
                message = "The request body ended before its declared length."
                raise _BadBody(ApiError(400, message, None))
            pieces.append(piece)
            size -= len(piece)
        return b"".join(pieces)

    def _read_chunked(self, limit: int) -> bytes:
        chunks, total = [], 0
        while True:
            self._before_reading()
            line = self.rfile.readline(_CHUNK_LINE_LIMIT + 1)
            size = _CHUNK_SIZE.fullmatch(line.split(b";")[0].strip())
            if size is None or len(line) > _CHUNK_LINE_LIMIT or not line.endswith(b"\n"):
                raise _malformed("chunk size line")
            if not (length := int(size[0], 16)):
                break
            total += length
            if total > limit:
                raise _too_large(limit)
            chunks.append(self._read_exactly(length))
            if self.rfile.readline(_CHUNK_LINE_LIMIT + 1).strip():
                raise _malformed("chunk framing")
        for _ in range(_MAX_TRAILERS):
            self._before_reading()
            line = self.rfile.readline(_CHUNK_LINE_LIMIT + 1)
            if len(line) > _CHUNK_LINE_LIMIT:
                raise _malformed("trailer")
            if not line.strip():
                return b"".join(chunks)
        raise _malformed("trailer")

    def _dispatch(self) -> None:
        if self.headers.get("Upgrade", "").lower() == "websocket":
            # The WebSocket takes this connection over; http.server's loop must not read on.
            self.close_connection = True
            self._wire.arm()  # the conversation's handshake waits as long as any read here
            with self.server.workers.waiting():  # a conversation waits on its client mostly
                self.server.app.realtime.serve(self.connection, self.path, self.headers)
            return
        try:
            raw = self._read_body()
        except _BadBody as bad:  # the rest of the stream cannot be trusted
            self._send(_error_reply(bad.error), close=True)
            return
        except TimeoutError:
            limits = self.server.limits
            message = (
                f"The request body did not arrive in time: the emulator waits "
                f"{limits.idle_timeout:g} s for each piece and {limits.body_timeout:g} s for all."
            )
            self._send(_error_reply(ApiError(408, message, "request_timeout")), close=True)
            return
        finally:
            self._wait_at_most(self.server.limits.idle_timeout)
        authorization = self.headers.get("Authorization")
        api_key = self.headers.get("api-key")
        content_type = self.headers.get("Content-Type", "")
        reply = self.server.app.reply(
            self.command, self.path, authorization, raw, api_key, content_type
        )
        if reply is None:
            self.close_connection = True
            return
        self._send(reply)

    def _send(self, reply: _Reply, *, close: bool = False) -> None:
        """The whole answer in one write: the status line and headers http.server would send
        (Server, Date), ours, then the body."""
        extra = "".join(f"{name}: {value}\r\n" for name, value in reply.headers)
        if close:
            extra += "Connection: close\r\n"
            self.close_connection = self._linger = True
        reason = self.responses[reply.status][0] if reply.status in self.responses else ""
        head = (
            f"{self.protocol_version} {reply.status} {reason}\r\n"
            f"Server: {self.server_version}\r\nDate: {_http_date(time.time())}\r\n"
            f"Content-Type: {reply.content_type}\r\nContent-Length: {len(reply.body)}\r\n"
            f"x-request-id: req_{_ids.getrandbits(128):032x}\r\n{extra}\r\n"
        ).encode("latin-1")
        self.wfile.write(head if self.command == "HEAD" else head + reply.body)

    def __getattr__(self, name: str) -> Any:
        """Every method (TRACE, QUERY, ...) gets an answer in the envelope, not http.server's
        HTML 501: the emulated routes answer 405, other paths 404."""
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)

    # The usual methods found without `__getattr__` (http.server looks each request's up twice).
    do_POST = do_GET = _dispatch


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], app: _App, limits: Limits) -> None:
        self.app, self.limits = app, limits
        self.request_queue_size = limits.backlog  # a burst of new connections waits here
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        self.workers = Workers(limits.max_connections, "realtime-emulator")
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """A thread of the pool per connection, up to `max_connections` (threads are reused:
        starting one per connection cost more than the mint); beyond, 503 at once and close."""
        if self.workers.submit(self.process_request_thread, request, client_address):
            return
        with contextlib.suppress(OSError):
            request.settimeout(1)
            request.sendall(_BUSY)
        self.shutdown_request(request)

    def server_activate(self) -> None:
        super().server_activate()
        self.socket.setblocking(False)  # `service_actions` takes what is waiting, then stops

    def service_actions(self) -> None:
        """After each turn of `serve_forever`, take the connections already waiting too: a
        burst then costs one poll of the listening socket, not one per connection."""
        for _ in range(self.request_queue_size):
            try:
                request, client_address = self.get_request()
            except OSError:  # none waiting (or it went away before it was taken)
                return
            try:
                self.process_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
                self.shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        self.workers.close()

    def track(self, connection: socket.socket, is_open: bool) -> None:
        with self._open_lock:
            (self._open.add if is_open else self._open.discard)(connection)

    def close_connections(self) -> None:
        """End keep-alive connections too, so no client talks to a closed emulator."""
        with self._open_lock:
            for connection in self._open:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client hung up: not our bug
            super().handle_error(request, client_address)


class Emulator:
    """A running emulator, served from a background thread until `close()` (or the end of a
    `with` block). Binds 127.0.0.1 on a free port by default (an address with `:` is IPv6);
    `faults=None` reads the REALTIME_EMULATOR_* environment variables; `limits` bounds what
    one client may cost it."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: FaultPlan | None = None,
        limits: Limits | None = None,
        seed: int | None = None,
    ) -> None:
        if not host.strip():
            raise ValueError(
                "host '' would listen on every interface without saying so; "
                "pass '0.0.0.0' (or '::') to mean that"
            )
        limits = Limits() if limits is None else limits
        chosen_seed = int(os.environ.get(SEED_ENV) or 0) if seed is None else seed
        faults = FaultPlan.from_env() if faults is None else faults
        self._app = _App(faults, chosen_seed, limits.max_body_bytes)
        self._server = _Server((host, port), self._app, limits)
        bound_host, bound_port = self._server.server_address[:2]
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        self.base_url = f"http://{shown}:{bound_port}{self._app.base_path}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"realtime-emulator-{bound_port}",
            daemon=True,
        )
        self._thread.start()
        self._closed = False

    @property
    def faults(self) -> FaultPlan:
        """The plan in force; assigning a new one takes effect on the next request and restarts
        its first-N count."""
        return self._app.faults.plan

    @faults.setter
    def faults(self, plan: FaultPlan) -> None:
        self._app.faults.install(plan)

    @property
    def realtime_url(self) -> str:
        """Where the Realtime WebSocket listens (`ws://.../v1/realtime`)."""
        return "ws" + self.base_url.removeprefix("http") + "/realtime"

    def open_call(self, session: dict[str, Any] | None = None) -> str:
        """Start a call as a browser would (`POST /v1/realtime/calls`), with this GA session
        (default: the server's defaults); returns its `rtc_...` id for `?call_id=`."""
        return self._app.realtime.open_call(session)

    def expire_token(self, secret: str) -> None:
        """End a minted `ek_`'s lifetime now, as if its `expires_at` had passed."""
        self._app.realtime.tokens.expire(secret)

    @property
    def requests(self) -> int:
        """How many HTTP requests the emulator has answered (or dropped) so far."""
        return self._app.requests

    def close(self) -> None:
        """Stop serving, end open connections and wait for the server thread."""
        if self._closed:
            return
        self._closed = True
        self._server.shutdown()
        self._server.server_close()
        self._server.close_connections()
        self._thread.join()

    def __enter__(self) -> Emulator:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    faults: FaultPlan | None = None,
    announce: Callable[[str], object] = print,
) -> None:
    """Run an emulator in the foreground until Ctrl-C, announcing where it listens and the line
    that points the `openai` package (and this library) at it."""
    with Emulator(host, port, faults) as emulator:
        announce(
            f"Realtime emulator listening on {emulator.base_url} "
            "(any non-empty API key works; Ctrl-C stops it)"
        )
        if emulator.faults.kind is not None:
            announce(f"Injecting {emulator.faults.describe()}")
        announce(f"export OPENAI_BASE_URL={emulator.base_url}")
        with contextlib.suppress(KeyboardInterrupt):
            emulator._thread.join()


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m realtime_sessions_emulator [--host H] [--port N]`: `serve()` from a shell
    without the CLI; faults come from the REALTIME_EMULATOR_* variables."""
    parser = argparse.ArgumentParser(
        prog="python -m realtime_sessions_emulator",
        description="Run a local emulator of the Realtime minting endpoints until Ctrl-C.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=_port, default=0, help="0 picks a free port")
    options = parser.parse_args(argv)
    try:
        # Flushed lines, so that whoever reads a pipe (a test, a supervisor) learns the port.
        serve(options.host, options.port, announce=functools.partial(print, flush=True))
    except ValueError as error:  # an empty --host, a bad REALTIME_EMULATOR_* variable
        parser.error(str(error))
    except OSError as error:
        parser.exit(2, f"{parser.prog}: error: {bind_error(options.host, options.port, error)}\n")


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not in the range 0 to 65535")
    return port


def bind_error(host: str, port: int, error: OSError) -> str:
    """Why the emulator cannot listen there, and which option to change."""
    shown = f"[{host}]" if ":" in host else host
    if error.errno == errno.EADDRINUSE:
        hint = "choose another --port (0 picks a free one)."
    else:
        hint = "check --host: it must be an address of this machine, such as 127.0.0.1 or ::1."
    return f"cannot listen on {shown}:{port}: {error.strerror or error}; {hint}"
