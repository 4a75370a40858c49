"""The adapter around the generated client: the one module that imports `realtime_sessions_client`.

It names each endpoint's generated operation and request model (from the registry), builds the
generated `AuthenticatedClient`, and forwards through a user's own httpx client when given one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

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


class Forward(httpx.BaseTransport):
    """Send through a user's httpx.Client without changing it: its pool, proxies and mounts."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request)


class AsyncForward(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request)
