"""Who is calling: static bearer tokens, JWTs from the app's identity provider, or a callable.

Each authenticator turns a request into a caller id, or None when the credentials are missing,
malformed, expired or wrong: the app answers every None with the same bare 401, which tells an
attacker nothing. Credentials are never logged or kept.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import jwt
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

# A caller-supplied function: the request in, the caller id (or None) out, sync or async.
CallerFunction = Callable[[Request], "str | Awaitable[str | None] | None"]
# Longer bearer values are refused unread: no token of ours or any identity provider's is that big.
_MAX_CREDENTIAL = 8192


class IdentityProviderUnavailable(Exception):
    """The JWKS could not be fetched: a temporary failure of ours, not the caller's."""


def bearer_token(request: Request) -> str | None:
    """The credential of `Authorization: Bearer <credential>`, or None."""
    scheme, _, credential = request.headers.get("authorization", "").partition(" ")
    credential = credential.strip()
    if scheme.lower() != "bearer" or not credential or len(credential) > _MAX_CREDENTIAL:
        return None
    return credential


def token_digest(token: str) -> str:
    """The SHA-256 hex digest a policy stores instead of the token itself."""
    return hashlib.sha256(token.encode()).hexdigest()


class StaticTokens:
    """Bearer tokens stored as SHA-256 digests; every digest is compared, in constant time."""

    def __init__(self, tokens: list[Mapping[str, str]]) -> None:
        self._digests = [(entry["caller"], bytes.fromhex(entry["sha256"])) for entry in tokens]

    async def __call__(self, request: Request) -> str | None:
        token = bearer_token(request)
        if token is None:
            return None
        digest = hashlib.sha256(token.encode()).digest()
        caller = None
        for name, stored in self._digests:
            if hmac.compare_digest(stored, digest):
                caller = name
        return caller


class JwtVerifier:
    """JWTs signed by keys of a JWKS, with issuer, audience and expiry required and checked."""

    def __init__(self, settings: Mapping[str, Any]) -> None:
        # Keys are cached 5 minutes; an unknown kid refreshes them at most every 30 s (PyJWT cooldown).
        self._keys = jwt.PyJWKClient(settings["jwks_url"], cache_keys=True, lifespan=300, timeout=5)
        self._issuer = settings["issuer"]
        self._audience = settings["audience"]
        self._algorithms = list(settings.get("algorithms", ["RS256"]))
        self._claim = settings.get("caller_claim", "sub")
        self._leeway = settings.get("leeway_seconds", 0)

    async def __call__(self, request: Request) -> str | None:
        token = bearer_token(request)
        if token is None:
            return None
        # Fetching the JWKS (on a cache miss) is blocking I/O, verifying is CPU: off the loop.
        return await run_in_threadpool(self._verify, token)

    def _verify(self, token: str) -> str | None:
        try:
            key = self._keys.get_signing_key_from_jwt(token)
        except jwt.PyJWKClientConnectionError as error:
            raise IdentityProviderUnavailable(type(error).__name__) from None
        except jwt.PyJWTError:
            return None
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=self._algorithms,
                audience=self._audience,
                issuer=self._issuer,
                leeway=self._leeway,
                options={"require": ["exp", "iss", "aud", self._claim]},
            )
        except jwt.PyJWTError:
            return None
        caller = claims.get(self._claim)
        return caller if isinstance(caller, str) and caller else None


class CallerCallable:
    """The app's own check, when the service is mounted inside it (`create_app(authenticate=)`)."""

    def __init__(self, function: CallerFunction) -> None:
        self._function = function

    async def __call__(self, request: Request) -> str | None:
        caller = self._function(request)
        if inspect.isawaitable(caller):
            caller = await caller
        return caller if isinstance(caller, str) and caller else None


def authenticator(
    settings: Mapping[str, Any], function: CallerFunction | None
) -> Callable[[Request], Awaitable[str | None]]:
    """The authenticator the policy's `auth.mode` names."""
    mode = settings["mode"]
    if mode == "callable":
        if function is None:
            raise ValueError(
                "auth.mode 'callable' needs create_app(policy, authenticate=...): a function "
                "of the app that mounts the service; `realtime-sessions serve` cannot supply one."
            )
        return CallerCallable(function)
    if function is not None:
        raise ValueError(f"authenticate= was given but the policy's auth.mode is {mode!r}.")
    if mode == "static":
        return StaticTokens(settings["tokens"])
    return JwtVerifier(settings)
