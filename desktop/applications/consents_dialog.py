"""The consents the applicant gives: each with a checkbox, what it means, and when, where
and in which channel it was given. A view: ticking one emits `consent_changed`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.applications.checks_data import ConsentItem, ConsentsState
from desktop.shared import formatting, labels
from desktop.shared.i18n import N_, tr

MEANINGS = {
    "credit_check": N_(
        "The lender may ask the credit registers about the customer's debts and repayments "
        "to decide on this credit."
    ),
    "data_processing": N_(
        "The lender may keep and use the customer's personal data to assess, grant and "
        "manage this credit."
    ),
    "marketing": N_("The customer agrees to receive offers; they may withdraw it at any time."),
}


def given_text(item: ConsentItem) -> str:
    """When, in which channel and where a consent was given (or withdrawn)."""
    if item.at is None:
        return tr("Not given yet.")
    when = formatting.local_time(item.at)
    channel = labels.channel(item.channel) if item.channel else ""
    if item.given:
        if item.place:
            return tr("Given {when} ({channel}, {place}).").format(
                when=when, channel=channel, place=item.place
            )
        return tr("Given {when} ({channel}).").format(when=when, channel=channel)
    return tr("Withdrawn {when} ({channel}).").format(when=when, channel=channel)


class ConsentsDialog(QDialog):
    """Every consent of the product (required ones marked) and the optional ones."""

    consent_changed = Signal(str, bool)  # code, given

    def __init__(self, state: ConsentsState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consents_dialog")
        self.setWindowTitle(tr("Consents for {number}").format(number=state.application_number))
        self._layout = QVBoxLayout(self)
        self._boxes: dict[str, QCheckBox] = {}
        self._whens: dict[str, QLabel] = {}
        self.error = QLabel()
        self.error.setObjectName("consents_error")
        self.error.setWordWrap(True)
        self.error.hide()
        for item in state.items:
            self._add(item)
        self._layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._layout.addWidget(buttons)
        self.show_state(state)

    def _add(self, item: ConsentItem) -> None:
        title = labels.consent(item.code)
        if item.required:
            title = tr("{consent} (required)").format(consent=title)
        box = QCheckBox(title)
        box.setObjectName(f"consent:{item.code}")
        box.clicked.connect(lambda checked: self._clicked(item.code, checked))
        meaning = QLabel(tr(MEANINGS[item.code]) if item.code in MEANINGS else "")
        meaning.setWordWrap(True)
        meaning.setIndent(24)
        when = QLabel()
        when.setIndent(24)
        when.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (box, meaning, when):
            self._layout.addWidget(widget)
        self._boxes[item.code] = box
        self._whens[item.code] = when

    def _clicked(self, code: str, checked: bool) -> None:
        self._boxes[code].setEnabled(False)  # until the change is recorded
        self.consent_changed.emit(code, checked)

    def show_state(self, state: ConsentsState) -> None:
        self.show_error("")
        for item in state.items:
            box = self._boxes.get(item.code)
            if box is None:
                continue
            box.setChecked(item.given)
            box.setEnabled(not state.read_only)
            self._whens[item.code].setText(given_text(item))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def box(self, code: str) -> QCheckBox:
        return self._boxes[code]

    def when_text(self, code: str) -> str:
        return self._whens[code].text()
