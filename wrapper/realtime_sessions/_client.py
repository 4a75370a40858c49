"""Mint sessions: validate, send only what the user set through the generated client, retry.

Settings and their environment fallbacks are in `_settings`; the generated client is reached
only through `_transport`, which builds each config's request once; a mint sends those bytes.

`SessionsClient` / `AsyncSessionsClient` keep one connection pool for many mints;
`create_session` / `acreate_session` are the one-call forms.
"""

from __future__ import annotations

import asyncio
import logging
import marshal
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._azure import AZURE_KEY_ENV, is_azure
from ._calls import Call, call_from_answer, call_request
from ._deadline import attempt_deadline, keep_deadlines
from ._endpoints import DEFAULT_ENDPOINT, Endpoint
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    RealtimeSessionsError,
)
from ._pool import own_client
from ._request import build_request
from ._responses import error_from_answer, session_from_answer, unreadable_answer
from ._secrets import credentials_in, scrub
from ._session import Session
from ._settings import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    api_key_for,
    checked_base_url,
    checked_endpoint,
    checked_header_setting,
    checked_max_retries,
    checked_pool_options,
    checked_timeout,
    proxy_for,
    unusable_proxy,
)
from ._transport import (
    CALL_OPERATION,
    EntraToken,
    PreparedRequest,
    api_client,
    prepare,
    sent_headers,
)
from ._version import __version__

logger = logging.getLogger("realtime_sessions")

# Prepared requests a client keeps: a worker mints the same few configs over and over.
_CACHED_REQUESTS = 64
# marshal's format 2 writes no back-references, so equal configs give equal keys.
_KEY_FORMAT = 2
# What reading a success answer may raise when its body is not the JSON session expected.
_UNUSABLE = (ValueError, KeyError, TypeError, AttributeError, RecursionError)


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _asleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


