"""The "Change order" dialog's view: a quantity per line (0 removes it), new lines, the
payment choice, the summary of what saving will do, and the buttons. It lays them out
and says what staff asked for; `change_dialog.ChangeOrderDialog` decides what follows.

Keyboard: Tab goes through the quantities and the payment choice (Alt+P); F4 adds a
product; Enter saves; Esc goes back to the order.
"""

from __future__ import annotations

import uuid
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
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

from desktop.orders.records import OrderDetail
from desktop.shared.i18n import tr
from sync.rules.orders import PaymentMode
from sync.rules.pricing import MAX_QUANTITY


class ChangeOrderView(QDialog):
    """Emits `edited` (a quantity or the payment choice changed), `add_requested` (F4) and
    `save_requested` (Enter, or the save button)."""

    edited = Signal()
    add_requested = Signal()
    save_requested = Signal()

    def __init__(self, detail: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeOrderDialog")
        self.setWindowTitle(tr("Change order {number}").format(number=detail.number))
        self.detail = detail
        self.quantities: dict[uuid.UUID, QSpinBox] = {}  # existing lines
        self._spins: list[QSpinBox] = []  # every line's, in order
        self._build()
        first = next(iter(self.quantities.values()), None)
        (first or self.payment).setFocus()

    def _build(self) -> None:
        self.lines_form = QFormLayout()
        for line in self.detail.lines:
            self.quantities[line.line_id] = self._add_spin(
                self._line_text(line.line_id), line.sku, line.quantity
            )
        self.add_button = QPushButton(tr("Add product… (F4)"))
        self.add_button.setObjectName("changeAddProduct")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_requested.emit)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.payment = QComboBox()
        self.payment.setObjectName("changePaymentMode")
        self.payment.addItem(tr("Pay at pickup"), PaymentMode.PAY_ON_PICKUP.value)
        self.payment.addItem(tr("Pay now at the till"), PaymentMode.PAY_NOW.value)
        self.payment.setCurrentIndex(max(0, self.payment.findData(self.detail.payment_mode)))
        self.payment.currentIndexChanged.connect(lambda _: self.edited.emit())
        payment_form = QFormLayout()
        payment_form.addRow(tr("&Payment:"), self.payment)
        self.summary = QLabel()
        self.summary.setObjectName("changeSummary")
        self.summary.setProperty("kind", "subtitle")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("changeError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel(
            tr(
                "Tab: quantities (0 removes the line) · F4: add a product · "
                "Alt+P: payment · Enter: save · Esc: back to the order"
            )
        )
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
        shortcut.activated.connect(self.add_requested.emit)
        self._tab_order()

    def _buttons(self) -> QHBoxLayout:
        self.back = QPushButton(tr("Back to the order"))
        self.back.setObjectName("changeBack")
        self.back.setAutoDefault(False)
        self.back.clicked.connect(self.reject)
        self.save = QPushButton(tr("Save the change"))
        self.save.setObjectName("changeSave")
        self.save.setProperty("kind", "primary")
        self.save.setDefault(True)
        self.save.clicked.connect(self.save_requested.emit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.save)
        return row

    def _add_spin(self, label: str, sku: str, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(f"quantity-{sku}")
        spin.setRange(0, MAX_QUANTITY)
        spin.setValue(value)
        spin.valueChanged.connect(lambda _: self.edited.emit())
        self._spins.append(spin)
        self.lines_form.addRow(label, spin)
        return spin

    def _tab_order(self) -> None:
        chain: list[QWidget] = [*self._spins, self.add_button, self.payment, self.save, self.back]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves, also right after an edit, before its preview has answered."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_requested.emit()
            return
        super().keyPressEvent(event)

    # -- what staff entered -------------------------------------------------------------

    def mode(self) -> PaymentMode:
        return PaymentMode(self.payment.currentData())

    def quantity(self, sku: str) -> QSpinBox:
        """The quantity box of the line of `sku` (existing or added)."""
        return next(spin for spin in self._spins if spin.objectName() == f"quantity-{sku}")

    def has_line(self, sku: str) -> bool:
        return any(spin.objectName() == f"quantity-{sku}" for spin in self._spins)

    # -- setters ------------------------------------------------------------------------

    def add_line(self, name: str, sku: str, quantity: int) -> QSpinBox:
        """A row for a new line of the order; its quantity box."""
        spin = self._add_spin(tr("{name} ({sku}) · new").format(name=name, sku=sku), sku, quantity)
        self._tab_order()
        return spin

    def focus_quantity(self, spin: QSpinBox) -> None:
        spin.setFocus()
        spin.selectAll()

    def _line_text(self, line_id: uuid.UUID) -> str:
        line = next(line for line in self.detail.lines if line.line_id == line_id)
        return tr("{name} ({sku}) · ordered {quantity}").format(
            name=line.name, sku=line.sku, quantity=line.quantity
        )

    def set_line_prices(self, line_id: uuid.UUID, unit: str, total: str) -> None:
        """An existing line's unit price and line total, as the order stands."""
        spin = self.quantities.get(line_id)
        label = self.lines_form.labelForField(spin) if spin is not None else None
        if isinstance(label, QLabel):
            label.setText(
                tr("{line} · {unit} each · line total {total}").format(
                    line=self._line_text(line_id), unit=unit, total=total
                )
            )

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)

    def set_editable(self, editable: bool) -> None:
        for widget in (*self._spins, self.add_button, self.payment):
            widget.setEnabled(editable)

    def set_can_save(self, can: bool) -> None:
        self.save.setEnabled(can)

    def hide_error(self) -> None:
        self.error.hide()

    def focus_save(self) -> None:
        self.save.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.focus_save()
