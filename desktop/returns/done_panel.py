"""The last return recorded: what to refund and how, and its receipt to print or save."""

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

from desktop.returns.receipt import print_return_receipt, save_return_pdf
from desktop.returns.receipt_data import ReturnReceipt
from desktop.ui.formatting import money


class ReturnDonePanel(QFrame):
    """Shows the last return's refund; `failed(message)` if its receipt cannot be saved."""

    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDone")
        self.setProperty("kind", "card")
        self.summary = QLabel()
        self.summary.setObjectName("returnDoneSummary")
        self.summary.setProperty("kind", "subtitle")
        self.summary.setWordWrap(True)
        self.refunds = QLabel()
        self.refunds.setObjectName("returnRefunds")
        self.refunds.setProperty("kind", "title")
        self.refunds.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print return receipt (Ctrl+P)"))
        self.print_button.setObjectName("printReturnReceipt")
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button = QPushButton(self.tr("Save PDF (Ctrl+S)"))
        self.save_button.setObjectName("saveReturnReceipt")
        self.save_button.clicked.connect(self.save_receipt)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.refunds)
        layout.addLayout(buttons)
        self.receipt: ReturnReceipt | None = None
        self.hide()

    def show_receipt(self, receipt: ReturnReceipt) -> None:
        self.receipt = receipt
        units = sum(line.quantity for line in receipt.lines)
        text = self.tr("Return {number} of order {order} recorded: %n unit(s) taken back.",
                       "", units)
        if "(s)" in text:  # no translation loaded: English, one or many
            text = text.replace("(s)", "" if units == 1 else "s")
        text = text.format(number=receipt.number, order=receipt.order_number)
        self.summary.setText(text)
        refunds = [self._refund(refund.method).format(
            amount=money(refund.amount, receipt.currency)) for refund in receipt.refunds]
        self.refunds.setText("; ".join(refunds) or self.tr("Nothing to refund."))
        self.show()

    def _refund(self, method: str) -> str:
        ways = {"online": self.tr("Refund {amount} back to the online payment"),
                "card": self.tr("Refund {amount} back to the card"),
                "cash": self.tr("Pay out {amount} in cash"),
                "store_credit": self.tr("Refund {amount} as store credit")}
        return ways.get(method) or self.tr("Refund {amount} ({method})").replace(
            "{method}", method)

    def print_receipt(self) -> None:
        if self.receipt is not None:
            print_return_receipt(self.receipt, self)

    def save_receipt(self) -> None:
        """Ask where, then save the receipt there as a PDF."""
        if self.receipt is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save return receipt"), f"{self.receipt.number}.pdf",
            self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_receipt_pdf(Path(path))

    def save_receipt_pdf(self, path: Path) -> Path | None:
        if self.receipt is None:
            return None
        save_return_pdf(self.receipt, path)
        if not path.is_file() or path.stat().st_size == 0:
            self.failed.emit(self.tr("The receipt could not be saved as {path}; choose "
                                     "another folder.").format(path=path))
            return None
        return path
