"""The cashier's changes to the sale on screen, as shared business commands applied in the
background one after another (a `ChangeQueue`), in the order they were made.

Which cart a change goes to is asked (`target()`) when its turn comes: a product scanned
before the customer's cart was found, or before the walk-in cart was opened by the
change before it, goes into that cart, not a new one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.sale import actions
from desktop.sale.queries import cart_to_continue
from desktop.sale.state import SaleLine
from desktop.services.workspace import Workspace
from desktop.shared.change_queue import ChangeQueue
from desktop.shared.products import find_by_code

Target = Callable[[], tuple[uuid.UUID, uuid.UUID | None]]  # (cart, customer)


class CartChanges(QObject):
    """Emits `changed(product_id | None)` once a change is made (the product whose line
    to highlight; None: as it was), `not_found(code)` for a code no product has, and
    `refused(error)` when the rules refused a change (nothing changed)."""

    changed = Signal(object)
    not_found = Signal(str)
    refused = Signal(object)

    def __init__(self, workspace: Workspace, target: Target, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.queue = ChangeQueue(self)
        self._target = target

    def busy(self) -> bool:
        return self.queue.busy()

    def scan(self, code: str) -> None:
        """Add one unit of the product with this barcode or SKU."""
        workspace, target = self.workspace, self._target

        def prepare() -> Callable[[], uuid.UUID | None]:
            cart_id, customer_id = target()

            def scan() -> uuid.UUID | None:
                with workspace.read() as session:
                    product_id = find_by_code(session, code)
                if product_id is None:
                    return None
                return actions.add_product(workspace, cart_id, customer_id, product_id)

            return scan

        def added(product_id: uuid.UUID | None) -> None:
            if product_id is None:
                self.not_found.emit(code)
            else:
                self.changed.emit(product_id)

        self.queue.submit_prepared(prepare, added, self.refused.emit)

    def add(self, product_id: uuid.UUID) -> None:
        """Add one unit of a product (chosen in the product search)."""
        workspace, target = self.workspace, self._target

        def prepare() -> Callable[[], uuid.UUID]:
            cart_id, customer_id = target()
            return lambda: actions.add_product(workspace, cart_id, customer_id, product_id)

        self.queue.submit_prepared(prepare, self.changed.emit, self.refused.emit)

    def set_quantity(self, cart_id: uuid.UUID, line: SaleLine, quantity: int) -> None:
        workspace = self.workspace
        self.queue.submit(
            lambda: actions.set_quantity(workspace, cart_id, line, quantity),
            lambda _: self.changed.emit(None),
            self.refused.emit,
        )

    def remove(self, cart_id: uuid.UUID, line: SaleLine) -> None:
        workspace = self.workspace
        self.queue.submit(
            lambda: actions.remove_line(workspace, cart_id, line),
            lambda _: self.changed.emit(None),
            self.refused.emit,
        )

    def abandon(self, cart_id: uuid.UUID) -> None:
        """Give the cart up (a new sale replaces it: nothing to show when done)."""
        workspace = self.workspace
        self.queue.submit(lambda: actions.abandon(workspace, cart_id), on_failed=self.refused.emit)

    def find_latest_cart(
        self, customer_id: uuid.UUID, found: Callable[[uuid.UUID | None], None]
    ) -> None:
        """The customer's latest open cart, read in turn with the changes: a product
        scanned before it is found goes into that cart."""
        workspace = self.workspace

        def latest() -> uuid.UUID | None:
            with workspace.read() as session:
                return cart_to_continue(session, customer_id)

        self.queue.submit(latest, found, self.refused.emit)
