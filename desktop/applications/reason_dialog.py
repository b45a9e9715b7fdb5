"""Asking for the reason of a rejection (required) before it is sent. A view."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.shared.i18n import tr


class ReasonDialog(QDialog):
    given = Signal(str)

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectReasonDialog")
        self.setWindowTitle(tr("Reject {number}").format(number=number))
        self.text = QPlainTextEdit()
        self.text.setObjectName("rejectReason")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Reject"))
        ok.setEnabled(False)
        self.text.textChanged.connect(lambda: ok.setEnabled(bool(self.text.toPlainText().strip())))
        self.buttons.accepted.connect(self._done)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Why is the application rejected? The customer is told.")))
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)

    def _done(self) -> None:
        reason = self.text.toPlainText().strip()
        if reason:
            self.given.emit(reason)
            self.accept()
