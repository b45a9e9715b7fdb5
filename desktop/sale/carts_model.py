"""A customer's open carts to choose from, and a last entry to start a new one."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.sale.state import CartSummary
from desktop.shared.formatting import local_time
from desktop.shared.i18n import tr

Index = QModelIndex | QPersistentModelIndex


class OpenCartsModel(QAbstractListModel):
    """Row i < n: the customer's open cart i (newest first); row n: "New cart"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._carts: list[CartSummary] = []

    def set_carts(self, carts: list[CartSummary]) -> None:
        self.beginResetModel()
        self._carts = list(carts)
        self.endResetModel()

    def cart_id(self, row: int) -> uuid.UUID | None:
        """The cart of `row`; None for the "New cart" row."""
        return self._carts[row].cart_id if 0 <= row < len(self._carts) else None

    def row_of(self, cart_id: uuid.UUID | None) -> int:
        return next(
            (row for row, cart in enumerate(self._carts) if cart.cart_id == cart_id),
            len(self._carts),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._carts) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.row() >= len(self._carts):
            return tr("New cart")
        cart = self._carts[index.row()]
        return tr("Cart from the {channel}, {when} · %n item(s)", "", cart.units).format(
            channel=self.channel_name(cart.channel),
            when=local_time(cart.last_change),
        )

    def channel_name(self, channel: str) -> str:
        names = {
            "web": tr("web shop"),
            "phone": tr("phone"),
            "store": tr("store"),
            "branch": tr("branch"),
            "field": tr("field visit"),
        }
        return names.get(channel, channel)
