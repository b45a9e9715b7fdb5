""" "Change offer…": product, amount and term, with the offer previewed live from the one
engine before it is saved. A view: `preview` (from the controller) quotes, `chosen`
says what staff confirmed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.shared import labels
from desktop.shared.amounts import AmountProblem, parse_money
from desktop.shared.errors import explain
from desktop.shared.formatting import local_date, money, number
from desktop.shared.i18n import tr
from sync.rules.credit_products import CreditProduct
from sync.rules.errors import RuleViolation
from sync.rules.offers import Offer

Preview = Callable[[str, Decimal, int], Offer]


def offer_lines(offer: Offer) -> list[tuple[str, str]]:
    """The figures of an offer as (label, value), in the staff's language."""
    cur = offer.currency
    return [
        (tr("Amount"), money(offer.amount, cur)),
        (tr("Term"), tr("%n month(s)", "", offer.term_months)),
        (tr("Interest rate"), tr("{rate} % a year").format(rate=number(offer.nominal_rate, 2))),
        (tr("APR"), tr("{rate} %").format(rate=number(offer.apr, 2))),
        (tr("Monthly instalment"), money(offer.instalment, cur)),
        (tr("Last instalment"), money(offer.last_instalment, cur)),
        (tr("Arrangement fee"), money(offer.arrangement_fee, cur)),
        (tr("Total cost"), money(offer.total_cost, cur)),
        (tr("Total to repay"), money(offer.total_to_repay, cur)),
        (tr("Valid until"), local_date(offer.valid_until)),
    ]


class ChangeOfferDialog(QDialog):
    chosen = Signal(str, object, int)  # product code, amount (Decimal), term in months

    def __init__(
        self,
        products: Sequence[CreditProduct],
        current: Offer | None,
        preview: Preview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changeOfferDialog")
        self.setWindowTitle(tr("Change offer"))
        self._preview = preview
        self.offer: Offer | None = None
        self.product = QComboBox()
        self.product.setObjectName("offerProduct")
        for item in products:
            self.product.addItem(labels.product(item.code), item.code)
        self.amount = QLineEdit()
        self.amount.setObjectName("offerAmount")
        self.term = QSpinBox()
        self.term.setObjectName("offerTerm")
        self.term.setRange(1, 600)
        self.term.setSuffix(tr(" months"))
        if current is not None:
            index = self.product.findData(current.product)
            self.product.setCurrentIndex(max(index, 0))
            self.amount.setText(number(current.amount, 2))
            self.term.setValue(current.term_months)
        self.figures = QLabel()
        self.figures.setObjectName("offerPreview")
        self.problem = QLabel()
        self.problem.setObjectName("offerProblem")
        self.problem.setProperty("kind", "error")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Product"), self.product)
        form.addRow(tr("Amount"), self.amount)
        form.addRow(tr("Term"), self.term)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.figures)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.product.currentIndexChanged.connect(self.refresh)
        self.amount.textChanged.connect(self.refresh)
        self.term.valueChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Quote again with what is typed; the problem said, Save off while there is one."""
        self.offer = None
        try:
            amount = parse_money(self.amount.text())
            self.offer = self._preview(str(self.product.currentData()), amount, self.term.value())
        except AmountProblem as problem:
            self._show(str(problem) if self.amount.text().strip() else "")
        except RuleViolation as refused:
            self._show(explain(refused))
        else:
            self._show("")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(self.offer is not None)

    def _show(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if self.offer is None:
            self.figures.setText("")
            return
        self.figures.setText(
            "<br>".join(f"{name}: <b>{value}</b>" for name, value in offer_lines(self.offer))
        )

    def _save(self) -> None:
        if self.offer is not None:
            self.chosen.emit(self.offer.product, self.offer.amount, self.offer.term_months)
            self.accept()
