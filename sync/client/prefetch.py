"""Snapshot pages fetched ahead of the writer, one after another, in a background thread.

A page's token is only known once the page before it has arrived, so pages can only
be fetched in a chain. Fetching just the next page while the current one is written
leaves the writer idle on runs of small pages (the last tables of a snapshot hold a
handful of rows each, and each costs the server a scoped query): the writer waits a
round trip per page. Here a thread follows the chain on its own, as long as the pages
waiting to be written hold fewer than half a page of rows: full pages go at the pace
of the writer (one written, one fetched: the memory of before), small ones pile up
ahead of it.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar


class Page(Protocol):
    """What the prefetcher needs of a page: the next token and the rows (to count)."""

    @property
    def next_token(self) -> str | None: ...

    @property
    def params(self) -> Sequence[Any]: ...


P = TypeVar("P", bound=Page)


@dataclass
class _Fetched(Generic[P]):
    token: str | None
    page: P | None
    error: BaseException | None


class Prefetcher(Generic[P]):
    """Pages of one snapshot by token; `fetch(token)` gets one page from the server."""

    def __init__(self, fetch: Callable[[str | None], P], max_rows: int) -> None:
        self._fetch = fetch
        self._max_rows = max(1, max_rows // 2)
        self._changed = threading.Condition()
        self._track = 0  # bumped to stop the running chain
        self._running = False
        self._fetching: str | None = None  # the token the chain is on now
        self._waiting: deque[_Fetched[P]] = deque()
        self._rows = 0

    def page(self, token: str | None) -> P:
        """The page at `token` (waits for it); raises what fetching it raised."""
        with self._changed:
            if not self._on_track(token):
                self._restart(token)
            while not self._waiting:
                self._changed.wait()
            fetched = self._waiting.popleft()
            self._rows -= len(fetched.page.params) if fetched.page is not None else 0
            self._changed.notify_all()
        if fetched.error is not None:
            raise fetched.error
        assert fetched.page is not None
        return fetched.page

    def ready(self, token: str | None) -> bool:
        """Whether the page at `token` has arrived already (a failure is not ready: the
        caller takes it with `page` when it can handle it)."""
        with self._changed:
            return (
                bool(self._waiting)
                and self._waiting[0].token == token
                and self._waiting[0].error is None
            )

    def close(self) -> None:
        """Stop the chain (a request in flight ends on its own; its page is dropped)."""
        with self._changed:
            self._track += 1
            self._running = False
            self._waiting.clear()
            self._rows = 0
            self._changed.notify_all()

    def _on_track(self, token: str | None) -> bool:
        if self._waiting:
            return self._waiting[0].token == token
        return self._running and self._fetching == token

    def _restart(self, token: str | None) -> None:
        self._track += 1
        self._waiting.clear()
        self._rows = 0
        self._running, self._fetching = True, token
        threading.Thread(
            target=self._chain, args=(self._track, token), daemon=True, name="snapshot-fetch"
        ).start()
        self._changed.notify_all()

    def _chain(self, track: int, token: str | None) -> None:
        while True:
            try:
                page, error = self._fetch(token), None
            except BaseException as failure:  # handed to the writer, which decides
                page, error = None, failure
            with self._changed:
                if track != self._track:
                    return
                self._waiting.append(_Fetched(token, page, error))
                self._rows += len(page.params) if page is not None else 0
                self._changed.notify_all()
                if page is None or page.next_token is None:
                    self._running = False
                    return
                token = self._fetching = page.next_token
                while self._rows >= self._max_rows and track == self._track:
                    self._changed.wait()
                if track != self._track:
                    return
