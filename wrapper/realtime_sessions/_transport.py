"""The adapter around the generated client: the one module that imports `realtime_sessions_client`.

It names each endpoint's generated operation and request model (from the registry), builds the
generated `AuthenticatedClient`, and forwards through a user's own httpx client when given one.
"""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import realtime_sessions_client.models
from realtime_sessions_client import AuthenticatedClient

from ._endpoints import ENDPOINT_SPECS

# The generated operation module and request model of each endpoint, named by the registry.
OPERATIONS: dict[str, tuple[Any, Any]] = {
    name: (
        importlib.import_module(f"realtime_sessions_client.api.realtime.{spec.operation}"),
        getattr(realtime_sessions_client.models, spec.request_model),
    )
    for name, spec in ENDPOINT_SPECS.items()
}


def api_client(
    base_url: str,
    api_key: str | None,
    headers: dict[str, str],
    timeout: httpx.Timeout,
    httpx_args: dict[str, Any],
) -> AuthenticatedClient:
    """The generated client for one of our clients: its URL, key, headers and timeout."""
    return AuthenticatedClient(
        base_url=base_url,
        token=api_key or "",
        headers=headers,
        timeout=timeout,
        httpx_args=httpx_args,
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
