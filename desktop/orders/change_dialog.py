"""Changing a pickup order at the till before it is handed over: new quantities (0
removes a line), products added with the sale's product search, and pay now or at
pickup. Each edit is previewed with the shared `order.change` command in the background
(debounced; only the latest answer counts), so the summary — new total, refund, what is
due — is what saving will do. Paying now with something due takes the payment with the
checkout's payment dialog first.

Keyboard: Tab goes through the quantities and the payment choice (Alt+P); F4 adds a
product; Enter saves; Esc goes back to the order.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.orders.order_change import (
    AddedLine,
    ChangeOutcome,
    OrderEdit,
    apply_change,
    preview_change,
    product_line,
)
from desktop.orders.queries import DetailLine, OrderDetail
from desktop.services.background import run_in_background
from desktop.services.workspace import Workspace
from desktop.shared.change_queue import ChangeQueue
from desktop.shared.formatting import money
from desktop.shared.payment import PaymentPlan
from desktop.shared.payment_dialog import PaymentDialog, PaymentTexts
from desktop.shared.product_picker import ProductPicker
from desktop.shared.tender import Tender
from desktop.ui.errors import explain
from sync.rules.orders import PaymentMode
from sync.rules.pricing import MAX_QUANTITY

DEBOUNCE_MS = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeOrderDialog", text)


def describe(outcome: ChangeOutcome, mode: PaymentMode) -> str:
    """`New total X · refunded Y to the original payment · due now Z` (or at pickup)."""
    currency = outcome.currency
    parts = [_tr("New total {total}").format(total=money(outcome.total, currency))]
    if outcome.refunded > 0:
        parts.append(_tr("refunded {amount} to the original payment").format(
            amount=money(outcome.refunded, currency)))
    if mode is PaymentMode.PAY_NOW:
        parts.append(_tr("due now {amount}").format(amount=money(outcome.due, currency)))
    else:
        parts.append(_tr("due at pickup {amount}").format(
            amount=money(outcome.due, currency)))
    return " · ".join(parts)


class ChangeOrderDialog(QDialog):
    """Emits `changed(ChangeOutcome)` once the change is recorded, then closes."""

    changed = Signal(object)

    def __init__(self, workspace: Workspace, detail: OrderDetail, changes: ChangeQueue,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeOrderDialog")
        self.setWindowTitle(self.tr("Change order {number}").format(number=detail.number))
        self.workspace = workspace
        self.detail = detail
        self.changes = changes
        self.picker: ProductPicker | None = None
        self.payment_dialog: PaymentDialog | None = None
        self.outcome: ChangeOutcome | None = None  # the latest preview, if it went through
        self.refusal = ""  # the latest preview's refusal
        self.quantities: dict[uuid.UUID, QSpinBox] = {}  # existing lines
        self.added: list[tuple[AddedLine, QSpinBox]] = []  # new lines, in order
        self._asked = 0  # previews asked for; only the latest answer counts
        self._previewing = False
        self._adding = 0  # picked products being read
        self._busy = False  # the change is being recorded
        self._save_when_previewed = False  # Enter came before the preview answered
        self._shown: OrderEdit | None = None  # the edit previewed, or to be
        self._closed = False
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._preview)
        self._edited()
        first = next(iter(self.quantities.values()), None)
        (first or self.payment).setFocus()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.lines_form = QFormLayout()
        for line in self.detail.lines:
            self._add_row(self._existing_label(line), line.sku, line.quantity,
                          self.quantities, line.line_id)
        self.add_button = QPushButton(self.tr("Add product… (F4)"))
        self.add_button.setObjectName("changeAddProduct")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_product)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.payment = QComboBox()
        self.payment.setObjectName("changePaymentMode")
        self.payment.addItem(self.tr("Pay at pickup"), PaymentMode.PAY_ON_PICKUP.value)
        self.payment.addItem(self.tr("Pay now at the till"), PaymentMode.PAY_NOW.value)
        self.payment.setCurrentIndex(max(0, self.payment.findData(self.detail.payment_mode)))
        self.payment.currentIndexChanged.connect(lambda _: self._edited())
        payment_form = QFormLayout()
        payment_form.addRow(self.tr("&Payment:"), self.payment)
        self.summary = QLabel()
        self.summary.setObjectName("changeSummary")
        self.summary.setProperty("kind", "subtitle")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("changeError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel(self.tr("Tab: quantities (0 removes the line) · F4: add a product · "
                              "Alt+P: payment · Enter: save · Esc: back to the order"))
        hint.setProperty("kind", "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.lines_form)
        layout.addLayout(add_row)
        layout.addLayout(payment_form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addLayout(self._buttons())
        shortcut = QShortcut(QKeySequence("F4"), self)
        shortcut.activated.connect(self.add_product)
        self._tab_order()

    def _buttons(self) -> QHBoxLayout:
        self.back = QPushButton(self.tr("Back to the order"))
        self.back.setObjectName("changeBack")
        self.back.setAutoDefault(False)
        self.back.clicked.connect(self.reject)
        self.save = QPushButton(self.tr("Save the change"))
        self.save.setObjectName("changeSave")
        self.save.setProperty("kind", "primary")
        self.save.setDefault(True)
        self.save.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.save)
        return row

    def _existing_label(self, line: DetailLine) -> str:
        return self.tr("{name} ({sku}) · ordered {quantity}").format(
            name=line.name, sku=line.sku, quantity=line.quantity)

    def _add_row(self, label: str, sku: str, value: int,
                 into: dict[uuid.UUID, QSpinBox] | None = None,
                 line_id: uuid.UUID | None = None) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(f"quantity-{sku}")
        spin.setRange(0, MAX_QUANTITY)
        spin.setValue(value)
        spin.valueChanged.connect(lambda _: self._edited())
        if into is not None and line_id is not None:
            into[line_id] = spin
        self.lines_form.addRow(label, spin)
        return spin

    def _tab_order(self) -> None:
        chain: list[QWidget] = [*self.quantities.values(),
                                *(spin for _, spin in self.added),
                                self.add_button, self.payment, self.save, self.back]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    # -- what staff changed -------------------------------------------------------------

    def mode(self) -> PaymentMode:
        return PaymentMode(self.payment.currentData())

    def edit(self) -> OrderEdit:
        quantities = {line.line_id: self.quantities[line.line_id].value()
                      for line in self.detail.lines
                      if self.quantities[line.line_id].value() != line.quantity}
        added = tuple(AddedLine(line.line_id, line.product_id, line.sku, line.name,
                                spin.value())
                      for line, spin in self.added if spin.value() > 0)
        mode = self.mode()
        return OrderEdit(quantities, added,
                         None if mode.value == self.detail.payment_mode else mode)

    def quantity(self, sku: str) -> QSpinBox:
        """The quantity box of the line of `sku` (existing or added)."""
        return next(spin for spin in (*self.quantities.values(),
                                      *(spin for _, spin in self.added))
                    if spin.objectName() == f"quantity-{sku}")

    def add_product(self) -> None:
        """The sale's product search; the product picked becomes a new line (or one more
        unit of the line that has it)."""
        if self._busy:
            return
        if self.picker is not None:
            self.picker.raise_()
            return
        picker = ProductPicker(self.workspace, parent=self)
        picker.picked.connect(self._picked)
        picker.finished.connect(lambda _: self._picker_closed(picker))
        self.picker = picker
        picker.open()

    def _picker_closed(self, picker: ProductPicker) -> None:
        if self.picker is picker:
            self.picker = None
        picker.deleteLater()
        self.activateWindow()

    def _picked(self, product_id: uuid.UUID) -> None:
        self._adding += 1
        workspace = self.workspace

        def done(line: AddedLine | None) -> None:
            self._adding -= 1
            if self._closed:
                return
            if line is None:
                self._show_error(self.tr("This product is not on this till."))
                return
            self._add_line(line)

        def failed(error: BaseException) -> None:
            self._adding -= 1
            if not self._closed:
                self._show_error(explain(error))

        run_in_background(lambda: product_line(workspace, product_id), done, failed)

    def _add_line(self, line: AddedLine) -> None:
        skus = [(existing.sku, self.quantities[existing.line_id])
                for existing in self.detail.lines]
        skus += [(added.sku, spin) for added, spin in self.added]
        spin = next((spin for sku, spin in skus if sku == line.sku), None)
        if spin is not None:  # already on the order: one more unit of that line
            spin.setValue(min(spin.value() + line.quantity, MAX_QUANTITY))
        else:
            spin = self._add_row(self.tr("{name} ({sku}) · new").format(
                name=line.name, sku=line.sku), line.sku, line.quantity)
            self.added.append((line, spin))
            self._tab_order()
            self._edited()
        spin.setFocus()
        spin.selectAll()

    # -- the preview --------------------------------------------------------------------

    def is_ready(self) -> bool:
        """No edit waiting to be previewed, no preview or product read in flight."""
        return not self._timer.isActive() and not self._previewing and self._adding == 0

    def _edited(self, *, again: bool = False) -> None:
        """An edit: preview it after a pause in typing. The same edit as the one shown
        (a spin box confirming its value on Enter) is not previewed again, unless
        `again` (the order may have changed meanwhile)."""
        edit = self.edit()
        if edit == self._shown and not again:
            return
        self._shown = edit
        self.error.hide()
        self._asked += 1  # any answer in flight is stale now
        self.outcome = None
        self.save.setEnabled(False)
        self._timer.start()

    def _preview(self) -> None:
        edit = self.edit()
        self._asked += 1
        asked = self._asked
        if edit.empty:
            self._previewing = False
            self.refusal = ""
            self.summary.setText(self.tr(
                "Nothing changed yet: change a quantity, add a product (F4) or choose how "
                "the customer pays."))
            self._save_when_previewed = False
            return
        self._previewing = True
        self.summary.setText(self.tr("Working out the new total…"))
        workspace, order_id = self.workspace, self.detail.order_id
        run_in_background(lambda: preview_change(workspace, order_id, edit),
                          lambda outcome: self._previewed(asked, outcome),
                          lambda error: self._preview_refused(asked, error))

    def _previewed(self, asked: int, outcome: ChangeOutcome) -> None:
        if asked != self._asked:
            return  # an older preview answered after a newer edit
        self._previewing = False
        self.outcome, self.refusal = outcome, ""
        self.summary.setText(describe(outcome, self.mode()))
        self.save.setEnabled(not self._busy)
        if self._save_when_previewed:
            self._save_when_previewed = False
            self.submit()

    def _preview_refused(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        saving, self._previewing, self._save_when_previewed = (
            self._save_when_previewed, False, False)
        self.outcome, self.refusal = None, explain(error)
        self.summary.setText(self.refusal)
        self.save.setEnabled(False)
        if saving:  # Enter was pressed: say why it is not saved
            self._show_error(self.refusal)

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
                self._show_error(self.refusal)
            return
        edit = self.edit()
        if self.mode() is PaymentMode.PAY_NOW and outcome.due > 0:
            self._take_payment(edit, outcome)
            return
        self._set_busy(True)
        self._record(edit, (), self._show_error, lambda: None)

    def _take_payment(self, edit: OrderEdit, outcome: ChangeOutcome) -> None:
        payment = PaymentDialog(outcome.due, outcome.currency, self, PaymentTexts(
            complete=self.tr("Pay and save the change"), back=self.tr("Back to the change"),
            busy=self.tr("Recording the change…"),
            hint=self.tr("Enter: pay and save · Alt+Y: the rest by card · Esc: back to the "
                         "change")))
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
            self.save.setFocus()

    def _paid(self, payment: PaymentDialog, edit: OrderEdit, plan: PaymentPlan) -> None:
        self._record(edit, plan.tenders, payment.show_error, payment.accept)

    def _record(self, edit: OrderEdit, tenders: tuple[Tender, ...],
                show_error: Callable[[str], None], close: Callable[[], object]) -> None:
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

        self.changes.submit(lambda: apply_change(workspace, order_id, edit, tenders),
                            recorded, refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (*self.quantities.values(), *(spin for _, spin in self.added),
                       self.add_button, self.payment):
            widget.setEnabled(not busy)
        self.save.setEnabled(not busy and self.outcome is not None)
        if busy and self.payment_dialog is None:
            self.summary.setText(self.tr("Recording the change…"))
        elif not busy and self.outcome is not None:
            self.summary.setText(describe(self.outcome, self.mode()))

    def _show_error(self, text: str) -> None:
        """A refusal: shown here, the change editable again."""
        if self._busy:
            self._set_busy(False)
        self.error.setText(text)
        self.error.show()
        self.save.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves, also right after an edit, before its preview has answered."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        """Closed: answers still in flight are ignored."""
        self._closed = True
        self._asked += 1
        self._timer.stop()
        super().done(result)
