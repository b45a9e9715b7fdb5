"""The last completed sale: the change to give back, and its receipt to print or save."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.sale.receipt import sale_receipt
from desktop.sale.receipt_data import Receipt
from desktop.shared.formatting import money
from desktop.shared.i18n import tr
from desktop.shared.receipt.document import ReceiptDocument
from desktop.shared.receipt.panel import ReceiptPanel


class SaleDonePanel(ReceiptPanel[Receipt]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("saleDone", tr("Print receipt (Ctrl+P)"), parent)
        self.change = self.headline

    def describe(self, receipt: Receipt) -> tuple[str, str]:
        summary = tr("Sale {number} completed: {total}").format(
            number=receipt.number, total=money(receipt.total, receipt.currency)
        )
        change = (
            tr("Change to give: {amount}").format(amount=money(receipt.change, receipt.currency))
            if receipt.change > 0
            else ""
        )
        return summary, change

    def document(self, receipt: Receipt) -> ReceiptDocument:
        return sale_receipt(receipt)
