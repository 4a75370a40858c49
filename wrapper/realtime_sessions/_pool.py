"""Our clients' own connection pool: httpcore's, with each idle connection given to one request,
and cookies read only from answers that set some.

httpcore 1.0's pool (`_assign_requests_to_connections`) hands the same idle HTTP/1.1 connection
to every request queued in one pass; all but one then fail with ConnectionNotAvailable and queue
again, each retry another pass over every connection (and a socket poll per idle one). Under
asyncio concurrency this made throughput swing from half to one and a half times raw httpx
between runs (issue 20; encode/httpcore#1035 describes it, httpx2 fixed it). The pass below is
upstream's, except that a connection holding an assigned request is not assigned again, in this pass or a
later one before that request starts (HTTP/2 ones excepted: they multiplex), and surplus idle
connections are counted correctly.

It is applied only to a pool that is exactly httpcore's own class (not a proxy, not a user's
transport), so an httpcore that changes these internals gets upstream behaviour, not a broken
pool; pyproject keeps httpcore below 1.1, and tests/test_pool.py checks the behaviour.

httpx also runs every answer through `http.cookiejar` (two adapter objects and a header scan,
about a tenth of a mint) even when it sets no cookie; our own client's jar skips that work for
answers without `Set-Cookie`, and treats the others exactly as httpx does.
"""

from __future__ import annotations

import time
from typing import Any

import httpcore
import httpx

# How often idle connections are all checked for keep-alive expiry and server-closed sockets.
_SWEEP_SECONDS = 1.0


class _SingleAssignment:
    """The pool pass of httpcore 1.0, each idle connection given to at most one request, and
    an idle connection's socket polled only when it is about to be used (or once a second)."""

    _connections: list[Any]
    _requests: list[Any]
    _max_connections: int
    _max_keepalive_connections: int
    _http2: bool
    create_connection: Any
    _next_sweep: float = 0.0

    def _assign_requests_to_connections(self) -> list[Any]:
        closing = self._drop_closed_expired_and_surplus()
        queued = [request for request in self._requests if request.is_queued()]
        if not queued:
            return closing
        # A connection holding an assigned request is taken, even before that request starts
        # and the connection stops looking idle (HTTP/2 ones multiplex: never taken).
        taken = (
            set()
            if self._http2
            else {id(request.connection) for request in self._requests if not request.is_queued()}
        )
        for pool_request in queued:
            connection = self._connection_for(pool_request.request.url.origin, taken, closing)
            if connection is None:
                continue  # the pool is full and busy: the request waits for the next pass
            pool_request.assign_to_connection(connection)
            if not self._http2:
                taken.add(id(connection))
        return closing

    def _drop_closed_expired_and_surplus(self) -> list[Any]:
        """Upstream's clean-up in one walk, surplus idle connections counted as idle ones.

        Upstream walks every connection on every pass (two a mint) and asks each
        `has_expired()`; for an idle one that polls its socket (through anyio's attribute
        table): 30-60 polls a mint at 64 connections, which made a mint at concurrency 64 cost
        2-3 times one at 8. Here the walk runs once a second (keep-alive expiry,
        server-closed sockets, connections closed on our side) or when idle connections may
        be more than the keep-alive limit; `_connection_for` asks the connection it is about
        to hand out, so no request gets one the server closed, and drops closed ones before
        it counts a full pool.
        """
        closing: list[Any] = []
        now = time.monotonic()
        sweep = now >= self._next_sweep
        if not sweep and len(self._connections) <= self._max_keepalive_connections:
            return closing  # no surplus possible; closed ones go at the sweep or when full
        if sweep:
            self._next_sweep = now + _SWEEP_SECONDS
        kept, idle = [], 0
        for connection in self._connections:
            if connection.is_closed():
                continue
            if connection.is_idle():
                if idle >= self._max_keepalive_connections or (sweep and connection.has_expired()):
                    closing.append(connection)
                    continue
                idle += 1
            kept.append(connection)
        self._connections[:] = kept
        return closing

    def _connection_for(self, origin: Any, taken: set[int], closing: list[Any]) -> Any:
        """A free connection for `origin` (one the server closed or that outlived its keep-alive
        is closed instead), a new one (closing a spare idle one if the pool is full), or None
        when every connection is busy."""
        for connection in list(self._connections):
            if (
                id(connection) in taken
                or not connection.can_handle_request(origin)
                or not connection.is_available()
            ):
                continue
            if not connection.has_expired():
                return connection
            self._connections.remove(connection)
            closing.append(connection)
        if len(self._connections) >= self._max_connections:
            self._connections[:] = [c for c in self._connections if not c.is_closed()]
        if len(self._connections) >= self._max_connections:
            spare = next((c for c in self._connections if id(c) not in taken and c.is_idle()), None)
            if spare is None:
                return None
            self._connections.remove(spare)
            closing.append(spare)
        connection = self.create_connection(origin)
        self._connections.append(connection)
        return connection


class _Cookies(httpx.Cookies):
    """httpx's cookie jar, not consulted for an answer that sets no cookie."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class _AsyncPool(_SingleAssignment, httpcore.AsyncConnectionPool):
    pass


class _SyncPool(_SingleAssignment, httpcore.ConnectionPool):
    pass


_FIXED = {httpcore.AsyncConnectionPool: _AsyncPool, httpcore.ConnectionPool: _SyncPool}


def own_client(client: httpx.Client | httpx.AsyncClient) -> Any:
    """Our own httpx client, tuned: its direct pool given the single-assignment pass (when the
    pool is exactly httpcore's), its cookie jar the one above. Never called on a user's client.

    The client keeps its transport, so proxies from the environment still work.
    """
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    fixed = _FIXED.get(type(pool))
    if fixed is not None:
        pool.__class__ = fixed
    if type(client._cookies) is httpx.Cookies:
        client._cookies = _Cookies(client._cookies.jar)
    return client
