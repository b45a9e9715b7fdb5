"""The customer list's columns share the list's width: no horizontal scrolling, no cut
header.

Each column asks for what its header and the rows in sight need, and is never narrower
than its header. The name comes first, then the columns kept whole (phone, city,
segment); when the others do not all fit, the widest give way first, down to their
header's width, and their long values are elided (the whole value is the cell's
tooltip). The name column takes what is left over. In a list too narrow for every
header, the least needed columns are hidden until there is room again.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from shiboken6 import isValid

NAME_MINIMUM = 120  # pixels
NAME_ROOM = 220  # the name gets up to this much of what it asks before the others squeeze it
KEPT_MAXIMUM = 160  # a column kept whole gets at most this much before the others share
ROWS_MEASURED = 100  # at most this many rows in sight are measured


@dataclass(frozen=True)
class Layout:
    """How the columns share the width: `stretch` takes what is left; `keep` are read
    whole before the others; `drop` are hidden, in that order, when not every header
    fits."""

    stretch: int = 0
    keep: Collection[int] = ()
    drop: Sequence[int] = field(default_factory=tuple)


def fitted(
    wanted: Sequence[int], floors: Sequence[int], room: int, layout: Layout = Layout()
) -> list[int]:
    """Widths (0: hidden) for columns wanting `wanted` and no narrower than `floors`
    (their headers) in `room` pixels. First the stretch column's (what it asks, within
    NAME_MINIMUM..NAME_ROOM), then the kept columns' (up to KEPT_MAXIMUM); the other
    columns share the rest, the widest capped to one width. When that does not fit, the
    `drop` columns are hidden (0) in their order until it does (and one hidden earlier
    comes back if it fits beside those kept); if it still does not,
    the stretch column has its minimum and all the others share."""
    stretch = layout.stretch
    floor = [max(width, 1) for width in floors]
    want = [max(width, low) for width, low in zip(wanted, floor, strict=True)]
    name_floor = max(NAME_MINIMUM, floor[stretch])
    name = min(max(want[stretch], name_floor), max(NAME_ROOM, name_floor))
    kept_width = {index: max(floor[index], min(want[index], KEPT_MAXIMUM)) for index in layout.keep}

    def needed(columns: Sequence[int]) -> int:
        """The name, the kept columns whole and the others' headers."""
        return name + sum(kept_width.get(index, floor[index]) for index in columns)

    others = [index for index in range(len(want)) if index != stretch]
    dropped = []
    for index in layout.drop:  # rather fewer columns than kept ones cut
        if needed(others) <= room:
            break
        if index in others:
            others.remove(index)
            dropped.append(index)
    for index in reversed(dropped[:-1]):  # one dropped early may fit in what is left
        if needed([*others, index]) <= room:
            others.append(index)
    others.sort()
    kept = {index: kept_width[index] for index in others if index in kept_width}
    rest = [index for index in others if index not in kept]
    if needed(others) > room:
        name = name_floor
        shared = _shared(others, want, floor, room - name)
    else:
        shared = {**kept, **_shared(rest, want, floor, room - name - sum(kept.values()))}
    widths = [shared.get(index, 0) for index in range(len(want))]
    widths[stretch] = max(name, room - sum(shared.values()))
    return widths


def _shared(
    columns: Sequence[int], want: Sequence[int], floor: Sequence[int], budget: int
) -> dict[int, int]:
    """What the columns want if it fits in `budget`, else the widest capped to the one
    width that fits (none below its floor)."""

    def widths(cap: int) -> dict[int, int]:
        return {index: max(floor[index], min(want[index], cap)) for index in columns}

    if not columns or sum(want[index] for index in columns) <= budget:
        return {index: want[index] for index in columns}
    low, high = 0, max(want[index] for index in columns)
    while low < high:  # the largest cap whose widths fit
        middle = (low + high + 1) // 2
        if sum(widths(middle).values()) <= budget:
            low = middle
        else:
            high = middle - 1
    return widths(low)


class FittedColumns(QObject):
    """Keeps `view`'s columns within its width, laid out as `layout` says."""

    def __init__(self, view: QTableView, layout: Layout) -> None:
        super().__init__(view)
        self.view = view
        self.layout = layout
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setWordWrap(False)  # long values end in "…", whole in the tooltip
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(1)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.viewport = view.viewport()
        self.viewport.installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
            model.headerDataChanged,
        ):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type first: while the view is destroyed, asking it anything would crash.
        if event.type() == QEvent.Type.Resize and watched is self.viewport:
            self.fit()
        return super().eventFilter(watched, event)

    def floors(self) -> list[int]:
        """Each column's header, whole (as the style draws it; hidden ones too)."""
        header = self.view.horizontalHeader()
        return [header.sectionSizeFromContents(column).width() for column in range(header.count())]

    def wanted(self) -> list[int]:
        """What each column's rows in sight ask for (hidden columns too)."""
        view, model = self.view, self.view.model()
        rows = model.rowCount()
        first = max(view.rowAt(0), 0)
        last = view.rowAt(self.viewport.height())
        last = min(rows - 1 if last < 0 else last, first + ROWS_MEASURED)
        grid = 1 if view.showGrid() else 0
        return [
            max(
                (
                    view.sizeHintForIndex(model.index(row, column)).width()
                    for row in range(first, last + 1)
                ),
                default=0,
            )
            + grid
            for column in range(model.columnCount())
        ]

    def fit(self, *_: object) -> None:
        if not isValid(self.view):
            return
        header = self.view.horizontalHeader()
        room = self.viewport.width()
        if room <= 0 or header.count() == 0:
            return
        for column, width in enumerate(fitted(self.wanted(), self.floors(), room, self.layout)):
            header.setSectionHidden(column, width == 0)
            if width and header.sectionSize(column) != width:
                header.resizeSection(column, width)
