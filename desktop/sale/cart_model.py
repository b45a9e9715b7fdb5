"""The cart's lines as a table: product, quantity, unit price, promotion, line total."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.sale.state import CartView, SaleLine
from desktop.shared.formatting import money
from desktop.shared.i18n import tr

PRODUCT, QUANTITY, UNIT_PRICE, PROMOTION, TOTAL = range(5)
Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CartModel(QAbstractTableModel):
    """Rows are the cart's products, priced by the one engine (see queries.load_cart)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: tuple[SaleLine, ...] = ()
        self._currency = ""

    def set_cart(self, view: CartView) -> None:
        self.beginResetModel()
        self._lines = view.lines
        self._currency = view.till_currency
        self.endResetModel()

    def line(self, row: int) -> SaleLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, product_id: uuid.UUID | None) -> int:
        return next(
            (row for row, line in enumerate(self._lines) if line.product_id == product_id), -1
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                tr("Product"),
                tr("Qty"),
                tr("Unit price"),
                tr("Promotion"),
                tr("Line total"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != PRODUCT:
            return int(RIGHT)
        return None

    def _money(self, value: Any) -> str:
        return money(value, self._currency) if value is not None else "—"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == PROMOTION and line.promotion_name:
            return line.promotion_name
        if role == Qt.ItemDataRole.TextAlignmentRole and column != PRODUCT:
            return int(RIGHT)
        if role == Qt.ItemDataRole.UserRole:
            return str(line.product_id)
        return None

    def _display(self, line: SaleLine, column: int) -> str:
        if column == PRODUCT:
            return f"{line.name}  ·  {line.sku}"
        if column == QUANTITY:
            return str(line.quantity)
        if column == UNIT_PRICE:
            return self._money(line.unit_price)
        if column == PROMOTION:
            if not line.promotion_code:
                return ""
            return tr("{name} −{amount}").format(
                name=line.promotion_name or line.promotion_code, amount=self._money(line.discount)
            )
        return self._money(line.total)
