"""The last piece of work finished at the till — a sale, a hand-over, a return — shown
with the money to hand across the counter, and its receipt to print or save as a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shared.i18n import tr
from desktop.shared.receipt import save_folder, till_roll
from desktop.shared.receipt.document import ReceiptDocument

R = TypeVar("R")


class ReceiptPanel(QFrame, Generic[R]):
    """Shows the last receipt and prints or saves it; `failed(message)` if it cannot.

    Subclasses say what the receipt `R` was for: `describe` (the summary and the headline,
    e.g. the change to give; "" hides it) and `document` (the receipt to print).
    """

    failed = Signal(str)

    def __init__(self, name: str, print_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("kind", "card")
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setProperty("kind", "subtitle")
        self.summary.setWordWrap(True)
        self.headline = QLabel()
        self.headline.setObjectName(f"{name}Headline")
        self.headline.setProperty("kind", "title")
        self.headline.setWordWrap(True)
        self.print_button = QPushButton(print_text)
        self.print_button.setObjectName(f"{name}Print")
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button = QPushButton(tr("Save PDF (Ctrl+S)"))
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.clicked.connect(self.save_receipt)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.headline)
        layout.addLayout(buttons)
        self.receipt: R | None = None
        self.hide()

    # -- what a subclass says -----------------------------------------------------------

    def describe(self, receipt: R) -> tuple[str, str]:
        raise NotImplementedError

    def document(self, receipt: R) -> ReceiptDocument:
        raise NotImplementedError

    # -- showing, printing, saving ------------------------------------------------------

    def show_receipt(self, receipt: R) -> None:
        self.receipt = receipt
        summary, headline = self.describe(receipt)
        self.summary.setText(summary)
        self.headline.setText(headline)
        self.headline.setVisible(bool(headline))
        self.show()

    def print_receipt(self) -> None:
        if self.receipt is not None:
            till_roll.print_receipt(self.document(self.receipt), self)

    def save_receipt(self) -> None:
        """Ask where (the folder used last, at first the documents folder), then save the
        receipt there as a PDF."""
        if self.receipt is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save receipt"),
            save_folder.suggested_path(self.document(self.receipt).file_name),
            tr("PDF documents (*.pdf)"),
        )
        if path:
            save_folder.remember(Path(path))
            self.save_receipt_pdf(Path(path))

    def save_receipt_pdf(self, path: Path) -> Path | None:
        if self.receipt is None:
            return None
        till_roll.save_receipt_pdf(self.document(self.receipt), path)
        if not path.is_file() or path.stat().st_size == 0:
            self.failed.emit(
                tr("The receipt could not be saved as {path}; choose another folder.").format(
                    path=path
                )
            )
            return None
        return path
