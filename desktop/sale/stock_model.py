"""Units of one product on hand here and in the neighbouring stores."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.sale.state import StockLevel
from desktop.shared.i18n import tr

Index = QModelIndex | QPersistentModelIndex


class StockModel(QAbstractTableModel):
    """Rows: this store first, then its neighbours; columns: store, units on hand."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._levels: list[StockLevel] = []

    def set_levels(self, levels: list[StockLevel]) -> None:
        self.beginResetModel()
        self._levels = list(levels)
        self.endResetModel()

    def level(self, row: int) -> StockLevel | None:
        return self._levels[row] if 0 <= row < len(self._levels) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._levels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Store"), tr("On hand"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        level = self.level(index.row()) if index.isValid() else None
        if level is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                return str(level.on_hand)
            if level.here:
                return tr("Here · {code}").format(code=level.store_code)
            return tr("{code} · {name}").format(code=level.store_code, name=level.store_name)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
