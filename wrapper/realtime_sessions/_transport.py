"""The adapter around the generated client: the one module that imports `realtime_sessions_client`.

The generated client stays the source of truth for what is sent: each config's request is built
once through the generated operation's `_get_kwargs` (method, path, headers, JSON body), encoded
as httpx encodes the generated client's `json=`, and kept as bytes with its parsed absolute URL.
A mint then sends those bytes with `client.request(method, url, content=..., headers=...)`, so
httpx neither merges the base URL nor encodes JSON again. The generated `AuthenticatedClient`
still makes our own httpx client (URL, auth header, headers, timeout).
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import realtime_sessions_client.models
from realtime_sessions_client import AuthenticatedClient

from ._endpoints import CALL_ENDPOINT, ENDPOINT_SPECS

# The generated operation module and request model of each endpoint, named by the registry.
OPERATIONS: dict[str, tuple[Any, Any]] = {
    name: (
        importlib.import_module(f"realtime_sessions_client.api.realtime.{spec.operation}"),
        getattr(realtime_sessions_client.models, spec.request_model),
    )
    for name, spec in ENDPOINT_SPECS.items()
}
# The WebRTC call endpoint's, which answers SDP, not a session.
CALL_OPERATION = importlib.import_module(
    f"realtime_sessions_client.api.realtime.{CALL_ENDPOINT.operation}"
)
CALL_REQUEST_MODEL = getattr(realtime_sessions_client.models, CALL_ENDPOINT.request_model)
# httpx's own JSON encoding of a request body (httpx >= 0.28): compact, UTF-8, no NaN.
JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
_SENT_KWARGS = frozenset({"method", "url", "headers", "json"})


@attrs.frozen
class PreparedRequest:
    """One config's request as the generated client builds it, ready to send again and again.

    `content` is bytes, so a caller changing their config later cannot change what is sent;
    the rare readers of the body (error masking, the debug log) decode it.
    """

    method: str
    url: httpx.URL  # parsed once: httpx parses a str URL and merges the base URL per request
    content: bytes = attrs.field(repr=False)
    headers: dict[str, str] = attrs.field(repr=False)  # a user's client: the key is in them

    def body(self) -> Any:
        return json.loads(self.content)


@attrs.frozen
class _ValidatedBody:
    """A body `build_request` validated, handed to the generated operation as its model.

    `_get_kwargs` only calls `to_dict()`; the generated model's `from_dict(body).to_dict()` gives
    the same JSON value back for every valid body (tests/test_fast_path.py compares them), so the
    round trip through the model, a third of a new config's cost, is skipped. The keys keep the
    config's order, where the generated model would put them in its own.
    """

    body: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self.body


@functools.lru_cache(maxsize=64)
def _absolute_url(url: str) -> httpx.URL:
    """An endpoint's URL, parsed once for every config sent to it (a fifth of a new config's
    cost otherwise); httpx.URL is immutable, so requests share it."""
    return httpx.URL(url)


def prepare(
    base_url: str, endpoint: str, body: dict[str, Any], headers: dict[str, str]
) -> PreparedRequest:
    """The request the generated client sends for `body` on `endpoint`, encoded once;
    `headers` (a user's client: ours, `sent_headers`) go first, the operation's over them."""
    kwargs = OPERATIONS[endpoint][0]._get_kwargs(body=_ValidatedBody(body))
    unexpected = kwargs.keys() - _SENT_KWARGS
    if unexpected:  # a regenerated client that sends more than a JSON body: not prepared here
        raise NotImplementedError(f"{endpoint}: the generated request also has {unexpected}")
    return PreparedRequest(
        method=kwargs["method"].upper(),
        url=_absolute_url(base_url + kwargs["url"]),
        content=JSON_ENCODER.encode(kwargs["json"]).encode(),
        headers={**headers, **kwargs["headers"]},
    )


class EntraToken(httpx.Auth):
    """`Authorization: Bearer <token>` with a fresh token from the caller's callable on every
    request (Entra ID tokens expire; azure-identity's providers cache and renew them)."""

    def __init__(self, provider: Callable[[], str]) -> None:
        self._provider = provider

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = f"Bearer {self._provider()}"
        yield request


def api_client(
    base_url: str,
    api_key: str | None,
    headers: dict[str, str],
    timeout: httpx.Timeout,
    httpx_args: dict[str, Any],
    *,
    azure: bool = False,
    token_provider: Callable[[], str] | None = None,
) -> AuthenticatedClient:
    """The generated client for one of our clients: its URL, key, headers and timeout.

    Azure OpenAI takes the key in an `api-key` header, or an Entra ID bearer token from
    `token_provider`; OpenAI a bearer key.
    """
    if token_provider is not None:
        httpx_args = {**httpx_args, "auth": EntraToken(token_provider)}
    auth: dict[str, str] = {}
    if azure and token_provider is None:
        auth = {"prefix": "", "auth_header_name": "api-key"}
    return AuthenticatedClient(
        base_url=base_url,
        token=api_key or "",
        headers=headers,
        timeout=timeout,
        httpx_args=httpx_args,
        **auth,
    )


def sent_headers(api: AuthenticatedClient, headers: dict[str, str]) -> dict[str, str]:
    """Every header the generated client's own httpx client sends: ours plus its auth header
    (`Authorization: Bearer` or Azure's `api-key`; none with an Entra token, whose httpx.Auth
    sets it per request).

    Sent per request when the user gave us their httpx client, so nothing of theirs changes.
    """
    if not api.token:
        return dict(headers)
    token = f"{api.prefix} {api.token}" if api.prefix else api.token
    return {**headers, api.auth_header_name: token}
