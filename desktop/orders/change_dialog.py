"""Changing a pickup order at the till before it is handed over: new quantities (0
removes a line), products added with the shared product search, and pay now or at
pickup.

`ChangeOrderDialog` is the flow over its view (`change_view.ChangeOrderView`). On opening
(and whenever every edit is undone) it reads the order as it stands in the background:
each line's unit price and line total, the total and what is due. Each edit
is previewed with the shared `order.change` command in the background (debounced; only
the latest answer counts), so the summary — new total, refund, what is due — is what
saving will do. Paying now with something due takes the payment with the shared
payment dialog first; the change is then recorded through the page's `ChangeQueue`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QSpinBox, QWidget
from sqlalchemy import select

from desktop.orders.change_products import ProductAdding
from desktop.orders.change_view import ChangeOrderView
from desktop.orders.order_change import apply_change, preview_change
from desktop.orders.queries import load_order
from desktop.orders.records import ZERO, AddedLine, ChangeOutcome, OrderDetail, OrderEdit
from desktop.orders.texts import change_summary
from desktop.services.ops import QueryOp, drop_answers
from desktop.services.workspace import Workspace
from desktop.shared.change_queue import ChangeQueue
from desktop.shared.errors import explain
from desktop.shared.formatting import money
from desktop.shared.i18n import tr
from desktop.shared.payment import PaymentPlan
from desktop.shared.payment_dialog import PaymentDialog, PaymentTexts
from desktop.shared.product_picker import ProductPicker
from desktop.shared.tender import Tender
from sync.model import OrderLine
from sync.rules.errors import RuleViolation
from sync.rules.orders import PaymentMode
from sync.rules.pricing import MAX_QUANTITY

DEBOUNCE_MS = 150
PREVIEW = "preview"  # the slot of preview answers: only the latest is shown


@dataclass(frozen=True)
class StandingOrder:
    """The order as it stands: its total, what is still due, each line's unit price and
    line total (by line id)."""

    total: Decimal
    due: Decimal
    currency: str
    lines: dict[uuid.UUID, tuple[Decimal, Decimal]]


def order_as_it_stands(workspace: Workspace, order_id: uuid.UUID) -> StandingOrder:
    """Reads the replica: call in the background."""
    with workspace.read() as session:
        detail = load_order(session, order_id)
        if detail is None:
            raise RuleViolation("not_found", "This order is not on this till.")
        units = dict(
            session.execute(
                select(OrderLine.id, OrderLine.unit_list_price).where(
                    OrderLine.order_id == order_id
                )
            ).all()
        )
    return StandingOrder(
        detail.total,
        max(detail.total - detail.held, ZERO),
        detail.currency,
        {line.line_id: (units[line.line_id], line.total) for line in detail.lines},
    )


class ChangeOrderDialog(ChangeOrderView):
    """Emits `changed(ChangeOutcome)` once the change is recorded, then closes."""

    changed = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        detail: OrderDetail,
        changes: ChangeQueue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(detail, parent)
        self.workspace = workspace
        self.changes = changes
        self.adding = ProductAdding(workspace, self)
        self.adding.line_read.connect(self._add_line)
        self.adding.refused.connect(self._refuse)
        self.payment_dialog: PaymentDialog | None = None
        self.outcome: ChangeOutcome | None = None  # the latest preview, if it went through
        self.refusal = ""  # the latest preview's refusal
        self.added: list[tuple[AddedLine, QSpinBox]] = []  # new lines, in order
        self._previewing = False
        self._busy = False  # the change is being recorded
        self._save_when_previewed = False  # Enter came before the preview answered
        self._shown: OrderEdit | None = None  # the edit previewed, or to be
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._preview)
        self.edited.connect(self._edited)
        self.add_requested.connect(self.add_product)
        self.save_requested.connect(self.submit)
        self._shown = self.edit()
        self.set_can_save(False)
        self._preview()  # the order as it stands, at once

    # -- what staff changed -------------------------------------------------------------

    def edit(self) -> OrderEdit:
        quantities = {
            line.line_id: self.quantities[line.line_id].value()
            for line in self.detail.lines
            if self.quantities[line.line_id].value() != line.quantity
        }
        added = tuple(
            AddedLine(line.line_id, line.product_id, line.sku, line.name, spin.value())
            for line, spin in self.added
            if spin.value() > 0
        )
        mode = self.mode()
        return OrderEdit(
            quantities, added, None if mode.value == self.detail.payment_mode else mode
        )

    @property
    def picker(self) -> ProductPicker | None:
        """The product search, while it is open."""
        return self.adding.picker

    def add_product(self) -> None:
        """The shared product search; the product picked becomes a new line (or one more
        unit of the line that has it)."""
        if not self._busy:
            self.adding.start()

    def _add_line(self, line: AddedLine) -> None:
        if self.has_line(line.sku):  # already on the order: one more unit of that line
            spin = self.quantity(line.sku)
            spin.setValue(min(spin.value() + line.quantity, MAX_QUANTITY))
        else:
            spin = self.add_line(line.name, line.sku, line.quantity)
            self.added.append((line, spin))
            self._edited()
        self.focus_quantity(spin)

    # -- the preview --------------------------------------------------------------------

    def is_ready(self) -> bool:
        """No edit waiting to be previewed, no preview or product read in flight."""
        return not self._timer.isActive() and not self._previewing and not self.adding.busy()

    def _edited(self, *, again: bool = False) -> None:
        """An edit: preview it after a pause in typing. The same edit as the one shown
        (a spin box confirming its value on Enter) is not previewed again, unless
        `again` (the order may have changed meanwhile)."""
        edit = self.edit()
        if edit == self._shown and not again:
            return
        self._shown = edit
        self.hide_error()
        drop_answers(self, PREVIEW)  # any answer in flight is stale now
        self.outcome = None
        self.set_can_save(False)
        self._timer.start()

    def _preview(self) -> None:
        edit = self.edit()
        if edit.empty:
            self._preview_as_it_stands()
            return
        self._previewing = True
        self.set_summary(tr("Working out the new total…"))
        workspace, order_id = self.workspace, self.detail.order_id
        QueryOp(
            parent=self,
            op=lambda: preview_change(workspace, order_id, edit),
            success=self._previewed,
        ).failure(self._preview_refused).latest_only(PREVIEW).start()

    def _preview_as_it_stands(self) -> None:
        """Nothing edited (the dialog just opened, or every edit undone): the order's
        total and what is due as they stand; nothing to save."""
        self.refusal = ""
        self._save_when_previewed = False
        self._previewing = True
        self.set_summary(self._unchanged(tr("Working out the total")))
        workspace, order_id = self.workspace, self.detail.order_id
        QueryOp(
            parent=self,
            op=lambda: order_as_it_stands(workspace, order_id),
            success=self._shown_as_it_stands,
        ).failure(self._preview_refused).latest_only(PREVIEW).start()

    def _shown_as_it_stands(self, order: StandingOrder) -> None:
        self._previewing = self._save_when_previewed = False  # nothing to save
        currency = order.currency
        for line_id, (unit, total) in order.lines.items():
            self.set_line_prices(line_id, money(unit, currency), money(total, currency))
        due = money(order.due, currency)
        figures = tr("Total {total} · due {due}").format(
            total=money(order.total, currency), due=due
        )
        self.set_summary(self._unchanged(figures))

    def _unchanged(self, figures: str) -> str:
        return tr(
            "{figures}. Nothing changed yet: change a quantity, add a product (F4) or choose "
            "how the customer pays."
        ).format(figures=figures)

    def _previewed(self, outcome: ChangeOutcome) -> None:
        self._previewing = False
        self.outcome, self.refusal = outcome, ""
        self.set_summary(change_summary(outcome, self.mode()))
        self.set_can_save(not self._busy)
        if self._save_when_previewed:
            self._save_when_previewed = False
            self.submit()

    def _preview_refused(self, error: BaseException) -> None:
        saving, self._previewing, self._save_when_previewed = (
            self._save_when_previewed,
            False,
            False,
        )
        self.outcome, self.refusal = None, explain(error)
        self.set_summary(self.refusal)
        self.set_can_save(False)
        if saving:  # Enter was pressed: say why it is not saved
            self._refuse(self.refusal)

    # -- saving -------------------------------------------------------------------------

    def submit(self) -> None:
        if self._busy:
            return
        if self._timer.isActive() or self._previewing:  # Enter right after an edit
            self._save_when_previewed = True
            if self._timer.isActive():
                self._timer.stop()
                self._preview()
            return
        outcome = self.outcome
        if outcome is None:
            if self.refusal:
                self._refuse(self.refusal)
            return
        edit = self.edit()
        if self.mode() is PaymentMode.PAY_NOW and outcome.due > 0:
            self._take_payment(edit, outcome)
            return
        self._set_busy(True)
        self._record(edit, (), self._refuse, lambda: None)

    def _take_payment(self, edit: OrderEdit, outcome: ChangeOutcome) -> None:
        payment = PaymentDialog(
            outcome.due,
            outcome.currency,
            self,
            PaymentTexts(
                complete=tr("Pay and save the change"),
                back=tr("Back to the change"),
                busy=tr("Recording the change…"),
                hint=tr("Enter: pay and save · Alt+Y: the rest by card · Esc: back to the change"),
            ),
        )
        payment.setObjectName("changePaymentDialog")
        payment.confirmed.connect(lambda plan: self._paid(payment, edit, plan))
        payment.finished.connect(lambda _: self._payment_closed(payment))
        self.payment_dialog = payment
        self._set_busy(True)
        payment.open()

    def _payment_closed(self, payment: PaymentDialog) -> None:
        if self.payment_dialog is payment:
            self.payment_dialog = None
        payment.deleteLater()
        if not self._closed:
            self._set_busy(False)  # back to the change: still editable
            self.activateWindow()
            self.focus_save()

    def _paid(self, payment: PaymentDialog, edit: OrderEdit, plan: PaymentPlan) -> None:
        self._record(edit, plan.tenders, payment.show_error, payment.accept)

    def _record(
        self,
        edit: OrderEdit,
        tenders: tuple[Tender, ...],
        show_error: Callable[[str], None],
        close: Callable[[], object],
    ) -> None:
        workspace, order_id = self.workspace, self.detail.order_id

        def refused(error: BaseException) -> None:
            if self.payment_dialog is None:
                self._set_busy(False)
            self._edited(again=True)  # the order may have changed meanwhile
            show_error(explain(error))

        def recorded(outcome: ChangeOutcome) -> None:
            self._busy = False
            self.done(QDialog.DialogCode.Accepted)
            close()
            self.changed.emit(outcome)

        self.changes.submit(
            lambda: apply_change(workspace, order_id, edit, tenders), recorded, refused
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.set_editable(not busy)
        self.set_can_save(not busy and self.outcome is not None)
        if busy and self.payment_dialog is None:
            self.set_summary(tr("Recording the change…"))
        elif not busy and self.outcome is not None:
            self.set_summary(change_summary(self.outcome, self.mode()))

    def _refuse(self, text: str) -> None:
        """A refusal: shown here, the change editable again."""
        if self._busy:
            self._set_busy(False)
        self.show_error(text)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        """Closed: answers still in flight are ignored."""
        self._closed = True
        self.adding.stop()
        drop_answers(self, PREVIEW)
        self._timer.stop()
        super().done(result)
