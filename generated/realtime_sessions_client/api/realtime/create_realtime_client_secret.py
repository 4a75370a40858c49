from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.realtime_client_secret_create_request import (
    RealtimeClientSecretCreateRequest,
)
from ...models.realtime_client_secret_create_response import (
    RealtimeClientSecretCreateResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: RealtimeClientSecretCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/client_secrets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RealtimeClientSecretCreateResponse | None:
    if response.status_code == 200:
        response_200 = RealtimeClientSecretCreateResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RealtimeClientSecretCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeClientSecretCreateRequest,
) -> Response[ErrorResponse | RealtimeClientSecretCreateResponse]:
    r"""Mint an ephemeral client secret with the GA (nested) session configuration.

     The generally available Realtime endpoint. The body holds the secret's lifetime
    (`expires_after`) and the session configuration (`session`): a speech-to-speech session
    (`type: \"realtime\"`) or a transcription-only session (`type: \"transcription\"`). The answer
    is the `ek_...` secret, when it stops working, and the session as the server will run it.
    Azure OpenAI serves the same operation at
    `https://{resource}.openai.azure.com/openai/v1/realtime/client_secrets`, authenticated
    with an `api-key` header or an Entra ID bearer token; `session.model` is then the name of
    a deployment.

    Args:
        body (RealtimeClientSecretCreateRequest): The GA request: how long the secret lives and
            the session it opens. Nothing is required:
            `{}` asks for a ten-minute secret and the server's default realtime session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RealtimeClientSecretCreateResponse]
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
    body: RealtimeClientSecretCreateRequest,
) -> ErrorResponse | RealtimeClientSecretCreateResponse | None:
    r"""Mint an ephemeral client secret with the GA (nested) session configuration.

     The generally available Realtime endpoint. The body holds the secret's lifetime
    (`expires_after`) and the session configuration (`session`): a speech-to-speech session
    (`type: \"realtime\"`) or a transcription-only session (`type: \"transcription\"`). The answer
    is the `ek_...` secret, when it stops working, and the session as the server will run it.
    Azure OpenAI serves the same operation at
    `https://{resource}.openai.azure.com/openai/v1/realtime/client_secrets`, authenticated
    with an `api-key` header or an Entra ID bearer token; `session.model` is then the name of
    a deployment.

    Args:
        body (RealtimeClientSecretCreateRequest): The GA request: how long the secret lives and
            the session it opens. Nothing is required:
            `{}` asks for a ten-minute secret and the server's default realtime session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RealtimeClientSecretCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeClientSecretCreateRequest,
) -> Response[ErrorResponse | RealtimeClientSecretCreateResponse]:
    r"""Mint an ephemeral client secret with the GA (nested) session configuration.

     The generally available Realtime endpoint. The body holds the secret's lifetime
    (`expires_after`) and the session configuration (`session`): a speech-to-speech session
    (`type: \"realtime\"`) or a transcription-only session (`type: \"transcription\"`). The answer
    is the `ek_...` secret, when it stops working, and the session as the server will run it.
    Azure OpenAI serves the same operation at
    `https://{resource}.openai.azure.com/openai/v1/realtime/client_secrets`, authenticated
    with an `api-key` header or an Entra ID bearer token; `session.model` is then the name of
    a deployment.

    Args:
        body (RealtimeClientSecretCreateRequest): The GA request: how long the secret lives and
            the session it opens. Nothing is required:
            `{}` asks for a ten-minute secret and the server's default realtime session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RealtimeClientSecretCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeClientSecretCreateRequest,
) -> ErrorResponse | RealtimeClientSecretCreateResponse | None:
    r"""Mint an ephemeral client secret with the GA (nested) session configuration.

     The generally available Realtime endpoint. The body holds the secret's lifetime
    (`expires_after`) and the session configuration (`session`): a speech-to-speech session
    (`type: \"realtime\"`) or a transcription-only session (`type: \"transcription\"`). The answer
    is the `ek_...` secret, when it stops working, and the session as the server will run it.
    Azure OpenAI serves the same operation at
    `https://{resource}.openai.azure.com/openai/v1/realtime/client_secrets`, authenticated
    with an `api-key` header or an Entra ID bearer token; `session.model` is then the name of
    a deployment.

    Args:
        body (RealtimeClientSecretCreateRequest): The GA request: how long the secret lives and
            the session it opens. Nothing is required:
            `{}` asks for a ten-minute secret and the server's default realtime session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RealtimeClientSecretCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
