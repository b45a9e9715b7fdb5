"""A manager approves one change at the till with their own login and PIN (the view).

`check_requested(login, pin)` asks for the check (`approval.ApprovalCheck` runs it in the
background); the dialog then shows `refuse(sentence)` or closes on `approve(staff)`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.shared.i18n import tr
from sync.client.staff import Staff


class ManagerApproval(QDialog):
    """`approved(Staff)` once a manager signed in; the dialog then closes."""

    approved = Signal(object)
    check_requested = Signal(str, str)  # login, PIN

    def __init__(self, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerApproval")
        self.setWindowTitle(tr("Manager approval"))
        self.checking = False
        why_label = QLabel(why)
        why_label.setObjectName("approvalReason")
        why_label.setWordWrap(True)
        self.login = QLineEdit()
        self.login.setObjectName("managerLogin")
        self.pin = QLineEdit()
        self.pin.setObjectName("managerPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("Manager's login:"), self.login)
        form.addRow(tr("PIN:"), self.pin)
        self.error = QLabel()
        self.error.setObjectName("approvalError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Approve"))
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.login.setFocus()

    def check(self) -> None:
        """Ask for the login and PIN to be checked (once at a time)."""
        if self.checking:
            return
        self.checking = True
        self.buttons.setEnabled(False)
        self.check_requested.emit(self.login.text(), self.pin.text())

    def refuse(self, text: str) -> None:
        """The check said no: why, and the PIN to type again."""
        self.checking = False
        self.buttons.setEnabled(True)
        self.pin.clear()
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.pin.setFocus()

    def approve(self, manager: Staff) -> None:
        self.checking = False
        self.buttons.setEnabled(True)
        self.approved.emit(manager)
        self.accept()
