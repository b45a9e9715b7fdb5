"""A real central API on a loopback port, in a background thread, for tests; and a way
to know when a device is waiting in its long-poll on it."""

from __future__ import annotations

import asyncio
import threading

import pytest
from sqlalchemy.orm import Session

from sync.server.embedded import free_port, serve
from sync.server.feed import reader
from sync.server.live import ChangeNotifier

__all__ = ["free_port", "long_polling", "serve"]


def long_polling(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """An event set once a device waits in its long-poll (`/v1/sync/live`) on a server in
    this process: found nothing new, it waits to be woken, and the feed head has been
    read since, so a commit from then on (here or by another process) wakes it."""
    waiting, woken_by_commits = threading.Event(), threading.Event()
    wait, head_and_floor = ChangeNotifier.wait, reader.head_and_floor

    async def wait_to_be_woken(notifier: ChangeNotifier, timeout: float) -> bool:
        waits = asyncio.ensure_future(wait(notifier, timeout))
        await asyncio.sleep(0)  # its first step puts the device among those woken
        woken_by_commits.set()
        return await waits

    def read_head(session: Session) -> tuple[int, int]:
        answer = head_and_floor(session)
        if woken_by_commits.is_set():
            waiting.set()
        return answer

    monkeypatch.setattr(ChangeNotifier, "wait", wait_to_be_woken)
    monkeypatch.setattr(reader, "head_and_floor", read_head)
    return waiting
