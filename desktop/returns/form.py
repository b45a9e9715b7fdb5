"""The return form (a view): the order, its lines to take back, the reason, the refund
method and the refund it comes to. The controller decides; this only lays out and shows."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.returns.lines_model import ReturnLinesModel
from desktop.returns.lines_view import ReturnLinesView
from desktop.returns.state import OrderToReturn
from desktop.shared import labels
from desktop.shared.formatting import local_date, money
from desktop.shared.i18n import tr
from desktop.shared.receipt.common import method_name
from sync.rules.returns import RefundMethod


class ReturnForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order: OrderToReturn | None = None
        self.heading = QLabel()
        self.heading.setObjectName("returnOrder")
        self.heading.setProperty("kind", "subtitle")
        self.heading.setWordWrap(True)
        self.window_notice = QLabel()
        self.window_notice.setObjectName("returnWindow")
        self.window_notice.setProperty("kind", "warning")
        self.window_notice.setWordWrap(True)
        self.window_notice.hide()
        self.lines = ReturnLinesModel(self)
        self.lines_view = ReturnLinesView(self.lines)
        self.reason = QLineEdit()
        self.reason.setObjectName("returnReason")
        self.reason.setPlaceholderText(tr("Why the customer brings it back (required)"))
        self.reason.setMaxLength(1000)
        self.method = QComboBox()
        self.method.setObjectName("refundMethod")
        for method, text in (
            (RefundMethod.ORIGINAL, tr("Original payment")),
            (RefundMethod.CASH, tr("Cash")),
            (RefundMethod.STORE_CREDIT, tr("Store credit")),
        ):
            self.method.addItem(text, method.value)
        form = QFormLayout()
        form.addRow(tr("Reason:"), self.reason)
        form.addRow(tr("Refund to:"), self.method)
        self.refund = QLabel()
        self.refund.setObjectName("refundPreview")
        self.refund.setProperty("kind", "title")
        self.refund.setWordWrap(True)
        self.back_button = QPushButton(tr("Another order (Esc)"))
        self.back_button.setObjectName("returnBack")
        self.confirm_button = QPushButton(tr("Confirm return (F12)"))
        self.confirm_button.setObjectName("confirmReturn")
        self.confirm_button.setProperty("kind", "primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.window_notice)
        layout.addWidget(self.lines_view, 1)
        layout.addLayout(form)
        layout.addWidget(self.refund)
        layout.addLayout(buttons)
        self.lines.changed.connect(self.show_refund)
        self.method.currentIndexChanged.connect(lambda _: self.show_refund())

    def show_order(self, order: OrderToReturn, *, keep_place: bool = False) -> None:
        """`order` with nothing chosen yet. `keep_place`: the same order read again (staff
        had entered nothing): the refund method, the current cell and the scroll stay."""
        current = self.lines_view.currentIndex()
        scroll = self.lines_view.verticalScrollBar().value()
        method = self.method.currentIndex()
        self.order = order
        text = tr("Order {number} · {channel} · {status}").format(
            number=order.number,
            channel=labels.channel(order.channel),
            status=labels.status(order.status),
        )
        if order.customer:
            text += " · " + order.customer
        self.heading.setText(text)
        self.lines.set_lines(order.lines, order.currency)
        self.reason.clear()
        self.method.setCurrentIndex(method if keep_place else 0)
        self.window_notice.setVisible(order.window_closed)
        if order.window_closed and order.window_closes is not None:
            self.window_notice.setText(
                tr(
                    "The {days}-day return window closed on {date}; a manager must approve this "
                    "return."
                ).format(days=order.window_days, date=local_date(order.window_closes))
            )
        self.show_refund()
        if keep_place:
            if current.isValid() and current.row() < self.lines.rowCount():
                self.lines_view.setCurrentIndex(self.lines.index(current.row(), current.column()))
            self.lines_view.verticalScrollBar().setValue(scroll)

    def untouched(self) -> bool:
        """Nothing entered yet: no unit chosen, no reason written."""
        return not self.lines.chosen() and not self.reason.text().strip()

    def refund_method(self) -> RefundMethod:
        return RefundMethod(self.method.currentData())

    def show_refund(self) -> None:
        order = self.order
        if order is None:
            self.refund.clear()
            return
        total = self.lines.refund_total()
        if total == 0 and not self.lines.chosen():
            self.refund.setText(tr("Choose how many units come back."))
            return
        amount = money(total, order.currency)
        method = self.refund_method()
        if method == RefundMethod.ORIGINAL:
            paid = ", ".join(method_name(m) for m in order.paid_with) or tr("unpaid")
            text = tr("Refund {amount} to the original payment ({paid})").format(
                amount=amount, paid=paid
            )
        elif method == RefundMethod.CASH:
            text = tr("Refund {amount} in cash from this till").format(amount=amount)
        else:
            text = tr("Refund {amount} as store credit").format(amount=amount)
        self.refund.setText(text)
