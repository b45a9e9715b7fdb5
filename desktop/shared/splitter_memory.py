"""Splitters that keep the widths staff dragged them to.

`remember_sizes(splitter, first_run=..., minimums=...)`:

- the panes' smallest widths (heights, for a vertical splitter) are fixed numbers, so the
  handle does not move when the content changes (another customer, a longer name):
  content that wants more room than its pane has lays itself out within it;
- the sizes are saved with Qt's settings (as the receipt roll's width is) each time the
  person drags the handle, under the splitter's `objectName`, and given back the first
  time the splitter is shown, so the next run opens as the last one was left;
- before anything was saved, the panes share the room in the `first_run` proportions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QSplitter

GROUP = "splitters"

Settings = Callable[[], QSettings]


def key(splitter: QSplitter) -> str:
    name = splitter.objectName()
    if not name:
        raise ValueError("a splitter whose sizes are kept needs an objectName")
    return f"{GROUP}/{name}"


def saved_sizes(splitter: QSplitter, settings: QSettings | None = None) -> list[int] | None:
    """The sizes saved for this splitter, if they fit it (one positive size a pane)."""
    value = (settings or QSettings()).value(key(splitter))
    if not isinstance(value, (list, tuple)):
        return None
    try:
        sizes = [int(str(size)) for size in value]
    except ValueError:
        return None
    if len(sizes) != splitter.count() or any(size <= 0 for size in sizes):
        return None
    return sizes


def save_sizes(splitter: QSplitter, settings: QSettings | None = None) -> None:
    store = settings or QSettings()
    store.setValue(key(splitter), [str(size) for size in splitter.sizes()])
    store.sync()


class SplitterMemory(QObject):
    """Restores the splitter's sizes when it is first shown; saves them when moved."""

    def __init__(
        self,
        splitter: QSplitter,
        first_run: Sequence[int],
        settings: Settings = QSettings,
    ) -> None:
        super().__init__(splitter)
        key(splitter)  # named, or refused now rather than when first shown
        if len(first_run) != splitter.count():
            raise ValueError("one first-run proportion a pane")
        self.splitter = splitter
        self.first_run = list(first_run)
        self.settings = settings
        self.restored = False
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._moved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.splitter and not self.restored:
            self.restore()
        return super().eventFilter(watched, event)

    def restore(self) -> None:
        """The saved sizes, else the first-run proportions of the room there is."""
        self.restored = True
        sizes = saved_sizes(self.splitter, self.settings())
        if sizes is None:
            room = self._room()
            total = sum(self.first_run)
            sizes = [max(1, room * share // total) for share in self.first_run]
        self.splitter.setSizes(sizes)  # scaled to the room there is, if it differs

    def _room(self) -> int:
        splitter = self.splitter
        length = (
            splitter.width()
            if splitter.orientation() == Qt.Orientation.Horizontal
            else splitter.height()
        )
        handles = splitter.handleWidth() * (splitter.count() - 1)
        return max(length - handles, sum(self.first_run))

    def _moved(self, _position: int, _index: int) -> None:
        save_sizes(self.splitter, self.settings())


def remember_sizes(
    splitter: QSplitter,
    *,
    first_run: Sequence[int],
    minimums: Sequence[int],
    settings: Settings = QSettings,
) -> SplitterMemory:
    """Keep `splitter`'s sizes (see the module's docstring); `minimums`: each pane's
    smallest width (height), fixed so the content's own wishes do not move the handle."""
    if len(minimums) != splitter.count():
        raise ValueError("one minimum a pane")
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    for index, minimum in enumerate(minimums):
        pane = splitter.widget(index)
        if pane is None:
            raise ValueError("one minimum a pane")
        if horizontal:
            pane.setMinimumWidth(max(1, minimum))
        else:
            pane.setMinimumHeight(max(1, minimum))
    splitter.setChildrenCollapsible(False)
    return SplitterMemory(splitter, first_run, settings)
