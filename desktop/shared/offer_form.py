"""The quoting form shared by "Change offer…" and "New application": a product, an amount
and a term, with the offer quoted live from the one engine as they are typed, its figures
shown and any problem said. A view: `preview` (from the dialog) quotes; the dialog adds its
own rows above (`fields.insertRow`) and notes below (`add_note`).

`validity_changed(bool)` is said after every quote (whether there is an offer now), so a
button turned off meanwhile is set again; `offer()` and `values()` say what was quoted."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from desktop.shared.formatting import number
from desktop.shared.i18n import tr
from sync.rules.errors import RuleViolation
from sync.rules.offers import Offer

Preview = Callable[[str, Decimal, int], Offer]
Lines = Callable[[Offer], list[tuple[str, str]]]


class OfferForm(QWidget):
    """Product, amount and term; the figures and the problem below them. Object names are
    `<prefix>Product`, `<prefix>Amount`, `<prefix>Term`, `<figures_name>` and `<prefix>Problem`."""

    validity_changed = Signal(bool)

    def __init__(
        self,
        preview: Preview,
        lines: Lines,
        *,
        prefix: str,
        figures_name: str,
        no_product: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._preview = preview
        self._lines = lines
        self._no_product = no_product
        self._offer: Offer | None = None
        self._loading = False
        self.product = QComboBox()
        self.product.setObjectName(f"{prefix}Product")
        self.amount = QLineEdit()
        self.amount.setObjectName(f"{prefix}Amount")
        self.term = QSpinBox()
        self.term.setObjectName(f"{prefix}Term")
        self.term.setRange(1, 600)
        self.term.setSuffix(tr(" months"))
        self.figures = QLabel()
        self.figures.setObjectName(figures_name)
        self.problem = QLabel()
        self.problem.setObjectName(f"{prefix}Problem")
        self.problem.setProperty("kind", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.fields = QFormLayout()
        self.fields.addRow(tr("Product"), self.product)
        self.fields.addRow(tr("Amount"), self.amount)
        self.fields.addRow(tr("Term"), self.term)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(self.fields)
        self._layout.addWidget(self.figures)
        self._layout.addWidget(self.problem)
        self.product.currentIndexChanged.connect(self.refresh)
        self.amount.textChanged.connect(self.refresh)
        self.term.valueChanged.connect(self.refresh)

    def add_note(self, note: QWidget) -> None:
        """A line of the dialog's own between the fields and the figures."""
        self._layout.insertWidget(self._layout.indexOf(self.figures), note)

    def load(
        self,
        products: Sequence[str],
        product: str | None = None,
        amount: Decimal | None = None,
        term: int | None = None,
    ) -> None:
        """The products offered (codes), with what is chosen; quoted once, afterwards."""
        self._loading = True
        try:
            self.product.clear()
            for code in products:
                self.product.addItem(labels.product(code), code)
            if product is not None:
                self.product.setCurrentIndex(max(self.product.findData(product), 0))
            if amount is not None:
                self.amount.setText(number(amount, 2))
            if term is not None:
                self.term.setValue(term)
        finally:
            self._loading = False
        self.refresh()

    def offer(self) -> Offer | None:
        """The offer quoted from what is typed, or None while there is a problem."""
        return self._offer

    def values(self) -> tuple[str, Decimal, int] | None:
        """The product, amount and term of the offer quoted, or None without one."""
        offer = self._offer
        if offer is None:
            return None
        return offer.product, offer.amount, offer.term_months

    def refresh(self) -> None:
        """Quote again with what is typed; the problem said, the figures shown."""
        if self._loading:
            return
        self._offer = None
        problem = ""
        product = self.product.currentData()
        if product is None:
            problem = self._no_product
        else:
            try:
                amount = parse_money(self.amount.text())
                self._offer = self._preview(str(product), amount, self.term.value())
            except AmountProblem as why:
                problem = str(why) if self.amount.text().strip() else ""
            except RuleViolation as refused:
                problem = explain(refused)
        self.show_problem(problem)
        self.figures.setText(
            "<br>".join(f"{name}: <b>{value}</b>" for name, value in self._lines(self._offer))
            if self._offer is not None
            else ""
        )
        self.validity_changed.emit(self._offer is not None)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
