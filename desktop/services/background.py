"""Running work off the GUI thread and getting the answer back on it.

`run_in_background(fn, on_done, on_failed)` runs `fn` on Qt's global thread pool; its
result (or exception) is delivered to the callbacks on the GUI thread through a queued
signal. The GUI thread never waits for the database or the network.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.services.ops import pending_ops

log = logging.getLogger(__name__)

_running: set[_Task] = set()  # keeps tasks (and their signal objects) alive until done


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # handed to the GUI thread, shown as a message there
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def _unless_gone(callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """`callback`, dropping an answer that comes back for a screen already destroyed
    (closed while its work ran): there is nothing left to show it on."""

    def deliver(value: Any) -> None:
        try:
            callback(value)
        except RuntimeError as error:
            if "already deleted" not in str(error):
                raise
            log.debug("an answer came back for a screen that is gone: dropped")

    return deliver


def run_in_background(fn: Callable[[], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_failed: Callable[[BaseException], None] | None = None,
                      ) -> None:
    """Run `fn()` on a worker thread; call `on_done(result)` or `on_failed(error)` here."""
    task = _Task(fn)
    _running.add(task)

    def finish(_: object = None) -> None:
        _running.discard(task)

    if on_done is not None:
        task.signals.done.connect(_unless_gone(on_done))
    if on_failed is not None:
        task.signals.failed.connect(_unless_gone(on_failed))
    task.signals.done.connect(finish)
    task.signals.failed.connect(finish)
    QThreadPool.globalInstance().start(task)


def pending_tasks() -> int:
    """Tasks started and not delivered yet (tests wait for 0)."""
    return len(_running) + pending_ops()
