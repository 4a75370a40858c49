"""Mint sessions: validate, send only what the user set through the generated client, retry.

Settings and their environment fallbacks are in `_settings`; the generated client is reached
only through `_transport`.

`SessionsClient` / `AsyncSessionsClient` keep one connection pool for many mints;
`create_session` / `acreate_session` are the one-call forms.
"""

from __future__ import annotations

import asyncio
import logging
import marshal
import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar
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
from ._request import build_request
from ._responses import error_from_answer, session_from_model, unreadable_answer
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
    checked_timeout,
    proxy_for,
    unusable_proxy,
)
from ._transport import CALL_OPERATION, OPERATIONS, AsyncForward, Forward, api_client
from ._version import __version__

logger = logging.getLogger("realtime_sessions")

# Validated request models a client keeps: a worker mints the same few configs over and over.
_CACHED_REQUESTS = 64
# marshal's format 2 writes no back-references, so equal configs give equal keys.
_KEY_FORMAT = 2
# The answers seen by the current mint, so an unparseable one still yields its status.
_answers: ContextVar[list[httpx.Response] | None] = ContextVar(
    "realtime_sessions_answers", default=None
)


def _remember(response: httpx.Response) -> None:
    seen = _answers.get()
    if seen is not None:
        seen.append(response)


