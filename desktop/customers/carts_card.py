"""The open carts card of the 360: every open cart of the customer, from any channel."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.customers.data import OpenCart
from desktop.customers.record_table import record_table
from desktop.customers.records_model import carts_model
from desktop.shared.i18n import tr

MAX_CARTS_SHOWN = 4  # rows tall; more carts scroll


class CartsCard(QFrame):
    """The customer's open carts from any channel, each with its lines and total."""

    open_cart = Signal(object)  # the cart's id (UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cartsCard")
        self.setProperty("kind", "card")
        self.model = carts_model(self)
        title = QLabel(tr("Open carts"))
        title.setProperty("kind", "subtitle")
        self.empty = QLabel(tr("No open cart in any channel."))
        self.empty.setObjectName("noOpenCart")
        self.empty.setProperty("kind", "muted")
        self.view = record_table("openCarts", self.model)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)
        self.open_button = QPushButton(tr("&Open cart"))
        self.open_button.setObjectName("openCartButton")
        self.open_button.setToolTip(tr("Continue this cart at the till (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_selected)
        heading = QHBoxLayout()  # with no cart, the card is this one line
        heading.addWidget(title)
        heading.addWidget(self.empty, 1)
        heading.addStretch(0)
        heading.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)  # low: the 360's history below needs the room
        layout.addLayout(heading)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.show_carts(())

    def show_carts(self, carts: tuple[OpenCart, ...]) -> None:
        """The carts; the one selected stays selected (else the first)."""
        self.model.set_rows(carts)
        self.empty.setVisible(not carts)
        self.view.setVisible(bool(carts))
        self.open_button.setVisible(bool(carts))
        shown = max(1, min(len(carts), MAX_CARTS_SHOWN))
        self.view.setFixedHeight(
            self.view.horizontalHeader().sizeHint().height()
            + self.view.verticalHeader().defaultSectionSize() * shown
            + 2 * self.view.frameWidth()
        )
        if carts and self.selected() is None:
            self.view.selectRow(0)
        self._update()

    def _update(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def selected(self) -> OpenCart | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        self.open_cart.emit(self.model.row(index.row()).id)

    def open_selected(self) -> None:
        cart = self.selected()
        if cart is not None:
            self.open_cart.emit(cart.id)
