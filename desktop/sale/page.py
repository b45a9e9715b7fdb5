"""The sale work area: a customer's cart from any channel, or a walk-in sale, to payment.

Every change is a shared business command applied in the background (in order, through
a ChangeQueue); the cart shown is then re-read from the replica, priced by the one
engine. Keyboard first — see SHORTCUTS and the hint line at the bottom of the page.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.sale import actions
from desktop.sale.cart_panel import CartPanel
from desktop.sale.carts_model import OpenCartsModel
from desktop.sale.checkout import Checkout
from desktop.sale.done_panel import SaleDonePanel
from desktop.sale.quantity_edit import QuantityEdit
from desktop.sale.queries import (
    CartView,
    SaleState,
    StockLevel,
    cart_to_continue,
    load_sale,
    stock_levels,
)
from desktop.sale.receipt_data import Receipt
from desktop.sale.scan_field import ScanField
from desktop.services.background import run_in_background
from desktop.services.workspace import Workspace
from desktop.shared.change_queue import ChangeQueue
from desktop.shared.page import Destination, Page, ShowCustomer, StartSale
from desktop.shared.payment_dialog import PaymentDialog
from desktop.shared.product_picker import ProductPicker
from desktop.shared.products import find_by_code
from desktop.ui.errors import explain
from sync.commands.permissions import SELLERS

SHORTCUTS = {  # documented on the page and in the manual; F3 is bound by the main window
    "find": "F4", "quantity": "F6", "remove": "Del", "pay": "F12", "new_sale": "Ctrl+N",
    "print": "Ctrl+P", "save": "Ctrl+S",
}


def _uuid(value: str | uuid.UUID | None) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class SalePage(Page):
    """Cart and checkout at a till (cashiers, managers, field reps)."""

    key = "sale"
    icon_name = "sale"
    roles = frozenset(role.value for role in SELLERS)
    watches = frozenset({"carts", "cart_lines", "customers", "products", "prices",
                         "price_lists", "promotions", "stock"})

    cart_shown = Signal()  # the cart on screen was re-read from the replica
    sale_completed = Signal(object)  # Receipt

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("salePage")
        self._customer_id: uuid.UUID | None = None
        self._cart_id: uuid.UUID | None = None  # may be minted before the cart is opened
        self.view: CartView | None = None
        self._selected: uuid.UUID | None = None  # the product whose line is highlighted
        self._loads = 0
        self._loading = False
        self._pay_when_ready = False
        self._stock_asked = 0
        self.picker: ProductPicker | None = None
        self.changes = ChangeQueue(self)
        self.checkout = Checkout(workspace, self.changes, self)
        self.checkout.completed.connect(self._sold)
        self.checkout.refused.connect(self.reload)
        self.checkout.closed.connect(self._back_from_dialog)
        self._build()
        self._shortcuts()

    def title(self) -> str:
        return self.tr("Sale")

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.scan_field = ScanField()
        self.scan_field.scanned.connect(self._scanned)
        self.scan_field.step.connect(lambda delta: self.cart.step(delta))
        self.scan_field.remove_requested.connect(self.remove_selected)
        find = self._button("findProduct", self.tr("Find product (F4)"),
                            lambda: self.find_product())
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_field, 1)
        scan_row.addWidget(find)
        self.cart = CartPanel()
        self.cart.line_selected.connect(self._line_selected)
        self.error = QLabel()
        self.error.setObjectName("saleError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.done = SaleDonePanel()
        self.done.failed.connect(self._show_error)
        hint = QLabel(self.tr(
            "F3 scan · F4 find product · ↑/↓ choose line · F6 quantity · Del remove line · "
            "F12 pay · Ctrl+N new sale · Ctrl+P print receipt · Ctrl+S save receipt PDF"))
        hint.setObjectName("saleShortcuts")
        hint.setProperty("kind", "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._customer_row())
        layout.addLayout(scan_row)
        layout.addWidget(self.cart, 1)
        layout.addLayout(self._action_row())
        layout.addWidget(self.error)
        layout.addWidget(self.done)
        layout.addWidget(hint)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _customer_row(self) -> QHBoxLayout:
        self.customer_button = QPushButton()
        self.customer_button.setObjectName("customerButton")
        self.customer_button.setFlat(True)
        self.customer_button.clicked.connect(self._customer_clicked)
        self.origin = QLabel()
        self.origin.setObjectName("cartOrigin")
        self.origin.setProperty("kind", "badge")
        self.origin.hide()
        self.carts_model = OpenCartsModel(self)
        self.cart_choice = QComboBox()
        self.cart_choice.setObjectName("cartChoice")
        self.cart_choice.setModel(self.carts_model)
        self.cart_choice.setToolTip(self.tr("The customer's open carts from every channel"))
        self.cart_choice.activated.connect(self._cart_chosen)
        self.cart_choice.hide()
        row = QHBoxLayout()
        row.addWidget(self.customer_button)
        row.addWidget(self.origin)
        row.addStretch(1)
        row.addWidget(self.cart_choice)
        return row

    def _action_row(self) -> QHBoxLayout:
        self.quantity = QuantityEdit()
        self.quantity.submitted.connect(self._quantity_entered)
        self.quantity.cancelled.connect(self.focus_scan)
        quantity_label = QLabel(self.tr("Quantity (F6):"))
        quantity_label.setBuddy(self.quantity)
        self.remove_button = remove = self._button("removeLine", self.tr("Remove line (Del)"),
                                                   self.remove_selected)
        remove.setProperty("kind", "danger")
        new_sale = self._button("newSale", self.tr("New sale (Ctrl+N)"), self.new_sale)
        self.pay_button = self._button("payButton", self.tr("Pay (F12)"), self.pay)
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
        slots = {"find": self.find_product, "quantity": self.edit_quantity,
                 "remove": self.remove_selected, "pay": self.pay, "new_sale": self.new_sale,
                 "print": self.print_receipt, "save": self.save_receipt}
        for name, keys in SHORTCUTS.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slots[name])

    # -- what the main window calls -----------------------------------------------------

    def activated(self) -> None:
        self.reload()
        self.focus_scan()

    def open(self, destination: Destination) -> None:
        if isinstance(destination, StartSale):
            self.open_for(destination.customer_id and str(destination.customer_id),
                          destination.cart_id and str(destination.cart_id))

    def focus_main(self) -> None:
        self.focus_scan()

    def focus_scan(self) -> None:
        self.scan_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scan_field.selectAll()

    def _back_from_dialog(self) -> None:
        self.window().activateWindow()
        self.focus_scan()

    def open_for(self, customer_id: str | None, cart_id: str | None) -> None:
        """Serve a customer: the cart given, else their latest open cart, else a new one.
        No customer: a walk-in sale."""
        self._customer_id = _uuid(customer_id)
        self._cart_id = _uuid(cart_id)
        self._selected = None
        self.done.hide()
        self._show_error("")
        if self._cart_id is None and self._customer_id is not None:
            self._continue_latest_cart(self._customer_id)
        else:
            self.reload()
        self.focus_scan()

    def _continue_latest_cart(self, customer_id: uuid.UUID) -> None:
        """Find the customer's latest open cart, in the queue: a product scanned before
        it is found goes into that cart, not a new one."""

        def latest() -> uuid.UUID | None:
            with self.workspace.read() as session:
                return cart_to_continue(session, customer_id)

        def found(cart_id: uuid.UUID | None) -> None:
            if self._customer_id == customer_id and self._cart_id is None:
                self._cart_id = cart_id
            self.reload()

        self.changes.submit(latest, found, self._refused)

    def new_sale(self) -> None:
        """Start a walk-in sale; a walk-in cart with products in it is given up first."""
        view = self.view
        if view is None or view.customer_id is not None or not view.lines or not view.is_open:
            self._start(keep_receipt=False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New sale"),
                          self.tr("Give up this sale and the products scanned?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        cart_id = view.cart_id
        box.finished.connect(lambda answer: self._after_confirm(box, answer, cart_id))
        box.open()

    def _after_confirm(self, box: QMessageBox, answer: int, cart_id: uuid.UUID | None) -> None:
        box.deleteLater()
        self._back_from_dialog()
        if answer == QMessageBox.StandardButton.Discard:
            self._discard(cart_id)

    def _discard(self, cart_id: uuid.UUID | None) -> None:
        if cart_id is not None:
            self.changes.submit(lambda: actions.abandon(self.workspace, cart_id),
                                on_failed=self._refused)
        self._start(keep_receipt=False)

    def _start(self, *, keep_receipt: bool) -> None:
        self._customer_id = None
        self._cart_id = None
        self._selected = None
        if not keep_receipt:
            self.done.hide()
        self._show_error("")
        self.reload()
        self.focus_scan()

    def is_ready(self) -> bool:
        """No change waiting and the cart on screen is current (tests wait for this)."""
        return not self.changes.busy() and not self._loading

    # -- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the cart from the replica in the background."""
        self._loads += 1
        generation = self._loads
        self._loading = True
        customer_id, cart_id = self._customer_id, self._cart_id

        def load() -> SaleState:
            with self.workspace.read() as session:
                return load_sale(session, customer_id, cart_id)

        run_in_background(load, lambda state: self._loaded(generation, state),
                          lambda error: self._load_failed(generation, error))

    def _loaded(self, generation: int, state: SaleState) -> None:
        if generation != self._loads:
            return  # an older read answered after a newer one was asked
        self._loading = False
        view = self.view = state.view
        if view.customer_id is not None:  # a cart opened by id brings its customer
            self._customer_id = view.customer_id
        self._show_customer_row(view, state)
        self.cart.show_cart(view, self._selected)
        problem = view.problem or self._cart_problem(view)
        if problem:
            self._show_error(problem)
        self.cart_shown.emit()
        if self._pay_when_ready and self.is_ready():
            self._pay_when_ready = False
            self.pay()

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._loads:
            self._loading = False
            self._pay_when_ready = False
            self._show_error(explain(error))

    def _cart_problem(self, view: CartView) -> str:
        if not view.is_open:
            return self.tr("This cart is already {status}; start a new sale (Ctrl+N).").format(
                status=self._status_name(view.status))
        if view.foreign_currency:
            return self.tr("This cart is in {cart} but this till sells in {till}; it cannot "
                           "be paid here.").format(cart=view.currency, till=view.till_currency)
        return ""

    def _status_name(self, status: str) -> str:
        names = {"checked_out": self.tr("checked out"), "abandoned": self.tr("abandoned")}
        return names.get(status, status)

    def _show_customer_row(self, view: CartView, state: SaleState) -> None:
        if view.customer_id is None:
            self.customer_button.setText(self.tr("Walk-in customer"))
            self.customer_button.setEnabled(False)
        else:
            self.customer_button.setText(self.tr("Customer: {name} ({number})").format(
                name=view.customer_name, number=view.customer_number))
            self.customer_button.setEnabled(True)
        started_elsewhere = view.channel is not None and view.channel != "store"
        self.origin.setVisible(started_elsewhere)
        if started_elsewhere:
            self.origin.setText(self.tr("started in channel: {channel}").format(
                channel=self.carts_model.channel_name(view.channel or "")))
        self.carts_model.set_carts(list(state.open_carts))
        self.cart_choice.setVisible(view.customer_id is not None)
        self.cart_choice.setCurrentIndex(self.carts_model.row_of(view.cart_id))

    def _line_selected(self, product_id: uuid.UUID | None) -> None:
        line = self.view.line_of(product_id) if self.view and product_id else None
        self._selected = product_id
        self._stock_asked += 1
        asked = self._stock_asked
        self.quantity.setEnabled(line is not None)
        self.remove_button.setEnabled(line is not None)
        if line is not None and not self.quantity.hasFocus():
            self.quantity.setValue(line.quantity)
        if line is None:
            self.cart.show_stock("", [])
            return

        def load() -> list[StockLevel]:
            with self.workspace.read() as session:
                return stock_levels(session, line.product_id)

        run_in_background(load, lambda levels: self._stock_loaded(asked, line.name, levels),
                          lambda error: self._stock_loaded(asked, line.name, []))

    def _stock_loaded(self, asked: int, name: str, levels: list[StockLevel]) -> None:
        if asked == self._stock_asked:
            self.cart.show_stock(name, levels)

    # -- changing the cart --------------------------------------------------------------

    def _cart_for_change(self) -> tuple[uuid.UUID, uuid.UUID | None]:
        """(cart, customer) a change goes to; called when the change's turn comes."""
        if self._cart_id is None:
            self._cart_id = uuid.uuid4()  # opened by the first change
        return self._cart_id, self._customer_id

    def _scanned(self, code: str) -> None:
        self.done.hide()
        workspace = self.workspace

        def prepare() -> Callable[[], uuid.UUID | None]:
            cart_id, customer_id = self._cart_for_change()

            def scan() -> uuid.UUID | None:
                with workspace.read() as session:
                    product_id = find_by_code(session, code)
                if product_id is None:
                    return None
                return actions.add_product(workspace, cart_id, customer_id, product_id)

            return scan

        self.changes.submit_prepared(prepare, lambda product_id: self._added(code, product_id),
                                     self._refused)

    def _added(self, code: str, product_id: uuid.UUID | None) -> None:
        if product_id is None:
            self._show_error(self.tr("No product has the code “{code}”.").format(code=code))
            if not code.isdigit():
                self.find_product(code)
            return
        self._selected = product_id
        self._changed()

    def add_product(self, product_id: uuid.UUID) -> None:
        """Add one unit of a product (chosen in the product search)."""
        self.done.hide()
        self._selected = product_id

        def prepare() -> Callable[[], uuid.UUID]:
            cart_id, customer_id = self._cart_for_change()
            return lambda: actions.add_product(self.workspace, cart_id, customer_id,
                                               product_id)

        self.changes.submit_prepared(prepare, lambda _: self._changed(), self._refused)

    def find_product(self, text: str = "") -> None:
        if self.picker is not None:
            self.picker.raise_()
            return
        self.picker = ProductPicker(self.workspace, text, self)
        self.picker.picked.connect(self.add_product)
        self.picker.finished.connect(self._picker_closed)
        self.picker.open()

    def _picker_closed(self) -> None:
        if self.picker is not None:
            self.picker.deleteLater()
        self.picker = None
        self._back_from_dialog()

    def edit_quantity(self) -> None:
        line = self.cart.selected_line()
        if line is None:
            self._show_error(self.tr("Scan a product first, then change its quantity."))
            return
        self.quantity.begin(line.quantity)

    def _quantity_entered(self, quantity: int) -> None:
        line, cart_id = self.cart.selected_line(), self._cart_id
        self.focus_scan()
        if line is None or cart_id is None or line.quantity == quantity:
            return
        self.changes.submit(
            lambda: actions.set_quantity(self.workspace, cart_id, line, quantity),
            lambda _: self._changed(), self._refused)

    def remove_selected(self) -> None:
        line, cart_id = self.cart.selected_line(), self._cart_id
        if line is None or cart_id is None:
            return
        self._selected = None
        self.changes.submit(lambda: actions.remove_line(self.workspace, cart_id, line),
                            lambda _: self._changed(), self._refused)
        self.focus_scan()

    def _changed(self) -> None:
        self._show_error("")
        self.reload()

    def _refused(self, error: BaseException) -> None:
        self._pay_when_ready = False
        self._show_error(explain(error))
        self.reload()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- paying and the receipt --------------------------------------------------------

    @property
    def payment_dialog(self) -> PaymentDialog | None:
        return self.checkout.dialog

    @property
    def receipt(self) -> Receipt | None:
        """The receipt of the last sale completed here."""
        return self.done.receipt

    def pay(self) -> None:
        """Take the payment for the cart on screen (once it is current)."""
        if self.payment_dialog is not None:
            self.payment_dialog.raise_()
            return
        if not self.is_ready():
            self._pay_when_ready = True
            return
        view = self.view
        if view is None or not view.lines or view.cart_id is None:
            self._show_error(self.tr("The cart is empty: scan a product first."))
            return
        problem = view.problem or self._cart_problem(view)
        if problem:
            self._show_error(problem)
            return
        self.checkout.start(view)

    def _sold(self, receipt: Receipt) -> None:
        self.done.show_receipt(receipt)
        self._start(keep_receipt=True)
        self.sale_completed.emit(receipt)

    def print_receipt(self) -> None:
        self.done.print_receipt()

    def save_receipt(self) -> None:
        self.done.save_receipt()

    def _customer_clicked(self) -> None:
        if self._customer_id is not None:
            self.navigate.emit(ShowCustomer(self._customer_id))

    def _cart_chosen(self, row: int) -> None:
        self._cart_id = self.carts_model.cart_id(row)
        self._selected = None
        self.reload()
        self.focus_scan()
