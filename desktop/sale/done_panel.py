"""The last completed sale: the change to give back, and its receipt to print or save."""

from __future__ import annotations

from pathlib import Path

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

from desktop.sale.receipt import print_receipt, save_pdf
from desktop.sale.receipt_data import Receipt
from desktop.ui.formatting import money


class SaleDonePanel(QFrame):
    """Shows the last receipt and prints or saves it; `failed(message)` if it cannot."""

    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saleDone")
        self.setProperty("kind", "card")
        self.summary = QLabel()
        self.summary.setObjectName("saleDoneSummary")
        self.summary.setProperty("kind", "subtitle")
        self.summary.setWordWrap(True)
        self.change = QLabel()
        self.change.setObjectName("changeDue")
        self.change.setProperty("kind", "title")
        self.print_button = QPushButton(self.tr("Print receipt (Ctrl+P)"))
        self.print_button.setObjectName("printReceipt")
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button = QPushButton(self.tr("Save PDF (Ctrl+S)"))
        self.save_button.setObjectName("saveReceipt")
        self.save_button.clicked.connect(self.save_receipt)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.change)
        layout.addLayout(buttons)
        self.receipt: Receipt | None = None
        self.hide()

    def show_receipt(self, receipt: Receipt) -> None:
        self.receipt = receipt
        self.summary.setText(self.tr("Sale {number} completed: {total}").format(
            number=receipt.number, total=money(receipt.total, receipt.currency)))
        self.change.setText(self.tr("Change to give: {amount}").format(
            amount=money(receipt.change, receipt.currency)))
        self.change.setVisible(receipt.change > 0)
        self.show()

    def print_receipt(self) -> None:
        if self.receipt is not None:
            print_receipt(self.receipt, self)

    def save_receipt(self) -> None:
        """Ask where, then save the receipt there as a PDF."""
        if self.receipt is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save receipt"), f"{self.receipt.number}.pdf",
            self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_receipt_pdf(Path(path))

    def save_receipt_pdf(self, path: Path) -> Path | None:
        if self.receipt is None:
            return None
        save_pdf(self.receipt, path)
        if not path.is_file() or path.stat().st_size == 0:
            self.failed.emit(self.tr("The receipt could not be saved as {path}; choose "
                                     "another folder.").format(path=path))
            return None
        return path
