"""A table that fits its width: on a narrow screen, or in a long language, it shows fewer
columns rather than cut headers or a horizontal scroll bar.

The columns a table can do without are named in the order they go; each comes back as soon
as there is room for it again (a wider window, shorter texts).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView
from shiboken6 import isValid

SLACK = 4  # pixels kept free: the header's and the grid's own lines


class ColumnsThatFit(QObject):
    """Hides `optional` columns of `view` (the first named goes first) while its columns
    need more than its width; checked on each resize and each change of rows. A stretched
    column counts its header only (it wraps or elides), unless it is one to show `whole`."""

    def __init__(
        self, view: QTableView, optional: Sequence[int], whole: Sequence[int] = ()
    ) -> None:
        super().__init__(view)
        self.view = view
        self.optional = list(optional)
        self.whole = set(whole)
        view.viewport().installEventFilter(self)
        if view.model() is not None:
            self.watch(view.model())

    def watch(self, model: QAbstractItemModel) -> None:
        """Fit again whenever `model` (the view's, once it is set) changes its rows."""
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self.fit)
        model.dataChanged.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isValid(self.view):
            self.fit()
        return False

    def needed(self) -> int:
        """The width the shown columns need: each its header and its widest cell (a
        stretched column, which wraps or elides, its header only)."""
        header = self.view.horizontalHeader()
        return sum(
            self._width(column)
            for column in range(header.count())
            if not header.isSectionHidden(column)
        )

    def _width(self, column: int) -> int:
        header = self.view.horizontalHeader()
        wanted = header.sectionSizeHint(column)
        stretched = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
        if stretched and column not in self.whole:
            return wanted + 1  # and the grid's line
        return max(wanted + 1, self.view.sizeHintForColumn(column))

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        room = self.view.viewport().width()
        for column in self.optional:
            header.showSection(column)
        for column in self.optional:
            if self.needed() + SLACK <= room:
                break
            header.hideSection(column)


def fit_columns(
    view: QTableView, optional: Sequence[int], whole: Sequence[int] = ()
) -> ColumnsThatFit:
    """`view` shows only the columns it has room for; `optional`: those it can do without,
    the least needed first; `whole`: stretched columns whose values must not be cut."""
    return ColumnsThatFit(view, optional, whole)
