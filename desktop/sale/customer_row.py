"""Whose sale it is: the customer (click for their 360), where the cart was started, and
the customer's open carts from every channel to switch to."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.sale.carts_model import OpenCartsModel
from desktop.sale.state import CartSummary, CartView
from desktop.shared.i18n import tr


class CustomerRow(QWidget):
    """Emits `customer_clicked` and `cart_chosen(cart_id | None)` (None: a new cart)."""

    customer_clicked = Signal()
    cart_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton()
        self.button.setObjectName("customerButton")
        self.button.setFlat(True)
        self.button.clicked.connect(self.customer_clicked)
        self.origin = QLabel()
        self.origin.setObjectName("cartOrigin")
        self.origin.setProperty("kind", "badge")
        self.origin.hide()
        self.carts_model = OpenCartsModel(self)
        self.cart_choice = QComboBox()
        self.cart_choice.setObjectName("cartChoice")
        self.cart_choice.setModel(self.carts_model)
        self.cart_choice.setToolTip(tr("The customer's open carts from every channel"))
        self.cart_choice.activated.connect(
            lambda row: self.cart_chosen.emit(self.carts_model.cart_id(row))
        )
        self.cart_choice.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.origin)
        row.addStretch(1)
        row.addWidget(self.cart_choice)

    def show_sale(self, cart: CartView, open_carts: list[CartSummary]) -> None:
        """The cart's customer (or a walk-in), its channel, and the carts to switch to."""
        if cart.customer_id is None:
            self.button.setText(tr("Walk-in customer"))
            self.button.setEnabled(False)
        else:
            self.button.setText(
                tr("Customer: {name} ({number})").format(
                    name=cart.customer_name, number=cart.customer_number
                )
            )
            self.button.setEnabled(True)
        started_elsewhere = cart.channel is not None and cart.channel != "store"
        self.origin.setVisible(started_elsewhere)
        if started_elsewhere:
            self.origin.setText(
                tr("started in channel: {channel}").format(
                    channel=self.carts_model.channel_name(cart.channel or "")
                )
            )
        self.carts_model.set_carts(open_carts)
        self.cart_choice.setVisible(cart.customer_id is not None)
        self.cart_choice.setCurrentIndex(self.carts_model.row_of(cart.cart_id))
