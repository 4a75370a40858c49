from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.realtime_call_create_request import RealtimeCallCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RealtimeCallCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/calls",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | None:
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
) -> Response[ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest,
) -> Response[ErrorResponse]:
    """Start a WebRTC call from an SDP offer; the answer is the SDP answer.

     WebRTC through the unified interface. A server posts `multipart/form-data` with the
    browser's SDP offer (part `sdp`, `application/sdp`) and the GA session (part `session`,
    `application/json`), authenticated with the standard API key, so that no token ever
    reaches the browser. A browser holding an ephemeral `ek_` key may instead post the raw
    offer as `application/sdp`; the session then comes from the token. The answer is `201`,
    the SDP answer as the body, and `Location: /v1/realtime/calls/rtc_...` naming the call.

    Args:
        body (RealtimeCallCreateRequest): The multipart body of `POST /realtime/calls`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse]
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
    body: RealtimeCallCreateRequest,
) -> ErrorResponse | None:
    """Start a WebRTC call from an SDP offer; the answer is the SDP answer.

     WebRTC through the unified interface. A server posts `multipart/form-data` with the
    browser's SDP offer (part `sdp`, `application/sdp`) and the GA session (part `session`,
    `application/json`), authenticated with the standard API key, so that no token ever
    reaches the browser. A browser holding an ephemeral `ek_` key may instead post the raw
    offer as `application/sdp`; the session then comes from the token. The answer is `201`,
    the SDP answer as the body, and `Location: /v1/realtime/calls/rtc_...` naming the call.

    Args:
        body (RealtimeCallCreateRequest): The multipart body of `POST /realtime/calls`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest,
) -> Response[ErrorResponse]:
    """Start a WebRTC call from an SDP offer; the answer is the SDP answer.

     WebRTC through the unified interface. A server posts `multipart/form-data` with the
    browser's SDP offer (part `sdp`, `application/sdp`) and the GA session (part `session`,
    `application/json`), authenticated with the standard API key, so that no token ever
    reaches the browser. A browser holding an ephemeral `ek_` key may instead post the raw
    offer as `application/sdp`; the session then comes from the token. The answer is `201`,
    the SDP answer as the body, and `Location: /v1/realtime/calls/rtc_...` naming the call.

    Args:
        body (RealtimeCallCreateRequest): The multipart body of `POST /realtime/calls`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest,
) -> ErrorResponse | None:
    """Start a WebRTC call from an SDP offer; the answer is the SDP answer.

     WebRTC through the unified interface. A server posts `multipart/form-data` with the
    browser's SDP offer (part `sdp`, `application/sdp`) and the GA session (part `session`,
    `application/json`), authenticated with the standard API key, so that no token ever
    reaches the browser. A browser holding an ephemeral `ek_` key may instead post the raw
    offer as `application/sdp`; the session then comes from the token. The answer is `201`,
    the SDP answer as the body, and `Location: /v1/realtime/calls/rtc_...` naming the call.

    Args:
        body (RealtimeCallCreateRequest): The multipart body of `POST /realtime/calls`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
