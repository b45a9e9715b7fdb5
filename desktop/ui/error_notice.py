"""A short message on screen when something unexpected failed (details go to the log)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.logs import catch_unexpected, log_file, setup_logging
from desktop.shared.i18n import tr


class ErrorNotice(QObject):
    """Shows one message box per unexpected error, from whichever thread it came."""

    raised = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.raised.connect(self._show)
        self.shown: list[str] = []

    @Slot(str)
    def _show(self, kind: str) -> None:
        text = tr(
            "Something unexpected went wrong ({kind}). What you saved before is safe. "
            "The details were written to {path}; tell your manager if it happens again."
        ).format(kind=kind, path=str(log_file()))
        self.shown.append(text)
        QMessageBox.warning(QApplication.activeWindow(), tr("Omnidesk"), text)


def install(app: QApplication) -> ErrorNotice:
    """Log to the user log directory and catch every unexpected error from now on."""
    setup_logging()
    notice = ErrorNotice(app)
    catch_unexpected(notice.raised.emit)
    return notice
