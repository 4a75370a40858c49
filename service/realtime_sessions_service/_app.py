"""The ASGI app: `create_app(policy)` gives a Starlette app that mints under the policy.

Per request, in this order: origin, caller authentication, body size and content, the policy's
rules, the caller's limits, then one upstream call through the library: a mint for
`POST /v1/session`, a WebRTC call (`/realtime/calls`, multipart with the policy's session) for
`POST /v1/calls`, so that a browser on WebRTC never holds any token. Each refusal is
counted in /metrics by reason; the `ek_` token appears only in the answer that mints it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Mapping
from pathlib import Path
from typing import Any

import httpx
from realtime_sessions import APIError, AsyncSessionsClient, ConfigError
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._answers import NO_STORE, error, retry_later, unauthorized, upstream_failure
from ._auth import CallerFunction, IdentityProviderUnavailable, authenticator
from ._caller import Refusal, caller_changes, effective_session
from ._limits import MEMORY, CallerLimits, LimitStorageUnavailable, open_storage
from ._metrics import CONTENT_TYPE, Metrics
from ._policy import Policy, load_policy

logger = logging.getLogger("realtime_sessions_service")
# How `realtime-sessions serve` hands the policy and storage to each uvicorn worker process.
POLICY_ENV = "REALTIME_SESSIONS_SERVICE_POLICY"
STORAGE_ENV = "REALTIME_SESSIONS_SERVICE_STORAGE"


class _BodyTooLarge(Exception):
    pass


class _Service:
    """The state one app shares between requests; the client and storage open on first use,
    inside the server's event loop (a mounted app gets no lifespan events of its own)."""

    def __init__(
        self,
        policy: Policy,
        authenticate: CallerFunction | None,
        storage: str,
        api_key: str | None,
        http_client: httpx.AsyncClient | None,
    ) -> None:
        self.policy = policy
        self.authenticate = authenticator(policy.auth, authenticate)
        self.metrics = Metrics()
        self._storage_uri = storage
        self._storage: Any = None
        self._limits: CallerLimits | None = None
        self._api_key = api_key
        self._http_client = http_client
        self._client: AsyncSessionsClient | None = None

    @property
    def limits(self) -> CallerLimits:
        if self._limits is None:
            self._storage = open_storage(self._storage_uri)
            self._limits = CallerLimits(self._storage, self.policy.rate, self.policy.daily_quota)
        return self._limits

    @property
    def client(self) -> AsyncSessionsClient:
        if self._client is None:
            upstream = self.policy.upstream
            options: dict[str, Any] = {
                "api_key": self._api_key,
                "base_url": upstream.get("base_url"),
                "timeout": upstream.get("timeout_seconds", 10),
                "max_retries": upstream.get("max_retries", 0),
                "endpoint": self.policy.endpoint,
            }
            if self._http_client is not None:
                options["http_client"] = self._http_client
            self._client = AsyncSessionsClient(**options)
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
        if self._storage is not None and hasattr(self._storage, "aclose"):
            await self._storage.aclose()

    async def caller(self, request: Request) -> tuple[str | None, Response | None]:
        """The caller id, or the answer refusing the request (bad origin, no credentials)."""
        origin = request.headers.get("origin")
        if origin is not None and origin not in self.policy.origins:
            self.metrics.refused("origin")
            return None, error(403, "origin_not_allowed", "This origin may not use the service.")
        try:
            caller = await self.authenticate(request)
        except IdentityProviderUnavailable:
            self.metrics.refused("identity_provider_unavailable")
            message = "The identity provider's keys could not be fetched; try again later."
            return None, retry_later(503, "identity_provider_unavailable", message, None)
        if caller is None:
            self.metrics.refused("unauthenticated")
            return None, unauthorized()
        return caller, None

    async def admitted(self, caller: str) -> Response | None:
        """None when the caller's limits allow one more mint, else the 429 (or 503) answer."""
        try:
            verdict = await self.limits.hit(caller)
        except LimitStorageUnavailable:
            self.metrics.refused("limit_storage_unavailable")
            message = "The rate-limit storage is unavailable; try again later."
            return retry_later(503, "limit_storage_unavailable", message, None)
        if verdict.allowed:
            return None
        self.metrics.refused(verdict.reason)
        what = "rate limit" if verdict.reason == "rate" else "daily quota"
        code = "rate_limited" if verdict.reason == "rate" else "quota_exceeded"
        return retry_later(429, code, f"Over this caller's {what}.", verdict.retry_after)

    async def body(self, request: Request) -> bytes:
        limit = self.policy.max_body_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _BodyTooLarge
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _BodyTooLarge
            chunks.append(chunk)
        return b"".join(chunks)

    def too_large(self) -> Response:
        self.metrics.refused("body_too_large")
        limit = self.policy.max_body_bytes
        return error(413, "body_too_large", f"The body is larger than {limit} bytes.")

    async def mint(self, request: Request) -> Response:
        caller, refusal = await self.caller(request)
        if refusal is not None:
            return refusal
        try:
            changes = caller_changes(self.policy, await self.body(request))
        except _BodyTooLarge:
            return self.too_large()
        except Refusal as refused:
            self.metrics.refused(refused.code)
            return error(400, refused.code, refused.message, field=refused.field)
        refusal = await self.admitted(caller)
        if refusal is not None:
            return refusal
        config = effective_session(self.policy, changes, caller)
        lifetime = self.policy.token_lifetime_seconds
        session, refusal = await self._upstream(
            "session", caller, self.client.create(config, expires_after_seconds=lifetime)
        )
        if refusal is not None:
            return refusal
        logger.info("minted session %s for caller %s", session.session_id, caller)
        answer = {
            "value": session.client_secret,
            "expires_at": int(session.expires_at.timestamp()),
            "session": session.config,
        }
        return JSONResponse(answer, headers=NO_STORE)

    async def call(self, request: Request) -> Response:
        """WebRTC: the browser's SDP offer in, the SDP answer and the call id out; no token."""
        caller, refusal = await self.caller(request)
        if refusal is not None:
            return refusal
        try:
            offer = (await self.body(request)).decode("utf-8", "replace")
        except _BodyTooLarge:
            return self.too_large()
        refusal = await self.admitted(caller)
        if refusal is not None:
            return refusal
        config = effective_session(self.policy, {}, caller)
        call, refusal = await self._upstream("call", caller, self.client.create_call(offer, config))
        if refusal is not None:
            return refusal
        logger.info("started call %s for caller %s", call.call_id, caller)
        return JSONResponse(call.to_dict(), status_code=201, headers=NO_STORE)

    async def _upstream(
        self, route: str, caller: str, work: Awaitable[Any]
    ) -> tuple[Any, Response | None]:
        """The library's result, or the clean answer for its failure; both counted."""
        started = time.perf_counter()
        try:
            result = await work
        except ConfigError as invalid:
            return None, self._invalid(invalid)
        except APIError as failure:
            self.metrics.upstream_seconds.labels(outcome="error").observe(
                time.perf_counter() - started
            )
            reason, answer = upstream_failure(failure)
            self.metrics.refused(reason)
            logger.warning("%s for caller %s failed upstream: %s", route, caller, failure.kind)
            return None, answer
        self.metrics.upstream_seconds.labels(outcome="ok").observe(time.perf_counter() - started)
        self.metrics.mints.labels(route=route).inc()
        return result, None

    def _invalid(self, invalid: ConfigError) -> Response:
        """A caller's allowed values that break an API rule together with the policy's session."""
        self.metrics.refused("invalid_session")
        problems = [
            {"field": _field_of(problem.path), "message": problem.message}
            for problem in invalid.report.errors
        ]
        first = problems[0]["field"] if problems else None
        if first == "sdp":
            return error(400, "invalid_offer", problems[0]["message"], field=first)
        message = "The session breaks a rule of the Realtime API."
        return error(400, "invalid_session", message, field=first, problems=problems)

    async def healthz(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "endpoint": self.policy.endpoint})

    async def metrics_text(self, request: Request) -> Response:
        return Response(self.metrics.exposition(), media_type=CONTENT_TYPE)


