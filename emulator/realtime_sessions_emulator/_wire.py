"""A connection's socket as the handler's raw stream, without a system call it does not need.

With a socket timeout set, Python polls the socket before every read and every write, and
setting the timeout is a system call too: three of the nine calls a fresh connection's mint
made, each handing the GIL to another thread. Most reads find their bytes already arrived
and most answers fit the send buffer, so they are tried at once without waiting
(`MSG_DONTWAIT` on a socket still in blocking mode); only when one would wait is the timeout
set (once, and again only when it changes) and the wait done the usual way, so that every
wait stays bounded by `timeout` and ends in `TimeoutError`.
"""

from __future__ import annotations

import contextlib
import io
import socket
from typing import Any

# Windows has no MSG_DONTWAIT: there every read and write waits the usual way from the start.
_DONTWAIT: int = getattr(socket, "MSG_DONTWAIT", 0)


class Wire(io.RawIOBase):
    """Reads and writes of one connection; `timeout` bounds each wait (read by the next one)."""

    def __init__(self, connection: socket.socket, timeout: float) -> None:
        super().__init__()
        self.connection, self.timeout = connection, timeout
        self._armed: float | None = None  # the socket's timeout once set; None: blocking mode
        if not _DONTWAIT:
            self.arm()

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def arm(self) -> None:
        """Give the socket its timeout before a wait (or before handing it to other code)."""
        if self._armed != self.timeout:
            self.connection.settimeout(self.timeout)
            self._armed = self.timeout

    def readinto(self, buffer: Any) -> int:
        if self._armed is None:
            try:
                return self.connection.recv_into(buffer, 0, _DONTWAIT)
            except BlockingIOError:  # nothing arrived yet: wait, bounded by the timeout
                pass
        self.arm()
        return self.connection.recv_into(buffer)

    def write(self, data: Any) -> int:
        """All of `data`, or an exception (like `sendall`)."""
        left = memoryview(data).cast("B")
        size = left.nbytes
        if self._armed is None:
            # A full send buffer (BlockingIOError) leaves it all to send, waiting.
            with contextlib.suppress(BlockingIOError):
                left = left[self.connection.send(left, _DONTWAIT) :]
            if not left:
                return size
        self.arm()
        self.connection.sendall(left)
        return size