class _Base:
    """Settings, validation and answer handling shared by the sync and async clients.

    `timeout` is seconds for each whole attempt (connecting gets at most 10 of them), an
    httpx.Timeout (httpx's per-operation timeouts), or None for no timeout at all. A base URL
    without http(s) scheme or host raises ConfigError.
    Azure OpenAI base URLs (`https://{resource}.openai.azure.com/openai/v1`) get the key in an
    `api-key` header, or, with `azure_ad_token_provider`, an Entra ID bearer token from that
    callable on every request; no OpenAI-Organization / OpenAI-Project headers go there.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        organization: str | None = None,
        project: str | None = None,
        endpoint: Endpoint = DEFAULT_ENDPOINT,
        azure_ad_token_provider: Callable[[], str] | None = None,
    ) -> None:
        self.base_url = checked_base_url(base_url)
        self.azure = is_azure(self.base_url)
        self._api_key = api_key_for(self.base_url, api_key)
        self._token_provider = azure_ad_token_provider
        self.timeout = checked_timeout(timeout)
        # A number bounds the whole attempt; an httpx.Timeout keeps httpx's per-phase meaning.
        self._attempt_seconds = self.timeout.read if isinstance(timeout, (int, float)) else None
        self.max_retries = checked_max_retries(max_retries)
        self.organization = checked_header_setting("organization", organization)
        self.project = checked_header_setting("project", project)
        self.endpoint = checked_endpoint(endpoint)
        self._requests: dict[bytes, PreparedRequest] = {}
        self._proxy: str | None = None
        self._own: Any = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, endpoint={self.endpoint!r}, max_retries={self.max_retries})"

    def _headers(self) -> dict[str, str]:
        headers = {"User-Agent": f"realtime-sessions/{__version__}", "Accept": "application/json"}
        if self.azure:  # organizations and projects are OpenAI's, not Azure's
            return headers
        if self.organization:
            headers["OpenAI-Organization"] = self.organization
        if self.project:
            headers["OpenAI-Project"] = self.project
        return headers

    def _api_client(self, own_pool: dict[str, Any] | None, *, asynchronous: bool = False) -> Any:
        """The generated client and, unless the user gave theirs (`own_pool` None), our own
        httpx client made now: the proxy settings of the environment are read then, and
        unusable ones are a ConfigError, not a failed mint."""
        api = api_client(
            self.base_url,
            self._api_key,
            self._headers(),
            self.timeout,
            own_pool or {},
            azure=self.azure,
            token_provider=self._token_provider,
        )
        if own_pool is None:
            return api
        try:
            made = api.get_async_httpx_client() if asynchronous else api.get_httpx_client()
        except (ValueError, ImportError, httpx.InvalidURL) as error:
            raise unusable_proxy(error) from None
        keep_deadlines(made)
        self._own = own_client(made)
        self._proxy = proxy_for(self.base_url)
        return api

    def _use_client(self, http_client: Any, limits: Any, http2: Any, asynchronous: bool) -> None:
        """Our own pool (`limits`, `http2`), or the user's client used as it is: our headers,
        auth and timeout then go with each request, and nothing of theirs changes."""
        own_pool = checked_pool_options(http_client, limits, http2)
        self._api = self._api_client(own_pool, asynchronous=asynchronous)
        self._user = http_client
        self._user_headers = {} if http_client is None else sent_headers(self._api, self._headers())
        self._user_auth: Any = (
            httpx.USE_CLIENT_DEFAULT
            if self._token_provider is None
            else EntraToken(self._token_provider)
        )

    def _prepare(
        self,
        config: Mapping[str, Any] | None,
        endpoint: Endpoint | None,
        expires_after_seconds: int | None,
    ) -> tuple[PreparedRequest, Endpoint]:
        """Validate and build the request; refuse to send without a usable key."""
        endpoint = self.endpoint if endpoint is None else checked_endpoint(endpoint)
        request = self._request({} if config is None else config, endpoint, expires_after_seconds)
        self._check_key()
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "POST %s (%s), fields: %s", endpoint, self.base_url, sorted(request.body())
            )
        return request, endpoint

    def _check_key(self) -> None:
        """Refuse to send without a usable key (an Azure token provider stands in for one)."""
        if self._token_provider is None and not self._api_key:
            where = f"{AZURE_KEY_ENV} (or OPENAI_API_KEY)" if self.azure else "OPENAI_API_KEY"
            raise AuthenticationError(
                f"no API key: set {where} (Python callers may pass api_key= instead). Nothing was sent."
            )
        if self._api_key and self._api_key.startswith("ek_"):
            raise AuthenticationError(
                "an ephemeral key (ek_...) cannot mint sessions; use a standard API key (sk-...). Nothing was sent."
            )

    def _call_kwargs(self, sdp: str, config: Mapping[str, Any] | None) -> dict[str, Any]:
        """The generated call operation's request (multipart), to send as it is: not a mint,
        so it is neither prepared nor cached."""
        request = call_request(sdp, config)
        self._check_key()
        kwargs = CALL_OPERATION._get_kwargs(body=request)
        kwargs["url"] = self.base_url + kwargs["url"]
        if self._user is not None:
            kwargs["headers"] = {**self._user_headers, **kwargs["headers"]}
            kwargs["timeout"] = self.timeout
            kwargs["auth"] = self._user_auth
        return kwargs

    def _request(
        self, config: Mapping[str, Any], endpoint: Endpoint, expires_after_seconds: int | None
    ) -> PreparedRequest:
        """The prepared request for a valid config, from cache when it was seen before.

        The key is the marshalled config: exact in types and values (1, 1.0 and True differ),
        and refused for anything but plain data, which then skips the cache. A miss validates
        and encodes the config as it is now; the cache keeps only the bytes, so a caller
        mutating their config later cannot change what a cached request sends (and a mutated
        config has another key).
        """
        try:
            key: bytes | None = marshal.dumps(
                (endpoint, expires_after_seconds, config), _KEY_FORMAT
            )
        except ValueError:
            key = None
        request = self._requests.get(key) if key is not None else None
        if request is not None:
            return request
        body = build_request(config, endpoint=endpoint, expires_after_seconds=expires_after_seconds)
        request = prepare(self.base_url, endpoint, body, self._user_headers)
        if key is not None:
            if len(self._requests) >= _CACHED_REQUESTS:
                self._requests.pop(next(iter(self._requests)), None)
            self._requests[key] = request
        return request

    def _may_retry(self, failure: RealtimeSessionsError) -> bool:
        return failure.retryable and self.max_retries > 0

    def _outcome(self, answer: httpx.Response, request: PreparedRequest, endpoint: str) -> Session:
        """A Session for a success, the documented exception for anything else."""
        status = answer.status_code
        if 200 <= status < 300:
            content = answer.content
            try:
                session = session_from_answer(
                    answer.json(),
                    endpoint=endpoint,
                    # JSON in UTF-16/32 (which json.loads reads too) is full of NULs.
                    may_hold_mcp=b"mcp" in content or b"\\u" in content or b"\x00" in content,
                )
            except _UNUSABLE as unusable:
                raise unreadable_answer(status, answer.headers, unusable) from None
            logger.info(
                "minted %s on %s; it expires at %s",
                session.session_id or "a session without an id",
                endpoint,
                session.expires_at,
            )
            return session
        raise error_from_answer(
            status,
            answer.headers,
            answer.content,
            api_key=self._api_key,
            endpoint=endpoint,
            credentials=credentials_in(request.body()),
        )

    def _request_error(self, error: httpx.RequestError) -> APIConnectionError:
        """The documented exception for an httpx failure, its text without the API key."""
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(
                f"no answer from {self.base_url} in time ({type(error).__name__})."
            )
        detail = scrub(str(error), self._api_key) or type(error).__name__
        if isinstance(error, httpx.ProxyError) or (
            self._proxy is not None and isinstance(error, httpx.ConnectError)
        ):
            return APIConnectionError(
                f"could not talk to {self.base_url} through the proxy {self._proxy}: {detail}."
            )
        if isinstance(error, httpx.TransportError):
            return APIConnectionError(f"could not talk to {self.base_url}: {detail}.")
        if isinstance(error, httpx.TooManyRedirects):
            return APIConnectionError(
                f"{self.base_url} kept redirecting ({detail}); nothing was minted. Point base_url "
                f"(or OPENAI_BASE_URL) at the API itself, e.g. {DEFAULT_BASE_URL}.",
                retryable=False,
            )
        # DecodingError, and any RequestError a later httpx adds: the answer could not be read.
        return APIConnectionError(
            f"the answer from {self.base_url} could not be decoded ({detail}); nothing usable was "
            "minted, and retrying is safe. If it persists, check that no proxy rewrites the body "
            "or its content-encoding."
        )


class SessionsClient(_Base):
    """Mints sessions over one connection pool. Close it, or use it as a context manager.

    `limits` (httpx.Limits) and `http2` configure the pool this client makes for itself; with
    `http_client=` requests go through the user's client as it is, pool, proxies and all.
    """

    def __init__(
        self,
        *,
        http_client: httpx.Client | None = None,
        limits: httpx.Limits | None = None,
        http2: bool = False,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self._use_client(http_client, limits, http2, asynchronous=False)

    def create(
        self,
        config: Mapping[str, Any] | None = None,
        *,
        endpoint: Endpoint | None = None,
        expires_after_seconds: int | None = None,
    ) -> Session:
        """Validate `config`, mint one session, retry what is worth retrying."""
        request, endpoint = self._prepare(config, endpoint, expires_after_seconds)
        try:
            return self._attempt(request, endpoint)
        except RealtimeSessionsError as failure:
            if not self._may_retry(failure):
                raise
            first_failure = failure
        from ._retry import retry

        return retry(
            first_failure,
            lambda: self._attempt(request, endpoint),
            max_retries=self.max_retries,
            sleep=lambda seconds: _sleep(seconds),
        )

    def _attempt(self, request: PreparedRequest, endpoint: str) -> Session:
        try:
            with attempt_deadline(self._attempt_seconds):
                answer = self._send(request)
        except httpx.RequestError as error:
            raise self._request_error(error) from None
        return self._outcome(answer, request, endpoint)

    def _send(self, request: PreparedRequest) -> httpx.Response:
        if self._user is None:
            return self._own.request(
                request.method, request.url, content=request.content, headers=request.headers
            )
        return self._user.request(
            request.method,
            request.url,
            content=request.content,
            headers=request.headers,
            timeout=self.timeout,
            auth=self._user_auth,
        )

    def create_call(self, sdp: str, config: Mapping[str, Any] | None = None) -> Call:
        """Start a WebRTC call for a browser's SDP offer with the session `config` (validated).

        One attempt: an SDP offer is single-use, so a failure goes back to the browser.
        """
        kwargs = self._call_kwargs(sdp, config)
        try:
            answer = (self._own or self._user).request(**kwargs)
        except httpx.RequestError as error:
            raise self._request_error(error) from None
        return call_from_answer(answer, self._api_key)

    def close(self) -> None:
        """Close our own pool; a user's client stays open (it is theirs to close)."""
        if self._own is not None:
            self._own.close()

    def __enter__(self) -> SessionsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncSessionsClient(_Base):
    """The asyncio twin of SessionsClient, for servers and workers minting concurrently.

    Its own pool (`limits`, `http2`) runs on httpcore with the pool pass of `_pool`: each idle
    connection goes to one waiting request, so concurrent mints do not queue again for a
    connection (README, "Async pool"). An injected `http_client` is used as it is.
    """

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        http2: bool = False,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self._use_client(http_client, limits, http2, asynchronous=True)

    async def create(
        self,
        config: Mapping[str, Any] | None = None,
        *,
        endpoint: Endpoint | None = None,
        expires_after_seconds: int | None = None,
    ) -> Session:
        """Validate `config`, mint one session, retry what is worth retrying."""
        request, endpoint = self._prepare(config, endpoint, expires_after_seconds)
        try:
            return await self._attempt(request, endpoint)
        except RealtimeSessionsError as failure:
            if not self._may_retry(failure):
                raise
            first_failure = failure
        from ._retry import aretry

        return await aretry(
            first_failure,
            lambda: self._attempt(request, endpoint),
            max_retries=self.max_retries,
            sleep=lambda seconds: _asleep(seconds),
        )

    async def _attempt(self, request: PreparedRequest, endpoint: str) -> Session:
        try:
            with attempt_deadline(self._attempt_seconds):
                answer = await self._send(request)
        except httpx.RequestError as error:
            raise self._request_error(error) from None
        return self._outcome(answer, request, endpoint)

    async def _send(self, request: PreparedRequest) -> httpx.Response:
        if self._user is None:
            return await self._own.request(
                request.method, request.url, content=request.content, headers=request.headers
            )
        return await self._user.request(
            request.method,
            request.url,
            content=request.content,
            headers=request.headers,
            timeout=self.timeout,
            auth=self._user_auth,
        )

    async def create_call(self, sdp: str, config: Mapping[str, Any] | None = None) -> Call:
        """Start a WebRTC call for a browser's SDP offer with the session `config` (validated).

        One attempt: an SDP offer is single-use, so a failure goes back to the browser.
        """
        kwargs = self._call_kwargs(sdp, config)
        try:
            answer = await (self._own or self._user).request(**kwargs)
        except httpx.RequestError as error:
            raise self._request_error(error) from None
        return call_from_answer(answer, self._api_key)

    async def aclose(self) -> None:
        """Close our own pool; a user's client stays open (it is theirs to close)."""
        if self._own is not None:
            await self._own.aclose()

    async def __aenter__(self) -> AsyncSessionsClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def create_session(
    config: Mapping[str, Any] | None = None,
    *,
    endpoint: Endpoint | None = None,
    expires_after_seconds: int | None = None,
    **options: Any,
) -> Session:
    """Mint one session: `create_session({"model": "gpt-realtime"}).client_secret`.

    `options` are SessionsClient's: api_key, base_url, timeout, max_retries, organization,
    project, endpoint, azure_ad_token_provider, http_client, limits, http2.
    """
    with SessionsClient(**options) as client:
        return client.create(config, endpoint=endpoint, expires_after_seconds=expires_after_seconds)


async def acreate_session(
    config: Mapping[str, Any] | None = None,
    *,
    endpoint: Endpoint | None = None,
    expires_after_seconds: int | None = None,
    **options: Any,
) -> Session:
    """The asyncio form of create_session."""
    async with AsyncSessionsClient(**options) as client:
        return await client.create(
            config, endpoint=endpoint, expires_after_seconds=expires_after_seconds
        )
