"""The last hand-over: the change to give back, and its receipt to print or save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.orders.handover_data import HandOverReceipt
from desktop.orders.handover_receipt import print_receipt, save_pdf
from desktop.ui.formatting import money
from desktop.ui.receipt_panel import ReceiptPanel


class HandOverDonePanel(ReceiptPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("handOverDone", self.tr("Print receipt (Ctrl+P)"), parent)
        self.change = self.headline

    def describe(self, receipt: HandOverReceipt) -> tuple[str, str]:
        if receipt.still_waiting:
            summary = self.tr("Order {number}: part handed over; {units} units still waiting.")
        else:
            summary = self.tr("Order {number} handed over.")
        change = self.tr("Change to give: {amount}").format(
            amount=money(receipt.change, receipt.currency)) if receipt.change > 0 else ""
        return summary.format(number=receipt.number, units=receipt.still_waiting), change

    def file_name(self, receipt: HandOverReceipt) -> str:
        return f"{receipt.number}-pickup.pdf"

    def write_pdf(self, receipt: HandOverReceipt, path: Path) -> None:
        save_pdf(receipt, path)

    def print_it(self, receipt: HandOverReceipt) -> None:
        print_receipt(receipt, self)
