from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.realtime_translation_client_secret_create_request import (
    RealtimeTranslationClientSecretCreateRequest,
)
from ...models.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: RealtimeTranslationClientSecretCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/translations/client_secrets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RealtimeTranslationClientSecretCreateResponse | None:
    if response.status_code == 200:
        response_200 = RealtimeTranslationClientSecretCreateResponse.from_dict(
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
) -> Response[ErrorResponse | RealtimeTranslationClientSecretCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranslationClientSecretCreateRequest,
) -> Response[ErrorResponse | RealtimeTranslationClientSecretCreateResponse]:
    """Mint an ephemeral client secret for a speech translation session.

     A session that hears speech in one language and speaks it in another
    (`gpt-realtime-translate`). The body holds the secret's lifetime (`expires_after`, as for
    `/realtime/client_secrets`) and the translation session, whose shape is its own.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): The lifetime of the secret and the
            translation session it opens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RealtimeTranslationClientSecretCreateResponse]
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
    body: RealtimeTranslationClientSecretCreateRequest,
) -> ErrorResponse | RealtimeTranslationClientSecretCreateResponse | None:
    """Mint an ephemeral client secret for a speech translation session.

     A session that hears speech in one language and speaks it in another
    (`gpt-realtime-translate`). The body holds the secret's lifetime (`expires_after`, as for
    `/realtime/client_secrets`) and the translation session, whose shape is its own.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): The lifetime of the secret and the
            translation session it opens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RealtimeTranslationClientSecretCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranslationClientSecretCreateRequest,
) -> Response[ErrorResponse | RealtimeTranslationClientSecretCreateResponse]:
    """Mint an ephemeral client secret for a speech translation session.

     A session that hears speech in one language and speaks it in another
    (`gpt-realtime-translate`). The body holds the secret's lifetime (`expires_after`, as for
    `/realtime/client_secrets`) and the translation session, whose shape is its own.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): The lifetime of the secret and the
            translation session it opens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RealtimeTranslationClientSecretCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranslationClientSecretCreateRequest,
) -> ErrorResponse | RealtimeTranslationClientSecretCreateResponse | None:
    """Mint an ephemeral client secret for a speech translation session.

     A session that hears speech in one language and speaks it in another
    (`gpt-realtime-translate`). The body holds the secret's lifetime (`expires_after`, as for
    `/realtime/client_secrets`) and the translation session, whose shape is its own.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): The lifetime of the secret and the
            translation session it opens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RealtimeTranslationClientSecretCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
