"""The identity document the advisor checked: type, number, expiry, issuing country.

A view: it checks what was typed with the shared rule (`check_identity`) and says its
sentence, then emits `record_requested`; the controller records it. Once recorded the
number is shown masked only, and the field is emptied.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.applications.checks_data import IdentityShown, IdentityState
from desktop.shared import formatting, labels
from desktop.shared.i18n import tr
from desktop.shared.refusals import say
from sync.rules import applications as rules
from sync.rules.errors import RuleViolation


def identity_text(shown: IdentityShown) -> str:
    """`Identity card •••••456, PL, valid until 31.01.2031`."""
    return tr("{type} {number}, {country}, valid until {expiry}").format(
        type=labels.identity_type(shown.type),
        number=shown.masked,
        country=shown.country,
        expiry=formatting.local_date(shown.expiry),
    )


class IdentityDialog(QDialog):
    """Record (or record again) the identity document checked."""

    record_requested = Signal(str, str, object, str)  # type, number, expiry (date), country

    def __init__(self, state: IdentityState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity_dialog")
        self.setWindowTitle(
            tr("Identity checked for {number}").format(number=state.application_number)
        )
        self.recorded = QLabel()
        self.recorded.setObjectName("identity_recorded")
        self.recorded.setWordWrap(True)
        self.doc_type = QComboBox()
        for code in rules.IDENTITY_TYPES:
            self.doc_type.addItem(labels.identity_type(code), code)
        self.number = QLineEdit()
        self.number.setObjectName("identity_number")
        self.number.setMaxLength(40)
        self.number.setPlaceholderText(tr("As printed on the document"))
        self.expiry = QDateEdit()
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat(formatting.date_format())
        today = date.today()
        self.expiry.setDate(QDate(today.year + 1, today.month, min(today.day, 28)))
        self.country = QLineEdit(state.country)
        self.country.setObjectName("identity_country")
        self.country.setMaxLength(2)
        self.country.setInputMask(">AA")
        self.error = QLabel()
        self.error.setObjectName("identity_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.hide()
        form = QFormLayout()
        form.addRow(tr("Document"), self.doc_type)
        form.addRow(tr("Number"), self.number)
        form.addRow(tr("Valid until"), self.expiry)
        form.addRow(tr("Issuing country"), self.country)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recorded)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.show_state(state)

    def show_state(self, state: IdentityState) -> None:
        if state.recorded is None:
            self.recorded.setText(tr("No identity document recorded yet."))
        else:
            self.recorded.setText(
                tr("Recorded: {identity}").format(identity=identity_text(state.recorded))
            )
        for widget in (self.doc_type, self.number, self.expiry, self.country):
            widget.setEnabled(not state.read_only)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setVisible(not state.read_only)

    def show_recorded(self, shown: IdentityShown | None) -> None:
        """The document was recorded: its number masked, the field emptied."""
        self.number.clear()
        self.show_error("")
        if shown is not None:
            self.recorded.setText(tr("Recorded: {identity}").format(identity=identity_text(shown)))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.buttons.setEnabled(True)

    def error_text(self) -> str:
        return "" if self.error.isHidden() else self.error.text()

    def fill(self, doc_type: str, number: str, expiry: date, country: str) -> None:
        """Put values in the form (as staff would type them)."""
        self.doc_type.setCurrentIndex(self.doc_type.findData(doc_type))
        self.number.setText(number)
        self.expiry.setDate(QDate(expiry.year, expiry.month, expiry.day))
        self.country.setText(country)

    def submit(self) -> None:
        """Check with the shared rule; emit `record_requested` if it holds."""
        doc_type = str(self.doc_type.currentData())
        expiry = self.expiry.date().toPython()
        assert isinstance(expiry, date)
        country = self.country.text().strip().upper()
        try:
            rules.check_identity(doc_type, self.number.text(), expiry, country, date.today())
        except RuleViolation as refused:
            self.show_error(say(refused))
            return
        self.show_error("")
        self.buttons.setEnabled(False)
        self.record_requested.emit(doc_type, self.number.text(), expiry, country)
