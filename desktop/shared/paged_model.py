"""A table model that fetches its rows page by page, in the background, as staff scroll.

Subclasses say how to read one page after a key (keyset paging) and which columns to
show. The first page is read by `reload()`; the view asks for the next one through
`canFetchMore`/`fetchMore` when the last row comes into sight, so a list of a million
customers never loads more than what has been scrolled through. Every read runs on a
worker thread; an answer to an older query (the text changed meanwhile) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.services.background import run_in_background
from desktop.ui.errors import explain

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole  # data(index, ROW_ROLE) is the row object itself


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    align_right: bool = False
    tip: Callable[[Row], str] | None = None  # shown on hover


def cell(column: Column[Row], row: Row, role: int) -> Any:
    """What a table cell shows for `role`: its text, its alignment or its tooltip."""
    if role == Qt.ItemDataRole.DisplayRole:
        return column.text(row)
    if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
        return column.tip(row)
    return None


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in pages of `page_size`; `reload()` starts over with the current query."""

    loading_changed = Signal(bool)
    answered = Signal(int)  # a page arrived; the number of rows now held
    failed = Signal(str)  # a page could not be read: a sentence for staff

    def __init__(self, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[Row] = []
        self._generation = 0
        self._loading = False
        self._exhausted = True  # nothing to fetch until the first reload
        self._prepended: set[object] = set()  # ids of rows put on top since the reload

    # -- what a subclass provides -------------------------------------------------------

    def columns(self) -> Sequence[Column[Row]]:
        raise NotImplementedError

    def page_reader(self, after: Row | None, limit: int) -> Callable[[], list[Row]]:
        """A function, run on a worker, that reads the page after row `after`.

        Called on the GUI thread: capture the query's parameters now, not in the worker.
        """
        raise NotImplementedError

    # -- loading ------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """Forget the rows held and read the first page of the current query."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._prepended = set()
        self._exhausted = False
        self.endResetModel()
        self._load(None)

    def clear(self) -> None:
        """No rows and nothing to fetch (answers still on their way are dropped)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._prepended = set()
        self._exhausted = True
        self.endResetModel()
        self._set_loading(False)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(self._rows[-1] if self._rows else None)

    def _load(self, after: Row | None) -> None:
        generation = self._generation
        reader = self.page_reader(after, self.page_size)
        self._set_loading(True)
        run_in_background(reader, lambda page: self._arrived(generation, page),
                          lambda error: self._refused(generation, error))

    def _arrived(self, generation: int, page: list[Row]) -> None:
        if generation != self._generation:
            return  # the answer to a query that has since changed
        self._exhausted = len(page) < self.page_size
        if self._prepended:  # already on top: a page read meanwhile may hold them too
            page = [row for row in page if getattr(row, "id", None) not in self._prepended]
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self._set_loading(False)
        self.answered.emit(len(self._rows))

    def _refused(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._exhausted = True
        self._set_loading(False)
        self.failed.emit(explain(error))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- rows ---------------------------------------------------------------------------

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def prepend(self, row: Row) -> None:
        """Show a row just made here at the top, without reading everything again."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()
        self._prepended.add(getattr(row, "id", None))

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        column = self.columns()[index.column()]
        return cell(column, row, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns())):
            return self.columns()[section].header
        return None
