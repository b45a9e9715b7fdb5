"""Paying for the cart on screen: the payment dialog, then `sale.complete`.

The sale is queued behind the cart's pending changes; a refusal (a price changed since
the total was shown, a payment the rules do not accept) is shown in the dialog, which
stays open.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.sale import actions
from desktop.sale.queries import load_receipt
from desktop.sale.receipt_data import Receipt
from desktop.sale.state import CartView
from desktop.services.workspace import Workspace
from desktop.shared.change_queue import ChangeQueue
from desktop.shared.errors import explain
from desktop.shared.payment import PaymentPlan
from desktop.shared.payment_dialog import PaymentDialog


class Checkout(QObject):
    """Emits `completed(Receipt)`, `refused` (the cart should be re-read) and `closed`."""

    completed = Signal(object)
    refused = Signal()
    closed = Signal()

    def __init__(self, workspace: Workspace, changes: ChangeQueue, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.changes = changes
        self._parent = parent
        self.dialog: PaymentDialog | None = None

    def start(self, view: CartView) -> None:
        """Open the payment dialog for the cart's total (or bring it back to the front)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        cart_id = view.cart_id
        if cart_id is None:
            return
        dialog = PaymentDialog(view.total, view.till_currency, self._parent)
        dialog.confirmed.connect(lambda plan: self._complete(dialog, cart_id, plan))
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: PaymentDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.closed.emit()

    def _complete(self, dialog: PaymentDialog, cart_id: uuid.UUID, plan: PaymentPlan) -> None:
        workspace, total = self.workspace, dialog.total

        def sell() -> Receipt:
            done = actions.complete_sale(workspace, cart_id, list(plan.tenders), total)
            with workspace.read() as session:
                return load_receipt(session, done.order_id, done.change)

        def refused(error: BaseException) -> None:
            dialog.show_error(explain(error))
            self.refused.emit()

        def sold(receipt: Receipt) -> None:
            dialog.accept()
            self.completed.emit(receipt)

        self.changes.submit(sell, sold, refused)
