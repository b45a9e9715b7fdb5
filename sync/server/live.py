"""Wakes long-polling devices as soon as a change they may care about commits.

Commits in this process wake waiters at once. Commits made elsewhere (another server
process behind the same load balancer, a job on the database) are noticed by one watcher
per process that reads the feed head every 20 ms while any device is waiting: one cheap
query for the whole process, not one per device.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable

from fastapi.concurrency import run_in_threadpool

WATCH_INTERVAL = 0.02


class ChangeNotifier:
    """Thread-safe: `notify` is called from worker threads after each commit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self._watcher: asyncio.Task[None] | None = None

    def watch(self, read_head: Callable[[], int]) -> None:
        """Make sure the head watcher runs (on the calling event loop) while devices wait."""
        if self._watcher is None or self._watcher.done():
            self._watcher = asyncio.get_running_loop().create_task(self._watch(read_head))

    async def _watch(self, read_head: Callable[[], int]) -> None:
        last = None
        while True:
            with self._lock:
                if not self._waiters and last is not None:
                    return  # nobody waits: the next long-poll starts it again
            with contextlib.suppress(Exception):  # a failed look is retried next tick
                head = await run_in_threadpool(read_head)
                if last is not None and head != last:
                    self.notify(head)
                last = head
            await asyncio.sleep(WATCH_INTERVAL)

    def notify(self, head: int) -> None:
        with self._lock:
            waiters = list(self._waiters)
        for loop, event in waiters:
            if not loop.is_closed():
                loop.call_soon_threadsafe(event.set)

    async def wait(self, timeout: float) -> bool:
        """Wait for the next commit in this process, or `timeout` seconds."""
        loop = asyncio.get_running_loop()
        event = asyncio.Event()
        entry = (loop, event)
        with self._lock:
            self._waiters.add(entry)
        try:
            await asyncio.wait_for(event.wait(), timeout)
            return True
        except TimeoutError:
            return False
        finally:
            with self._lock:
                self._waiters.discard(entry)
