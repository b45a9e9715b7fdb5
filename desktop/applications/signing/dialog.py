"""The signing ceremony on screen, in steps: the customer reads the agreement, consents
to sign electronically, signs on the pad; then the copy is printed or saved.

A view: it emits what staff and the customer ask for and has small setters; the
ceremony (`ceremony.py`) runs the work in ops.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.shared.fit_screen import resize_within_screen
from desktop.shared.i18n import tr
from desktop.shared.pdf_view import PdfView
from desktop.shared.signature_pad import SignaturePad
from sync.model.types import utcnow

READ, SIGN, DONE = range(3)


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


class SigningDialog(QDialog):
    """1. read the agreement, 2. consent to sign electronically, 3. sign on the pad,
    4. Sign, 5. print or save the customer's copy."""

    sign_requested = Signal(list, object)  # strokes, when the e-signature consent was given
    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signing_dialog")
        self.setWindowTitle(tr("Signing application {number}").format(number=number))
        resize_within_screen(self, 900, 760)
        self._consent_at: datetime | None = None
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._read_step())
        self.steps.addWidget(self._sign_step())
        self.steps.addWidget(self._done_step())
        self.close_button = _button(tr("Close"), "close", self)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(bottom)
        self.viewer.show_message(tr("Writing the agreement…"))

    # The steps

    def _read_step(self) -> QWidget:
        page = QWidget(self)
        self.read_hint = QLabel(
            tr("Let the customer read the agreement, in their language, before signing.")
        )
        self.read_hint.setWordWrap(True)
        self.viewer = PdfView(page)
        self.consent = QCheckBox(tr("The customer consents to sign electronically"), page)
        self.consent.setObjectName("e_sign_consent")
        self.consent.setEnabled(False)
        self.consent.toggled.connect(self._consent_toggled)
        self.to_sign = _button(tr("Next: sign"), "to_sign", page)
        self.to_sign.setEnabled(False)
        self.to_sign.clicked.connect(self.go_sign)
        row = QHBoxLayout()
        row.addWidget(self.consent)
        row.addStretch(1)
        row.addWidget(self.to_sign)
        layout = QVBoxLayout(page)
        layout.addWidget(self.read_hint)
        layout.addWidget(self.viewer, 1)
        layout.addLayout(row)
        return page

    def _sign_step(self) -> QWidget:
        page = QWidget(self)
        hint = QLabel(tr("The customer signs in the box with the mouse, a pen or a finger."))
        hint.setWordWrap(True)
        self.pad = SignaturePad(page)
        self.pad.setMinimumHeight(220)
        self.pad.changed.connect(lambda: self.show_error(""))
        self.sign_error = QLabel(page)
        self.sign_error.setObjectName("sign_error")
        self.sign_error.setWordWrap(True)
        self.sign_error.hide()
        self.back = _button(tr("Back to the agreement"), "back", page)
        self.back.clicked.connect(lambda: self.steps.setCurrentIndex(READ))
        self.clear = _button(tr("Clear"), "clear", page)
        self.clear.clicked.connect(self.pad.clear)
        self.sign = _button(tr("Sign"), "sign", page)
        self.sign.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.clear)
        row.addWidget(self.sign)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.sign_error)
        layout.addLayout(row)
        return page

    def _done_step(self) -> QWidget:
        page = QWidget(self)
        self.done_text = QLabel(page)
        self.done_text.setObjectName("done_text")
        self.done_text.setWordWrap(True)
        self.copy_text = QLabel(page)
        self.copy_text.setWordWrap(True)
        self.print_button = _button(tr("Print…"), "print", page)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button = _button(tr("Save as PDF…"), "save", page)
        self.save_button.clicked.connect(self.save_requested)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_text)
        layout.addWidget(self.copy_text)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # Setters

    def show_agreement(self, pages: list[QImage]) -> None:
        self.viewer.show_pages(pages)
        self.consent.setEnabled(True)

    def show_refusal(self, text: str) -> None:
        """The agreement cannot be signed now: why, in place of the document."""
        self.viewer.show_message(text)
        self.consent.setEnabled(False)
        self.to_sign.setEnabled(False)

    def show_error(self, text: str) -> None:
        self.sign_error.setText(text)
        self.sign_error.setVisible(bool(text))

    def error_text(self) -> str:
        return "" if self.sign_error.isHidden() else self.sign_error.text()

    def show_busy(self, busy: bool) -> None:
        for widget in (self.sign, self.clear, self.back, self.pad):
            widget.setEnabled(not busy)

    def show_signed(self, filename: str, document_sha256: str) -> None:
        self.done_text.setText(
            tr("Signed. The signed agreement {filename} is kept and will be sent.").format(
                filename=filename
            )
        )
        self.copy_text.setText(
            tr("SHA-256 of the agreement read and signed: {sha}").format(sha=document_sha256)
        )
        self.steps.setCurrentIndex(DONE)
        self.close_button.setText(tr("Done"))

    def show_copy_message(self, text: str) -> None:
        self.copy_text.setText(text)

    def step(self) -> int:
        return self.steps.currentIndex()

    # What staff do

    def _consent_toggled(self, checked: bool) -> None:
        self._consent_at = utcnow() if checked else None
        self.to_sign.setEnabled(checked)

    def go_sign(self) -> None:
        if self.consent.isChecked():
            self.steps.setCurrentIndex(SIGN)
            self.pad.setFocus()

    def submit(self) -> None:
        """Refuse an empty pad, a dot or a scribble with the shared rule's sentence; else
        ask to sign."""
        acceptable, why = self.pad.is_acceptable()
        if not acceptable:
            self.show_error(why)
            return
        if self._consent_at is None:
            self.steps.setCurrentIndex(READ)
            return
        self.show_error("")
        self.show_busy(True)
        self.sign_requested.emit(self.pad.strokes(), self._consent_at)
