"""A manager approves one change at the till with their own login and PIN.

The check runs in the background (online against the API, else against this device's
verifier); someone who is not a manager is refused in so many words.
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

from desktop.services.background import run_in_background
from desktop.services.staff import Staff, StaffSignIn
from desktop.ui.errors import explain
from sync.commands.permissions import is_manager


class ManagerApproval(QDialog):
    """`approved(Staff)` once a manager signed in; the dialog then closes."""

    approved = Signal(object)

    def __init__(self, sign_in: StaffSignIn, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerApproval")
        self.setWindowTitle(self.tr("Manager approval"))
        self._sign_in = sign_in
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
        form.addRow(self.tr("Manager's login:"), self.login)
        form.addRow(self.tr("PIN:"), self.pin)
        self.error = QLabel()
        self.error.setObjectName("approvalError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.login.setFocus()

    def check(self) -> None:
        """Sign the person in (in the background); only a manager approves."""
        if self.checking:
            return
        login, pin = self.login.text(), self.pin.text()
        self.checking = True
        self.buttons.setEnabled(False)
        run_in_background(lambda: self._sign_in.sign_in(login, pin, remember=False),
                          self._signed_in,
                          self._refused)

    def _signed_in(self, staff: Staff) -> None:
        self.checking = False
        self.buttons.setEnabled(True)
        if not is_manager(staff.role):
            self._show(self.tr("{name} is not a manager: only a manager can approve this. "
                               "Ask a manager to enter their login and PIN.").format(
                                   name=staff.display_name))
            self.pin.clear()
            return
        self.approved.emit(staff)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.checking = False
        self.buttons.setEnabled(True)
        self.pin.clear()
        self._show(explain(error))

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.pin.setFocus()
