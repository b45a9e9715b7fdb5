"""The last return recorded: what to refund and how, and its receipt to print or save."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.returns.receipt import return_receipt
from desktop.returns.receipt_data import ReturnReceipt
from desktop.shared.formatting import money
from desktop.shared.i18n import tr
from desktop.shared.receipt.document import ReceiptDocument
from desktop.shared.receipt.panel import ReceiptPanel


class ReturnDonePanel(ReceiptPanel[ReturnReceipt]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("returnDone", tr("Print return receipt (Ctrl+P)"), parent)
        self.refunds = self.headline

    def describe(self, receipt: ReturnReceipt) -> tuple[str, str]:
        units = sum(line.quantity for line in receipt.lines)
        text = tr("Return {number} of order {order} recorded: %n unit(s) taken back.", "", units)
        refunds = [
            self._refund(refund.method).format(amount=money(refund.amount, receipt.currency))
            for refund in receipt.refunds
        ]
        return (
            text.format(number=receipt.number, order=receipt.order_number),
            "; ".join(refunds) or tr("Nothing to refund."),
        )

    def _refund(self, method: str) -> str:
        ways = {
            "online": tr("Refund {amount} back to the online payment"),
            "card": tr("Refund {amount} back to the card"),
            "cash": tr("Pay out {amount} in cash"),
            "store_credit": tr("Refund {amount} as store credit"),
        }
        return ways.get(method) or tr("Refund {amount} ({method})").replace("{method}", method)

    def document(self, receipt: ReturnReceipt) -> ReceiptDocument:
        return return_receipt(receipt)
