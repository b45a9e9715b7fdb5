"""Wakes long-polling devices as soon as a change they may care about commits.

Commits in this process wake waiters at once; commits made by other server processes
(several behind a load balancer on one PostgreSQL) are noticed by a light check of the
feed head twice a second.
"""

from __future__ import annotations

import asyncio
import threading


class ChangeNotifier:
    """Thread-safe: `notify` is called from worker threads after each commit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()

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
