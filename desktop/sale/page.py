"""The sale work area: a customer's cart from any channel, or a walk-in sale, to payment.

`SalePage` lays the page out and says what the cashier asks for; `SaleController`
(controller.py) decides what happens. Keyboard first — see SHORTCUTS and the hint line at
the bottom of the page.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.sale.cart_panel import CartPanel
from desktop.sale.controller import SaleController
from desktop.sale.customer_row import CustomerRow
from desktop.sale.done_panel import SaleDonePanel
from desktop.sale.quantity_edit import QuantityEdit
from desktop.sale.receipt_data import Receipt
from desktop.sale.refresh import WATCHES
from desktop.sale.scan_field import ScanField
from desktop.sale.state import CartSummary, CartView, SaleLine, StockLevel
from desktop.services.workspace import Workspace
from desktop.shared.i18n import tr
from desktop.shared.page import Destination, Page, StartSale
from desktop.shared.payment_dialog import PaymentDialog
from desktop.shared.product_picker import ProductPicker
from sync.client.touched import Touched
from sync.commands.permissions import SELLERS

SHORTCUTS = {  # documented on the page and in the manual; F3 is bound by the main window
    "find": "F4",
    "quantity": "F6",
    "remove": "Del",
    "pay": "F12",
    "new_sale": "Ctrl+N",
    "print": "Ctrl+P",
    "save": "Ctrl+S",
}


class SalePage(Page):
    """Cart and checkout at a till (cashiers, managers, field reps)."""

    key = "sale"
    icon_name = "sale"
    roles = frozenset(role.value for role in SELLERS)
    watches = WATCHES

    cart_shown = Signal()  # the cart on screen was re-read from the replica
    sale_completed = Signal(object)  # Receipt

    # What the cashier asks for (by key, button or click).
    find_requested = Signal()
    quantity_requested = Signal()
    remove_requested = Signal()
    pay_requested = Signal()
    new_sale_requested = Signal()

    # The widgets the controller and the tests reach.
    scan_field: ScanField
    customer_row: CustomerRow
    cart: CartPanel
    quantity: QuantityEdit
    error: QLabel
    done: SaleDonePanel

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("salePage")
        self._build()
        self._shortcuts()
        self.controller = SaleController(workspace, self)

    def title(self) -> str:
        return tr("Sale")

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.scan_field = ScanField()
        self.scan_field.step.connect(lambda delta: self.cart.step(delta))
        self.scan_field.remove_requested.connect(self.remove_requested)
        find = self._button("findProduct", tr("Find product (F4)"), self.find_requested.emit)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_field, 1)
        scan_row.addWidget(find)
        self.customer_row = CustomerRow()
        self.customer_button = self.customer_row.button
        self.origin = self.customer_row.origin
        self.cart_choice = self.customer_row.cart_choice
        self.cart = CartPanel()
        self.error = QLabel()
        self.error.setObjectName("saleError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.done = SaleDonePanel()
        self.done.failed.connect(self.show_error)
        hint = QLabel(
            tr(
                "F3 scan · F4 find product · ↑/↓ choose line · F6 quantity · Del remove line · "
                "F12 pay · Ctrl+N new sale · Ctrl+P print receipt · Ctrl+S save receipt PDF"
            )
        )
        hint.setObjectName("saleShortcuts")
        hint.setProperty("kind", "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.customer_row)
        layout.addLayout(scan_row)
        layout.addWidget(self.cart, 1)
        layout.addLayout(self._action_row())
        layout.addWidget(self.error)
        layout.addWidget(self.done)
        layout.addWidget(hint)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def _action_row(self) -> QHBoxLayout:
        self.quantity = QuantityEdit()
        self.quantity.cancelled.connect(self.focus_scan)
        quantity_label = QLabel(tr("Quantity (F6):"))
        quantity_label.setBuddy(self.quantity)
        self.remove_button = remove = self._button(
            "removeLine", tr("Remove line (Del)"), self.remove_requested.emit
        )
        remove.setProperty("kind", "danger")
        new_sale = self._button("newSale", tr("New sale (Ctrl+N)"), self.new_sale_requested.emit)
        self.pay_button = self._button("payButton", tr("Pay (F12)"), self.pay_requested.emit)
        self.pay_button.setProperty("kind", "primary")
        self.quantity.setEnabled(False)  # until a line is highlighted
        remove.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(quantity_label)
        row.addWidget(self.quantity)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(new_sale)
        row.addWidget(self.pay_button)
        return row

    def _shortcuts(self) -> None:
        slots = {
            "find": self.find_requested.emit,
            "quantity": self.quantity_requested.emit,
            "remove": self.remove_requested.emit,
            "pay": self.pay_requested.emit,
            "new_sale": self.new_sale_requested.emit,
            "print": self.done.print_receipt,
            "save": self.done.save_receipt,
        }
        for name, keys in SHORTCUTS.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slots[name])

    # -- what the main window calls -----------------------------------------------------

    def activated(self) -> None:
        self.controller.activated()

    def replica_changed(self, touched: Touched) -> None:
        self.controller.replica_changed(touched)

    def open(self, destination: Destination) -> None:
        if isinstance(destination, StartSale):
            self.controller.open_for(destination.customer_id, destination.cart_id)

    def focus_main(self) -> None:
        self.focus_scan()

    # -- what the controller shows ------------------------------------------------------

    def signed_out(self) -> None:
        self.controller.signed_out()

    def focus_scan(self) -> None:
        self.scan_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scan_field.selectAll()

    def back_from_dialog(self) -> None:
        self.window().activateWindow()
        self.focus_scan()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_sale(
        self,
        cart: CartView,
        open_carts: list[CartSummary],
        selected: uuid.UUID | None,
        problem: str,
    ) -> None:
        """The cart as re-read, highlighting the line of product `selected` (else the
        last); `problem`, if any, shown under it."""
        self.customer_row.show_sale(cart, open_carts)
        self.cart.show_cart(cart, selected)
        if problem:
            self.show_error(problem)
        self.cart_shown.emit()

    def show_line_actions(self, line: SaleLine | None) -> None:
        """Quantity and removal offered for the highlighted line; a quantity being typed
        is left as it is."""
        self.quantity.setEnabled(line is not None)
        self.remove_button.setEnabled(line is not None)
        if line is not None and not self.quantity.hasFocus():
            self.quantity.setValue(line.quantity)

    def show_stock(self, name: str, levels: list[StockLevel]) -> None:
        self.cart.show_stock(name, levels)

    def show_receipt(self, receipt: Receipt) -> None:
        self.done.show_receipt(receipt)

    def hide_receipt(self) -> None:
        self.done.hide()

    # -- what tests reach -------------------------------------------------------------

    def open_for(self, customer_id: str | None, cart_id: str | None) -> None:
        """Serve a customer: the cart given, else their latest open cart, else a new one.
        No customer: a walk-in sale."""
        self.controller.open_for(customer_id, cart_id)

    def is_ready(self) -> bool:
        """No change waiting and the cart on screen is current (tests wait for this)."""
        return self.controller.is_ready()

    @property
    def cart_view(self) -> CartView | None:
        """The cart on screen, as last read."""
        return self.controller.cart

    @property
    def picker(self) -> ProductPicker | None:
        return self.controller.edits.picker

    @property
    def payment_dialog(self) -> PaymentDialog | None:
        return self.controller.checkout.dialog

    @property
    def receipt(self) -> Receipt | None:
        """The receipt of the last sale completed here."""
        return self.done.receipt
