"""Choosing a new PIN at the sign-in screen: asked when a person's PIN is shorter than the
rules now ask, typed twice, changed on the server, and the person is signed in with it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
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
from desktop.shared.sign_in_limits import pin_rule_text
from sync.client.staff import Staff
from sync.rules.pins import MAX_PIN_LENGTH, MIN_PIN_LENGTH, broken_pin_rule


class PinChangeDialog(QDialog):
    """`changed(Staff)` once the new PIN is set and the person signed in with it."""

    changed = Signal(object)

    def __init__(
        self, login: str, change: Callable[[str], Staff], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinChange")
        self.setWindowTitle(tr("Choose a new PIN"))
        self._change = change
        self.busy = False
        why = QLabel(
            tr(
                "{login}, your PIN is too short. Choose a new PIN of at least "
                "{n} digits: you will sign in with it from now on, on every "
                "device."
            ).format(login=login, n=MIN_PIN_LENGTH)
        )
        why.setObjectName("pinChangeReason")
        why.setWordWrap(True)
        self.new_pin = self._pin_field("newPin")
        self.repeat = self._pin_field("repeatPin")
        form = QFormLayout()
        form.addRow(tr("New PIN:"), self.new_pin)
        form.addRow(tr("New PIN again:"), self.repeat)
        self.error = QLabel()
        self.error.setObjectName("pinChangeError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Change PIN"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.new_pin.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.submit)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(420)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.new_pin.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return moves from field to field and submits from the last one (the fields
        handle it), rather than pressing the dialog's default button at once."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    def _pin_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(MAX_PIN_LENGTH + 4)
        return field

    def submit(self) -> None:
        """Check the two entries here, then change the PIN in the background."""
        if self.busy:
            return
        new, again = self.new_pin.text(), self.repeat.text()
        rule = broken_pin_rule(new)
        if rule is not None:
            self._show(pin_rule_text(rule))
            return
        if new != again:
            self._show(tr("The two entries differ: type the same new PIN twice."))
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self._show(tr("Changing your PIN…"), error=False)
        NetworkOp(parent=self, op=lambda: self._change(new), success=self._done).failure(
            self._failed
        ).start()

    def _done(self, staff: Staff) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.changed.emit(staff)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self._show(explain(error))

    def _show(self, text: str, *, error: bool = True) -> None:
        self.error.setProperty("kind", "error" if error else "muted")
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.new_pin.clear()
        self.repeat.clear()
        self.new_pin.setFocus()
