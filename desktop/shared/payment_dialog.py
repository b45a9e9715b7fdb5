"""Taking the payment: cash with change, card with the terminal's reference, or both.

Keyboard: the cash field has the focus; type the amount and Enter. Alt+Y puts the rest
on the card and moves to the reference field; Alt+C, Alt+A and Alt+R go to the cash,
card amount and reference fields. Esc goes back to the sale.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shared.formatting import money, number
from desktop.shared.i18n import tr
from desktop.shared.payment import ZERO, Entered, PaymentPlan, PaymentProblem, balance, plan_payment


@dataclass(frozen=True)
class PaymentTexts:
    """What the payment is for, in the dialog's words (already translated)."""

    complete: str  # the confirm button: "Complete sale"
    back: str  # the cancel button: "Back to the sale"
    busy: str  # while it is recorded: "Recording the sale…"
    hint: str  # the keyboard hint


def sale_texts() -> PaymentTexts:

    return PaymentTexts(
        complete=tr("Complete sale"),
        back=tr("Back to the sale"),
        busy=tr("Recording the sale…"),
        hint=tr("Enter: complete · Alt+Y: the rest by card · Esc: back to the sale"),
    )


class PaymentDialog(QDialog):
    """Emits `confirmed(PaymentPlan)`; the page records the sale (or hand-over) and then
    closes it."""

    confirmed = Signal(object)

    def __init__(
        self,
        total: Decimal,
        currency: str,
        parent: QWidget | None = None,
        texts: PaymentTexts | None = None,
    ) -> None:
        super().__init__(parent)
        self.texts = texts or sale_texts()
        self.setObjectName("paymentDialog")
        self.setWindowTitle(tr("Payment"))
        self.total = total
        self.currency = currency
        self._busy = False
        due = QLabel(tr("To pay: {total}").format(total=money(total, currency)))
        due.setObjectName("dueLabel")
        due.setProperty("kind", "title")
        self.cash = self._amount_field("cashEdit", tr("e.g. 200"))
        self.card_amount = self._amount_field("cardAmountEdit", tr("0.00"))
        self.card_reference = QLineEdit()
        self.card_reference.setObjectName("cardReferenceEdit")
        self.card_reference.setMaxLength(64)
        self.card_reference.setPlaceholderText(tr("from the card terminal's slip"))
        self.card_reference.textChanged.connect(self._refresh)
        form = QFormLayout()
        form.addRow(tr("&Cash received:"), self.cash)
        form.addRow(tr("Card &amount:"), self.card_amount)
        form.addRow(tr("Terminal &reference:"), self.card_reference)
        self.status = QLabel()
        self.status.setObjectName("paymentStatus")
        self.status.setProperty("kind", "subtitle")
        self.error = QLabel()
        self.error.setObjectName("paymentError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel(self.texts.hint)
        hint.setProperty("kind", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(due)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addLayout(self._buttons())
        self.setTabOrder(self.cash, self.card_amount)
        self.setTabOrder(self.card_amount, self.card_reference)
        self._refresh()
        self.cash.setFocus()

    def _amount_field(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.textChanged.connect(self._refresh)
        return field

    def _buttons(self) -> QHBoxLayout:
        self.rest_by_card = QPushButton(tr("The rest b&y card"))
        self.rest_by_card.setObjectName("restByCard")
        self.rest_by_card.setAutoDefault(False)
        self.rest_by_card.clicked.connect(self.put_rest_on_card)
        cancel = QPushButton(self.texts.back)
        cancel.setObjectName("cancelPayment")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.complete = QPushButton(self.texts.complete)
        self.complete.setObjectName("completeSale")
        self.complete.setProperty("kind", "primary")
        self.complete.setDefault(True)
        self.complete.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addWidget(self.rest_by_card)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.complete)
        return row

    def entered(self) -> Entered:
        return Entered(self.cash.text(), self.card_amount.text(), self.card_reference.text())

    def put_rest_on_card(self) -> None:
        """Whatever the cash does not cover goes on the card; then type the reference."""
        rest = -balance(self.total, Entered(cash=self.cash.text()))
        self.card_amount.setText(number(max(rest, ZERO), 2))
        self.card_reference.setFocus()

    def _refresh(self) -> None:
        self.error.hide()
        left = balance(self.total, self.entered())
        if left < 0:
            self.status.setText(
                tr("Still due: {amount}").format(amount=money(-left, self.currency))
            )
        else:
            self.status.setText(tr("Change: {amount}").format(amount=money(left, self.currency)))

    def submit(self) -> None:
        if self._busy:
            return
        try:
            plan: PaymentPlan = plan_payment(self.total, self.currency, self.entered())
        except PaymentProblem as problem:
            self.show_error(str(problem), problem.field)
            return
        self.set_busy(True)
        self.confirmed.emit(plan)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.cash,
            self.card_amount,
            self.card_reference,
            self.complete,
            self.rest_by_card,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.status.setText(self.texts.busy)

    def show_error(self, text: str, field: str = "cash") -> None:
        """A refusal: shown here, the fields editable again, the cursor in the field to
        correct ("cash", "card" or "reference")."""
        self.set_busy(False)
        self._refresh()
        self.error.setText(text)
        self.error.show()
        fields = {"card": self.card_amount, "reference": self.card_reference}
        fields.get(field, self.cash).setFocus()
