"""Searching the catalogue by name or SKU and picking a product to add.

Each product shows its units on hand here and its price here for one unit (for the
customer served, if any), as the sale charges it.

Keyboard: type, Down to the results, Enter adds the highlighted product (Enter in the
search field adds the first one); Esc goes back to the sale.

`ProductPicker` lays the dialog out; `ProductSearch` (product_search.py) runs the
searches and decides what Enter picks.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
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

from desktop.services.workspace import Workspace
from desktop.shared.i18n import tr
from desktop.shared.product_choices_model import ProductChoicesModel
from desktop.shared.product_search import ProductSearch
from desktop.shared.products import ProductChoice


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
    """Emits `picked(product_id)` and closes when a product is chosen.

    Says what staff do: `search_edited` (the text changed), `choose_requested` (Enter in
    the field or the list, or a double click)."""

    picked = Signal(object)
    search_edited = Signal()
    choose_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        text: str = "",
        parent: QWidget | None = None,
        customer_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productPicker")
        self.setWindowTitle(tr("Find a product"))
        self.resize(640, 420)
        self.search = _SearchField()
        self.search.setObjectName("productSearch")
        self.search.setPlaceholderText(tr("Name or SKU"))
        self.search.setClearButtonEnabled(True)
        self.model = ProductChoicesModel(self)
        self.results = _ResultsView()
        self.results.setObjectName("productResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # whole headers
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.doubleClicked.connect(lambda _: self.choose_requested.emit())
        self.results.chosen.connect(self.choose_requested)
        self.status = QLabel()
        self.status.setObjectName("productSearchStatus")
        self.status.setProperty("kind", "muted")
        hint = QLabel(tr("Type to search · ↓ to the list · Enter adds · Esc back"))
        hint.setProperty("kind", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(hint)
        self.search.textChanged.connect(lambda _: self.search_edited.emit())
        self.search.returnPressed.connect(self.choose_requested)
        self.search.down.connect(self._to_results)
        self.finder = ProductSearch(workspace, self, customer_id)
        self.search.setText(text)
        self.search.setFocus()

    def searching(self) -> bool:
        """A search is waiting to run or to answer."""
        return self.finder.searching()

    def _to_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.selectRow(0)

    # -- what the search shows ----------------------------------------------------------

    def search_text(self) -> str:
        return self.search.text().strip()

    def show_searching(self) -> None:
        self.status.setText(tr("Searching…"))

    def show_hits(self, hits: list[ProductChoice]) -> None:
        """What a search found, the first one highlighted."""
        self.model.set_hits(hits)
        self.status.setText(
            tr("No product matches.") if not hits else tr("{count} found").format(count=len(hits))
        )
        if hits:
            self.results.selectRow(0)

    def clear_hits(self) -> None:
        """Nothing to search for: an empty list."""
        self.model.set_hits([])
        self.status.setText("")

    def show_problem(self, text: str) -> None:
        self.status.setText(text)

    def highlighted(self) -> ProductChoice | None:
        """The product highlighted in the list, else the first one."""
        row = self.results.currentIndex().row()
        return self.model.hit(row if row >= 0 else 0)

    def pick(self, product_id: uuid.UUID) -> None:
        self.picked.emit(product_id)
        self.accept()
