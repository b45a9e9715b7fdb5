"""Changes to one sale run one after another, in the order the cashier made them.

A scanner can send two codes faster than the first one is applied; run side by side,
both could open the cart or race on one line. Queued, each starts when the previous
one has answered, and always off the GUI thread (each is a `ChangeOp`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.services.ops import ChangeOp, report_unhandled

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class ChangeQueue(QObject):
    """`submit(fn, on_done, on_failed)`; `idle` is emitted when nothing is left.

    `submit_prepared(prepare, ...)` calls `prepare()` here, on the GUI thread, when the
    change's turn comes, and runs the function it returns: for changes whose target
    (which cart) depends on the changes before them.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: deque[tuple[Callable[[], Callable[[], Any]], Done | None, Failed | None]] = (
            deque()
        )
        self._running = False

    def busy(self) -> bool:
        return self._running or bool(self._waiting)

    def submit(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_failed: Failed | None = None
    ) -> None:
        self.submit_prepared(lambda: fn, on_done, on_failed)

    def submit_prepared(
        self,
        prepare: Callable[[], Callable[[], Any]],
        on_done: Done | None = None,
        on_failed: Failed | None = None,
    ) -> None:
        self._waiting.append((prepare, on_done, on_failed))
        if not self._running:
            self._next()

    def _next(self) -> None:
        if not self._waiting:
            self._running = False
            self.idle.emit()
            return
        self._running = True
        prepare, on_done, on_failed = self._waiting.popleft()

        def done(result: Any) -> None:
            try:
                if on_done is not None:
                    on_done(result)
            finally:  # whatever showing it did, the next change runs
                self._next()

        def failed(error: BaseException) -> None:
            try:
                if on_failed is not None:
                    on_failed(error)
                else:
                    report_unhandled(error)
            finally:
                self._next()

        try:
            fn = prepare()
        except Exception as error:  # shown like a refusal; the queue goes on
            failed(error)
            return
        ChangeOp(parent=self, op=fn, success=done).failure(failed).start()
