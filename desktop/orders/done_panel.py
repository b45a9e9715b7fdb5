"""The last hand-over: the change to give back, and its receipt to print or save."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.orders.handover_data import HandOverReceipt
from desktop.orders.handover_receipt import hand_over_receipt
from desktop.shared.formatting import money
from desktop.shared.i18n import tr
from desktop.shared.receipt.document import ReceiptDocument
from desktop.shared.receipt.panel import ReceiptPanel


class HandOverDonePanel(ReceiptPanel[HandOverReceipt]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("handOverDone", tr("Print receipt (Ctrl+P)"), parent)
        self.change = self.headline

    def describe(self, receipt: HandOverReceipt) -> tuple[str, str]:
        if receipt.still_waiting:
            summary = tr(
                "Order {number}: part handed over; %n unit(s) still waiting.",
                "",
                receipt.still_waiting,
            )
        else:
            summary = tr("Order {number} handed over.")
        change = (
            tr("Change to give: {amount}").format(amount=money(receipt.change, receipt.currency))
            if receipt.change > 0
            else ""
        )
        return summary.format(number=receipt.number, units=receipt.still_waiting), change

    def document(self, receipt: HandOverReceipt) -> ReceiptDocument:
        return hand_over_receipt(receipt)
