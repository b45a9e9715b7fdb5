"""Handing a pickup order over: choose the goods, take what is due with the checkout's
payment dialog, then `order.hand_over`; the receipt follows.

A placed order is offered to be marked ready first. A refusal (already handed over,
cancelled meanwhile) is shown in the dialog on screen, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.orders import actions
from desktop.orders.hand_over_dialog import HandOverDialog
from desktop.orders.handover_data import HandOverReceipt
from desktop.orders.preparing import Preparing
from desktop.orders.records import HandOverChoice, OrderDetail
from desktop.services.workspace import Workspace
from desktop.shared.change_queue import ChangeQueue
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.shared.payment import PaymentPlan
from desktop.shared.payment_dialog import PaymentDialog, PaymentTexts
from desktop.shared.tender import Tender
from sync.rules import pickup


class HandingOver(QObject):
    """Emits `done(HandOverReceipt)`, `refused(error)` and `closed` (a dialog went away)."""

    done = Signal(object)
    refused = Signal(object)
    closed = Signal()

    def __init__(
        self, workspace: Workspace, changes: ChangeQueue, preparing: Preparing, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.changes = changes
        self.preparing = preparing
        self.preparing.refused.connect(self._not_ready)
        self._parent = parent
        self.dialog: HandOverDialog | None = None
        self.payment_dialog: PaymentDialog | None = None
        self.question: QMessageBox | None = None
        self._when_ready: str | None = None  # the order number to hand over once ready

    def busy(self) -> bool:
        return any(d is not None for d in (self.dialog, self.payment_dialog, self.question))

    def start(self, order: OrderDetail) -> None:
        """Open the hand-over of `order` (or bring the open dialog to the front)."""
        for open_dialog in (self.dialog, self.payment_dialog, self.question):
            if open_dialog is not None:
                open_dialog.raise_()
                return
        if not order.waiting:
            return
        if order.status == "placed":
            self._ask_ready_first(order)
            return
        self._open(order)

    def order_loaded(self, order: OrderDetail) -> None:
        """The page re-read `order`: go on with a hand-over that waited for it to be ready."""
        if self._when_ready == order.number and order.status == "ready_for_pickup":
            self._when_ready = None
            self._open(order)

    def _not_ready(self, _: BaseException) -> None:
        self._when_ready = None

    def _ask_ready_first(self, order: OrderDetail) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Hand over"),
            tr("Order {number} is not prepared yet. Mark it ready and hand it over now?").format(
                number=order.number
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        box.setObjectName("readyFirst")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def answered(answer: int) -> None:
            self.question = None
            box.deleteLater()
            self.closed.emit()
            if answer == QMessageBox.StandardButton.Yes:
                self._when_ready = order.number
                self.preparing.mark_ready(order)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _open(self, order: OrderDetail) -> None:
        dialog = HandOverDialog(order, self._parent)
        dialog.chosen.connect(lambda choice, plan: self._chosen(dialog, order, choice, plan))
        dialog.finished.connect(lambda _: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: HandOverDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if self.payment_dialog is None:
            self.closed.emit()

    def _chosen(
        self,
        dialog: HandOverDialog,
        order: OrderDetail,
        choice: HandOverChoice,
        plan: pickup.HandOverPlan,
    ) -> None:
        if plan.due <= 0:
            self._record(order, choice, (), dialog.show_error, dialog.accept)
            return
        payment = PaymentDialog(
            plan.due,
            order.currency,
            self._parent,
            PaymentTexts(
                complete=tr("Complete hand-over"),
                back=tr("Back to the order"),
                busy=tr("Recording the hand-over…"),
                hint=tr("Enter: complete · Alt+Y: the rest by card · Esc: back to the order"),
            ),
        )
        payment.confirmed.connect(lambda paid: self._paid(payment, order, choice, paid))
        payment.finished.connect(lambda _: self._payment_closed(payment))
        self.payment_dialog = payment
        dialog.accept()
        payment.open()

    def _payment_closed(self, payment: PaymentDialog) -> None:
        if self.payment_dialog is payment:
            self.payment_dialog = None
        payment.deleteLater()
        self.closed.emit()

    def _paid(
        self, payment: PaymentDialog, order: OrderDetail, choice: HandOverChoice, plan: PaymentPlan
    ) -> None:
        self._record(order, choice, plan.tenders, payment.show_error, payment.accept)

    def _record(
        self,
        order: OrderDetail,
        choice: HandOverChoice,
        tenders: tuple[Tender, ...],
        show_error: Callable[[str], None],
        close: Callable[[], object],
    ) -> None:
        workspace, order_id = self.workspace, order.order_id

        def refused(error: BaseException) -> None:
            show_error(explain(error))
            self.refused.emit(error)

        def handed(receipt: HandOverReceipt) -> None:
            close()
            self.done.emit(receipt)

        self.changes.submit(
            lambda: actions.hand_over(workspace, order_id, choice, tenders), handed, refused
        )
