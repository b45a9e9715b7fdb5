"""Background operations: the one way desktop code works off the GUI thread.

Three kinds, one shape (after Anki's `QueryOp` / `CollectionOp`)::

    QueryOp(parent=self, op=lambda: find(workspace, text), success=self.show) \\
        .failure(self.show_error).latest_only().start()

- `QueryOp` reads the replica, on the read lane (two workers: reads never wait for
  each other for long, and never for a change).
- `ChangeOp` changes the replica, on the write lane: one worker, so changes run one
  at a time in the order they were asked for.
- `NetworkOp` talks to the server, on its own lane: a request that hangs never holds
  up a replica query or change.

`success(result)` and `failure(error)` are called on the GUI thread, and only while
`parent` still exists. A failure nobody handles is written to the log with its
traceback and announced on `op_events().unhandled`, which the main window shows as
one sentence. `latest_only(slot)` keeps only the newest answer for `parent` and
`slot`: an answer to an older question is dropped, so a page shows what staff asked
for last whatever order the answers come back in; `drop_answers(parent, slot)` drops
those in flight without asking anything new.

The workers are daemon threads: a request hanging on the network never keeps the app
from quitting.
"""

from __future__ import annotations

import logging
import queue
import threading
import weakref
from collections.abc import Callable
from enum import Enum
from typing import Any, Generic, Self, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger("omnidesk.desktop")

T = TypeVar("T")
Success = Callable[[T], None]
Failure = Callable[[BaseException], None]


class Lane(Enum):
    READ = ("read", 2)
    WRITE = ("write", 1)
    NETWORK = ("network", 4)

    def __init__(self, label: str, workers: int) -> None:
        self.label = label
        self.workers = workers


class OpEvents(QObject):
    """What every page may want to hear about background work."""

    unhandled = Signal(object)  # an exception no failure callback took; already logged


_events: OpEvents | None = None


def op_events() -> OpEvents:
    global _events
    if _events is None:
        _events = OpEvents()
    return _events


class _Worker:
    """A lane's queue and its daemon threads (started on first use)."""

    def __init__(self, lane: Lane) -> None:
        self.lane = lane
        self.jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self.threads: list[threading.Thread] = []
        self.lock = threading.Lock()
        self.idle = threading.Condition(self.lock)
        self.queued = 0  # jobs submitted and not finished

    def submit(self, job: Callable[[], None]) -> None:
        with self.lock:
            if not self.threads:
                for number in range(self.lane.workers):
                    thread = threading.Thread(
                        target=self._serve, daemon=True, name=f"omnidesk-{self.lane.label}-{number}"
                    )
                    thread.start()
                    self.threads.append(thread)
            self.queued += 1
        self.jobs.put(job)

    def _serve(self) -> None:
        while True:
            job = self.jobs.get()
            try:
                job()
            finally:
                with self.lock:
                    self.queued -= 1
                    self.idle.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        with self.lock:
            return self.idle.wait_for(lambda: self.queued == 0, timeout)


_workers = {lane: _Worker(lane) for lane in Lane}


class _Answer(QObject):
    """Carries one op's outcome to the GUI thread (a queued signal)."""

    done = Signal(object)
    failed = Signal(object)


_running: set[_Answer] = set()  # keeps answers alive until delivered
_tickets: weakref.WeakKeyDictionary[QObject, dict[str, int]] = weakref.WeakKeyDictionary()


def _ticket(parent: QObject, slot: str) -> int:
    slots = _tickets.setdefault(parent, {})
    slots[slot] = slots.get(slot, 0) + 1
    return slots[slot]


def _current(parent: QObject, slot: str, ticket: int) -> bool:
    return _tickets.get(parent, {}).get(slot) == ticket


def drop_answers(parent: QObject, slot: str = "") -> None:
    """Answers still in flight for `latest_only(slot)` ops of `parent` will not be
    delivered (what they answer no longer matters: the page was reset)."""
    _ticket(parent, slot)


def _delivered(answer: _Answer) -> None:
    _running.discard(answer)
    answer.deleteLater()  # on this (the GUI) thread, never by a collection elsewhere


def report_unhandled(error: BaseException) -> None:
    """Log `error` with its traceback and announce it for the main window to show."""
    log.error("background work failed and nothing handled it", exc_info=error)
    op_events().unhandled.emit(error)


class _Op(Generic[T]):
    lane: Lane

    def __init__(
        self, *, parent: QObject, op: Callable[[], T], success: Success[T] | None = None
    ) -> None:
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Failure | None = None
        self._slot: str | None = None

    def failure(self, callback: Failure) -> Self:
        self._failure = callback
        return self

    def latest_only(self, slot: str = "") -> Self:
        """Deliver the answer only if no newer `latest_only(slot)` op of the same
        parent was started since (and `drop_answers` was not called)."""
        self._slot = slot
        return self

    def start(self) -> None:
        parent, slot = self._parent, self._slot
        ticket = _ticket(parent, slot) if slot is not None else 0
        answer = _Answer()
        _running.add(answer)

        def wanted() -> bool:
            if not shiboken6.isValid(parent):
                return False  # the screen that asked is gone: nothing to show it on
            return slot is None or _current(parent, slot, ticket)

        def succeeded(result: Any) -> None:
            _delivered(answer)
            if wanted() and self._success is not None:
                try:
                    self._success(result)
                except Exception as error:  # a fault in showing the answer: never silent
                    report_unhandled(error)

        def failed(error: BaseException) -> None:
            _delivered(answer)
            if not wanted():
                if self._failure is None:
                    log.info("a background answer no longer wanted failed: %r", error)
                return
            if self._failure is None:
                report_unhandled(error)
                return
            try:
                self._failure(error)
            except Exception as fault:
                report_unhandled(fault)

        answer.done.connect(succeeded)
        answer.failed.connect(failed)
        work = self._op

        def job() -> None:
            try:
                result = work()
            except BaseException as error:  # handed to the GUI thread; the lane goes on
                answer.failed.emit(error)
            else:
                answer.done.emit(result)

        _workers[self.lane].submit(job)


class QueryOp(_Op[T]):
    """Reads the replica (or computes from it) and changes nothing."""

    lane = Lane.READ


class ChangeOp(_Op[T]):
    """Changes the replica: run one at a time, in the order asked."""

    lane = Lane.WRITE


class NetworkOp(_Op[T]):
    """Talks to the server; never holds up the replica's lanes."""

    lane = Lane.NETWORK


def finish_changes(timeout: float = 10.0) -> bool:
    """Wait (at most `timeout` s) until every change asked for has run: before the
    replica is closed, so a change staff made just before closing is not cut off."""
    return _workers[Lane.WRITE].wait_idle(timeout)


def pending_ops() -> int:
    """Ops started and not answered yet (tests wait for 0)."""
    return len(_running)
