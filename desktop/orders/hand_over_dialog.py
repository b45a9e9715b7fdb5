"""Choosing what is handed over: every unit (the default) or some, and what becomes of the
rest; what is due now or refunded is shown before confirming, by the rules the command
keeps (`sync.rules.pickup.plan_hand_over`).

Keyboard: Enter hands over; Tab goes through the units of each line and the choice for
the rest (Alt+R); Esc goes back to the order.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
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

from desktop.orders.records import HandOverChoice, OrderDetail
from desktop.shared.formatting import money
from desktop.shared.i18n import tr
from desktop.shared.refusals import say
from sync.rules import pickup
from sync.rules.errors import RuleViolation


class HandOverDialog(QDialog):
    """Emits `chosen(HandOverChoice, HandOverPlan)`; the page records the hand-over."""

    chosen = Signal(object, object)

    def __init__(self, detail: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handOverDialog")
        self.setWindowTitle(tr("Hand over order {number}").format(number=detail.number))
        self.detail = detail
        self.plan: pickup.HandOverPlan | None = None
        self._busy = False
        self.units: dict[uuid.UUID, QSpinBox] = {}
        form = QFormLayout()
        for line in detail.lines:
            if line.waiting <= 0:
                continue
            spin = QSpinBox()
            spin.setObjectName(f"units-{line.sku}")
            spin.setRange(0, line.waiting)
            spin.setValue(line.waiting)
            spin.setSuffix(tr(" of {waiting}").format(waiting=line.waiting))
            spin.valueChanged.connect(self._refresh)
            self.units[line.line_id] = spin
            form.addRow(f"{line.name} ({line.sku})", spin)
        self.rest = QComboBox()
        self.rest.setObjectName("handOverRest")
        self.rest.addItem(tr("keeps waiting for pickup"), pickup.Rest.KEEP)
        self.rest.addItem(tr("is cancelled and refunded"), pickup.Rest.CANCEL)
        self.rest.currentIndexChanged.connect(self._refresh)
        form.addRow(tr("The &rest:"), self.rest)
        self.summary = QLabel()
        self.summary.setObjectName("handOverSummary")
        self.summary.setProperty("kind", "subtitle")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("handOverError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel(
            tr("Enter: hand over · Tab: units per line · Alt+R: the rest · Esc: back to the order")
        )
        hint.setProperty("kind", "muted")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addLayout(self._buttons())
        self._refresh()
        first = next(iter(self.units.values()), None)
        (first or self.confirm).setFocus()

    def _buttons(self) -> QHBoxLayout:
        back = QPushButton(tr("Back to the order"))
        back.setObjectName("handOverBack")
        back.setAutoDefault(False)
        back.clicked.connect(self.reject)
        self.confirm = QPushButton(tr("Hand over"))
        self.confirm.setObjectName("handOverConfirm")
        self.confirm.setProperty("kind", "primary")
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(back)
        row.addWidget(self.confirm)
        return row

    def choice(self) -> HandOverChoice:
        rest = pickup.Rest(self.rest.currentData())
        wanted = [(line_id, spin.value()) for line_id, spin in self.units.items()]
        every = all(spin.value() == spin.maximum() for spin in self.units.values())
        if every:
            return HandOverChoice(None, rest)
        return HandOverChoice(tuple((line_id, units) for line_id, units in wanted if units), rest)

    def set_units(self, line_id: uuid.UUID, units: int) -> None:
        self.units[line_id].setValue(units)

    def _refresh(self) -> None:
        self.error.hide()
        choice = self.choice()
        try:
            plan = pickup.plan_hand_over(
                self.detail.pickup_lines(),
                None if choice.lines is None else list(choice.lines),
                choice.rest,
                self.detail.held,
            )
        except RuleViolation as refusal:
            self.plan = None
            self.summary.setText(say(refusal))
            self.confirm.setEnabled(False)
            return
        self.plan = plan
        self.confirm.setEnabled(not self._busy)
        self.summary.setText(self.describe(plan))

    def describe(self, plan: pickup.HandOverPlan) -> str:
        currency = self.detail.currency
        parts = [tr("Handing over %n unit(s).", "", plan.units_now)]
        if plan.due > 0:
            parts.append(tr("Due now: {amount}.").format(amount=money(plan.due, currency)))
        else:
            parts.append(tr("Nothing to pay now."))
        if plan.units_cancelled:
            parts.append(tr("%n unit(s) cancelled.", "", plan.units_cancelled))
        if plan.refund > 0:
            parts.append(tr("Refund now: {amount}.").format(amount=money(plan.refund, currency)))
        if plan.still_waiting:
            parts.append(tr("%n unit(s) still waiting for pickup.", "", plan.still_waiting))
        return " ".join(parts)

    def submit(self) -> None:
        if self._busy or self.plan is None:
            return
        self.set_busy(True)
        self.chosen.emit(self.choice(), self.plan)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (*self.units.values(), self.rest, self.confirm):
            widget.setEnabled(not busy)
        if busy:
            self.summary.setText(tr("Recording the hand-over…"))

    def show_error(self, text: str) -> None:
        """A refusal: shown here, the choices editable again."""
        self.set_busy(False)
        self._refresh()
        self.error.setText(text)
        self.error.show()
        self.confirm.setFocus()
