"""Searching the catalogue by name or SKU and picking a product to add.

Keyboard: type, Down to the results, Enter adds the highlighted product (Enter in the
search field adds the first one); Esc goes back to the sale.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.background import run_in_background
from desktop.services.workspace import Workspace
from desktop.shared.products import ProductChoice, find_products
from desktop.ui.errors import explain

Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 200


class ProductChoicesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[ProductChoice] = []

    def set_hits(self, hits: list[ProductChoice]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> ProductChoice | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Product"), self.tr("SKU"), self.tr("On hand here"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return hit.name
            if index.column() == 1:
                return hit.sku
            return "" if hit.on_hand is None else str(hit.on_hand)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _SearchField(QLineEdit):
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
        else:
            super().keyPressEvent(event)


class _ResultsView(QTableView):
    chosen = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit()
        else:
            super().keyPressEvent(event)


class ProductPicker(QDialog):
    """Emits `picked(product_id)` and closes when a product is chosen."""

    picked = Signal(object)

    def __init__(self, workspace: Workspace, text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productPicker")
        self.setWindowTitle(self.tr("Find a product"))
        self.resize(640, 420)
        self.workspace = workspace
        self._generation = 0
        self._searching = False
        self._choose_when_found = False  # Enter came before the search answered
        self.search = _SearchField()
        self.search.setObjectName("productSearch")
        self.search.setPlaceholderText(self.tr("Name or SKU"))
        self.search.setClearButtonEnabled(True)
        self.model = ProductChoicesModel(self)
        self.results = _ResultsView()
        self.results.setObjectName("productResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.doubleClicked.connect(lambda _: self._choose())
        self.results.chosen.connect(self._choose)
        self.status = QLabel()
        self.status.setObjectName("productSearchStatus")
        self.status.setProperty("kind", "muted")
        hint = QLabel(self.tr("Type to search · ↓ to the list · Enter adds · Esc back"))
        hint.setProperty("kind", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._choose)
        self.search.down.connect(self._to_results)
        self.search.setText(text)
        self.search.setFocus()

    def _run_search(self) -> None:
        text = self.search.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._searching = False
            self.model.set_hits([])
            self.status.setText("")
            return
        self._searching = True
        self.status.setText(self.tr("Searching…"))

        def search() -> list[ProductChoice]:
            with self.workspace.read() as session:
                return find_products(session, text)

        run_in_background(search, lambda hits: self._show(generation, hits),
                          lambda error: self._failed(generation, error))

    def _show(self, generation: int, hits: list[ProductChoice]) -> None:
        if generation != self._generation:
            return  # an older search answered after a newer one started
        self._searching = False
        self.model.set_hits(hits)
        self.status.setText(self.tr("No product matches.") if not hits else
                            self.tr("{count} found").format(count=len(hits)))
        if hits:
            self.results.selectRow(0)
        if self._choose_when_found:
            self._choose_when_found = False
            self._choose()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._searching = self._choose_when_found = False
            self.status.setText(explain(error))

    def searching(self) -> bool:
        """A search is waiting to run or to answer."""
        return self._timer.isActive() or self._searching

    def _to_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.selectRow(0)

    def _choose(self) -> None:
        if self.searching():
            self._choose_when_found = True
            if self._timer.isActive():
                self._timer.stop()
                self._run_search()
            return
        row = self.results.currentIndex().row()
        hit = self.model.hit(row if row >= 0 else 0)
        if hit is None:
            return
        self.picked.emit(hit.product_id)
        self.accept()