def _field_of(path: str) -> str:
    """Where a library problem lies in the caller's terms: the offer, or a session field."""
    return path if path == "sdp" else f"session.{path}"


def create_app(
    policy: Policy | Mapping[str, Any] | str | Path,
    *,
    authenticate: CallerFunction | None = None,
    storage: str = MEMORY,
    api_key: str | None = None,
    http_client: httpx.AsyncClient | None = None,
) -> Starlette:
    """A Starlette app minting under `policy` (a Policy, its parsed data, or a file path).

    `authenticate` is the app's own caller check for `auth.mode: callable` (request in, caller
    id or None out, sync or async). `storage` is `memory://` or `redis://host:port/db`.
    The API key is `api_key`, else OPENAI_API_KEY; it never leaves the server.
    """
    if isinstance(policy, (str, Path)):
        policy = load_policy(policy)
    elif not isinstance(policy, Policy):
        policy = Policy.from_mapping(policy)
    service = _Service(
        policy, authenticate, storage, api_key or os.environ.get("OPENAI_API_KEY"), http_client
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await service.close()

    routes = [
        Route("/v1/session", service.mint, methods=["POST"]),
        Route("/v1/calls", service.call, methods=["POST"]),
        Route("/healthz", service.healthz, methods=["GET"]),
        Route("/metrics", service.metrics_text, methods=["GET"]),
    ]
    cors = Middleware(
        CORSMiddleware,
        allow_origins=list(policy.origins),
        allow_methods=["POST"],
        allow_headers=["Authorization", "Content-Type"],
        max_age=600,
    )
    app = Starlette(routes=routes, middleware=[cors], lifespan=lifespan)
    app.state.service = service
    return app


def app_from_environment() -> Starlette:
    """The app of `realtime-sessions serve`, built in each worker from the environment."""
    return create_app(os.environ[POLICY_ENV], storage=os.environ.get(STORAGE_ENV, MEMORY))
