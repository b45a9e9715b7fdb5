"""The sync state, always visible in the status bar: online or offline, last sync,
changes waiting to be sent, changes needing attention, and first-sync progress."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.resources import icon
from desktop.shared.formatting import local_time
from desktop.shared.i18n import tr
from sync.client.engine import EngineStatus


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class SyncStatusBar(QWidget):
    """Shows what the sync engine last reported; `attention_clicked` opens the sync centre."""

    attention_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dot = QLabel()
        self.dot.setObjectName("syncDot")
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.last_sync = QLabel()
        self.last_sync.setObjectName("lastSync")
        self.last_sync.setProperty("kind", "muted")
        self.pending = QLabel()
        self.pending.setObjectName("pendingCount")
        self.attention = QPushButton()
        self.attention.setObjectName("attentionButton")
        self.attention.setProperty("kind", "danger")
        self.attention.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.attention.clicked.connect(self.attention_clicked)
        self.attention.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("initialSyncProgress")
        self.progress.hide()
        self.progress_text = QLabel()
        self.progress_text.setObjectName("initialSyncText")
        self.progress_text.hide()
        self.detail = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        for widget in (
            self.dot,
            self.state,
            self.last_sync,
            self.pending,
            self.attention,
            self.progress,
            self.progress_text,
        ):
            row.addWidget(widget)
        self.show_status(None)

    @property
    def online(self) -> bool | None:
        value = self.state.property("online")
        return None if value is None else value == "true"

    def show_status(self, status: EngineStatus | None) -> None:
        if status is None:
            self.state.setText(tr("Connecting…"))
            self.state.setProperty("online", None)
            self.dot.clear()
            self.last_sync.setText("")
            self.pending.setText("")
            return
        self.detail = status.message
        self.state.setText(tr("Online") if status.online else tr("Offline"))
        self.state.setProperty("online", "true" if status.online else "false")
        self.state.setToolTip(status.message)
        self.dot.setPixmap(icon("online" if status.online else "offline").pixmap(14, 14))
        _repolish(self.state)
        self.last_sync.setText(
            tr("last sync {when}").format(when=local_time(status.last_sync_at))
            if status.last_sync_at
            else tr("never synced")
        )
        self.pending.setText(
            tr("{n} waiting to be sent").format(n=status.pending)
            if status.pending
            else tr("all changes sent")
        )
        self.show_attention(status.rejected)

    def show_attention(self, count: int) -> None:
        self.attention.setText(tr("{n} need attention").format(n=count))
        self.attention.setVisible(count > 0)

    def show_progress(self, done: int, total: int, seconds_left: float) -> None:
        """Initial-sync progress: rows done of total and the time left (hidden when done)."""
        if total <= 0 or done >= total:
            self.progress.hide()
            self.progress_text.hide()
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.show()
        left = (
            tr("about {s} s left").format(s=max(1, round(seconds_left)))
            if seconds_left >= 0
            else tr("estimating time left")
        )
        self.progress_text.setText(
            tr("First sync: {done} of {total} rows, {left}").format(
                done=f"{done:,}", total=f"{total:,}", left=left
            )
        )
        self.progress_text.show()
