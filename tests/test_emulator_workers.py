"""The emulator's thread pool: threads are reused, a queued connection is never stranded behind
slow ones, at most `size` jobs are held, and idle threads end. Real threads, no sockets."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from realtime_sessions_emulator._workers import Workers


def eventually(condition: Callable[[], bool], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def pool_threads(name: str) -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith(f"{name} (")]


def test_many_quick_jobs_reuse_threads_and_all_run() -> None:
    pool = Workers(512, "quick-pool")
    done: list[int] = []
    lock = threading.Lock()

    def job(number: int) -> None:
        with lock:
            done.append(number)

    try:
        for number in range(300):
            assert pool.submit(job, number)
        assert eventually(lambda: len(done) == 300)
        assert sorted(done) == list(range(300))
        # One thread per job would be 300; the thread that finishes a job takes the next.
        assert len(pool_threads("quick-pool")) < 300
    finally:
        pool.close()


def test_a_job_queued_behind_a_stuck_one_gets_its_own_thread() -> None:
    pool = Workers(4, "stuck-pool")
    release, ran = threading.Event(), threading.Event()
    try:
        assert pool.submit(release.wait, 30)  # a client that never sends anything
        assert pool.submit(ran.set)
        assert ran.wait(10)
    finally:
        release.set()
        pool.close()


def test_a_job_waiting_on_its_client_steps_aside() -> None:
    pool = Workers(4, "waiting-pool", stall_seconds=60)  # no help from the watcher here
    release, ran = threading.Event(), threading.Event()

    def keep_alive() -> None:
        with pool.waiting():
            release.wait(30)

    try:
        assert pool.submit(keep_alive)
        assert pool.submit(ran.set)
        assert ran.wait(10)
    finally:
        release.set()
        pool.close()


def test_no_more_than_size_jobs_are_held_or_queued() -> None:
    pool = Workers(2, "full-pool")
    release = threading.Event()
    try:
        assert pool.submit(release.wait, 30)
        assert pool.submit(release.wait, 30)
        assert not pool.submit(release.wait, 30)
        release.set()
        finished = threading.Event()
        assert eventually(lambda: pool.submit(finished.set))
        assert finished.wait(10)
    finally:
        release.set()
        pool.close()


def test_idle_threads_end_and_a_closed_pool_refuses() -> None:
    pool = Workers(8, "idle-pool", idle_seconds=0.2)
    ran = threading.Event()
    assert pool.submit(ran.set)
    assert ran.wait(10)
    assert eventually(
        lambda: [t.name for t in pool_threads("idle-pool")] == ["idle-pool (watcher)"]
    )
    pool.close()
    assert not pool.submit(ran.set)
    assert eventually(lambda: not pool_threads("idle-pool"))


def test_a_failing_job_does_not_strand_the_queue() -> None:
    pool = Workers(4, "failing-pool")
    ran = threading.Event()

    def fails() -> None:
        raise RuntimeError("the job's own bug")

    hook, threading.excepthook = threading.excepthook, lambda args: None
    try:
        assert pool.submit(fails)
        assert pool.submit(ran.set)
        assert ran.wait(10)
    finally:
        threading.excepthook = hook
        pool.close()
