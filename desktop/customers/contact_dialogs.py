"""The dialogs of a call: what came of it, a callback, a branch appointment. Widgets only:
`contact_controller` fills them, records what they say and shows a refusal on them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.customers.contact_actions import Branch
from desktop.shared.i18n import N_, tr

# What came of a call, in menu order (the chosen one starts the call's note).
OUTCOMES = (
    ("reached", N_("Reached the customer")),
    ("no_answer", N_("No answer")),
    ("voicemail", N_("Left a voicemail")),
    ("wrong_number", N_("Wrong number")),
)
MAX_NOTE = 1000


def _next_hour(after: datetime, hours: int) -> datetime:
    start = after.replace(minute=0, second=0, microsecond=0)
    return start + timedelta(hours=hours)


class _ContactDialog(QDialog):
    """A form, a note, an error line and OK (the controller decides what OK does)."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.note = QPlainTextEdit()
        self.note.setObjectName("contactNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.error = QLabel()
        self.error.setObjectName("contactError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("contactOk")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def note_text(self) -> str:
        return self.note.toPlainText().strip()[:MAX_NOTE]

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def set_busy(self, busy: bool) -> None:
        """While it is being recorded: OK pressed once."""
        self.ok_button.setEnabled(not busy)
        if busy:
            self.error.hide()


def _when(default: datetime) -> QDateTimeEdit:
    field = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(default.timestamp())))
    field.setObjectName("contactWhen")
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd HH:mm")
    return field


def _chosen_time(field: QDateTimeEdit) -> datetime:
    """The time chosen, as an aware UTC time (typed in this machine's zone)."""
    return datetime.fromtimestamp(field.dateTime().toSecsSinceEpoch(), UTC)


class CallDialog(_ContactDialog):
    """What came of the call and what was said."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Record a call"), tr("&Record call"), parent)
        self.setObjectName("callDialog")
        self.outcome = QComboBox()
        self.outcome.setObjectName("callOutcome")
        for value, text in OUTCOMES:
            self.outcome.addItem(tr(text), value)
        self.note.setPlaceholderText(tr("What was said? Every channel will see this."))
        self.form.addRow(tr("&Outcome:"), self.outcome)
        self.form.addRow(tr("&Note:"), self.note)

    def written(self) -> str:
        """The call's note: its outcome, then what was typed."""
        outcome = self.outcome.currentText()
        note = self.note_text()
        return tr("{outcome}: {note}").format(outcome=outcome, note=note) if note else outcome


class CallbackDialog(_ContactDialog):
    """When to call the customer back, and about what."""

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(tr("Book a callback"), tr("&Book callback"), parent)
        self.setObjectName("callbackDialog")
        self.when = _when(_next_hour(now, 2))
        self.note.setPlaceholderText(tr("What is the callback about?"))
        self.form.addRow(tr("&When:"), self.when)
        self.form.addRow(tr("&About:"), self.note)

    def written(self) -> tuple[datetime, str]:
        return _chosen_time(self.when), self.note_text()


class AppointmentDialog(_ContactDialog):
    """Which branch, when, and what for. OK waits for the branches to be read."""

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(tr("Book a branch appointment"), tr("&Book appointment"), parent)
        self.setObjectName("appointmentDialog")
        self.branch = QComboBox()
        self.branch.setObjectName("appointmentBranch")
        self.branch.setPlaceholderText(tr("Loading…"))
        self.when = _when(_next_hour(now, 24))
        self.note.setPlaceholderText(tr("What is the visit for?"))
        self.form.addRow(tr("B&ranch:"), self.branch)
        self.form.addRow(tr("&When:"), self.when)
        self.form.addRow(tr("&About:"), self.note)
        self.ok_button.setEnabled(False)

    def set_branches(self, branches: list[Branch]) -> None:
        self.branch.clear()
        for branch in branches:
            self.branch.addItem(
                tr("{name} ({city})").format(name=branch.name, city=branch.city), branch.id
            )
        if branches:
            self.branch.setCurrentIndex(0)
        else:
            self.show_error(tr("There is no branch in this customer's country."))
        self.ok_button.setEnabled(bool(branches))
        self.branch.setFocus(Qt.FocusReason.OtherFocusReason)

    def written(self) -> tuple[uuid.UUID | None, datetime, str]:
        branch = self.branch.currentData()
        return branch, _chosen_time(self.when), self.note_text()
