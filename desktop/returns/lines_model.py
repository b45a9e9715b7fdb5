"""The order's lines in the return form: what was bought, what came back already, and how
many units (and in what condition) come back now, with the refund for them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.returns.plan import Chosen
from desktop.returns.state import ReturnableLine
from desktop.shared.formatting import money
from desktop.shared.i18n import tr
from sync.rules.returns import ItemCondition

Index = QModelIndex | QPersistentModelIndex
LIMIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the most units the line can take back


def condition_name(condition: ItemCondition | str) -> str:
    names = {
        ItemCondition.SELLABLE: tr("Sellable (back to stock)"),
        ItemCondition.DAMAGED: tr("Damaged (not for sale)"),
    }
    return names.get(ItemCondition(condition), str(condition))


class ReturnLinesModel(QAbstractTableModel):
    """One row per order line; the quantity and condition columns are editable."""

    PRODUCT, BOUGHT, RETURNED, RETURNABLE, QUANTITY, CONDITION, REFUND = range(7)
    EDITABLE = (QUANTITY, CONDITION)

    changed = Signal()  # a quantity or a condition changed: the refund shown follows

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            tr("Product"),
            tr("Bought"),
            tr("Returned before"),
            tr("Returnable"),
            tr("Return now"),
            tr("Condition"),
            tr("Refund"),
        ]
        self._lines: list[ReturnableLine] = []
        self._quantities: list[int] = []
        self._conditions: list[ItemCondition] = []
        self.currency = ""

    def set_lines(self, lines: tuple[ReturnableLine, ...], currency: str) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._quantities = [0] * len(lines)
        self._conditions = [ItemCondition.SELLABLE] * len(lines)
        self.currency = currency
        self.endResetModel()
        self.changed.emit()

    def line(self, row: int) -> ReturnableLine:
        return self._lines[row]

    def row_of_sku(self, sku: str) -> int:
        return next((row for row, line in enumerate(self._lines) if line.sku == sku), -1)

    def set_quantity(self, row: int, quantity: int) -> bool:
        return self.setData(self.index(row, self.QUANTITY), quantity)

    def set_condition(self, row: int, condition: ItemCondition) -> bool:
        return self.setData(self.index(row, self.CONDITION), condition.value)

    def chosen(self) -> tuple[Chosen, ...]:
        return tuple(
            Chosen(line, quantity, condition)
            for line, quantity, condition in zip(
                self._lines, self._quantities, self._conditions, strict=True
            )
            if quantity > 0
        )

    def refund_total(self) -> Decimal:
        return sum((item.refund for item in self.chosen()), Decimal("0.00"))

    # -- the Qt model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() in self.EDITABLE
            and self._lines[index.row()].returnable > 0
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        row, column = index.row(), index.column()
        line = self._lines[row]
        if role == LIMIT_ROLE:
            return line.returnable
        if role == Qt.ItemDataRole.EditRole:
            if column == self.QUANTITY:
                return self._quantities[row]
            if column == self.CONDITION:
                return self._conditions[row].value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            self.PRODUCT,
            self.CONDITION,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in self.EDITABLE:
            if line.returnable == 0:
                return tr("Nothing is left to return of this line.")
            return tr("Up to {count} can come back (F2 or double-click to change).").format(
                count=line.returnable
            )
        return None

    def _text(self, row: int, column: int) -> str:
        line, quantity = self._lines[row], self._quantities[row]
        if column == self.PRODUCT:
            return f"{line.name} ({line.sku})"
        if column == self.BOUGHT:
            return str(line.handed_over)
        if column == self.RETURNED:
            return str(line.returned)
        if column == self.RETURNABLE:
            return str(line.returnable)
        if column == self.QUANTITY:
            return str(quantity)
        if column == self.CONDITION:
            return condition_name(self._conditions[row]) if line.returnable else ""
        refund = line.refund(quantity) if quantity else Decimal("0.00")
        return money(refund, self.currency)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        line = self._lines[row]
        if column == self.QUANTITY:
            try:
                quantity = int(value)
            except (TypeError, ValueError):
                return False
            if not 0 <= quantity <= line.returnable:
                return False
            self._quantities[row] = quantity
        elif column == self.CONDITION:
            try:
                self._conditions[row] = ItemCondition(str(value))
            except ValueError:
                return False
        else:
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.REFUND))
        self.changed.emit()
        return True
