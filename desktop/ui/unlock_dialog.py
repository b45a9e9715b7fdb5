"""A manager lifts a colleague's sign-in lock-out at the till, with their own login and PIN
(checked by the central API like a sign-in; nothing of the manager's is kept here)."""

from __future__ import annotations

from collections.abc import Callable

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

from desktop.services.ops import NetworkOp
from desktop.shared.errors import explain
from desktop.shared.i18n import tr


class UnlockDialog(QDialog):
    """`unlocked(str)` with the login once a manager lifted its lock-out."""

    unlocked = Signal(str)

    def __init__(
        self, login: str, unlock: Callable[[str, str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockStaff")
        self.setWindowTitle(tr("Unlock sign-in"))
        self.setMinimumWidth(420)
        self._login = login
        self._unlock = unlock
        self.busy = False
        why = QLabel(
            tr(
                "{login} is locked out after too many wrong PINs. A manager of "
                "this store can unlock it with their own login and PIN."
            ).format(login=login)
        )
        why.setWordWrap(True)
        self.manager_login = QLineEdit()
        self.manager_login.setObjectName("managerLogin")
        self.manager_pin = QLineEdit()
        self.manager_pin.setObjectName("managerPin")
        self.manager_pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("Manager's login:"), self.manager_login)
        form.addRow(tr("Manager's PIN:"), self.manager_pin)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Unlock"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.manager_login.returnPressed.connect(self.manager_pin.setFocus)
        self.manager_pin.returnPressed.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.manager_login.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        manager, pin = self.manager_login.text(), self.manager_pin.text()
        if not manager.strip() or not pin:
            self._show(tr("Enter the manager's login and PIN."))
            return
        self.busy = True
        self.buttons.setEnabled(False)
        NetworkOp(parent=self, op=lambda: self._unlock(manager, pin), success=self._done).failure(
            self._refused
        ).start()

    def _done(self, _: bool) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.unlocked.emit(self._login)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.manager_pin.clear()
        self._show(explain(error))

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
