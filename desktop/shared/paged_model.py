"""A table model that fetches its rows page by page, in the background, as staff scroll.

Subclasses say how to read one page after a key (keyset paging) and which columns to
show. The first page is read by `reload()`; the view asks for the next one through
`canFetchMore`/`fetchMore` when the last row comes into sight, so a list of a million
customers never loads more than what has been scrolled through. Every read is a query
op; only the answer to the latest question is shown (an answer to an older query, the
text changed meanwhile, is dropped). `refresh()` reads the rows held again at once
(after a sync touched them); `keep_place(view)` keeps staff's row and scroll over it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView

from desktop.services.ops import QueryOp, drop_answers
from desktop.shared.errors import explain

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole  # data(index, ROW_ROLE) is the row object itself
ROWS = "rows"  # the one question a paged model has in flight


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
    answered = Signal(int)  # a page arrived (or the rows were read again); rows now held
    failed = Signal(str)  # a page could not be read: a sentence for staff

    def __init__(self, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[Row] = []
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
        self._replace([], exhausted=False)
        self._ask(self.page_reader(None, self.page_size), self._arrived)

    def refresh(self) -> None:
        """Read again, from the top, as many rows as are held (at least a page), and
        show them in one go when they come: the rows stay on screen meanwhile."""
        limit = max(len(self._rows), self.page_size)
        self._ask(self.page_reader(None, limit), lambda rows: self._read_again(rows, limit))

    def clear(self) -> None:
        """No rows and nothing to fetch (answers still on their way are dropped)."""
        drop_answers(self, ROWS)
        self._replace([], exhausted=True)
        self._set_loading(False)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            after = self._rows[-1] if self._rows else None
            self._ask(self.page_reader(after, self.page_size), self._arrived)

    def _ask(self, reader: Callable[[], list[Row]], success: Callable[[list[Row]], None]) -> None:
        self._set_loading(True)
        QueryOp(parent=self, op=reader, success=success).failure(self._refused).latest_only(
            ROWS
        ).start()

    def _arrived(self, page: list[Row]) -> None:
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

    def _read_again(self, rows: list[Row], limit: int) -> None:
        self._replace(rows, exhausted=len(rows) < limit)
        self._set_loading(False)
        self.answered.emit(len(self._rows))

    def _refused(self, error: BaseException) -> None:
        self._exhausted = True
        self._set_loading(False)
        self.failed.emit(explain(error))

    def _replace(self, rows: list[Row], *, exhausted: bool) -> None:
        self.beginResetModel()
        self._rows = rows
        self._prepended = set()
        self._exhausted = exhausted
        self.endResetModel()

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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns())
        ):
            return self.columns()[section].header
        return None


# -- keeping staff's place when the rows are read again ---------------------------------


@dataclass(frozen=True)
class Place:
    """The id of the row selected (None: none) and where the list was scrolled to."""

    row_id: object | None
    scroll: int


def place_of(view: QAbstractItemView) -> Place:
    index = view.currentIndex()
    selected = index.isValid() and view.selectionModel().isSelected(index)
    row = index.data(ROW_ROLE) if selected else None
    return Place(getattr(row, "id", None), view.verticalScrollBar().value())


def restore_place(view: QAbstractItemView, place: Place) -> None:
    """Select the row with the same id again, if it is still there, and scroll back."""
    model = view.model()
    if place.row_id is not None:
        for number in range(model.rowCount()):
            index = model.index(number, 0)
            if getattr(index.data(ROW_ROLE), "id", None) == place.row_id:
                view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                break
    view.doItemsLayout()  # the scroll range of the rows now held
    view.verticalScrollBar().setValue(place.scroll)


class _PlaceKeeper(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.place: Place | None = None
        view.model().modelAboutToBeReset.connect(self._remember)
        view.model().modelReset.connect(self._restore)

    def _remember(self) -> None:
        self.place = place_of(self.view)

    def _restore(self) -> None:
        if self.place is not None:
            place, self.place = self.place, None
            restore_place(self.view, place)


def keep_place(view: QAbstractItemView) -> None:
    """Whenever `view`'s model is reset (its rows read again), the row that was selected
    stays selected (found by its id) and the list stays scrolled where it was. Call once
    the model is set; rows are found by `data(index, ROW_ROLE).id`."""
    _PlaceKeeper(view)