async def _aremember(response: httpx.Response) -> None:
    _remember(response)


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
        self._requests: dict[bytes, Any] = {}
        self._proxy: str | None = None

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

    def _api_client(self, httpx_args: dict[str, Any], *, asynchronous: bool = False) -> Any:
        """The generated client, its httpx client made now: the proxy settings of the
        environment are read then, and unusable ones are a ConfigError, not a failed mint."""
        api = api_client(
            self.base_url,
            self._api_key,
            self._headers(),
            self.timeout,
            httpx_args,
            azure=self.azure,
            token_provider=self._token_provider,
        )
        try:
            keep_deadlines(api.get_async_httpx_client() if asynchronous else api.get_httpx_client())
        except (ValueError, ImportError, httpx.InvalidURL) as error:
            raise unusable_proxy(error) from None
        self._proxy = proxy_for(self.base_url)
        return api

    def _prepare(
        self,
        config: Mapping[str, Any] | None,
        endpoint: Endpoint | None,
        expires_after_seconds: int | None,
    ) -> tuple[Any, Any, str]:
        """Validate and build the request model; refuse to send without a usable key."""
        endpoint = self.endpoint if endpoint is None else checked_endpoint(endpoint)
        model = self._request_model(
            {} if config is None else config, endpoint, expires_after_seconds
        )
        self._check_key()
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "POST %s (%s), fields: %s", endpoint, self.base_url, sorted(model.to_dict())
            )
        return OPERATIONS[endpoint][0], model, endpoint

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

    def _call_request(self, sdp: str, config: Mapping[str, Any] | None) -> Any:
        request = call_request(sdp, config)
        self._check_key()
        return request

    def _request_model(
        self, config: Mapping[str, Any], endpoint: Endpoint, expires_after_seconds: int | None
    ) -> Any:
        """The generated request model for a valid config, from cache when it was seen before.

        The key is the marshalled config: exact in types and values (1, 1.0 and True differ),
        and refused for anything but plain data, which then skips the cache. A miss builds from
        `marshal.loads(key)`, a deep copy the cache owns, so a caller mutating their config
        later cannot change what a cached model sends.
        """
        try:
            key: bytes | None = marshal.dumps(
                (endpoint, expires_after_seconds, config), _KEY_FORMAT
            )
        except ValueError:
            key = None
        model = self._requests.get(key) if key is not None else None
        if model is not None:
            return model
        if key is not None:
            config = marshal.loads(key)[2]
        body = build_request(config, endpoint=endpoint, expires_after_seconds=expires_after_seconds)
        model = OPERATIONS[endpoint][1].from_dict(body)
        if key is not None:
            if len(self._requests) >= _CACHED_REQUESTS:
                self._requests.pop(next(iter(self._requests)), None)
            self._requests[key] = model
        return model

    def _may_retry(self, failure: RealtimeSessionsError) -> bool:
        return failure.retryable and self.max_retries > 0

    def _outcome(
        self,
        answer: Any,
        seen: list[httpx.Response],
        endpoint: str,
        problem: Exception | None,
        body: Any,
    ) -> Session:
        """A Session for a success, the documented exception for anything else."""
        if problem is not None:
            if not seen:
                raise problem
            last = seen[-1]
            if last.is_success:
                raise unreadable_answer(last.status_code, last.headers, problem) from None
            raise error_from_answer(
                last.status_code,
                last.headers,
                last.content,
                api_key=self._api_key,
                endpoint=endpoint,
                credentials=credentials_in(body.to_dict()),
            ) from None
        status = int(answer.status_code)
        if 200 <= status < 300:
            try:
                session = session_from_model(answer.parsed, endpoint=endpoint)
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as unusable:
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
            credentials=credentials_in(body.to_dict()),
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
    """Mints sessions over one connection pool. Close it, or use it as a context manager."""

    def __init__(
        self,
        *,
        http_client: httpx.Client | None = None,
        limits: httpx.Limits | None = None,
        http2: bool = False,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        httpx_args: dict[str, Any] = {"event_hooks": {"response": [_remember]}, "http2": http2}
        if limits is not None:
            httpx_args["limits"] = limits
        if http_client is not None:
            httpx_args["transport"] = Forward(http_client)
        self._api = self._api_client(httpx_args)

    def create(
        self,
        config: Mapping[str, Any] | None = None,
        *,
        endpoint: Endpoint | None = None,
        expires_after_seconds: int | None = None,
    ) -> Session:
        """Validate `config`, mint one session, retry what is worth retrying."""
        operation, body, endpoint = self._prepare(config, endpoint, expires_after_seconds)
        try:
            return self._attempt(operation, body, endpoint)
        except RealtimeSessionsError as failure:
            if not self._may_retry(failure):
                raise
            first_failure = failure
        from ._retry import retry

        return retry(
            first_failure,
            lambda: self._attempt(operation, body, endpoint),
            max_retries=self.max_retries,
            sleep=lambda seconds: _sleep(seconds),
        )

    def _attempt(self, operation: Any, body: Any, endpoint: str) -> Session:
        seen: list[httpx.Response] = []
        token = _answers.set(seen)
        try:
            with attempt_deadline(self._attempt_seconds):
                answer = operation.sync_detailed(client=self._api, body=body)
        except httpx.RequestError as error:
            raise self._request_error(error) from None
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as problem:
            return self._outcome(None, seen, endpoint, problem, body)
        finally:
            _answers.reset(token)
        return self._outcome(answer, seen, endpoint, None, body)

    def create_call(self, sdp: str, config: Mapping[str, Any] | None = None) -> Call:
        """Start a WebRTC call for a browser's SDP offer with the session `config` (validated).

        One attempt: an SDP offer is single-use, so a failure goes back to the browser.
        """
        request = self._call_request(sdp, config)
        seen: list[httpx.Response] = []
        token = _answers.set(seen)
        try:
            CALL_OPERATION.sync_detailed(client=self._api, body=request)
        except httpx.RequestError as error:
            raise self._request_error(error) from None
        except (ValueError, KeyError, TypeError, AttributeError):
            pass  # an error body the generated parser cannot read: the raw answer decides
        finally:
            _answers.reset(token)
        return call_from_answer(seen[-1], self._api_key)

    def close(self) -> None:
        self._api.get_httpx_client().close()

    def __enter__(self) -> SessionsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncSessionsClient(_Base):
    """The asyncio twin of SessionsClient, for servers and workers minting concurrently."""

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        http2: bool = False,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        httpx_args: dict[str, Any] = {"event_hooks": {"response": [_aremember]}, "http2": http2}
        if limits is not None:
            httpx_args["limits"] = limits
        if http_client is not None:
            httpx_args["transport"] = AsyncForward(http_client)
        self._api = self._api_client(httpx_args, asynchronous=True)

    async def create(
        self,
        config: Mapping[str, Any] | None = None,
        *,
        endpoint: Endpoint | None = None,
        expires_after_seconds: int | None = None,
    ) -> Session:
        """Validate `config`, mint one session, retry what is worth retrying."""
        operation, body, endpoint = self._prepare(config, endpoint, expires_after_seconds)
        try:
            return await self._attempt(operation, body, endpoint)
        except RealtimeSessionsError as failure:
            if not self._may_retry(failure):
                raise
            first_failure = failure
        from ._retry import aretry

        return await aretry(
            first_failure,
            lambda: self._attempt(operation, body, endpoint),
            max_retries=self.max_retries,
            sleep=lambda seconds: _asleep(seconds),
        )

    async def _attempt(self, operation: Any, body: Any, endpoint: str) -> Session:
        seen: list[httpx.Response] = []
        token = _answers.set(seen)
        try:
            with attempt_deadline(self._attempt_seconds):
                answer = await operation.asyncio_detailed(client=self._api, body=body)
        except httpx.RequestError as error:
            raise self._request_error(error) from None
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as problem:
            return self._outcome(None, seen, endpoint, problem, body)
        finally:
            _answers.reset(token)
        return self._outcome(answer, seen, endpoint, None, body)

    async def create_call(self, sdp: str, config: Mapping[str, Any] | None = None) -> Call:
        """Start a WebRTC call for a browser's SDP offer with the session `config` (validated).

        One attempt: an SDP offer is single-use, so a failure goes back to the browser.
        """
        request = self._call_request(sdp, config)
        seen: list[httpx.Response] = []
        token = _answers.set(seen)
        try:
            await CALL_OPERATION.asyncio_detailed(client=self._api, body=request)
        except httpx.RequestError as error:
            raise self._request_error(error) from None
        except (ValueError, KeyError, TypeError, AttributeError):
            pass  # an error body the generated parser cannot read: the raw answer decides
        finally:
            _answers.reset(token)
        return call_from_answer(seen[-1], self._api_key)

    async def aclose(self) -> None:
        await self._api.get_async_httpx_client().aclose()

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
    project, http_client.
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
