from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.realtime_transcription_session_create_request import (
    RealtimeTranscriptionSessionCreateRequest,
)
from ...models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: RealtimeTranscriptionSessionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/transcription_sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RealtimeTranscriptionSessionCreateResponse | None:
    if response.status_code == 200:
        response_200 = RealtimeTranscriptionSessionCreateResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RealtimeTranscriptionSessionCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranscriptionSessionCreateRequest,
) -> Response[ErrorResponse | RealtimeTranscriptionSessionCreateResponse]:
    """Mint an ephemeral client secret for a beta (flat) transcription session.

     The beta transcription endpoint, retired on api.openai.com with the rest of the beta
    shape but still spoken by proxies. The body is flat; the secret's lifetime is
    `client_secret.expires_at`, and the answer holds `client_secret: {value, expires_at}`.

    Args:
        body (RealtimeTranscriptionSessionCreateRequest): The beta (flat) transcription session.
            Every field is optional; the lifetime of the
            secret is `client_secret.expires_at` (not `expires_after` as for `/realtime/sessions`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RealtimeTranscriptionSessionCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranscriptionSessionCreateRequest,
) -> ErrorResponse | RealtimeTranscriptionSessionCreateResponse | None:
    """Mint an ephemeral client secret for a beta (flat) transcription session.

     The beta transcription endpoint, retired on api.openai.com with the rest of the beta
    shape but still spoken by proxies. The body is flat; the secret's lifetime is
    `client_secret.expires_at`, and the answer holds `client_secret: {value, expires_at}`.

    Args:
        body (RealtimeTranscriptionSessionCreateRequest): The beta (flat) transcription session.
            Every field is optional; the lifetime of the
            secret is `client_secret.expires_at` (not `expires_after` as for `/realtime/sessions`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RealtimeTranscriptionSessionCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranscriptionSessionCreateRequest,
) -> Response[ErrorResponse | RealtimeTranscriptionSessionCreateResponse]:
    """Mint an ephemeral client secret for a beta (flat) transcription session.

     The beta transcription endpoint, retired on api.openai.com with the rest of the beta
    shape but still spoken by proxies. The body is flat; the secret's lifetime is
    `client_secret.expires_at`, and the answer holds `client_secret: {value, expires_at}`.

    Args:
        body (RealtimeTranscriptionSessionCreateRequest): The beta (flat) transcription session.
            Every field is optional; the lifetime of the
            secret is `client_secret.expires_at` (not `expires_after` as for `/realtime/sessions`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RealtimeTranscriptionSessionCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranscriptionSessionCreateRequest,
) -> ErrorResponse | RealtimeTranscriptionSessionCreateResponse | None:
    """Mint an ephemeral client secret for a beta (flat) transcription session.

     The beta transcription endpoint, retired on api.openai.com with the rest of the beta
    shape but still spoken by proxies. The body is flat; the secret's lifetime is
    `client_secret.expires_at`, and the answer holds `client_secret: {value, expires_at}`.

    Args:
        body (RealtimeTranscriptionSessionCreateRequest): The beta (flat) transcription session.
            Every field is optional; the lifetime of the
            secret is `client_secret.expires_at` (not `expires_after` as for `/realtime/sessions`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RealtimeTranscriptionSessionCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
