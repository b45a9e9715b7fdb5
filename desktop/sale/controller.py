"""What happens at the sale page: which cart is served, reading it (and the stock of the
highlighted product) in the background, the cashier's changes, paying, a new sale.

Every change is a shared business command applied in order (`CartChanges`); the cart
shown is then re-read from the replica, priced by the one engine. Only the latest read
is shown, whatever order the answers come back in.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.sale.cart_changes import CartChanges
from desktop.sale.checkout import Checkout
from desktop.sale.line_edits import LineEdits
from desktop.sale.queries import load_sale, stock_levels
from desktop.sale.receipt_data import Receipt
from desktop.sale.refresh import OnScreen, cart_concerned, stock_concerned
from desktop.sale.state import CartView, SaleLine, SaleState, Serving, StockLevel
from desktop.services.ops import QueryOp, drop_answers, report_unhandled
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.shared.page import ShowCustomer
from sync.client.touched import Touched

if TYPE_CHECKING:
    from desktop.sale.page import SalePage


def _uuid(value: str | uuid.UUID | None) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class SaleController(QObject):
    """Reacts to what the cashier asks for on `view` and to the replica changing."""

    def __init__(self, workspace: Workspace, view: SalePage) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self.cart: CartView | None = None  # as last read
        self.serving = Serving()
        self._loading = False
        self._pay_when_ready = False
        self.changes = CartChanges(workspace, self.serving.cart_for_change, self)
        self.changes.changed.connect(self._changed)
        self.changes.refused.connect(self._refused)
        self.edits = LineEdits(workspace, view, self.serving, self.changes)
        self.checkout = Checkout(workspace, self.changes.queue, view)
        self.checkout.completed.connect(self._sold)
        self.checkout.refused.connect(self.reload)
        self.checkout.closed.connect(view.back_from_dialog)
        view.cart.line_selected.connect(self._line_selected)
        view.customer_row.customer_clicked.connect(self._customer_clicked)
        view.customer_row.cart_chosen.connect(self._cart_chosen)
        view.pay_requested.connect(self.pay)
        view.new_sale_requested.connect(self.new_sale)

    # -- which sale ---------------------------------------------------------------------

    def activated(self) -> None:
        self.reload()
        self.view.focus_scan()

    def open_for(
        self, customer_id: str | uuid.UUID | None, cart_id: str | uuid.UUID | None
    ) -> None:
        """Serve a customer: the cart given, else their latest open cart, else a new one.
        No customer: a walk-in sale."""
        serving = self.serving
        serving.serve(_uuid(customer_id), _uuid(cart_id))
        self.view.hide_receipt()
        self.view.show_error("")
        if serving.cart_id is None and serving.customer_id is not None:
            wanted = serving.customer_id

            def found(cart_id: uuid.UUID | None) -> None:
                if serving.customer_id == wanted and serving.cart_id is None:
                    serving.cart_id = cart_id
                self.reload()

            self.changes.find_latest_cart(wanted, found)
        else:
            self.reload()
        self.view.focus_scan()

    def new_sale(self) -> None:
        """Start a walk-in sale; a walk-in cart with products in it is given up first."""
        cart = self.cart
        if cart is None or cart.customer_id is not None or not cart.lines or not cart.is_open:
            self._start(keep_receipt=False)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("New sale"),
            tr("Give up this sale and the products scanned?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self.view,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        cart_id = cart.cart_id
        box.finished.connect(lambda answer: self._after_confirm(box, answer, cart_id))
        box.open()

    def signed_out(self) -> None:
        """The person left: a new walk-in sale on screen (their cart stays saved)."""
        self._pay_when_ready = False
        drop_answers(self, "stock")
        self._start(keep_receipt=False)

    def _after_confirm(self, box: QMessageBox, answer: int, cart_id: uuid.UUID | None) -> None:
        box.deleteLater()
        self.view.back_from_dialog()
        if answer == QMessageBox.StandardButton.Discard:
            if cart_id is not None:
                self.changes.abandon(cart_id)
            self._start(keep_receipt=False)

    def _start(self, *, keep_receipt: bool) -> None:
        self.serving.serve(None, None)
        if not keep_receipt:
            self.view.hide_receipt()
        self.view.show_error("")
        self.reload()
        self.view.focus_scan()

    def is_ready(self) -> bool:
        return not self.changes.busy() and not self._loading

    def _customer_clicked(self) -> None:
        if self.serving.customer_id is not None:
            self.view.navigate.emit(ShowCustomer(self.serving.customer_id))

    def _cart_chosen(self, cart_id: uuid.UUID | None) -> None:
        self.serving.cart_id = cart_id
        self.serving.selected = None
        self.reload()
        self.view.focus_scan()

    # -- reading ------------------------------------------------------------------------

    def replica_changed(self, touched: Touched) -> None:
        """A sync changed the replica: re-read what it concerns, keeping the highlighted
        line (and what staff are typing)."""
        serving, lines = self.serving, self.cart.lines if self.cart else ()
        products = frozenset(line.product_id for line in lines)
        if cart_concerned(touched, OnScreen(serving.customer_id, serving.cart_id, products)):
            self.reload()
        elif stock_concerned(touched, serving.selected) and self.cart is not None:
            self._read_stock(self.cart.line_of(serving.selected) if serving.selected else None)

    def reload(self) -> None:
        """Re-read the cart from the replica in the background."""
        self._loading = True
        workspace, customer_id, cart_id = (
            self.workspace,
            self.serving.customer_id,
            self.serving.cart_id,
        )

        def load() -> SaleState:
            with workspace.read() as session:
                return load_sale(session, customer_id, cart_id)

        QueryOp(parent=self, op=load, success=self._loaded).failure(self._load_failed).latest_only(
            "cart"
        ).start()

    def _loaded(self, state: SaleState) -> None:
        self._loading = False
        cart = self.cart = state.view
        if cart.customer_id is not None:  # a cart opened by id brings its customer
            self.serving.customer_id = cart.customer_id
        self.view.show_sale(
            cart,
            list(state.open_carts),
            self.serving.selected,
            cart.problem or self._cart_problem(cart),
        )
        if self._pay_when_ready and self.is_ready():
            self._pay_when_ready = False
            self.pay()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self._pay_when_ready = False
        self.view.show_error(explain(error))

    def _cart_problem(self, cart: CartView) -> str:
        if not cart.is_open:
            return tr("This cart is already {status}; start a new sale (Ctrl+N).").format(
                status=self._status_name(cart.status)
            )
        if cart.foreign_currency:
            return tr(
                "This cart is in {cart} but this till sells in {till}; it cannot be paid here."
            ).format(cart=cart.currency, till=cart.till_currency)
        return ""

    def _status_name(self, status: str) -> str:
        names = {"checked_out": tr("checked out"), "abandoned": tr("abandoned")}
        return names.get(status, status)

    def _line_selected(self, product_id: uuid.UUID | None) -> None:
        line = self.cart.line_of(product_id) if self.cart and product_id else None
        self.serving.selected = product_id
        self.view.show_line_actions(line)
        self._read_stock(line)

    def _read_stock(self, line: SaleLine | None) -> None:
        """The stock of the highlighted product, here and at the neighbours."""
        if line is None:
            drop_answers(self, "stock")
            self.view.show_stock("", [])
            return
        workspace, product_id, name = self.workspace, line.product_id, line.name

        def load() -> list[StockLevel]:
            with workspace.read() as session:
                return stock_levels(session, product_id)

        def failed(error: BaseException) -> None:
            self.view.show_stock(name, [])
            report_unhandled(error)

        QueryOp(
            parent=self, op=load, success=lambda levels: self.view.show_stock(name, levels)
        ).failure(failed).latest_only("stock").start()

    # -- changes made ------------------------------------------------------------------

    def _changed(self, product_id: uuid.UUID | None) -> None:
        if product_id is not None:
            self.serving.selected = product_id
        self.view.show_error("")
        self.reload()

    def _refused(self, error: BaseException) -> None:
        self._pay_when_ready = False
        self.view.show_error(explain(error))
        self.reload()

    # -- paying -------------------------------------------------------------------------

    def pay(self) -> None:
        """Take the payment for the cart on screen (once it is current)."""
        if self.checkout.dialog is not None:
            self.checkout.dialog.raise_()
            return
        if not self.is_ready():
            self._pay_when_ready = True
            return
        cart = self.cart
        if cart is None or not cart.lines or cart.cart_id is None:
            self.view.show_error(tr("The cart is empty: scan a product first."))
            return
        problem = cart.problem or self._cart_problem(cart)
        if problem:
            self.view.show_error(problem)
            return
        self.checkout.start(cart)

    def _sold(self, receipt: Receipt) -> None:
        self.view.show_receipt(receipt)
        self._start(keep_receipt=True)
        self.view.sale_completed.emit(receipt)
