"""The cart on screen: its lines, the totals, and the stock of the selected product."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.sale.cart_model import PRODUCT, PROMOTION, CartModel
from desktop.sale.state import CartView, SaleLine, StockLevel
from desktop.sale.stock_model import StockModel
from desktop.shared.empty_state import EmptyState
from desktop.shared.formatting import money
from desktop.shared.i18n import tr


class CartPanel(QWidget):
    """Emits `line_selected(product_id | None)` when the highlighted line changes."""

    line_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CartModel(self)
        self._cart_id: uuid.UUID | None = None  # the cart shown
        self.table = QTableView()
        self.table.setObjectName("cartTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PRODUCT, QHeaderView.ResizeMode.Stretch)
        # A long promotion name shares the room with the product's (whole as tooltip).
        header.setSectionResizeMode(PROMOTION, QHeaderView.ResizeMode.Stretch)
        self.empty = EmptyState(self.table, tr("Scan a product or press F4 to find one."))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.line_selected.emit(self._product_at(current.row()))
        )
        self.stock_model = StockModel(self)
        self.stock = QTableView()
        self.stock.setObjectName("stockView")
        self.stock.setModel(self.stock_model)
        self.stock.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stock.verticalHeader().hide()
        stock_header = self.stock.horizontalHeader()
        stock_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stock_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stock.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.stock_title = QLabel(tr("Stock"))
        self.stock_title.setObjectName("stockTitle")
        self.stock_title.setProperty("kind", "subtitle")
        self.stock_title.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addWidget(self._side(), 1)

    def _side(self) -> QWidget:
        self.items = self._figure("itemsLabel")
        self.list_total = self._figure("listTotalLabel")
        self.discount = self._figure("discountLabel")
        self.total = QLabel()
        self.total.setObjectName("totalLabel")
        self.total.setProperty("kind", "title")
        totals = QFrame()
        totals.setProperty("kind", "card")
        grid = QGridLayout(totals)
        for row, (text, value) in enumerate(
            [
                (tr("Items"), self.items),
                (tr("Before promotions"), self.list_total),
                (tr("Promotions"), self.discount),
                (tr("Total"), self.total),
            ]
        ):
            label = QLabel(text)
            label.setProperty("kind", "muted")
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(totals)
        column.addWidget(self.stock_title)
        column.addWidget(self.stock, 1)
        return side

    @staticmethod
    def _figure(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        return label

    def _product_at(self, row: int) -> uuid.UUID | None:
        line = self.model.line(row)
        return line.product_id if line else None

    def show_cart(self, view: CartView, select: uuid.UUID | None) -> None:
        """Show `view`, highlighting the line of product `select` (else the last line);
        the same cart re-read keeps its scroll position."""
        scroll = self.table.verticalScrollBar()
        kept = scroll.value() if view.cart_id is not None and view.cart_id == self._cart_id else 0
        self._cart_id = view.cart_id
        self.model.set_cart(view)
        scroll.setValue(kept)
        currency = view.till_currency
        self.items.setText(str(view.units))
        self.list_total.setText(money(view.list_total, currency))
        self.discount.setText(
            "−" + money(view.discount_total, currency)
            if view.discount_total
            else money(view.discount_total, currency)
        )
        self.total.setText(money(view.total, currency))
        row = self.model.row_of(select)
        if row < 0:
            row = self.model.rowCount() - 1
        if row >= 0:
            self.table.selectRow(row)  # the selection model reports the new line
        else:
            self.line_selected.emit(None)

    def selected_line(self) -> SaleLine | None:
        return self.model.line(self.table.currentIndex().row())

    def step(self, delta: int) -> None:
        """Move the highlight up or down the lines."""
        count = self.model.rowCount()
        if count:
            row = self.table.currentIndex().row()
            self.table.selectRow(min(max(row + delta, 0), count - 1) if row >= 0 else 0)

    def show_stock(self, name: str, levels: list[StockLevel]) -> None:
        self.stock_title.setText(
            tr("Stock of {product}").format(product=name) if name else tr("Stock")
        )
        self.stock_model.set_levels(levels)
