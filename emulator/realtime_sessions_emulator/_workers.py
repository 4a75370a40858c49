"""Threads that serve one connection each and then take the next one, as few at a time as will do.

http.server's `ThreadingMixIn` starts a new thread for every connection. Starting one cost more
than a whole mint, and a burst of 256 connections then had 256 threads fighting for the GIL:
each system call handed the GIL to another thread, and the futex wake-ups and task switches
took more time than the requests. Here a connection waits in a queue, and the thread that just
finished one takes the next, so a burst of quick requests is served by one or two threads
back to back.

A queued connection gets another thread (an idle one, or a new one up to `size`) when none is
at work, or when no thread has taken a connection from the queue for `stall_seconds`: the
threads at hand are all held by slow or idle clients. A thread serving a keep-alive
connection that waits for its next request, or a WebSocket, says so (`waiting`), and counts as
not at work meanwhile. At most `size` connections are held or queued at once (the server
answers others 503), so there are never more than `size` threads; a thread idle for
`idle_seconds` ends. Threads are named after what they run, as `threading.Thread` names one
after its target ("NAME (function)"), and "NAME (idle)" between jobs.
"""

from __future__ import annotations

import collections
import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

Job = tuple[Callable[..., object], tuple[Any, ...]]


class _Sleeper:
    """An idle thread's gate: held while it sleeps, released by whoever hands it work."""

    def __init__(self) -> None:
        self.gate = threading.Lock()
        self.gate.acquire()
        self.woken = False


class Workers:
    """A bounded pool of reused threads; `submit` refuses a job beyond `size`."""

    def __init__(
        self, size: int, name: str, idle_seconds: float = 30.0, stall_seconds: float = 0.002
    ) -> None:
        self._size, self._name = size, name
        self._idle_seconds, self._stall_seconds = idle_seconds, stall_seconds
        self._lock = threading.Lock()
        self._watch = threading.Condition(self._lock)
        self._jobs: collections.deque[Job] = collections.deque()
        self._sleepers: list[_Sleeper] = []  # the last to fall asleep is woken first
        self._held = 0  # jobs taken and not finished
        self._working = 0  # of those, the ones not waiting on their client
        self._coming = 0  # threads woken or started for a job, not yet there
        self._threads = 0
        self._progress = time.monotonic()  # when a thread last took a job, or was added
        self._closed = False
        watcher = threading.Thread(target=self._watcher, name=f"{name} (watcher)", daemon=True)
        watcher.start()

    def submit(self, function: Callable[..., object], *args: Any) -> bool:
        """Queue `function(*args)`; False when `size` jobs are already held or queued, or the
        pool is closed."""
        with self._lock:
            if self._closed or len(self._jobs) + self._held >= self._size:
                return False
            self._jobs.append((function, args))
            if self._working + self._coming == 0:
                self._add_hand()  # nobody at work will come back for it
            if len(self._jobs) == 1:
                self._watch.notify()  # the watcher times how long jobs wait
        return True

    @contextlib.contextmanager
    def waiting(self) -> Iterator[None]:
        """The calling job waits on its client meanwhile: queued jobs need not wait for it."""
        with self._lock:
            self._working -= 1
            if self._jobs and self._working + self._coming == 0:
                self._add_hand()
        try:
            yield
        finally:
            with self._lock:
                self._working += 1

    def close(self) -> None:
        """Let every thread end once the jobs already queued are done; `submit` refuses more."""
        with self._lock:
            self._closed = True
            while self._sleepers:
                self._wake(self._sleepers.pop())
            self._watch.notify()

    def _add_hand(self) -> None:
        """One more thread for the queue: the idle one that fell asleep last, or a new one."""
        self._progress = time.monotonic()
        if self._sleepers:
            self._wake(self._sleepers.pop())
        elif self._threads < self._size:
            self._threads += 1
            self._coming += 1
            threading.Thread(target=self._work, name=self._idle_name, daemon=True).start()

    def _wake(self, sleeper: _Sleeper) -> None:
        sleeper.woken = True
        self._coming += 1
        sleeper.gate.release()

    def _watcher(self) -> None:
        """Adds a thread whenever jobs wait and no thread has taken one for `stall_seconds`."""
        with self._lock:
            while not self._closed:
                if not self._jobs:
                    self._watch.wait()
                    continue
                waited = time.monotonic() - self._progress
                if waited < self._stall_seconds:
                    self._watch.wait(self._stall_seconds - waited)
                else:
                    self._add_hand()

    @property
    def _idle_name(self) -> str:
        return f"{self._name} (idle)"

    def _work(self) -> None:
        thread = threading.current_thread()
        sleeper = _Sleeper()
        job = self._take(sleeper, finished=False)
        while job is not None:
            function, args = job
            thread.name = f"{self._name} ({function.__name__})"
            try:
                function(*args)
            except BaseException:  # the job's own bug: this thread ends, the counts stay true
                with self._lock:
                    self._held -= 1
                    self._working -= 1
                    self._threads -= 1
                raise
            thread.name = self._idle_name
            job = self._take(sleeper, finished=True)

    def _take(self, sleeper: _Sleeper, finished: bool) -> Job | None:
        """The next job for this thread, sleeping while there is none; None: the thread ends
        (the pool closed, or it slept `idle_seconds`)."""
        with self._lock:
            if finished:
                self._held -= 1
                self._working -= 1
            else:
                self._coming -= 1
            while True:
                if self._jobs:
                    self._held += 1
                    self._working += 1
                    self._progress = time.monotonic()
                    return self._jobs.popleft()
                if self._closed:
                    self._threads -= 1
                    return None
                self._sleepers.append(sleeper)
                self._lock.release()
                try:
                    sleeper.gate.acquire(timeout=self._idle_seconds)
                finally:
                    self._lock.acquire()
                if not sleeper.woken:  # slept its fill: nobody needs this thread
                    self._sleepers.remove(sleeper)
                    self._threads -= 1
                    return None
                # Woken just as the wait timed out, the gate is open: hold it for the next sleep.
                sleeper.gate.acquire(blocking=False)
                sleeper.woken = False
                self._coming -= 1
