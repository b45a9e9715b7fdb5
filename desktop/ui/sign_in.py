"""The sign-in (and lock) screen of a shared device: each person signs in with their own
login and PIN; offline sign-in works for people who signed in here online before."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.ops import NetworkOp
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.shared.sign_in_limits import login_locked
from desktop.ui.pin_change import PinChangeDialog
from desktop.ui.unlock_dialog import UnlockDialog
from sync.client.staff import Staff, StaffSignIn


class _Message(QLabel):
    """A wrapped message that claims the lines it needs at its width, so the card grows
    with a longer message instead of squashing the fields above it."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._claim()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._claim()

    def _claim(self) -> None:
        height = self.heightForWidth(self.width()) if self.text() else 0
        if height != self.minimumHeight():
            self.setMinimumHeight(max(height, 0))


class SignInScreen(QWidget):
    """Emits `signed_in(Staff)` once a login and PIN are accepted."""

    signed_in = Signal(object)

    def __init__(self, sign_in: StaffSignIn, place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self.staff_sign_in = sign_in  # also offered to pages (a manager signs for a change)
        self._tried: tuple[str, str] | None = None
        self.pin_change: PinChangeDialog | None = None
        """Open while a person whose PIN is too short chooses a new one."""
        card = QFrame()
        card.setObjectName("signInCard")
        card.setFixedWidth(420)
        title = QLabel(tr("Sign in"))
        title.setProperty("kind", "title")
        self.place = QLabel(place)
        self.place.setProperty("kind", "muted")
        self.notice = QLabel()
        self.notice.setObjectName("signInNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.login.setPlaceholderText(tr("e.g. cashier.waw"))
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _Message()
        self.error.setObjectName("signInError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.button = QPushButton(tr("Sign in"))
        self.button.setObjectName("signInButton")
        self.button.setProperty("kind", "primary")
        self.button.setDefault(True)
        form = QFormLayout()
        form.addRow(tr("Login"), self.login)
        form.addRow(tr("PIN"), self.pin)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        for widget in (title, self.place, self.notice):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.error)
        self.unlock_button = QPushButton(tr("A manager can unlock it…"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.hide()
        self.unlock_button.clicked.connect(self._ask_manager)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.button.clicked.connect(self.submit)
        self.login.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.unlock_dialog: UnlockDialog | None = None
        self._locked_login = ""

    def reset(self, notice: str = "") -> None:
        """Ready for the next person; `notice` says why (locked, signed out...)."""
        self.pin.clear()
        self.error.clear()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.button.setEnabled(True)
        self.login.setFocus()

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        login, pin = self.login.text(), self.pin.text()
        if not login.strip() or not pin:
            self.error.setText(tr("Enter your login and PIN."))
            return
        self.error.setText(tr("Signing in…"))
        self.button.setEnabled(False)
        self._tried = (login, pin)
        NetworkOp(
            parent=self, op=lambda: self._sign_in.sign_in(login, pin), success=self._accepted
        ).failure(self._refused).start()

    def _accepted(self, staff: Staff) -> None:
        self._tried = None
        self.button.setEnabled(True)
        self.error.clear()
        self.pin.clear()
        self.signed_in.emit(staff)

    def _refused(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        self.error.setText(explain(error))
        self._locked_login = self._tried[0] if login_locked(error) and self._tried else ""
        self.unlock_button.setVisible(bool(self._locked_login))
        self.pin.clear()
        self.pin.setFocus()
        if getattr(error, "code", None) == "pin_change_required" and self._tried:
            self._ask_new_pin(*self._tried)
        self._tried = None

    def _ask_manager(self) -> None:
        """A manager lifts the lock-out here, with their own login and PIN."""
        login = self._locked_login
        dialog = UnlockDialog(
            login, lambda manager, pin: self._sign_in.unlock(login, manager, pin), self
        )
        dialog.unlocked.connect(self._unlocked)
        dialog.finished.connect(lambda _: setattr(self, "unlock_dialog", None))
        self.unlock_dialog = dialog
        dialog.open()

    def _unlocked(self, login: str) -> None:
        self.unlock_button.hide()
        self._locked_login = ""
        self.error.setText(tr("{login} is unlocked: sign in again.").format(login=login))
        self.pin.setFocus()

    def _ask_new_pin(self, login: str, pin: str) -> None:
        """The PIN was right but too short: the person chooses a new one right here and
        is then signed in with it."""
        dialog = PinChangeDialog(
            login, lambda new_pin: self._sign_in.change_pin(login, pin, new_pin), self
        )
        dialog.changed.connect(self._accepted)
        dialog.rejected.connect(
            lambda: self.error.setText(tr("Your PIN must be changed before you can sign in."))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "pin_change", None))
        self.pin_change = dialog
        dialog.open()
