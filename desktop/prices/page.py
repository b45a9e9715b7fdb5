"""The prices work area, for pricing staff: find a product, choose one of the price lists
they may change, give the new price and the moment it starts.

The change is the shared `price.set` command, applied to the replica at once and sent
with the next sync; the server checks the person's authority again. Every till and the
web shop charge the new price from its start.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.prices import queries
from desktop.prices.queries import ListChoice
from desktop.services.background import run_in_background
from desktop.services.workspace import Workspace
from desktop.shared.page import Page
from desktop.shared.products import ProductChoice, find_products
from desktop.ui.errors import explain
from sync.model import Role

DEBOUNCE_MS = 200
AMOUNT = re.compile(r"^\d{1,10}([.,]\d{1,2})?$")


def _amount(text: str) -> Decimal | None:
    """The amount typed ("1299", "1299.9", "1299,90"), or None if it is not one."""
    text = text.strip()
    return Decimal(text.replace(",", ".")) if AMOUNT.match(text) else None


class PricesPage(Page):
    """Set a product's price in a price list, from a moment on."""

    key = "prices"
    icon_name = "prices"
    roles = frozenset({Role.PRICING.value})
    watches = frozenset({"prices", "price_lists", "products"})

    lists_loaded = Signal()
    products_found = Signal()
    price_shown = Signal()
    price_set = Signal(str)  # the new price's id
    refused = Signal(str)  # the sentence shown

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("pricesPage")
        self._lists: list[ListChoice] = []
        self.search = QLineEdit()
        self.search.setObjectName("priceProductSearch")
        self.search.setPlaceholderText(self.tr("Find a product by name, SKU or barcode"))
        self.results = QListWidget()
        self.results.setObjectName("priceProducts")
        self.price_list = QComboBox()
        self.price_list.setObjectName("priceList")
        self.current = QLabel()
        self.current.setObjectName("priceNow")
        self.amount = QLineEdit()
        self.amount.setObjectName("priceAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 1299.00"))
        self.valid_from = QDateTimeEdit(QDateTime.currentDateTime())
        self.valid_from.setObjectName("priceValidFrom")
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.set_button = QPushButton(self.tr("&Set price"))
        self.set_button.setObjectName("setPriceButton")
        self.status = QLabel()
        self.status.setObjectName("priceStatus")
        self.status.setWordWrap(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._build()
        self._debounce.timeout.connect(self._find)
        self.search.textEdited.connect(lambda _: self._debounce.start())
        self.results.currentItemChanged.connect(lambda *_: self._show_price())
        self.price_list.currentIndexChanged.connect(lambda _: self._show_price())
        self.amount.textEdited.connect(lambda _: self._update_button())
        self.amount.returnPressed.connect(self.submit)
        self.set_button.clicked.connect(self.submit)
        self._update_button()

    def title(self) -> str:
        return self.tr("Prices")

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        form = QFormLayout()
        form.addRow(self.tr("Price &list"), self.price_list)
        form.addRow(self.tr("Price now"), self.current)
        form.addRow(self.tr("New &price"), self.amount)
        form.addRow(self.tr("&From"), self.valid_from)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.set_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.status)
        note = QLabel(self.tr("A new price reaches every till and the web shop with the next "
                              "sync. Only the price lists you are responsible for are listed."))
        note.setProperty("kind", "muted")
        note.setWordWrap(True)
        right.addWidget(note)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    # --- reading ------------------------------------------------------------------------

    def activated(self) -> None:
        staff = self.workspace.staff
        if staff is None:
            return
        workspace = self.workspace

        def load() -> list[ListChoice]:
            with workspace.read() as session:
                return queries.lists_to_change(session, staff.id)

        run_in_background(load, self._lists_ready, self._failed)

    def _lists_ready(self, lists: list[ListChoice]) -> None:
        chosen = self.price_list.currentData()
        self._lists = lists
        self.price_list.blockSignals(True)
        self.price_list.clear()
        for choice in lists:
            label = self.tr("{code} — {name} ({currency}, {where})").format(
                code=choice.code, name=choice.name, currency=choice.currency,
                where=choice.country or self.tr("whole company"))
            self.price_list.addItem(label, str(choice.id))
        index = self.price_list.findData(chosen) if chosen is not None else -1
        self.price_list.setCurrentIndex(max(index, 0) if lists else -1)
        self.price_list.blockSignals(False)
        if not lists:
            self.status.setText(self.tr("You are not responsible for any price list."))
        self._update_button()
        self._show_price()
        self.lists_loaded.emit()

    def _find(self) -> None:
        text, workspace = self.search.text().strip(), self.workspace

        def find() -> list[ProductChoice]:
            if not text:
                return []
            with workspace.read() as session:
                return find_products(session, text)

        run_in_background(find, self._found, self._failed)

    def _found(self, hits: list[ProductChoice]) -> None:
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.sku} — {hit.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(hit.product_id))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self._update_button()
        self.products_found.emit()

    def _product_id(self) -> uuid.UUID | None:
        item = self.results.currentItem()
        return uuid.UUID(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _list(self) -> ListChoice | None:
        index = self.price_list.currentIndex()
        return self._lists[index] if 0 <= index < len(self._lists) else None

    def _show_price(self) -> None:
        product_id, choice, workspace = self._product_id(), self._list(), self.workspace
        self._update_button()
        if product_id is None or choice is None:
            self.current.setText("")
            return

        def read() -> Decimal | None:
            with workspace.read() as session:
                return queries.price_in_force(session, choice.id, product_id,
                                              datetime.now(UTC))

        run_in_background(read, lambda amount: self._price_ready(choice, amount),
                          self._failed)

    def _price_ready(self, choice: ListChoice, amount: Decimal | None) -> None:
        self.current.setText(self.tr("no price") if amount is None
                             else f"{amount:.2f} {choice.currency}")
        self.price_shown.emit()

    # --- changing -----------------------------------------------------------------------

    def _update_button(self) -> None:
        self.set_button.setEnabled(self._product_id() is not None and self._list() is not None
                                   and _amount(self.amount.text()) is not None)

    def submit(self) -> None:
        product_id, choice = self._product_id(), self._list()
        amount = _amount(self.amount.text())
        if product_id is None or choice is None or amount is None:
            self.status.setText(self.tr("Choose a product and a price list, and type the "
                                        "new price (e.g. 1299.00)."))
            return
        starts = datetime.fromtimestamp(self.valid_from.dateTime().toSecsSinceEpoch(), UTC)
        args: dict[str, Any] = {
            "price_id": str(uuid.uuid4()), "price_list_id": str(choice.id),
            "product_id": str(product_id), "amount": f"{amount:.2f}",
            "valid_from": starts.isoformat()}
        workspace = self.workspace
        self.set_button.setEnabled(False)
        run_in_background(lambda: workspace.apply("price.set", args),
                          lambda result: self._done(choice, amount, result.result),
                          self._refused)

    def _done(self, choice: ListChoice, amount: Decimal, result: dict[str, Any]) -> None:
        self.status.setText(self.tr("{amount} {currency} set in {code}. Every till and the web "
                                    "shop charge it from its start, after the next sync.")
                            .format(amount=f"{amount:.2f}", currency=choice.currency,
                                    code=choice.code))
        self.amount.clear()
        self._show_price()
        self.price_set.emit(str(result.get("price_id", "")))

    def _refused(self, error: BaseException) -> None:
        message = explain(error)
        self.status.setText(message)
        self._update_button()
        self.refused.emit(message)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(explain(error))
