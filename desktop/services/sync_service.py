"""The sync engine in its own thread, reporting to the GUI through Qt signals."""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, Signal

from desktop.services.changes import announce
from sync.client.engine import EngineStatus, SyncEngine
from sync.client.snapshot import Progress

log = logging.getLogger("omnidesk.desktop")

STOP_TIMEOUT = 5.0
"""A guard only: the engine stops within a fraction of a second of being told, even with
a request to a server that never answers in flight (`SyncEngine.run`)."""


class SyncService(QObject):
    """Runs `SyncEngine.run` on a background thread while the app is open."""

    status_changed = Signal(object)  # EngineStatus
    progress_changed = Signal(int, int, float)  # rows done, rows total, seconds left (-1)

    def __init__(self, engine: SyncEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        engine.progress = self._on_progress
        engine.touched = announce  # every screen hears what a sync changed
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._started_at: float | None = None
        self.last_status: EngineStatus | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self.engine.run,
            args=(self._stop, self._on_status),
            name="omnidesk-sync",
            daemon=True,
        )
        self._thread.start()

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Stop the sync thread and wait for it: cuts its back-off short and gives up a
        request in flight, so this returns promptly even with the network hanging."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("the sync thread did not stop within %.0f s", timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wake(self) -> None:
        """A change was made: send it now."""
        self.engine.wake()

    def sync_now(self) -> None:
        """Sync at once and wait for it (staff pressed "Sync now"; run from a network
        op): raises what stopped it."""
        self.engine.sync_now()

    def changed(self) -> None:
        """Staff made a change (called on the worker thread that saved it): send it now and
        show the new count of changes waiting, even while offline."""
        self.engine.wake()
        self._on_status(self.engine.status())

    def _on_status(self, status: EngineStatus) -> None:
        self.last_status = status
        self.status_changed.emit(status)

    def _on_progress(self, progress: Progress) -> None:
        now = time.monotonic()
        if progress.rows_done == 0 or self._started_at is None:
            self._started_at = now
        left = -1.0
        elapsed = now - self._started_at
        if progress.rows_total and progress.rows_done and elapsed > 0:
            rate = progress.rows_done / elapsed
            left = max(0.0, (progress.rows_total - progress.rows_done) / rate)
        self.progress_changed.emit(progress.rows_done, progress.rows_total, left)
        if progress.rows_total and progress.rows_done >= progress.rows_total:
            self._started_at = None
