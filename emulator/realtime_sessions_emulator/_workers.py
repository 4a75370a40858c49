"""Threads that serve one connection each and then wait for the next one.

http.server's `ThreadingMixIn` starts a new thread for every connection; starting one (and
waiting for it to run) costs more than a whole mint, so a burst of fresh connections spent
most of its time there. These threads are kept and reused: a connection goes to an idle thread
when there is one, a new thread starts only when all are busy, and a thread idle for
`idle_seconds` ends. At most `size` connections are served at once (the server answers the
others 503), so there are never more than `size` threads. A thread is named after what it
runs, as `threading.Thread` names one after its target ("NAME (function)"), and "NAME (idle)"
between jobs.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

Job = tuple[Callable[..., object], tuple[Any, ...]]


class Workers:
    """A bounded, growing pool of reused threads; `submit` refuses a job beyond `size`."""

    def __init__(self, size: int, name: str, idle_seconds: float = 30.0) -> None:
        self._size, self._name, self._idle_seconds = size, name, idle_seconds
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._busy = 0  # jobs queued or running; never more than the threads
        self._threads = 0
        self._closed = False

    def submit(self, function: Callable[..., object], *args: Any) -> bool:
        """Run `function(*args)` on an idle thread (a new one if none is idle); False when
        `size` jobs are already running or the pool is closed."""
        with self._lock:
            if self._closed or self._busy >= self._size:
                return False
            self._busy += 1
            start = self._busy > self._threads
            if start:
                self._threads += 1
        self._jobs.put((function, args))
        if start:
            thread = threading.Thread(target=self._work, name=self._idle_name, daemon=True)
            thread.start()
        return True

    def close(self) -> None:
        """Let every thread end once the jobs already given are done; `submit` refuses more."""
        with self._lock:
            self._closed = True
            threads = self._threads
        for _ in range(threads):
            self._jobs.put(None)

    @property
    def _idle_name(self) -> str:
        return f"{self._name} (idle)"

    def _work(self) -> None:
        thread = threading.current_thread()
        while True:
            try:
                job = self._jobs.get(timeout=self._idle_seconds)
            except queue.Empty:
                with self._lock:
                    if self._threads > self._busy:  # a thread to spare: this one ends
                        self._threads -= 1
                        return
                continue  # every idle thread is spoken for: a job is on its way
            if job is None:
                return
            function, args = job
            thread.name = f"{self._name} ({function.__name__})"
            try:
                function(*args)
            except BaseException:  # the job's own bug: this thread ends, the counts stay true
                with self._lock:
                    self._busy -= 1
                    self._threads -= 1
                raise
            thread.name = self._idle_name
            with self._lock:
                self._busy -= 1
