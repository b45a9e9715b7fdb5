"""The last hand-over: the change to give back, and its receipt to print or save."""

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

from desktop.orders.handover_data import HandOverReceipt
from desktop.orders.handover_receipt import print_receipt, save_pdf
from desktop.ui.formatting import money


class HandOverDonePanel(QFrame):
    """Shows the last hand-over and prints or saves its receipt; `failed(message)` if it
    cannot."""

    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handOverDone")
        self.setProperty("kind", "card")
        self.summary = QLabel()
        self.summary.setObjectName("handOverDoneSummary")
        self.summary.setProperty("kind", "subtitle")
        self.summary.setWordWrap(True)
        self.change = QLabel()
        self.change.setObjectName("handOverChange")
        self.change.setProperty("kind", "title")
        self.print_button = QPushButton(self.tr("Print receipt (Ctrl+P)"))
        self.print_button.setObjectName("printHandOver")
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button = QPushButton(self.tr("Save PDF (Ctrl+S)"))
        self.save_button.setObjectName("saveHandOver")
        self.save_button.clicked.connect(self.save_receipt)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.change)
        layout.addLayout(buttons)
        self.receipt: HandOverReceipt | None = None
        self.hide()

    def show_receipt(self, receipt: HandOverReceipt) -> None:
        self.receipt = receipt
        if receipt.still_waiting:
            text = self.tr("Order {number}: part handed over; {units} units still waiting.")
        else:
            text = self.tr("Order {number} handed over.")
        self.summary.setText(text.format(number=receipt.number, units=receipt.still_waiting))
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
            self, self.tr("Save pickup receipt"), f"{self.receipt.number}-pickup.pdf",
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
