"""The prices work area, for pricing staff: find a product, choose one of the price lists
they may change, give the new price and the moment it starts.

`PricesPage` lays the page out and says what staff ask for; `PricesController`
(controller.py) reads and changes the replica in the background. The change is the
shared `price.set` command, applied to the replica at once and sent with the next sync;
the server checks the person's authority again. Every till and the web shop charge the
new price from its start.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

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

from desktop.prices.controller import PricesController
from desktop.services.workspace import Workspace
from desktop.shared.i18n import tr
from desktop.shared.page import Page
from sync.client.touched import Touched
from sync.model import Role

DEBOUNCE_MS = 200
ID_ROLE = Qt.ItemDataRole.UserRole

Choices = Sequence[tuple[str, uuid.UUID]]  # (what staff read, its id)


class PricesPage(Page):
    """Set a product's price in a price list, from a moment on."""

    key = "prices"
    icon_name = "prices"
    roles = frozenset({Role.PRICING.value})
    # The price lists offered depend on who is signed in and at which office.
    watches = frozenset({"prices", "price_lists", "products", "barcodes", "staff_users", "stores"})

    # What happened (tests wait for these).
    lists_loaded = Signal()
    products_found = Signal()
    price_shown = Signal()
    price_set = Signal(str)  # the new price's id
    refused = Signal(str)  # the sentence shown

    # What staff ask for.
    search_requested = Signal(str)  # the text typed, once typing pauses
    choice_changed = Signal()  # another product or price list
    amount_edited = Signal()
    submit_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("pricesPage")
        self.search = QLineEdit()
        self.search.setObjectName("priceProductSearch")
        self.search.setPlaceholderText(tr("Find a product by name, SKU or barcode"))
        self.results = QListWidget()
        self.results.setObjectName("priceProducts")
        self.price_list = QComboBox()
        self.price_list.setObjectName("priceList")
        self.current = QLabel()
        self.current.setObjectName("priceNow")
        self.amount = QLineEdit()
        self.amount.setObjectName("priceAmount")
        self.amount.setPlaceholderText(tr("e.g. 1299.00"))
        self.valid_from = QDateTimeEdit(QDateTime.currentDateTime())
        self.valid_from.setObjectName("priceValidFrom")
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.set_button = QPushButton(tr("&Set price"))
        self.set_button.setObjectName("setPriceButton")
        self.set_button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("priceStatus")
        self.status.setWordWrap(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._build()
        self._debounce.timeout.connect(lambda: self.search_requested.emit(self.search_text()))
        self.search.textEdited.connect(lambda _: self._debounce.start())
        self.results.currentItemChanged.connect(lambda *_: self.choice_changed.emit())
        self.price_list.currentIndexChanged.connect(lambda _: self.choice_changed.emit())
        self.amount.textEdited.connect(lambda _: self.amount_edited.emit())
        self.amount.returnPressed.connect(self.submit_requested)
        self.set_button.clicked.connect(self.submit_requested)
        self.controller = PricesController(workspace, self)

    def title(self) -> str:
        return tr("Prices")

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        form = QFormLayout()
        form.addRow(tr("Price &list"), self.price_list)
        form.addRow(tr("Price now"), self.current)
        form.addRow(tr("New &price"), self.amount)
        form.addRow(tr("&From"), self.valid_from)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.set_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.status)
        note = QLabel(
            tr(
                "A new price reaches every till and the web shop with the next "
                "sync. Only the price lists you are responsible for are listed."
            )
        )
        note.setProperty("kind", "muted")
        note.setWordWrap(True)
        right.addWidget(note)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    # -- what the main window calls -----------------------------------------------------

    def activated(self) -> None:
        self.controller.read_lists()

    def replica_changed(self, touched: Touched) -> None:
        self.controller.replica_changed(touched)

    def signed_out(self) -> None:
        """The person left: the product search empty."""
        self._debounce.stop()
        self.search.clear()
        self.controller.find("")

    def focus_main(self) -> None:
        self.search.setFocus()

    # -- what staff entered -------------------------------------------------------------

    def search_text(self) -> str:
        return self.search.text().strip()

    def product_id(self) -> uuid.UUID | None:
        item = self.results.currentItem()
        return uuid.UUID(item.data(ID_ROLE)) if item is not None else None

    def list_id(self) -> uuid.UUID | None:
        chosen = self.price_list.currentData()
        return uuid.UUID(chosen) if chosen is not None else None

    def amount_text(self) -> str:
        return self.amount.text()

    def starts(self) -> datetime:
        return datetime.fromtimestamp(self.valid_from.dateTime().toSecsSinceEpoch(), UTC)

    # -- what the controller shows ------------------------------------------------------

    def show_lists(self, lists: Choices) -> None:
        """The price lists to choose from; the one chosen stays chosen if still there."""
        chosen = self.price_list.currentData()
        self.price_list.blockSignals(True)
        self.price_list.clear()
        for text, list_id in lists:
            self.price_list.addItem(text, str(list_id))
        index = self.price_list.findData(chosen) if chosen is not None else -1
        self.price_list.setCurrentIndex(max(index, 0) if lists else -1)
        self.price_list.blockSignals(False)

    def show_products(self, products: Choices, keep: uuid.UUID | None = None) -> None:
        """The products found; `keep` stays current (and the list scrolled where it
        was) if found again, else the first is."""
        scrolled = self.results.verticalScrollBar().value()
        self.results.blockSignals(True)
        self.results.clear()
        row = 0
        for number, (text, product_id) in enumerate(products):
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, str(product_id))
            self.results.addItem(item)
            if product_id == keep:
                row = number
        if products:
            self.results.setCurrentRow(row)
        if keep is not None:
            self.results.verticalScrollBar().setValue(scrolled)
        self.results.blockSignals(False)

    def show_price(self, text: str) -> None:
        self.current.setText(text)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def set_can_submit(self, can: bool) -> None:
        self.set_button.setEnabled(can)

    def clear_amount(self) -> None:
        self.amount.clear()
