"""What the cashier does to the cart's lines: scanning a code, the product search, the
quantity of the highlighted line, removing it. Each becomes a change in `CartChanges`;
the page re-reads the cart when it is made."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.sale.cart_changes import CartChanges
from desktop.sale.state import Serving
from desktop.services.workspace import Workspace
from desktop.shared.i18n import tr
from desktop.shared.product_picker import ProductPicker

if TYPE_CHECKING:
    from desktop.sale.page import SalePage


class LineEdits(QObject):
    """Reacts to the scan field, the product search (F4), the quantity (F6) and Del."""

    def __init__(
        self, workspace: Workspace, view: SalePage, serving: Serving, changes: CartChanges
    ) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self.serving = serving
        self.changes = changes
        self.picker: ProductPicker | None = None
        view.scan_field.scanned.connect(self._scanned)
        view.find_requested.connect(self.find_product)
        view.quantity_requested.connect(self.edit_quantity)
        view.quantity.submitted.connect(self._quantity_entered)
        view.remove_requested.connect(self.remove_selected)
        changes.not_found.connect(self._not_found)

    def _scanned(self, code: str) -> None:
        self.view.hide_receipt()
        self.changes.scan(code)

    def _not_found(self, code: str) -> None:
        self.view.show_error(tr("No product has the code “{code}”.").format(code=code))
        if not code.isdigit():
            self.find_product(code)

    def add_product(self, product_id: uuid.UUID) -> None:
        """Add one unit of a product (chosen in the product search)."""
        self.view.hide_receipt()
        self.serving.selected = product_id
        self.changes.add(product_id)

    def find_product(self, text: str = "") -> None:
        if self.picker is not None:
            self.picker.raise_()
            return
        self.picker = ProductPicker(self.workspace, text, self.view, self.serving.customer_id)
        self.picker.picked.connect(self.add_product)
        self.picker.finished.connect(self._picker_closed)
        self.picker.open()

    def _picker_closed(self) -> None:
        if self.picker is not None:
            self.picker.deleteLater()
        self.picker = None
        self.view.back_from_dialog()

    def edit_quantity(self) -> None:
        line = self.view.cart.selected_line()
        if line is None:
            self.view.show_error(tr("Scan a product first, then change its quantity."))
            return
        self.view.quantity.begin(line.quantity)

    def _quantity_entered(self, quantity: int) -> None:
        line, cart_id = self.view.cart.selected_line(), self.serving.cart_id
        self.view.focus_scan()
        if line is None or cart_id is None or line.quantity == quantity:
            return
        self.changes.set_quantity(cart_id, line, quantity)

    def remove_selected(self) -> None:
        line, cart_id = self.view.cart.selected_line(), self.serving.cart_id
        if line is None or cart_id is None:
            return
        self.serving.selected = None
        self.changes.remove(cart_id, line)
        self.view.focus_scan()
