""" "Change offer…": product, amount and term, with the offer previewed live from the one
engine before it is saved. A view: `preview` (from the controller) quotes, `chosen`
says what staff confirmed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.shared.formatting import local_date, money, number
from desktop.shared.i18n import tr
from desktop.shared.offer_form import OfferForm, Preview
from sync.rules.credit_products import CreditProduct
from sync.rules.offers import Offer


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
        self.form = OfferForm(preview, offer_lines, prefix="offer", figures_name="offerPreview")
        self.product = self.form.product
        self.amount = self.form.amount
        self.term = self.form.term
        self.figures = self.form.figures
        self.problem = self.form.problem
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.validity_changed.connect(self._valid)
        codes = [item.code for item in products]
        if current is None:
            self.form.load(codes)
        else:
            self.form.load(codes, current.product, current.amount, current.term_months)

    @property
    def offer(self) -> Offer | None:
        return self.form.offer()

    def refresh(self) -> None:
        """Quote again with what is typed; the problem said, Save off while there is one."""
        self.form.refresh()

    def _valid(self, valid: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(valid)

    def _save(self) -> None:
        values = self.form.values()
        if values is not None:
            self.chosen.emit(*values)
            self.accept()
