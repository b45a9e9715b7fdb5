"""The last completed sale: the change to give back, and its receipt to print or save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.sale.receipt import print_receipt, save_pdf
from desktop.sale.receipt_data import Receipt
from desktop.ui.formatting import money
from desktop.ui.receipt_panel import ReceiptPanel


class SaleDonePanel(ReceiptPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("saleDone", self.tr("Print receipt (Ctrl+P)"), parent)
        self.change = self.headline

    def describe(self, receipt: Receipt) -> tuple[str, str]:
        summary = self.tr("Sale {number} completed: {total}").format(
            number=receipt.number, total=money(receipt.total, receipt.currency))
        change = self.tr("Change to give: {amount}").format(
            amount=money(receipt.change, receipt.currency)) if receipt.change > 0 else ""
        return summary, change

    def file_name(self, receipt: Receipt) -> str:
        return f"{receipt.number}.pdf"

    def write_pdf(self, receipt: Receipt, path: Path) -> None:
        save_pdf(receipt, path)

    def print_it(self, receipt: Receipt) -> None:
        print_receipt(receipt, self)
